// kerberos.csv, the Kerberos protocol errors as MIT's error table and Windows' event pages name and
// explain them, and ntstatus_of_kerberos.csv, the NTSTATUS Samba reports for some of them.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

namespace generator {
namespace {

constexpr unsigned max_kerberos_number = 127;  // MIT's codes past it are its library's, not the protocol's

unsigned read_number(const csv_row& record, const std::vector<kerberos_row>& rows) {
    const std::string& text = record["number"];
    const bool digits = !text.empty() && text.size() <= 3 && text.find_first_not_of("0123456789") == std::string::npos &&
                        (text == "0" || text[0] != '0');
    const unsigned number = digits ? static_cast<unsigned>(std::stoul(text)) : max_kerberos_number + 1;
    if (number > max_kerberos_number)
        throw input_error(record.line, "number " + quoted_prefix(text) + " is not one from 0 to 127");
    if (!rows.empty() && number <= rows.back().number)
        throw input_error(record.line, "numbers must ascend: " + text + " follows " + std::to_string(rows.back().number));
    return number;
}

}  // namespace

std::vector<kerberos_row> read_kerberos(const std::vector<csv_record>& records) {
    const csv_table table = read_table(records, {"number", "name", "mit_name", "text", "description", "causes", "source"});
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    std::vector<kerberos_row> rows;
    std::map<std::string, std::size_t> line_of_name;  // lower case
    for (const csv_row& record : table.rows) {
        kerberos_row row{record.line, read_number(record, rows), record["name"], record["mit_name"], {}, record["source"]};
        if (!row.name.empty() && !is_upper_name(row.name))
            throw input_error(row.line, "name " + quoted_prefix(row.name) + " is not a name in upper case");
        if (!is_upper_name(row.mit_name) || row.mit_name.compare(0, 4, "KRB5") != 0)
            throw input_error(row.line,
                              "mit_name " + quoted_prefix(row.mit_name) + " is not an upper-case name starting with KRB5");
        if (row.mit_name.compare(0, 14, "KRB5PLACEHOLD_") == 0)
            throw input_error(row.line, row.mit_name + " is MIT's placeholder, not a code");
        // Every spelling of every row is one find_name can tell apart, whatever its case.
        if (!row.name.empty()) claim_ignoring_case(line_of_name, row.line, "name", row.name);
        claim_ignoring_case(line_of_name, row.line, "name", row.mit_name);
        for (std::size_t kind = 0; kind < kerberos_texts.size(); ++kind) {
            row.texts[kind] = record[kerberos_texts[kind]];
            check_text(row.line, kerberos_texts[kind], row.texts[kind]);
        }
        if (row.texts[0].empty()) throw input_error(row.line, "text is empty: MIT's table has a text for every code");
        if (row.name.empty() != row.texts[1].empty())
            throw input_error(row.line, "name and description come from the same event page row: both or neither");
        check_text(row.line, "source", row.source);
        if (row.source.empty()) throw input_error(row.line, "source is empty: every row names where it comes from");
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ntstatus_pair> read_ntstatus_of_kerberos(const std::vector<csv_record>& records,
                                                     const std::vector<kerberos_row>& kerberos,
                                                     const std::vector<family_row>& ntstatus) {
    const csv_table table = read_table(records, {"kerberos", "ntstatus", "source"});
    std::map<std::string, std::size_t> kerberos_rows;
    for (std::size_t r = 0; r < kerberos.size(); ++r) kerberos_rows.emplace(kerberos[r].mit_name, r);
    const auto ntstatus_rows = index_by_name(ntstatus);
    std::map<std::size_t, std::size_t> line_of_row;
    std::vector<ntstatus_pair> pairs;
    for (const csv_row& record : table.rows) {
        const auto code = kerberos_rows.find(record["kerberos"]);
        if (code == kerberos_rows.end())
            throw input_error(record.line,
                              "kerberos " + quoted_prefix(record["kerberos"]) + " is not a mit_name of kerberos.csv");
        const auto status = ntstatus_rows.find(record["ntstatus"]);
        if (status == ntstatus_rows.end())
            throw input_error(record.line, "ntstatus " + quoted_prefix(record["ntstatus"]) + " is not in ntstatus.csv");
        if (const auto [seen, fresh] = line_of_row.emplace(code->second, record.line); !fresh)
            throw input_error(record.line, record["kerberos"] + " already on line " + std::to_string(seen->second));
        check_text(record.line, "source", record["source"]);
        if (record["source"].empty()) throw input_error(record.line, "source is empty: every pair names where it comes from");
        pairs.push_back({record.line, code->second, status->second});
    }
    return pairs;
}

}  // namespace generator

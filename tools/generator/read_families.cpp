// ntstatus.csv and win32.csv, the NTSTATUS values and Win32 errors of [MS-ERREF], and win32_of.csv,
// which Win32 error Windows gives for each of them and for the codes of sspi_status.csv.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

namespace generator {
namespace {

constexpr std::size_t max_family_rows = 0xFFFF;  // bucket tables hold 16-bit row numbers
constexpr std::size_t max_family_name = 80;

bool is_name(const std::string& text) {
    if (text.empty() || text.size() > max_family_name ||
        !((text[0] >= 'A' && text[0] <= 'Z') || (text[0] >= 'a' && text[0] <= 'z')))
        return false;
    return text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
}

}  // namespace

std::vector<family_row> read_family_table(const std::vector<csv_record>& records) {
    const csv_table table = read_table(records, {"name", "value", "text", "source"});
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    if (table.rows.size() > max_family_rows)
        throw input_error(table.rows[max_family_rows].line, "more than " + std::to_string(max_family_rows) + " rows");
    std::vector<family_row> rows;
    std::map<std::string, std::size_t> line_of_name;
    for (const csv_row& record : table.rows) {
        family_row row{record.line, record["name"], 0, record["text"], record["source"]};
        if (!is_name(row.name))
            throw input_error(row.line, "name " + quoted_prefix(row.name) + " does not match [A-Za-z][A-Za-z0-9_]{0,79}");
        if (const auto [seen, fresh] = line_of_name.emplace(row.name, row.line); !fresh)
            throw input_error(row.line, "duplicate name " + row.name + " (first on line " + std::to_string(seen->second) + ")");
        row.value = value_field(row.line, "value", record["value"]);
        check_text(row.line, "text", row.text);
        if (row.text.empty()) throw input_error(row.line, "text is empty: every row of [MS-ERREF] has one");
        check_text(row.line, "source", row.source);
        if (row.source.empty()) throw input_error(row.line, "source is empty: every row names where it comes from");
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<win32_pair> read_win32_of(const std::vector<csv_record>& records, const std::vector<status_row>& rows,
                                      const std::vector<family_row>& ntstatus, const std::vector<family_row>& win32) {
    const csv_table table = read_table(records, {"code", "win32", "source"});
    const auto status_rows = index_by_name(rows), ntstatus_rows = index_by_name(ntstatus), win32_rows = index_by_name(win32);
    std::map<std::string, std::size_t> line_of_code;
    std::vector<win32_pair> pairs;
    for (const csv_row& record : table.rows) {
        const std::string& code = record["code"];
        const auto in_status = status_rows.find(code), in_ntstatus = ntstatus_rows.find(code);
        if (in_status == status_rows.end() && in_ntstatus == ntstatus_rows.end())
            throw input_error(record.line, "code " + quoted_prefix(code) + " is neither in sspi_status.csv nor in ntstatus.csv");
        const auto target = win32_rows.find(record["win32"]);
        if (target == win32_rows.end())
            throw input_error(record.line, "win32 " + quoted_prefix(record["win32"]) + " is not in win32.csv");
        if (const auto [seen, fresh] = line_of_code.emplace(code, record.line); !fresh)
            throw input_error(record.line, "code " + code + " already on line " + std::to_string(seen->second));
        check_text(record.line, "source", record["source"]);
        if (record["source"].empty()) throw input_error(record.line, "source is empty: every pair names where it comes from");
        const bool from_status = in_status != status_rows.end();
        pairs.push_back({record.line, from_status, from_status ? in_status->second : in_ntstatus->second, target->second});
    }
    return pairs;
}

}  // namespace generator

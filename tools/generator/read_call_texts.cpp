// call_texts.csv: what each function's reference page for each package says a code means.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace generator {
namespace {

// The index of the row's function in calls, added in order of first appearance.
std::size_t read_call(const csv_row& record, std::vector<std::string>& calls) {
    const std::string& name = record["call"];
    bool ok = name.size() >= 2 && name[0] >= 'A' && name[0] <= 'Z' && name.back() != 'A' && name.back() != 'W';
    for (const char c : name) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    if (!ok)
        throw input_error(record.line, "call " + quoted_prefix(name) +
                                           " is not a function name without A/W suffix (InitializeSecurityContext)");
    const auto at = static_cast<std::size_t>(std::find(calls.begin(), calls.end(), name) - calls.begin());
    if (at == calls.size()) calls.push_back(name);
    return at;
}

std::size_t read_package(const csv_row& record, const std::vector<package_row>& packages) {
    for (std::size_t p = 0; p < packages.size(); ++p)
        if (packages[p].id == record["package"]) return p;
    throw input_error(record.line, "package " + quoted_prefix(record["package"]) + " is not in packages.csv");
}

// The value the row is served under: the table's for a name of the table, else the page's, kept only
// with a note saying why.
void read_code(call_text_row& row, const csv_row& record, const std::vector<status_row>& rows,
               const std::map<std::string, std::size_t>& row_by_name, const std::map<std::uint32_t, std::size_t>& row_by_value) {
    if (!is_upper_name(row.code) || row.code.size() > 64)
        throw input_error(row.line, "code " + quoted_prefix(row.code) + " is not a name in upper case");
    const std::string& page_value_text = record["page_value"];
    const std::uint32_t page_value = page_value_text.empty() ? 0 : value_field(row.line, "page_value", page_value_text);
    const std::string& note = record["note"];
    check_text(row.line, "note", note);
    if (const auto known = row_by_name.find(row.code); known != row_by_name.end()) {
        row.has_value = true;
        row.value = rows[known->second].value;
        if (!page_value_text.empty() && page_value != row.value && note.empty())
            throw input_error(row.line, "page_value " + page_value_text + " is not " + row.code + "'s " + hex(row.value) +
                                            " and no note says how the row is served");
        return;
    }
    if (note.empty())
        throw input_error(row.line, "code " + row.code + " is not in the table and no note says why the row is kept");
    row.has_value = !page_value_text.empty();
    row.value = page_value;
    if (const auto owner = row_by_value.find(page_value); row.has_value && owner != row_by_value.end())
        throw input_error(row.line,
                          "page_value " + page_value_text + " belongs to " + rows[owner->second].name + ", not to " + row.code);
}

// Each (call, package) comes from one page, its rows together, each code and value once.
class page_checker {
public:
    void check(const call_text_row& row, const csv_row& record) {
        const std::string where = record["call"] + " (" + record["package"] + ")";
        const std::pair<std::size_t, std::size_t> key{row.call, row.package};
        const std::string& page_name = record["page"];
        if (page_name.empty()) throw input_error(row.line, "page is empty: every row names the page it comes from");
        const auto [page, added] = pages_.emplace(key, page_info{page_name, row.line, false});
        if (!added && page->second.page != page_name)
            throw input_error(row.line, where + " comes from " + page->second.page + " on line " +
                                            std::to_string(page->second.line) + ", not " + page_name);
        if (!added && page->second.closed)
            throw input_error(
                row.line, "the rows of " + where + " must be together; they began on line " + std::to_string(page->second.line));
        if (previous_ && *previous_ != key) pages_.at(*previous_).closed = true;
        previous_ = key;
        if (const auto [seen, fresh] = line_of_code_.emplace(std::tuple{row.call, row.package, row.code}, row.line); !fresh)
            throw input_error(
                row.line, "duplicate row: " + row.code + " for " + where + " already on line " + std::to_string(seen->second));
        if (!row.has_value) return;
        if (const auto [seen, fresh] = line_of_value_.emplace(std::tuple{row.call, row.package, row.value}, row.line); !fresh)
            throw input_error(row.line,
                              "value " + hex(row.value) + " for " + where + " already on line " + std::to_string(seen->second));
    }

private:
    struct page_info {
        std::string page;
        std::size_t line;
        bool closed;  // another page's rows came after this one's
    };
    std::map<std::pair<std::size_t, std::size_t>, page_info> pages_;  // (call, package) -> its page
    std::optional<std::pair<std::size_t, std::size_t>> previous_;
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::size_t> line_of_code_;
    std::map<std::tuple<std::size_t, std::size_t, std::uint32_t>, std::size_t> line_of_value_;
};

void read_texts(call_text_row& row, const csv_row& record, const std::vector<language_row>& languages) {
    for (const auto& language : languages) {
        const std::string column = "text_" + language.id;
        const std::string& text = record[column];
        check_text(row.line, column, text);
        if (row.texts.empty() && text.empty()) throw input_error(row.line, column + " is empty: a row says what the code means");
        if (text.size() >= 0xFFFF) throw input_error(row.line, column + " is longer than 65534 bytes");
        row.texts.push_back(text);
    }
}

}  // namespace

std::vector<std::string> call_text_columns(const std::vector<language_row>& languages) {
    std::vector<std::string> columns{"call", "package", "code", "page_value", "page", "note"};
    for (const auto& language : languages) columns.push_back("text_" + language.id);
    return columns;
}

std::vector<call_text_row> read_call_texts(const std::vector<csv_record>& records, const std::vector<language_row>& languages,
                                           const std::vector<status_row>& rows, const std::vector<package_row>& packages,
                                           std::vector<std::string>& calls) {
    const csv_table table = read_table(records, call_text_columns(languages));
    const auto row_by_name = index_by_name(rows);
    std::map<std::uint32_t, std::size_t> row_by_value;
    for (std::size_t r = 0; r < rows.size(); ++r) row_by_value.emplace(rows[r].value, r);
    page_checker pages;
    calls.clear();
    std::vector<call_text_row> texts;
    for (const csv_row& record : table.rows) {
        call_text_row row{record.line, read_call(record, calls), read_package(record, packages), record["code"], false, 0, {}};
        read_code(row, record, rows, row_by_name, row_by_value);
        pages.check(row, record);
        read_texts(row, record, languages);
        texts.push_back(std::move(row));
    }
    if (texts.empty()) throw input_error(table.header_line, "no rows after the header");
    if (calls.size() > 255) throw input_error(table.last_line(), "more than 255 calls");
    if (texts.size() > 0xFFFF) throw input_error(table.last_line(), "more than 65535 rows: page_starts holds 16-bit indexes");
    return texts;
}

}  // namespace generator

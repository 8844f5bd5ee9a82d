// sspi_status.csv: every name of winerror.h the library knows, its value and its texts.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

namespace generator {
namespace {

constexpr std::size_t max_rows = 254;        // slot tables hold 1-based row numbers in a byte
constexpr std::size_t max_name_length = 40;  // what find_name compares without a loop; winerror.h's longest is 39

// The family of a name FAMILY_[EI]_[A-Z0-9_]+, or families.size() when it has none of that shape.
std::size_t family_of(const std::string& name) {
    for (std::size_t f = 0; f < families.size(); ++f) {
        const std::string prefix = std::string(families[f]) + "_";
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::size_t rest = prefix.size();
        // At least two characters after FAMILY_E_: find_name reads keys of four bytes or more.
        if (name.size() <= rest + 3 || (name[rest] != 'E' && name[rest] != 'I') || name[rest + 1] != '_') return families.size();
        return is_upper_name(name.substr(rest + 2)) ? f : families.size();
    }
    return families.size();
}

void check_name(const status_row& row) {
    if (row.name.size() > max_name_length)
        throw input_error(
            row.line, "name " + quoted_prefix(row.name) + " is longer than " + std::to_string(max_name_length) + " characters");
    if (row.family == families.size()) {
        std::string allowed;
        for (const char* family : families) allowed += (allowed.empty() ? "" : "|") + std::string(family);
        throw input_error(row.line, "name " + quoted_prefix(row.name) + " does not match (" + allowed + ")_[EI]_[A-Z0-9_]{2,}");
    }
}

// Each kind's texts in every language; a translation needs the English text it translates.
void read_texts(status_row& row, const csv_row& record, const std::vector<language_row>& languages) {
    for (std::size_t kind = 0; kind < text_kinds.size(); ++kind)
        for (const auto& language : languages) {
            const std::string column = std::string(text_kinds[kind]) + "_" + language.id;
            const std::string& text = record[column];
            check_text(row.line, column, text);
            if (!row.texts[kind].empty() && !text.empty() && row.texts[kind][0].empty())
                throw input_error(row.line, column + " without " + text_kinds[kind] + "_" + languages[0].id);
            row.texts[kind].push_back(text);
        }
}

void check_severity(const status_row& row, const std::string& value_text) {
    const bool error_bit = (row.value & 0x80000000u) != 0;
    const bool is_error_name = row.name[std::string(families[row.family]).size() + 1] == 'E' && row.name != "SEC_E_OK";
    if (error_bit != is_error_name)
        throw input_error(row.line, row.name + " is " + (is_error_name ? "an error" : "not an error") + " but " + value_text +
                                        (error_bit ? " has" : " does not have") + " the severity bit set");
}

// The rows read so far, by name and by value (the first row, the primary name, for each value).
struct status_index {
    std::map<std::string, std::size_t> by_name;
    std::map<std::uint32_t, std::size_t> by_value;
};

void check_alias(const status_row& row, const std::vector<status_row>& rows, const status_index& index,
                 const std::string& value_text) {
    const auto target = index.by_name.find(row.alias_of);
    if (target == index.by_name.end())
        throw input_error(row.line, "alias_of " + quoted_prefix(row.alias_of) + " names no row before this one");
    const status_row& aliased = rows[target->second];
    if (!aliased.alias_of.empty()) throw input_error(row.line, "alias_of names " + aliased.name + ", which is itself an alias");
    if (aliased.value != row.value)
        throw input_error(
            row.line, "alias_of names " + aliased.name + ", whose value " + hex(aliased.value) + " differs from " + value_text);
}

// Names and values are unique but for aliases, and the rows in value order.
void check_place(const status_row& row, const std::vector<status_row>& rows, const status_index& index,
                 const std::string& value_text) {
    if (const auto seen = index.by_name.find(row.name); seen != index.by_name.end())
        throw input_error(row.line,
                          "duplicate name " + row.name + " (first on line " + std::to_string(rows[seen->second].line) + ")");
    if (!row.alias_of.empty()) check_alias(row, rows, index, value_text);
    if (const auto owner = index.by_value.find(row.value); owner != index.by_value.end() && row.alias_of.empty())
        throw input_error(row.line, "value " + value_text + " already belongs to " + rows[owner->second].name + " (line " +
                                        std::to_string(rows[owner->second].line) + ") and this row is no alias of it");
    if (!rows.empty() && row.value < rows.back().value)
        throw input_error(row.line,
                          "rows must be in ascending value order: " + value_text + " follows " + hex(rows.back().value));
    if (!row.alias_of.empty() && rows.back().value != row.value)
        throw input_error(row.line, "alias " + row.name + " must directly follow the row it aliases");
}

}  // namespace

std::vector<std::string> status_columns(const std::vector<language_row>& languages) {
    std::vector<std::string> columns{"name", "value", "alias_of"};
    for (const char* kind : text_kinds)
        for (const auto& language : languages) columns.push_back(std::string(kind) + "_" + language.id);
    return columns;
}

std::vector<status_row> read_status_table(const std::vector<csv_record>& records, const std::vector<language_row>& languages) {
    const csv_table table = read_table(records, status_columns(languages));
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    if (table.rows.size() > max_rows)
        throw input_error(table.rows[max_rows].line, "more than " + std::to_string(max_rows) + " rows");
    std::vector<status_row> rows;
    status_index index;
    for (const csv_row& record : table.rows) {
        status_row row{record.line, record["name"], 0, record["alias_of"], family_of(record["name"]), {}};
        check_name(row);
        read_texts(row, record, languages);
        row.value = value_field(row.line, "value", record["value"]);
        check_severity(row, record["value"]);
        check_place(row, rows, index, record["value"]);
        index.by_value.emplace(row.value, rows.size());
        index.by_name.emplace(row.name, rows.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace generator

#include "status_table.hpp"

#include <map>

namespace generator {
namespace {

constexpr std::size_t max_rows = 254;  // slot tables hold 1-based row numbers in a byte

bool is_name(const std::string& name) {
    if (name.size() <= 6 || name.compare(0, 4, "SEC_") != 0 || (name[4] != 'E' && name[4] != 'I') || name[5] != '_')
        return false;
    for (std::size_t i = 6; i < name.size(); ++i) {
        const char c = name[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

// "0x" and exactly eight upper-case hex digits.
bool parse_value(const std::string& text, std::uint32_t& value) {
    if (text.size() != 10 || text[0] != '0' || text[1] != 'x') return false;
    value = 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F')
            digit = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return false;
        value = value << 4 | digit;
    }
    return true;
}

void check_text(const csv_record& record, std::size_t column) {
    const std::string& text = record.fields[column];
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            throw input_error(record.line, std::string(csv_columns[column]) + " contains a control character");
    if (!text.empty() && (text.front() == ' ' || text.back() == ' '))
        throw input_error(record.line, std::string(csv_columns[column]) + " has leading or trailing spaces");
}

}  // namespace

std::string hex(std::uint32_t value) {
    static const char digits[] = "0123456789ABCDEF";
    std::string text = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) text += digits[(value >> shift) & 0xFu];
    return text;
}

std::vector<status_row> read_status_table(const std::vector<csv_record>& records) {
    if (records.empty()) throw input_error(1, "missing header");
    std::string expected_header;
    for (const char* column : csv_columns) expected_header += expected_header.empty() ? column : std::string(",") + column;
    bool header_ok = records[0].fields.size() == csv_columns.size();
    for (std::size_t i = 0; header_ok && i < csv_columns.size(); ++i) header_ok = records[0].fields[i] == csv_columns[i];
    if (!header_ok) throw input_error(records[0].line, "wrong header, expected: " + expected_header);
    if (records.size() == 1) throw input_error(records[0].line, "no rows after the header");
    if (records.size() - 1 > max_rows) throw input_error(records[max_rows + 1].line, "more than " + std::to_string(max_rows) + " rows");

    std::vector<status_row> rows;
    std::map<std::string, std::size_t> row_by_name;
    std::map<std::uint32_t, std::size_t> row_by_value;  // the first row, the primary name, for each value
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        const auto& f = record.fields;
        if (f.size() != csv_columns.size())
            throw input_error(record.line, "wrong number of fields: " + std::to_string(f.size()) + ", expected " +
                                               std::to_string(csv_columns.size()));
        for (std::size_t column = 3; column < csv_columns.size(); ++column) check_text(record, column);

        status_row row{record.line, f[0], 0, f[2], f[3], f[4], f[5], {}};
        for (std::size_t i = 0; i < translation_count; ++i) row.translations[i] = f[first_translation_column + i];
        if (!is_name(row.name)) throw input_error(row.line, "name '" + row.name + "' does not match SEC_[EI]_[A-Z0-9_]+");
        if (!parse_value(f[1], row.value))
            throw input_error(row.line, "value '" + f[1] + "' is not 0x followed by 8 upper-case hex digits");
        const bool error_bit = (row.value & 0x80000000u) != 0;
        const bool is_error_name = row.name[4] == 'E' && row.name != "SEC_E_OK";
        if (error_bit != is_error_name)
            throw input_error(row.line, row.name + " is " + (is_error_name ? "an error" : "not an error") + " but " +
                                            f[1] + (error_bit ? " has" : " does not have") + " the severity bit set");
        if (const auto seen = row_by_name.find(row.name); seen != row_by_name.end())
            throw input_error(row.line, "duplicate name " + row.name + " (first on line " +
                                            std::to_string(rows[seen->second].line) + ")");

        if (!row.alias_of.empty()) {
            const auto target = row_by_name.find(row.alias_of);
            if (target == row_by_name.end())
                throw input_error(row.line, "alias_of '" + row.alias_of + "' names no row before this one");
            const status_row& aliased = rows[target->second];
            if (!aliased.alias_of.empty())
                throw input_error(row.line, "alias_of names " + aliased.name + ", which is itself an alias");
            if (aliased.value != row.value)
                throw input_error(row.line, "alias_of names " + aliased.name + ", whose value " + hex(aliased.value) +
                                                " differs from " + f[1]);
        }
        if (const auto owner = row_by_value.find(row.value); owner != row_by_value.end() && row.alias_of.empty())
            throw input_error(row.line, "value " + f[1] + " already belongs to " + rows[owner->second].name + " (line " +
                                            std::to_string(rows[owner->second].line) + ") and this row is no alias of it");
        if (!rows.empty() && row.value < rows.back().value)
            throw input_error(row.line, "rows must be in ascending value order: " + f[1] + " follows " + hex(rows.back().value));
        if (!row.alias_of.empty() && rows.back().value != row.value)
            throw input_error(row.line, "alias " + row.name + " must directly follow the row it aliases");
        row_by_value.emplace(row.value, rows.size());
        row_by_name.emplace(row.name, rows.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace generator

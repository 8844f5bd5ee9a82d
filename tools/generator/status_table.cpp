#include "status_table.hpp"

#include "../common/quote.hpp"
#include "../common/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

namespace generator {
namespace {

constexpr std::size_t max_rows = 254;  // slot tables hold 1-based row numbers in a byte
constexpr std::size_t max_name_length = 40;  // what find_name compares without a loop; winerror.h's longest is 39

bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
// A region subtag as tags and the regions column write it: two upper-case letters ("TW").
bool is_region(const std::string& text) {
    return text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
}

// The family of a name FAMILY_[EI]_[A-Z0-9_]+, or families.size() when it has none of that shape.
std::size_t family_of(const std::string& name) {
    for (std::size_t f = 0; f < families.size(); ++f) {
        const std::string prefix = std::string(families[f]) + "_";
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::size_t rest = prefix.size();
        // At least two characters after FAMILY_E_: find_name reads keys of four bytes or more.
        if (name.size() <= rest + 3 || (name[rest] != 'E' && name[rest] != 'I') || name[rest + 1] != '_') return families.size();
        for (std::size_t i = rest + 2; i < name.size(); ++i)
            if (!is_upper_or_digit(name[i]) && name[i] != '_') return families.size();
        return f;
    }
    return families.size();
}

// "0x" and upper-case hex digits, at most `digits` of them (exactly that many when exact).
bool parse_hex(const std::string& text, std::size_t digits, bool exact, std::uint32_t& value) {
    if (text.size() < 3 || text.size() > 2 + digits || (exact && text.size() != 2 + digits) || text[0] != '0' ||
        text[1] != 'x')
        return false;
    value = 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            value = value << 4 | static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F')
            value = value << 4 | static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

bool is_white_space(char32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// A text may hold any character but a control (C0, DEL, C1) or a line or paragraph separator, and
// neither starts nor ends with white space (ASCII or Unicode).
void check_text(std::size_t line, const std::string& column, const std::string& text) {
    char32_t first = 0, last = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        utf8::decode(text, i, c);  // parse_csv has checked the UTF-8
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            throw input_error(line, column + " contains the control character U+" + hex(static_cast<std::uint32_t>(c)).substr(6));
        if (c == 0x2028 || c == 0x2029) throw input_error(line, column + " contains a line or paragraph separator");
        if (first == 0) first = c;
        last = c;
    }
    if (is_white_space(first) || is_white_space(last))
        throw input_error(line, column + " has leading or trailing white space");
}

void check_header(const csv_record& header, const std::vector<std::string>& columns) {
    std::string expected;
    for (const auto& column : columns) expected += (expected.empty() ? "" : ",") + column;
    if (header.fields != columns) throw input_error(header.line, "wrong header, expected: " + expected);
}

void check_field_count(const csv_record& record, std::size_t expected) {
    if (record.fields.size() != expected)
        throw input_error(record.line, "wrong number of fields: " + std::to_string(record.fields.size()) + ", expected " +
                                           std::to_string(expected));
}

}  // namespace

std::string hex(std::uint32_t value) {
    static const char digits[] = "0123456789ABCDEF";
    std::string text = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) text += digits[(value >> shift) & 0xFu];
    return text;
}

std::vector<language_row> read_languages(const std::vector<csv_record>& records) {
    const std::vector<std::string> columns{"lang", "tag", "script", "regions", "windows_language", "windows_sublanguages"};
    if (records.empty()) throw input_error(1, "missing header");
    check_header(records[0], columns);
    if (records.size() == 1) throw input_error(records[0].line, "no languages after the header");

    std::vector<language_row> rows;
    std::map<std::string, std::size_t> line_of_primary;  // a primary subtag names one language
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        check_field_count(record, columns.size());
        const auto& f = record.fields;
        language_row row{record.line, f[0], f[1], f[2], f[3], 0, 0};

        const bool id_ok = !row.id.empty() && row.id[0] >= 'a' && row.id[0] <= 'z' &&
                           row.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
        if (!id_ok) throw input_error(row.line, "lang " + quote::quoted_prefix(row.id) + " does not match [a-z][a-z0-9_]*");
        const std::string primary = row.tag.substr(0, row.tag.find('-'));
        bool tag_ok = primary.size() >= 2 && primary.size() <= 3;
        for (const char c : primary) tag_ok = tag_ok && c >= 'a' && c <= 'z';
        const std::string region = primary.size() < row.tag.size() ? row.tag.substr(primary.size() + 1) : "";
        tag_ok = tag_ok && (primary.size() == row.tag.size() || is_region(region));
        if (!tag_ok) throw input_error(row.line, "tag " + quote::quoted_prefix(row.tag) + " is not a language subtag with an optional region (pt-BR)");
        if (r == 1 && (row.id != "en" || row.tag != "en"))
            throw input_error(row.line, "the first language must be en, the one every text falls back to");
        if (const auto seen = line_of_primary.find(primary); seen != line_of_primary.end())
            throw input_error(row.line, "language " + quote::quoted_prefix(primary) + " already on line " + std::to_string(seen->second));
        line_of_primary.emplace(primary, row.line);

        bool script_ok = row.script.empty() || row.script.size() == 4;
        for (std::size_t i = 0; script_ok && i < row.script.size(); ++i)
            script_ok = is_alpha(row.script[i]) && (i == 0) == (row.script[i] <= 'Z');
        if (!script_ok) throw input_error(row.line, "script " + quote::quoted_prefix(row.script) + " is not a script subtag (Hant)");
        for (std::size_t start = 0; start < row.regions.size();) {
            const std::size_t end = std::min(row.regions.find(' ', start), row.regions.size());
            const std::string word = row.regions.substr(start, end - start);
            if (!is_region(word))
                throw input_error(row.line, "regions " + quote::quoted_prefix(row.regions) + " is not a list of regions (TW HK MO)");
            start = end + 1;
        }
        if (!row.regions.empty() && row.script.empty()) throw input_error(row.line, "regions without a script");

        std::uint32_t value = 0;
        if (!parse_hex(f[4], 3, false, value) || value == 0 || value > 0x3FF)
            throw input_error(row.line, "windows_language " + quote::quoted_prefix(f[4]) + " is not a primary LANGID from 0x01 to 0x3FF");
        row.windows_language = value;
        for (std::size_t start = 0; start < f[5].size();) {
            const std::size_t end = std::min(f[5].find(' ', start), f[5].size());
            if (!parse_hex(f[5].substr(start, end - start), 2, true, value) || value > 0x3F)
                throw input_error(row.line, "windows_sublanguages " + quote::quoted_prefix(f[5]) + " is not a list of SUBLANG ids (0x01 0x03)");
            row.windows_sublanguages |= std::uint64_t{1} << value;
            start = end + 1;
        }
        rows.push_back(std::move(row));
    }
    std::set<std::string> ids;
    for (const auto& row : rows)
        if (!ids.insert(row.id).second) throw input_error(row.line, "duplicate lang " + quote::quoted_prefix(row.id));
    return rows;
}

std::vector<std::string> status_columns(const std::vector<language_row>& languages) {
    std::vector<std::string> columns{"name", "value", "alias_of"};
    for (const char* kind : text_kinds)
        for (const auto& language : languages) columns.push_back(std::string(kind) + "_" + language.id);
    return columns;
}

std::vector<status_row> read_status_table(const std::vector<csv_record>& records, const std::vector<language_row>& languages) {
    const auto columns = status_columns(languages);
    if (records.empty()) throw input_error(1, "missing header");
    check_header(records[0], columns);
    if (records.size() == 1) throw input_error(records[0].line, "no rows after the header");
    if (records.size() - 1 > max_rows) throw input_error(records[max_rows + 1].line, "more than " + std::to_string(max_rows) + " rows");

    std::vector<status_row> rows;
    std::map<std::string, std::size_t> row_by_name;
    std::map<std::uint32_t, std::size_t> row_by_value;  // the first row, the primary name, for each value
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        check_field_count(record, columns.size());
        const auto& f = record.fields;
        status_row row{record.line, f[0], 0, f[2], family_of(f[0]), {}};
        if (row.name.size() > max_name_length)
            throw input_error(row.line, "name " + quote::quoted_prefix(row.name) + " is longer than " +
                                            std::to_string(max_name_length) + " characters");
        if (row.family == families.size()) {
            std::string allowed;
            for (const char* family : families) allowed += (allowed.empty() ? "" : "|") + std::string(family);
            throw input_error(row.line, "name " + quote::quoted_prefix(row.name) + " does not match (" + allowed + ")_[EI]_[A-Z0-9_]{2,}");
        }
        std::size_t column = 3;
        for (auto& texts : row.texts) {
            for (std::size_t language = 0; language < languages.size(); ++language, ++column) {
                check_text(row.line, columns[column], f[column]);
                // A translation is of an English text: without one it has nothing to be a translation of.
                if (language != 0 && !f[column].empty() && texts[0].empty())
                    throw input_error(row.line, columns[column] + " without " + columns[column - language]);
                texts.push_back(f[column]);
            }
        }
        if (!parse_hex(f[1], 8, true, row.value))
            throw input_error(row.line, "value " + quote::quoted_prefix(f[1]) + " is not 0x followed by 8 upper-case hex digits");
        const bool error_bit = (row.value & 0x80000000u) != 0;
        const bool is_error_name = row.name[std::string(families[row.family]).size() + 1] == 'E' && row.name != "SEC_E_OK";
        if (error_bit != is_error_name)
            throw input_error(row.line, row.name + " is " + (is_error_name ? "an error" : "not an error") + " but " +
                                            f[1] + (error_bit ? " has" : " does not have") + " the severity bit set");
        if (const auto seen = row_by_name.find(row.name); seen != row_by_name.end())
            throw input_error(row.line, "duplicate name " + row.name + " (first on line " +
                                            std::to_string(rows[seen->second].line) + ")");

        if (!row.alias_of.empty()) {
            const auto target = row_by_name.find(row.alias_of);
            if (target == row_by_name.end())
                throw input_error(row.line, "alias_of " + quote::quoted_prefix(row.alias_of) + " names no row before this one");
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

std::vector<tls_alert_row> read_tls_alerts(const std::vector<csv_record>& records, const std::vector<status_row>& rows) {
    const std::vector<std::string> columns{"alert", "name", "page_code", "page_value", "code", "note"};
    if (records.empty()) throw input_error(1, "missing header");
    check_header(records[0], columns);
    std::map<std::string, std::size_t> row_by_name;
    for (std::size_t r = 0; r < rows.size(); ++r) row_by_name.emplace(rows[r].name, r);
    const auto is_identifier = [](const std::string& text) {
        return !text.empty() && text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos;
    };

    std::vector<tls_alert_row> alerts;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        check_field_count(record, columns.size());
        const auto& f = record.fields;
        tls_alert_row alert{record.line, -1, f[1], 0};
        if (!alerts.empty() && alerts.back().alert < 0) throw input_error(alert.line, "a row after the Default row");
        if (f[0] == "default") {
            if (f[1] != "Default") throw input_error(alert.line, "the default row is named Default");
        } else {
            const bool number = !f[0].empty() && f[0].size() <= 3 && f[0].find_first_not_of("0123456789") == std::string::npos &&
                                (f[0] == "0" || f[0][0] != '0');
            if (!number || std::stoi(f[0]) > 255)
                throw input_error(alert.line, "alert " + quote::quoted_prefix(f[0]) + " is neither a number from 0 to 255 nor default");
            alert.alert = std::stoi(f[0]);
            if (!alerts.empty() && alert.alert <= alerts.back().alert)
                throw input_error(alert.line, "alerts must be in ascending order: " + f[0] + " follows " +
                                                  std::to_string(alerts.back().alert));
            if (!is_identifier(f[1])) throw input_error(alert.line, "name " + quote::quoted_prefix(f[1]) + " is not an alert name");
        }
        if (!is_identifier(f[2])) throw input_error(alert.line, "page_code " + quote::quoted_prefix(f[2]) + " is not a name");
        std::uint32_t page_value = 0;
        if (!parse_hex(f[3], 8, true, page_value))
            throw input_error(alert.line, "page_value " + quote::quoted_prefix(f[3]) + " is not 0x followed by 8 upper-case hex digits");
        const auto code = row_by_name.find(f[4]);
        if (code == row_by_name.end()) throw input_error(alert.line, "code " + quote::quoted_prefix(f[4]) + " is not a name of the table");
        if (rows[code->second].value != page_value)
            throw input_error(alert.line, "code " + f[4] + " is " + hex(rows[code->second].value) + ", not the page's " + f[3] +
                                              ": the value wins");
        check_text(alert.line, "note", f[5]);
        if (f[2] != f[4] && f[5].empty()) throw input_error(alert.line, "code differs from page_code without a note saying why");
        alert.row = code->second;
        alerts.push_back(std::move(alert));
    }
    if (alerts.empty() || alerts.back().alert >= 0) throw input_error(records.back().line, "no Default row at the end");
    return alerts;
}


std::vector<package_row> read_packages(const std::vector<csv_record>& records) {
    const std::vector<std::string> columns{"package", "name", "other_names"};
    if (records.empty()) throw input_error(1, "missing header");
    check_header(records[0], columns);
    std::vector<package_row> packages;
    std::map<std::string, std::size_t> line_of_name;  // lower case: parse_package ignores case
    const auto claim = [&](std::size_t line, const std::string& name) {
        if (name.empty() || name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_ ") != std::string::npos ||
            name.front() == ' ' || name.back() == ' ')
            throw input_error(line, "package name " + quote::quoted_prefix(name) + " is not letters, digits, _ and inner spaces");
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (const auto seen = line_of_name.find(lower); seen != line_of_name.end())
            throw input_error(line, "package name " + name + " already on line " + std::to_string(seen->second));
        line_of_name.emplace(lower, line);
    };
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        check_field_count(record, columns.size());
        const auto& f = record.fields;
        package_row package{record.line, f[0], f[1], {}};
        const bool id_ok = !package.id.empty() && package.id[0] >= 'a' && package.id[0] <= 'z' &&
                           package.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
        if (!id_ok) throw input_error(package.line, "package " + quote::quoted_prefix(package.id) + " does not match [a-z][a-z0-9_]*");
        if (r == 1 && package.id != "general")
            throw input_error(package.line, "the first package must be general, the page call_text falls back to");
        for (const auto& seen : packages)
            if (seen.id == package.id) throw input_error(package.line, "duplicate package " + package.id);
        claim(package.line, package.name);
        for (std::size_t start = 0; start < f[2].size();) {
            const std::size_t end = std::min(f[2].find(';', start), f[2].size());
            package.other_names.push_back(f[2].substr(start, end - start));
            claim(package.line, package.other_names.back());
            start = end + 1;
        }
        packages.push_back(std::move(package));
    }
    if (packages.empty()) throw input_error(records[0].line, "no packages after the header");
    return packages;
}

std::vector<std::string> call_text_columns(const std::vector<language_row>& languages) {
    std::vector<std::string> columns{"call", "package", "code", "page_value", "page", "note"};
    for (const auto& language : languages) columns.push_back("text_" + language.id);
    return columns;
}

std::vector<call_text_row> read_call_texts(const std::vector<csv_record>& records, const std::vector<language_row>& languages,
                                           const std::vector<status_row>& rows, const std::vector<package_row>& packages,
                                           std::vector<std::string>& calls) {
    const auto columns = call_text_columns(languages);
    if (records.empty()) throw input_error(1, "missing header");
    check_header(records[0], columns);
    std::map<std::string, std::size_t> row_by_name;
    std::map<std::uint32_t, std::size_t> row_by_value;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        row_by_name.emplace(rows[r].name, r);
        row_by_value.emplace(rows[r].value, r);
    }
    struct page_info {
        std::string page;
        std::size_t line;
        bool closed;  // another page's rows came after this one's
    };
    std::map<std::pair<std::size_t, std::size_t>, page_info> pages;  // (call, package) -> its page
    std::pair<std::size_t, std::size_t> previous{SIZE_MAX, SIZE_MAX};
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::size_t> line_of_code;
    std::map<std::tuple<std::size_t, std::size_t, std::uint32_t>, std::size_t> line_of_value;
    calls.clear();

    std::vector<call_text_row> texts;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const csv_record& record = records[r];
        check_field_count(record, columns.size());
        const auto& f = record.fields;
        call_text_row row{record.line, 0, 0, f[2], false, 0, {}};

        bool call_ok = f[0].size() >= 2 && f[0][0] >= 'A' && f[0][0] <= 'Z' && f[0].back() != 'A' && f[0].back() != 'W';
        for (const char c : f[0]) call_ok = call_ok && is_alpha(c);
        if (!call_ok)
            throw input_error(row.line, "call " + quote::quoted_prefix(f[0]) +
                                            " is not a function name without A/W suffix (InitializeSecurityContext)");
        row.call = static_cast<std::size_t>(std::find(calls.begin(), calls.end(), f[0]) - calls.begin());
        if (row.call == calls.size()) calls.push_back(f[0]);
        row.package = packages.size();
        for (std::size_t p = 0; p < packages.size(); ++p)
            if (packages[p].id == f[1]) row.package = p;
        if (row.package == packages.size()) throw input_error(row.line, "package " + quote::quoted_prefix(f[1]) + " is not in packages.csv");

        const bool code_ok = !row.code.empty() && row.code.size() <= 64 &&
                             row.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos;
        if (!code_ok) throw input_error(row.line, "code " + quote::quoted_prefix(row.code) + " is not a name in upper case");
        std::uint32_t page_value = 0;
        if (!f[3].empty() && !parse_hex(f[3], 8, true, page_value))
            throw input_error(row.line, "page_value " + quote::quoted_prefix(f[3]) + " is not 0x followed by 8 upper-case hex digits");
        check_text(row.line, "note", f[5]);
        const auto known = row_by_name.find(row.code);
        if (known != row_by_name.end()) {
            row.has_value = true;
            row.value = rows[known->second].value;
            if (!f[3].empty() && page_value != row.value && f[5].empty())
                throw input_error(row.line, "page_value " + f[3] + " is not " + row.code + "'s " + hex(row.value) +
                                                " and no note says how the row is served");
        } else {
            if (f[5].empty()) throw input_error(row.line, "code " + row.code + " is not in the table and no note says why the row is kept");
            row.has_value = !f[3].empty();
            row.value = page_value;
            if (const auto owner = row_by_value.find(page_value); row.has_value && owner != row_by_value.end())
                throw input_error(row.line, "page_value " + f[3] + " belongs to " + rows[owner->second].name + ", not to " + row.code);
        }

        const std::pair<std::size_t, std::size_t> key{row.call, row.package};
        if (f[4].empty()) throw input_error(row.line, "page is empty: every row names the page it comes from");
        const auto [page, added] = pages.emplace(key, page_info{f[4], row.line, false});
        if (!added && page->second.page != f[4])
            throw input_error(row.line, f[0] + " (" + f[1] + ") comes from " + page->second.page + " on line " +
                                            std::to_string(page->second.line) + ", not " + f[4]);
        if (!added && page->second.closed)
            throw input_error(row.line, "the rows of " + f[0] + " (" + f[1] + ") must be together; they began on line " +
                                            std::to_string(page->second.line));
        if (key != previous && previous.first != SIZE_MAX) pages.at(previous).closed = true;
        previous = key;
        if (const auto [seen, fresh] = line_of_code.emplace(std::tuple{row.call, row.package, row.code}, row.line); !fresh)
            throw input_error(row.line, "duplicate row: " + row.code + " for " + f[0] + " (" + f[1] + ") already on line " +
                                            std::to_string(seen->second));
        if (row.has_value) {
            if (const auto [seen, fresh] = line_of_value.emplace(std::tuple{row.call, row.package, row.value}, row.line); !fresh)
                throw input_error(row.line, "value " + hex(row.value) + " for " + f[0] + " (" + f[1] + ") already on line " +
                                                std::to_string(seen->second));
        }

        for (std::size_t language = 0; language < languages.size(); ++language) {
            const std::string& text = f[6 + language];
            check_text(row.line, columns[6 + language], text);
            if (language == 0 && text.empty()) throw input_error(row.line, "text_en is empty: a row says what the code means");
            if (text.size() >= 0xFFFF) throw input_error(row.line, columns[6 + language] + " is longer than 65534 bytes");
            row.texts.push_back(text);
        }
        texts.push_back(std::move(row));
    }
    if (texts.empty()) throw input_error(records[0].line, "no rows after the header");
    if (calls.size() > 255) throw input_error(records.back().line, "more than 255 calls");
    if (texts.size() > 0xFFFF) throw input_error(records.back().line, "more than 65535 rows: page_starts holds 16-bit indexes");
    return texts;
}
}  // namespace generator

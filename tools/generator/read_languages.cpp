// languages.csv: the languages the texts come in, and what a tag or a LANGID must say to mean each.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

#include <set>

namespace generator {
namespace {

// A region subtag as tags and the regions column write it: two upper-case letters ("TW").
bool is_region(const std::string& text) {
    return text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
}

// A primary subtag of 2 or 3 lower-case letters, then an optional region ("pt-BR"); returns the primary.
std::string check_tag(std::size_t line, const std::string& tag) {
    const std::string primary = tag.substr(0, tag.find('-'));
    bool tag_ok = primary.size() >= 2 && primary.size() <= 3;
    for (const char c : primary) tag_ok = tag_ok && c >= 'a' && c <= 'z';
    tag_ok = tag_ok && (primary.size() == tag.size() || is_region(tag.substr(primary.size() + 1)));
    if (!tag_ok)
        throw input_error(line, "tag " + quoted_prefix(tag) + " is not a language subtag with an optional region (pt-BR)");
    return primary;
}

void check_script_and_regions(const language_row& row) {
    bool script_ok = row.script.empty() || row.script.size() == 4;
    for (std::size_t i = 0; script_ok && i < row.script.size(); ++i) {
        const char c = row.script[i];
        script_ok = ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) && (i == 0) == (c <= 'Z');
    }
    if (!script_ok) throw input_error(row.line, "script " + quoted_prefix(row.script) + " is not a script subtag (Hant)");
    for (const auto& word : split(row.regions, ' '))
        if (!is_region(word))
            throw input_error(row.line, "regions " + quoted_prefix(row.regions) + " is not a list of regions (TW HK MO)");
    if (!row.regions.empty() && row.script.empty()) throw input_error(row.line, "regions without a script");
}

void read_langid(language_row& row, const std::string& language, const std::string& sublanguages) {
    std::uint32_t value = 0;
    if (!parse_hex(language, 3, false, value) || value == 0 || value > 0x3FF)
        throw input_error(row.line,
                          "windows_language " + quoted_prefix(language) + " is not a primary LANGID from 0x01 to 0x3FF");
    row.windows_language = value;
    for (const auto& word : split(sublanguages, ' ')) {
        if (!parse_hex(word, 2, true, value) || value > 0x3F)
            throw input_error(
                row.line, "windows_sublanguages " + quoted_prefix(sublanguages) + " is not a list of SUBLANG ids (0x01 0x03)");
        row.windows_sublanguages |= std::uint64_t{1} << value;
    }
}

}  // namespace

std::vector<language_row> read_languages(const std::vector<csv_record>& records) {
    const csv_table table = read_table(records, {"lang", "tag", "script", "regions", "windows_language", "windows_sublanguages"});
    if (table.rows.empty()) throw input_error(table.header_line, "no languages after the header");
    std::vector<language_row> rows;
    std::map<std::string, std::size_t> line_of_primary;  // a primary subtag names one language
    std::set<std::string> ids;
    for (const csv_row& record : table.rows) {
        language_row row{record.line, record["lang"], record["tag"], record["script"], record["regions"], 0, 0};
        check_enumerator(row.line, "lang", row.id);
        const std::string primary = check_tag(row.line, row.tag);
        if (rows.empty() && (row.id != "en" || row.tag != "en"))
            throw input_error(row.line, "the first language must be en, the one every text falls back to");
        if (const auto seen = line_of_primary.find(primary); seen != line_of_primary.end())
            throw input_error(row.line,
                              "language " + quoted_prefix(primary) + " already on line " + std::to_string(seen->second));
        line_of_primary.emplace(primary, row.line);
        check_script_and_regions(row);
        read_langid(row, record["windows_language"], record["windows_sublanguages"]);
        if (!ids.insert(row.id).second) throw input_error(row.line, "duplicate lang " + quoted_prefix(row.id));
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace generator

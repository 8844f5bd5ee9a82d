#include "emit.hpp"

#include "literals.hpp"
#include "perfect_hash.hpp"

#include "../common/chars.hpp"

#include <sspi_status/detail/hash.hpp>
#include <sspi_status/detail/name_line.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string_view>

namespace generator {
namespace {

// Lines of generated code stay under this many columns, so that a diff shows a change.
constexpr std::size_t line_width = 110;

// The first line of every generated file; it does not depend on how the data folder was named.
std::string banner(const std::string& sources) {
    return "// Generated from " + sources + "\n// by sspi-status-gen (tools/generator). Do not edit.\n";
}

std::string enumerator(std::string name) {
    for (char& c : name) c = chars::ascii_lower(c);
    return name;
}

// "InitializeSecurityContext" -> "initialize_security_context"
std::string snake_case(const std::string& name) {
    std::string text;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z' && !text.empty()) text += '_';
        text += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return text;
}

// The value as the int32_t that status stores; INT32_MIN has no literal of its own.
std::string signed_literal(std::uint32_t value) {
    if (value == 0x80000000u) return "-2147483647 - 1";
    if (value < 0x80000000u) return std::to_string(value);
    return "-" + std::to_string(0x100000000ull - value);
}

// Items joined by ", " and wrapped into lines of `indent` spaces that stay under line_width.
std::string wrapped(const std::vector<std::string>& items, std::size_t indent) {
    std::string text, line;
    for (const auto& item : items) {
        const std::string piece = item + ",";
        if (!line.empty() && indent + line.size() + 1 + piece.size() > line_width) {
            text += "\n" + std::string(indent, ' ') + line;
            line.clear();
        }
        line += (line.empty() ? "" : " ") + piece;
    }
    return line.empty() ? text : text + "\n" + std::string(indent, ' ') + line;
}

// An enum class with a comment line above: one enumerator a line where asked or where one line
// would be too long, else on one line.
std::string enumeration(const std::string& comment, const std::string& name, const std::string& type,
                        const std::vector<std::string>& enumerators, bool one_per_line = false) {
    std::string one_line, one_each;
    for (const auto& e : enumerators) {
        one_line += (one_line.empty() ? " " : ", ") + e;
        one_each += "    " + e + ",\n";
    }
    const std::string head = "// " + comment + "\nenum class " + name + " : " + type + " {";
    const bool fits = head.size() - comment.size() - 4 + one_line.size() + 3 <= line_width;
    return fits && !one_per_line ? head + one_line + " };\n" : head + "\n" + one_each + "};\n";
}

// "std::array<T, N> NAME{{a, b, ...}}" wrapped.
std::string array_definition(const std::string& type, const std::string& name, const std::vector<std::string>& items) {
    return "inline constexpr std::array<" + type + ", " + std::to_string(items.size()) + "> " + name + "{{" + wrapped(items, 4) +
           "\n}};\n";
}

// The prefixed names of an enum: {"lang::en", "lang::de"}.
std::vector<std::string> qualified(const std::string& type, const std::vector<std::string>& enumerators) {
    std::vector<std::string> names;
    for (const auto& e : enumerators) names.push_back(type + "::" + e);
    return names;
}

std::vector<std::string> language_ids(const std::vector<language_row>& languages) {
    std::vector<std::string> ids;
    for (const auto& language : languages) ids.push_back(language.id);
    return ids;
}

std::vector<std::string> call_ids(const std::vector<std::string>& calls) {
    std::vector<std::string> ids;
    for (const auto& call : calls) ids.push_back(snake_case(call));
    return ids;
}

std::vector<std::string> package_ids(const std::vector<package_row>& packages) {
    std::vector<std::string> ids;
    for (const auto& package : packages) ids.push_back(package.id);
    return ids;
}

std::vector<std::string> family_ids() {
    std::vector<std::string> ids;
    for (const char* family : families) ids.push_back(enumerator(family));
    return ids;
}

// Opens a fragment of namespace sspi::detail, included once by the hand-written header named.
std::string fragment(const std::string& sources, const std::string& included_by, const std::string& body) {
    return banner(sources) + "// Included once, by " + included_by + ".\n\nnamespace sspi {\nnamespace detail {\n\n" + body +
           "\n}  // namespace detail\n}  // namespace sspi\n";
}

// sspi::condition: 0 is no condition, as for every std::error_condition.
std::string condition_enum(const std::vector<std::string>& conditions) {
    std::vector<std::string> enumerators = conditions;
    if (!enumerators.empty()) enumerators.front() += " = 1";
    return enumeration("The portable conditions of <sspi_status/conditions.hpp>, one per condition of data/conditions.csv.",
                       "condition", "int", enumerators, true);
}

std::string enums_header(const data_set& data) {
    std::string statuses;
    for (const auto& row : data.rows)
        statuses += "    " + enumerator(row.name) + " = " + signed_literal(row.value) + ",  // " + hex(row.value) + "\n";
    return banner("data/{sspi_status,languages,call_texts,packages,conditions}.csv") +
           "// The public enumerations of <sspi_status/sspi_status.hpp>, calls.hpp and conditions.hpp.\n"
           "#ifndef SSPI_STATUS_ENUMS_HPP\n#define SSPI_STATUS_ENUMS_HPP\n\n#include <cstdint>\n\nnamespace sspi {\n\n"
           "// One enumerator per name of the table, in lower case so that the macros of <windows.h>\n"
           "// cannot touch them. An alias has the value of the name it aliases.\n"
           "enum class status : std::int32_t {\n" +
           statuses + "};\n\n" +
           enumeration("The winerror.h families of the names, by prefix: SEC_, CERT_, CRYPT_, TRUST_.", "family", "std::uint8_t",
                       family_ids()) +
           "\n" +
           enumeration("The languages of the texts: English first, then Microsoft's translations.", "lang", "std::uint8_t",
                       language_ids(data.languages)) +
           "\n" +
           enumeration("The SSPI functions whose return values Microsoft documents.", "call", "std::uint8_t",
                       call_ids(data.calls), true) +
           "\n" +
           enumeration("The security packages the functions' pages are written for; general: the page for any package.",
                       "package", "std::uint8_t", package_ids(data.packages)) +
           "\n" + condition_enum(data.conditions) + "\n}  // namespace sspi\n\n#endif\n";
}

// "0x0000000000000000" from a 64-bit value.
std::string hex64(std::uint64_t value) {
    return hex(static_cast<std::uint32_t>(value >> 32)) + hex(static_cast<std::uint32_t>(value)).substr(2);
}

std::string languages_fragment(const std::vector<language_row>& languages) {
    std::vector<std::string> rows;
    for (const auto& language : languages)
        rows.push_back("{lang::" + language.id + ", " + literal(language.tag) + ", " + literal(language.script) + ", " +
                       literal(language.regions) + ", " + hex(language.windows_language).replace(2, 5, "") + "u, " +
                       hex64(language.windows_sublanguages) + "u}");
    std::string table = "inline constexpr std::array<language_info, " + std::to_string(rows.size()) + "> language_table{{\n";
    for (const auto& row : rows) table += "    " + row + ",\n";
    return fragment("data/languages.csv", "<sspi_status/detail/languages.hpp>",
                    table + "}};\n" + array_definition("lang", "all_languages", qualified("lang", language_ids(languages))));
}

// What find_name hashes and compares: the name without its optional "SEC_" prefix.
std::string_view name_key(const status_row& row) {
    const std::string_view name = row.name;
    return row.family == 0 ? name.substr(4) : name;
}

// The line of a row that find_name compares a key with (detail/name_line.hpp): the key's words in
// lower case, where its letters are, its length, and whether a typed "SEC_" may stand before it.
std::string name_line_of(const status_row& row) {
    namespace layout = sspi::detail::name_line;
    const std::string_view key = name_key(row);
    const auto word = [&](std::size_t at, std::size_t size, bool letters) {
        std::string bytes(size, '\0');
        for (std::size_t i = 0; i < size; ++i) {
            const char c = key[at + i];
            const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            bytes[i] = letters ? (letter ? '\x20' : '\0') : static_cast<char>(letter ? c | 0x20 : c);
        }
        return bytes;
    };
    const std::size_t n = key.size(), last = n < layout::word_size ? 0 : n - layout::word_size;
    std::string line;
    for (const bool of_letters : {false, true}) {
        if (n < layout::word_size) {  // the first and last 4 bytes in one word, the other words zero
            line +=
                word(0, 4, of_letters) + word(n - 4, 4, of_letters) + std::string((layout::words - 1) * layout::word_size, '\0');
            continue;
        }
        for (std::size_t w = 0; w < layout::words; ++w)
            line += word(w + 1 == layout::words ? last : std::min(w * layout::word_size, last), layout::word_size, of_letters);
    }
    line += le_bytes(n, layout::shape_mask_at - layout::length_at) + le_bytes(row.family == 0 ? 0xFFu : 0x1FFu, 4);
    if (line.size() != layout::size) throw std::logic_error("a name line of " + std::to_string(line.size()) + " bytes");
    return line;
}

std::string entry_rows(const std::vector<status_row>& rows) {
    std::string text = "inline constexpr std::array<entry, " + std::to_string(rows.size()) + "> table{{\n";
    for (const auto& row : rows)
        text += "    {status::" + enumerator(row.name) + ", " + hex(row.value) + "u, " + literal(row.name) + ", " +
                literal(row.alias_of) + ", family::" + enumerator(families[row.family]) + "},\n";
    return text + "}};\n";
}

std::string status_slots(const std::vector<status_row>& rows) {
    std::vector<std::size_t> primary_rows, all_rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        all_rows.push_back(i);
        if (rows[i].alias_of.empty()) primary_rows.push_back(i);
    }
    const auto name_of = [&](std::size_t row) { return rows[row].name; };
    const auto line_of = [&](std::size_t row) { return rows[row].line; };
    const auto values = perfect_slots(
        primary_rows, name_of, line_of, [&](std::size_t row) { return sspi::detail::value_mix(rows[row].value); },
        [](std::uint64_t mix, std::uint64_t seed, unsigned bits) {
            return sspi::detail::value_slot(static_cast<std::uint32_t>(mix), static_cast<std::uint32_t>(seed), bits);
        });
    const auto names = perfect_slots(
        all_rows, name_of, line_of,
        [&](std::size_t row) {
            const std::string_view key = name_key(rows[row]);
            return sspi::detail::name_mix(key.data(), key.size());
        },
        [](std::uint64_t mix, std::uint64_t seed, unsigned bits) { return sspi::detail::name_slot(mix, seed, bits); });
    return "// Perfect hashes: a slot holds 1 + the index in table of the only key that can be there, or 0.\n"
           "// value_slots covers the primary names (an alias's value leads to the name it aliases),\n"
           "// name_slots every name, keyed without a \"SEC_\" prefix.\n" +
           slot_literal("value", "std::uint32_t", values, 1) + slot_literal("name", "std::uint64_t", names, 1);
}

std::string table_fragment(const std::vector<status_row>& rows) {
    std::size_t shortest_key = 64, longest_key = 0;
    std::string lines =
        "\n// What find_name compares each row's key with, name_line::size bytes a row in the order of table.\n"
        "inline constexpr char name_lines[] =";
    for (const auto& row : rows) {
        shortest_key = std::min(shortest_key, name_key(row).size());
        longest_key = std::max(longest_key, name_key(row).size());
        lines += "\n    // " + row.name + "\n" + quoted_lines(name_line_of(row), 4);
    }
    std::vector<std::string> prefixes;
    for (const char* family : families) prefixes.push_back(literal(family));
    return fragment("data/sspi_status.csv", "<sspi_status/detail/lookup.hpp>, where sspi::entry is defined",
                    entry_rows(rows) + "\n" + status_slots(rows) + lines + "\n    ;\n" +
                        "inline constexpr std::size_t shortest_name_key = " + std::to_string(shortest_key) + ";\n" +
                        "inline constexpr std::size_t longest_name_key = " + std::to_string(longest_key) + ";\n\n" +
                        "// The prefix of each family's names, in the order of sspi::family.\n" +
                        array_definition("std::string_view", "family_names", prefixes) +
                        array_definition("family", "all_families", qualified("family", family_ids())));
}

// A text column, or an input_error at `line` of `file` (empty: the status table) where it does not fit.
std::string checked_column(const std::string& name, const std::vector<std::string>& texts,
                           const std::vector<std::string>& row_names, std::size_t line, const std::string& file) {
    try {
        return text_column_definition(name, texts, row_names) + "\n";
    } catch (const std::length_error& error) {
        input_error problem(line, error.what());
        problem.file = file;
        throw problem;
    }
}

// A switch over the languages that returns `make(id)` for each: always inlined by its callers, so that
// a call with a constant language refers to that language's literals only.
template <class Make>
std::string language_switch(const std::string& signature, const std::vector<language_row>& languages, Make make) {
    std::string cases;
    for (const auto& language : languages)
        cases += "    case lang::" + language.id + ":\n        return " + make(language.id) + ";\n";
    return "// The texts of one language; none for a value outside sspi::lang.\nSSPI_STATUS_ALWAYS_INLINE constexpr " +
           signature + " noexcept {\n    switch (language) {\n" + cases + "    }\n    return {};\n}\n";
}

std::string texts_fragment(const std::vector<status_row>& rows, const std::vector<language_row>& languages) {
    std::vector<std::string> names;
    for (const auto& row : rows) names.push_back(row.name);
    std::string columns;
    for (std::size_t language = 0; language < languages.size(); ++language)
        for (std::size_t kind = 0; kind < text_kinds.size(); ++kind) {
            std::vector<std::string> texts;
            for (const auto& row : rows) texts.push_back(row.texts[kind][language]);
            columns +=
                checked_column(std::string(text_kinds[kind]) + "_" + languages[language].id, texts, names, rows.front().line, "");
        }
    return fragment("data/sspi_status.csv", "<sspi_status/detail/lookup.hpp>, after the table",
                    columns + language_switch("language_columns columns_of(lang language)", languages, [](const std::string& id) {
                        return "language_columns{{system_text_" + id + ", system_text_" + id + "_starts}, {page_text_" + id +
                               ", page_text_" + id + "_starts}}";
                    }));
}

// The alerts sorted by the row of their code, so that each code's alerts are one run; where a row's
// run starts; and the row for each alert number, 0 for the Default row's.
std::string tls_alerts_fragment(const data_set& data) {
    std::vector<tls_alert_row> by_code;
    std::size_t default_row = 0;
    for (const auto& alert : data.tls_alerts) {
        if (alert.alert < 0)
            default_row = alert.row;
        else
            by_code.push_back(alert);
    }
    std::stable_sort(by_code.begin(), by_code.end(),
                     [](const tls_alert_row& a, const tls_alert_row& b) { return a.row < b.row; });
    std::string list;
    for (const auto& alert : by_code)
        list += "    {" + std::to_string(alert.alert) + ", " + literal(alert.name) + "},  // " + data.rows[alert.row].name + "\n";
    std::vector<std::size_t> row_of_alert(256, 0), starts;
    for (const auto& alert : by_code) row_of_alert[static_cast<std::size_t>(alert.alert)] = alert.row + 1;
    for (std::size_t row = 0, at = 0; row <= data.rows.size(); ++row) {
        while (at < by_code.size() && by_code[at].row < row) ++at;
        starts.push_back(at);
    }
    return fragment(
        "data/tls_alerts.csv", "<sspi_status/detail/lookup.hpp>, after the table",
        "// The listed alerts, those of one code together, in the order of the table's rows.\n"
        "inline constexpr std::array<tls_alert, " +
            std::to_string(by_code.size()) + "> tls_alert_table{{\n" + list +
            "}};\n\n// Row r's alerts are tls_alert_table[tls_alert_starts[r]] up to tls_alert_starts[r + 1].\n" +
            byte_table("tls_alert_starts", starts, 1) +
            "\n// 1 + the table row of each alert's code; 0 for an alert the page does not list.\n" +
            byte_table("tls_alert_rows", row_of_alert, 1) +
            "\n// The code of any other alert: the page's Default row.\ninline constexpr std::size_t tls_default_row = " +
            std::to_string(default_row) + ";  // " + data.rows[default_row].name + "\n");
}

// The rows of call_texts.csv in page order: page c * packages + p holds (call c, package p)'s rows.
struct page_order {
    std::vector<std::size_t> rows;  // indexes into data.call_texts
    std::size_t package_count;
    std::size_t page_of(const call_text_row& row) const { return row.call * package_count + row.package; }
};

page_order order_pages(const data_set& data) {
    page_order order{std::vector<std::size_t>(data.call_texts.size()), data.packages.size()};
    for (std::size_t i = 0; i < order.rows.size(); ++i) order.rows[i] = i;
    std::stable_sort(order.rows.begin(), order.rows.end(), [&](std::size_t a, std::size_t b) {
        return order.page_of(data.call_texts[a]) < order.page_of(data.call_texts[b]);
    });
    return order;
}

std::string package_aliases(const std::vector<package_row>& packages) {
    std::string aliases;
    std::size_t count = 0;
    for (const auto& package : packages)
        for (const auto& name : package.other_names) {
            aliases += "    {" + literal(name) + ", package::" + package.id + "},\n";
            ++count;
        }
    return "// Other names of the packages, as programs and logs give them.\n"
           "inline constexpr std::array<package_alias, " +
           std::to_string(count) + "> package_alias_table{{\n" + aliases + "}};\n";
}

// The rows of every page and where each page starts.
std::string page_rows(const data_set& data, const page_order& order) {
    std::string returns, starts;
    std::size_t page = 0;
    const auto start_pages_up_to = [&](std::size_t last, std::size_t at) {
        for (; page <= last; ++page) starts += (page % 16 == 0 ? "\n    " : " ") + std::to_string(at) + ",";
    };
    for (std::size_t at = 0; at < order.rows.size(); ++at) {
        const auto& row = data.call_texts[order.rows[at]];
        start_pages_up_to(order.page_of(row), at);
        returns += "    {" + literal(row.code) + ", " +
                   (row.has_value ? signed_literal(row.value) + "},  // " + hex(row.value) : std::string("std::nullopt},")) +
                   "\n";
    }
    start_pages_up_to(data.calls.size() * order.package_count, order.rows.size());
    const std::string packages = std::to_string(order.package_count);
    return "// The rows of every page, those of (call c, package p) from page_starts[c * " + packages +
           " + p]\n// up to the next page's start, in the page's order.\n"
           "inline constexpr std::array<call_return, " +
           std::to_string(order.rows.size()) + "> call_returns{{\n" + returns +
           "}};\ninline constexpr std::array<std::uint16_t, " + std::to_string(data.calls.size() * order.package_count + 1) +
           "> page_starts{{" + starts + "\n}};\n";
}

// A perfect hash of (page, value) over the rows that have a value.
std::string page_row_slots(const data_set& data, const page_order& order) {
    std::vector<std::size_t> keyed;
    for (std::size_t at = 0; at < order.rows.size(); ++at)
        if (data.call_texts[order.rows[at]].has_value) keyed.push_back(at);
    const auto row = [&](std::size_t at) -> const call_text_row& { return data.call_texts[order.rows[at]]; };
    try {
        const slot_table slots = perfect_slots(
            keyed, [&](std::size_t at) { return row(at).code; }, [&](std::size_t at) { return row(at).line; },
            [&](std::size_t at) { return sspi::detail::call_row_mix(order.page_of(row(at)), row(at).value); },
            [](std::uint64_t mix, std::uint64_t seed, unsigned bits) { return sspi::detail::name_slot(mix, seed, bits); });
        return "// A slot holds 1 + the index in call_returns of the only row of (page, value) that can be there, or 0.\n" +
               slot_literal("call_row", "std::uint64_t", slots, 2);
    } catch (input_error& error) {
        error.file = "call_texts.csv";
        throw;
    }
}

// Pieces of equal row counts, halved until every column's texts fit literals of text_column_bytes
// (the readers refuse a text that cannot fit alone).
std::size_t rows_per_piece(const std::vector<std::vector<std::string>>& columns) {
    const std::size_t rows = columns.front().size();
    const auto fits = [&](std::size_t per_piece) {
        for (const auto& texts : columns)
            for (std::size_t first = 0; first < rows; first += per_piece) {
                std::size_t size = 0;
                for (std::size_t at = first; at < std::min(first + per_piece, rows); ++at) size += texts[at].size() + 1;
                if (size > text_column_bytes) return false;
            }
        return true;
    };
    std::size_t per_piece = rows;
    while (per_piece > 1 && !fits(per_piece)) per_piece = (per_piece + 1) / 2;
    return per_piece;
}

std::string call_text_columns(const data_set& data, const page_order& order) {
    std::vector<std::vector<std::string>> by_language(data.languages.size());
    for (std::size_t language = 0; language < data.languages.size(); ++language)
        for (const std::size_t row : order.rows) by_language[language].push_back(data.call_texts[row].texts[language]);
    const std::size_t per_piece = rows_per_piece(by_language);
    const std::size_t pieces = (order.rows.size() + per_piece - 1) / per_piece;
    const auto piece_name = [](const std::string& id, std::size_t piece) {
        return "call_text_" + id + "_" + std::to_string(piece);
    };
    std::string columns;
    for (std::size_t language = 0; language < data.languages.size(); ++language)
        for (std::size_t piece = 0; piece < pieces; ++piece) {
            std::vector<std::string> texts, names;
            for (std::size_t at = piece * per_piece; at < std::min((piece + 1) * per_piece, order.rows.size()); ++at) {
                const auto& row = data.call_texts[order.rows[at]];
                texts.push_back(row.texts[language]);
                names.push_back(data.calls[row.call] + " (" + data.packages[row.package].name + ") " + row.code);
            }
            columns += checked_column(piece_name(data.languages[language].id, piece), texts, names, data.call_texts.front().line,
                                      "call_texts.csv");
        }
    return columns + "using call_text_column = pieced_text_column<" + std::to_string(pieces) + ", " + std::to_string(per_piece) +
           ">;\n\n" +
           language_switch("call_text_column call_texts_of(lang language)", data.languages, [&](const std::string& id) {
               std::string list;
               for (std::size_t piece = 0; piece < pieces; ++piece)
                   list += (piece == 0 ? "{" : ", {") + piece_name(id, piece) + ", " + piece_name(id, piece) + "_starts}";
               return "call_text_column{{{" + list + "}}}";
           });
}

std::string calls_fragment(const data_set& data) {
    const page_order order = order_pages(data);
    std::vector<std::string> names;
    for (const auto& call : data.calls) names.push_back(literal(call));
    std::vector<std::string> package_names;
    for (const auto& package : data.packages) package_names.push_back(literal(package.name));
    return fragment("data/call_texts.csv and data/packages.csv", "<sspi_status/detail/calls.hpp>",
                    array_definition("std::string_view", "call_names", names) +
                        array_definition("call", "all_calls", qualified("call", call_ids(data.calls))) +
                        array_definition("std::string_view", "package_names", package_names) +
                        array_definition("package", "all_packages", qualified("package", package_ids(data.packages))) + "\n" +
                        package_aliases(data.packages) + "\n" + page_rows(data, order) + "\n" + page_row_slots(data, order) +
                        "\n" + call_text_columns(data, order));
}

// Bucket tables of a family by value (the first row of each value) and by name.
std::string family_buckets(const std::string& id, const std::vector<family_row>& rows) {
    std::vector<std::size_t> primary, all;
    std::map<std::uint32_t, std::size_t> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        all.push_back(i);
        if (seen.emplace(rows[i].value, i).second) primary.push_back(i);
    }
    const auto slot = [](std::uint64_t mix, std::uint64_t seed, unsigned bits) {
        return sspi::detail::name_slot(mix, seed, bits);
    };
    const auto by_value = bounded_buckets(
        primary, [&](std::size_t row) { return std::uint64_t{rows[row].value}; }, slot);
    const auto by_name = bounded_buckets(
        all, [&](std::size_t row) { return sspi::detail::family_name_mix(rows[row].name); }, slot);
    return "// Buckets by value (the first row of each value: its primary name) and by name in any ASCII case.\n" +
           bucket_literal(id + "_value", by_value) + bucket_literal(id + "_name", by_name);
}

// The texts of a family in pieces of equal row counts, each a text column.
std::string family_texts(const std::string& id, const std::vector<family_row>& rows, const std::string& file, std::size_t& pieces,
                         std::size_t& per_piece) {
    std::vector<std::string> texts, names;
    for (const auto& row : rows) {
        texts.push_back(row.text);
        names.push_back(row.name);
    }
    per_piece = rows_per_piece({texts});
    pieces = (rows.size() + per_piece - 1) / per_piece;
    std::string columns;
    std::vector<std::string> list;
    for (std::size_t piece = 0; piece < pieces; ++piece) {
        const std::size_t first = piece * per_piece, last = std::min(first + per_piece, rows.size());
        const std::string name = id + "_text_" + std::to_string(piece);
        columns += checked_column(
            name, {texts.begin() + static_cast<std::ptrdiff_t>(first), texts.begin() + static_cast<std::ptrdiff_t>(last)},
            {names.begin() + static_cast<std::ptrdiff_t>(first), names.begin() + static_cast<std::ptrdiff_t>(last)},
            rows.front().line, file);
        list.push_back("{" + name + ", " + name + "_starts}");
    }
    return columns + array_definition("text_column", id + "_texts", list);
}

// A family of [MS-ERREF] (ntstatus.csv, win32.csv): its entries, its buckets, its texts, and the
// family_data that <sspi_status/detail/family.hpp> reads.
std::string family_fragment(const std::string& id, const std::string& file, const std::vector<family_row>& rows,
                            const std::string& unknown_message) {
    // Each name a plain literal and its length: a compiler reads that much faster than a string_view.
    std::string entries =
        "inline constexpr std::array<family_entry<" + id + "_family>, " + std::to_string(rows.size()) + "> " + id + "_table{{\n";
    for (const auto& row : rows)
        entries += "    {" + hex(row.value) + "u, " + quoted(row.name) + ", " + std::to_string(row.name.size()) + "},\n";
    std::size_t pieces = 0, per_piece = 0;
    const std::string texts = family_texts(id, rows, file, pieces, per_piece);
    const auto index = [&](const std::string& key) {
        return "{" + id + "_" + key + "_seed, " + id + "_" + key + "_bits, " + id + "_" + key + "_starts, " + id + "_" + key +
               "_rows}";
    };
    return entries + "}};\n\n" + family_buckets(id, rows) + "\n" + texts + "\ninline constexpr family_data<" + id + "_family> " +
           id + "_data{" + id + "_table.data(), " + id + "_table.size(), " + index("value") + ",\n    " + index("name") + ", " +
           id + "_texts.data(), " + std::to_string(per_piece) + ", " + literal(id) + ",\n    " + literal(unknown_message) +
           "};\n";
}

// For each row of the status table, 1 + the row of the Win32 error Windows gives for it, or 0.
std::string win32_of_status(const data_set& data) {
    std::vector<std::size_t> rows(data.rows.size(), 0);
    for (const auto& pair : data.win32_of)
        if (pair.from_status_table) rows[pair.code] = pair.win32 + 1;
    return byte_table("win32_of_status", rows, 2);
}

// The NTSTATUS values Windows gives a Win32 error for (each value's primary name's pair), bucketed by
// value, and that error's row: so that from_nt needs no NTSTATUS table.
std::string win32_of_ntstatus(const data_set& data) {
    std::map<std::uint32_t, std::size_t> primary;  // value -> its first row
    for (std::size_t row = 0; row < data.ntstatus.size(); ++row) primary.emplace(data.ntstatus[row].value, row);
    std::vector<std::size_t> values, errors, keyed;
    for (const auto& pair : data.win32_of) {
        if (pair.from_status_table || primary.at(data.ntstatus[pair.code].value) != pair.code) continue;
        keyed.push_back(values.size());
        values.push_back(data.ntstatus[pair.code].value);
        errors.push_back(pair.win32);
    }
    const auto buckets = bounded_buckets(
        keyed, [&](std::size_t i) { return std::uint64_t{values[i]}; },
        [](std::uint64_t mix, std::uint64_t seed, unsigned bits) { return sspi::detail::name_slot(mix, seed, bits); });
    return byte_table("win32_of_ntstatus_values", values, 4) + byte_table("win32_of_ntstatus_errors", errors, 2) +
           bucket_literal("win32_of_ntstatus", buckets);
}

std::string ntstatus_fragment(const data_set& data) {
    return fragment(
        "data/ntstatus.csv", "<sspi_status/detail/ntstatus.hpp>",
        family_fragment("ntstatus", "ntstatus.csv", data.ntstatus, "This value is not an NTSTATUS value of [MS-ERREF]."));
}

std::string win32_fragment(const data_set& data) {
    return fragment(
        "data/win32.csv and data/win32_of.csv", "<sspi_status/detail/win32.hpp>",
        family_fragment("win32", "win32.csv", data.win32, "This value is not a Win32 error of [MS-ERREF].") +
            "\n// The Win32 error Windows gives for a code of the status table and for an NTSTATUS (data/win32_of.csv).\n" +
            win32_of_status(data) + win32_of_ntstatus(data));
}

// Buckets of the Kerberos rows by either spelling of their names, in any ASCII case.
std::string kerberos_buckets(const std::vector<kerberos_row>& rows) {
    std::vector<std::string> spellings;
    std::vector<std::size_t> row_of_key, keys;
    for (std::size_t row = 0; row < rows.size(); ++row)
        for (const std::string* name : {&rows[row].name, &rows[row].mit_name})
            if (!name->empty()) {
                keys.push_back(spellings.size());
                spellings.push_back(*name);
                row_of_key.push_back(row);
            }
    auto buckets = bounded_buckets(
        keys, [&](std::size_t key) { return sspi::detail::family_name_mix(spellings[key]); },
        [](std::uint64_t mix, std::uint64_t seed, unsigned bits) { return sspi::detail::name_slot(mix, seed, bits); });
    for (auto& key : buckets.rows) key = row_of_key[key];
    return bucket_literal("kerberos_name", buckets);
}

std::string kerberos_fragment(const data_set& data) {
    const auto& rows = data.kerberos;
    std::string entries = "inline constexpr std::array<kerberos::entry, " + std::to_string(rows.size()) + "> kerberos_table{{\n";
    std::vector<std::size_t> by_number(128, 0), ntstatus(rows.size(), 0);
    std::vector<std::string> names;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        entries += "    {" + std::to_string(rows[row].number) + ", " + literal(rows[row].name) + ", " +
                   literal(rows[row].mit_name) + "},\n";
        by_number[rows[row].number] = row + 1;
        names.push_back(rows[row].mit_name);
    }
    for (const auto& pair : data.ntstatus_of_kerberos) ntstatus[pair.kerberos] = pair.ntstatus + 1;
    std::string columns;
    for (std::size_t kind = 0; kind < kerberos_texts.size(); ++kind) {
        std::vector<std::string> texts;
        for (const auto& row : rows) texts.push_back(row.texts[kind]);
        columns +=
            checked_column(std::string("kerberos_") + kerberos_texts[kind], texts, names, rows.front().line, "kerberos.csv");
    }
    return fragment("data/kerberos.csv and data/ntstatus_of_kerberos.csv", "<sspi_status/detail/kerberos.hpp>",
                    entries + "}};\n\n// 1 + the row of each protocol number, or 0.\n" +
                        byte_table("kerberos_rows", by_number, 1) + "\n" + kerberos_buckets(rows) + "\n" + columns +
                        "// 1 + the row in ntstatus_table of the NTSTATUS Samba reports for each row, or 0.\n" +
                        byte_table("ntstatus_of_kerberos", ntstatus, 2));
}

// The conditions' names and members (data/conditions.csv), read by <sspi_status/detail/conditions.hpp>.
std::string conditions_fragment(const data_set& data) {
    std::vector<std::string> names, members;
    for (const auto& name : data.conditions) names.push_back(literal(name));
    for (const auto& m : data.condition_members)
        members.push_back("{condition::" + data.conditions[m.condition] + ", " + literal(condition_families[m.family]) + ", " +
                          hex(m.value) + "u, " + literal(m.code) + "}");
    std::string table =
        "inline constexpr std::array<condition_member, " + std::to_string(members.size()) + "> condition_table{{\n";
    for (const auto& member : members) table += "    " + member + ",\n";
    return fragment("data/conditions.csv", "<sspi_status/detail/conditions.hpp>",
                    "// The name of each condition, by its value - 1.\n" +
                        array_definition("std::string_view", "condition_names", names) +
                        "\n// Every member, as data/conditions.csv orders them.\n" + table + "}};\n");
}

// The events and their code fields (data/events.csv, data/event_fields.csv), read by <sspi_status/events.hpp>.
std::string events_fragment(const data_set& data) {
    std::string events = "inline constexpr std::array<events::event, " + std::to_string(data.events.size()) + "> event_table{{\n";
    for (const auto& e : data.events)
        events += "    {" + literal(e.provider) + ", " + std::to_string(e.event) + ", " + literal(e.what) + ", " +
                  literal(e.account) + ", " + literal(e.address) + "},\n";
    std::string fields =
        "inline constexpr std::array<events::field, " + std::to_string(data.event_fields.size()) + "> event_field_table{{\n";
    for (const auto& f : data.event_fields)
        fields += "    {" + literal(f.provider) + ", " + std::to_string(f.event) + ", " + literal(f.field) + ", " +
                  literal(f.family) + "},\n";
    return fragment("data/events.csv and data/event_fields.csv", "<sspi_status/events.hpp>",
                    events + "}};\n\n" + fields + "}};\n");
}

}  // namespace

std::string emit_windows_check(const std::vector<status_row>& rows) {
    std::string text = banner("data/sspi_status.csv") +
                       "// Every enumerator of sspi::status equals the winerror.h macro of the same name; a name\n"
                       "// winerror.h lacks must be one that sspi_windows_check::may_lack(name) allows.\n"
                       "// Include after <windows.h>, <sspi.h>, <sspi_status/sspi_status.hpp> and may_lack.\n\n";
    for (const auto& row : rows)
        text += "#ifdef " + row.name + "\nstatic_assert(static_cast<long>(sspi::status::" + enumerator(row.name) +
                ") == " + row.name + ", \"" + row.name + "\");\n#else\nstatic_assert(sspi_windows_check::may_lack(\"" + row.name +
                "\"), \"winerror.h lacks " + row.name + "\");\n#endif\n";
    return text;
}

std::vector<generated_file> emit_headers(const data_set& data) {
    return {{"enums.hpp", enums_header(data)},
            {"detail/languages.ipp", languages_fragment(data.languages)},
            {"detail/table.ipp", table_fragment(data.rows)},
            {"detail/texts.ipp", texts_fragment(data.rows, data.languages)},
            {"detail/tls_alerts.ipp", tls_alerts_fragment(data)},
            {"detail/calls.ipp", calls_fragment(data)},
            {"detail/ntstatus.ipp", ntstatus_fragment(data)},
            {"detail/win32.ipp", win32_fragment(data)},
            {"detail/kerberos.ipp", kerberos_fragment(data)},
            {"detail/conditions.ipp", conditions_fragment(data)},
            {"detail/events.ipp", events_fragment(data)}};
}

}  // namespace generator

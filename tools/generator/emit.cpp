#include "emit.hpp"

#include <sspi_status/detail/hash.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>
#include <string_view>

namespace generator {
namespace {

std::string enumerator(const std::string& name) {
    std::string lower = name;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

// The value as the int32_t that status stores; INT32_MIN has no literal of its own.
std::string signed_literal(std::uint32_t value) {
    if (value == 0x80000000u) return "-2147483647 - 1";
    if (value < 0x80000000u) return std::to_string(value);
    return "-" + std::to_string(0x100000000ull - value);
}

// Bytes as a string literal: bytes outside printable ASCII, and '?' (no trigraph can form), become
// octal escapes, which, unlike \x escapes, cannot swallow a following digit, and keep the bytes
// whatever the source charset.
std::string quoted(const std::string& bytes) {
    static const char octal[] = "01234567";
    std::string out = "\"";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte >= 0x7F || c == '?') {
            out += '\\';
            out += octal[byte >> 6];
            out += octal[(byte >> 3) & 7u];
            out += octal[byte & 7u];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// A std::string_view literal ("..."sv: the compiler knows its length, so no constexpr strlen runs
// while the table compiles).
std::string literal(const std::string& text) { return quoted(text) + "sv"; }

struct slot_table {
    std::uint64_t seed;
    unsigned bits;
    std::vector<unsigned> slots;  // 1 + row index, 0 for an empty slot
};

// Searches, smallest table first, for a seed under which every key has a slot of its own. Keys that
// mix alike share a slot under every seed: they are reported at once instead of searched for.
// name_of(row) and line_of(row) say which row is meant in an error.
slot_table perfect_slots(const std::vector<std::size_t>& keyed_rows, const std::function<std::string(std::size_t row)>& name_of,
                         const std::function<std::size_t(std::size_t row)>& line_of,
                         const std::function<std::uint64_t(std::size_t row)>& mix_of,
                         const std::function<std::uint32_t(std::uint64_t mix, std::uint64_t seed, unsigned bits)>& slot_of) {
    std::map<std::uint64_t, std::size_t> unseeded;
    for (const std::size_t row : keyed_rows) {
        const auto [other, added] = unseeded.emplace(mix_of(row), row);
        if (!added)
            throw input_error(line_of(row), name_of(row) + " hashes like " + name_of(other->second) + " (line " +
                                                  std::to_string(line_of(other->second)) +
                                                  ") under every seed; the hash in detail/hash.hpp must read more of it");
    }
    std::vector<std::uint64_t> mixes;
    for (const std::size_t row : keyed_rows) mixes.push_back(mix_of(row));
    for (unsigned bits = 8; bits <= 16; ++bits) {
        if ((std::size_t{1} << bits) < 4 * keyed_rows.size()) continue;
        std::vector<unsigned> slots(std::size_t{1} << bits, 0);
        std::vector<std::uint32_t> taken;  // the slots an attempt filled, emptied again when it fails
        for (std::uint64_t attempt = 1; attempt < (1u << 16); ++attempt) {
            const std::uint64_t seed = (attempt * 0x9E3779B97F4A7C15u) | 1u;  // odd, with bits spread over the word
            bool collision = false;
            taken.clear();
            for (std::size_t i = 0; i < keyed_rows.size() && !collision; ++i) {
                const std::uint32_t slot = slot_of(mixes[i], seed, bits);
                collision = slots[slot] != 0;
                if (!collision) {
                    slots[slot] = static_cast<unsigned>(keyed_rows[i] + 1);
                    taken.push_back(slot);
                }
            }
            if (!collision) return {seed, bits, std::move(slots)};
            for (const std::uint32_t slot : taken) slots[slot] = 0;
        }
    }
    throw input_error(line_of(keyed_rows.front()), "no perfect hash found for the table");
}

// The output does not depend on how the data folder was named on the command line.
std::string banner() {
    return "// Generated from data/ (sspi_status.csv, languages.csv, tls_alerts.csv, packages.csv, call_texts.csv)\n"
           "// by sspi-status-gen (tools/generator). Do not edit.\n";
}

// Little-endian bytes of a value: what a load of `width` bytes reads back.
std::string le_bytes(std::uint64_t value, std::size_t width) {
    std::string bytes;
    for (std::size_t i = 0; i < width; ++i) bytes += static_cast<char>(value >> (8 * i) & 0xFFu);
    return bytes;
}

// A table of unsigned values of `width` little-endian bytes each as one string literal (read by
// detail::bytes_at), which a compiler reads much faster than as many numbers.
std::string byte_table(const std::string& name, const std::vector<std::size_t>& values, std::size_t width) {
    std::string bytes;
    for (const std::size_t value : values) {
        if (std::uint64_t{value} >> (8 * width) != 0)
            throw std::length_error(name + ": " + std::to_string(value) + " does not fit in " + std::to_string(width) + " bytes");
        bytes += le_bytes(value, width);
    }
    std::string text = "inline constexpr char " + name + "[] =";
    for (std::size_t at = 0; at < bytes.size(); at += 64) text += "\n    " + quoted(bytes.substr(at, 64));
    return text + ";\n";
}

// A perfect hash's seed, bits and slots of `width` bytes.
std::string slot_literal(const std::string& prefix, const std::string& seed_type, const slot_table& table, std::size_t width) {
    const std::uint64_t seed = seed_type == "std::uint32_t" ? table.seed & 0xFFFFFFFFu : table.seed;  // as value_slot reads it
    return "inline constexpr " + seed_type + " " + prefix + "_seed = " + std::to_string(seed) + "u;\n" +
           "inline constexpr unsigned " + prefix + "_bits = " + std::to_string(table.bits) + ";\n" +
           byte_table(prefix + "_slots", {table.slots.begin(), table.slots.end()}, width);
}

// What find_name hashes and compares: the name without its optional "SEC_" prefix.
std::string_view name_key(const status_row& row) {
    const std::string_view name = row.name;
    return row.family == 0 ? name.substr(4) : name;
}

// A 64-bit value as a hex literal's digits: "0x5F444E554F465F45".
std::string hex64(std::uint64_t value) { return hex(static_cast<std::uint32_t>(value >> 32)) + hex(static_cast<std::uint32_t>(value)).substr(2); }

// The line of a row that find_name compares a key with (its layout is described at key_equals in
// <sspi_status/sspi_status.hpp>): the key's words in lower case, where its letters are, its length,
// and whether a typed "SEC_" may stand before it.
std::string name_line_of(const status_row& row) {
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
    const std::size_t n = key.size();
    std::string line;
    for (const bool of_letters : {false, true}) {
        if (n < 8) {  // the first and last 4 bytes in one word, the other words zero
            line += word(0, 4, of_letters) + word(n - 4, 4, of_letters) + std::string(32, '\0');
            continue;
        }
        const std::size_t last = n - 8;
        for (const std::size_t at : {std::size_t{0}, std::min<std::size_t>(8, last), std::min<std::size_t>(16, last), std::min<std::size_t>(24, last), last})
            line += word(at, 8, of_letters);
    }
    return line + le_bytes(n, 4) + le_bytes(row.family == 0 ? 0xFFu : 0x1FFu, 4);
}

std::string status_header(const std::vector<status_row>& rows) {
    std::string text = banner() +
                       "#ifndef SSPI_STATUS_DETAIL_STATUS_HPP\n"
                       "#define SSPI_STATUS_DETAIL_STATUS_HPP\n\n"
                       "#include <cstdint>\n\n"
                       "namespace sspi {\n\n"
                       "// One enumerator per name of the table, in lower case so that the macros of <windows.h>\n"
                       "// cannot touch them. An alias has the value of the name it aliases.\n"
                       "enum class status : std::int32_t {\n";
    for (const auto& row : rows)
        text += "    " + enumerator(row.name) + " = " + signed_literal(row.value) + ",  // " + hex(row.value) + "\n";
    text += "};\n\n// The winerror.h families of the names, by prefix: SEC_, CERT_, CRYPT_, TRUST_.\n"
            "enum class family : std::uint8_t {";
    for (std::size_t f = 0; f < families.size(); ++f) text += (f == 0 ? " " : ", ") + enumerator(families[f]);
    return text + " };\n\n}  // namespace sspi\n\n#endif\n";
}

std::string languages_header(const std::vector<language_row>& languages) {
    std::string enumerators, all, table;
    for (const auto& language : languages) {
        enumerators += (enumerators.empty() ? " " : ", ") + language.id;
        all += (all.empty() ? "lang::" : ", lang::") + language.id;
        table += "    {lang::" + language.id + ", \"" + language.tag + "\"sv, \"" + language.script + "\"sv, \"" +
                 language.regions + "\"sv, " + hex(language.windows_language).replace(2, 5, "") + "u, " +
                 hex64(language.windows_sublanguages) + "u},\n";
    }
    const std::string count = std::to_string(languages.size());
    return banner() +
           "#ifndef SSPI_STATUS_DETAIL_LANGUAGES_HPP\n"
           "#define SSPI_STATUS_DETAIL_LANGUAGES_HPP\n\n"
           "#include <array>\n#include <cstdint>\n#include <string_view>\n\n"
           "namespace sspi {\n\n"
           "// The languages of the texts: English first, then Microsoft's translations.\n"
           "enum class lang : std::uint8_t {" + enumerators + " };\n\n"
           "namespace detail {\n\n"
           "// What a language tag or a Windows LANGID must say to mean a language (README, \"Languages\").\n"
           "struct language_info {\n"
           "    lang id;\n"
           "    std::string_view tag;              // BCP 47\n"
           "    std::string_view script;           // a tag with another script is not this language; empty: any\n"
           "    std::string_view regions;          // without a script subtag, one of these regions; empty: any\n"
           "    std::uint16_t windows_language;    // primary LANGID\n"
           "    std::uint64_t windows_sublanguages;  // bit n: SUBLANG n; 0: any\n"
           "};\n\n"
           "using namespace std::string_view_literals;\n\n"
           "inline constexpr std::array<language_info, " + count + "> language_table{{\n" + table + "}};\n" +
           "inline constexpr std::array<lang, " + count + "> all_languages{{" + all + "}};\n\n"
           "}  // namespace detail\n}  // namespace sspi\n\n#endif\n";
}

std::string table_fragment(const std::vector<status_row>& rows) {
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
    std::size_t shortest_key = 64, longest_key = 0;
    for (const auto& row : rows) {
        shortest_key = std::min(shortest_key, name_key(row).size());
        longest_key = std::max(longest_key, name_key(row).size());
    }

    std::string text = banner() +
                       "// Included once, by <sspi_status/sspi_status.hpp>, where sspi::entry is defined.\n\n"
                       "namespace sspi {\nnamespace detail {\n\n"
                       "inline constexpr std::array<entry, " +
                       std::to_string(rows.size()) + "> table{{\n";
    for (const auto& row : rows)
        text += "    {status::" + enumerator(row.name) + ", " + hex(row.value) + "u, " + literal(row.name) + ", " +
                (row.alias_of.empty() ? std::string("{}") : literal(row.alias_of)) + ", family::" + enumerator(families[row.family]) + "},\n";
    text += "}};\n\n"
            "// Perfect hashes: a slot holds 1 + the index in table of the only key that can be there, or 0.\n"
            "// value_slots covers the primary names (an alias's value leads to the name it aliases),\n"
            "// name_slots every name, keyed without a \"SEC_\" prefix.\n";
    text += slot_literal("value", "std::uint32_t", values, 1) + slot_literal("name", "std::uint64_t", names, 1);
    text += "\n// What find_name compares each row's key with, name_line_size bytes a row in the order of table.\n"
            "inline constexpr char name_lines[] =";
    for (const auto& row : rows) text += "\n    " + quoted(name_line_of(row)) + "  // " + row.name;
    text += "\n    ;\n";
    text += "inline constexpr std::size_t shortest_name_key = " + std::to_string(shortest_key) + ";\n" +
            "inline constexpr std::size_t longest_name_key = " + std::to_string(longest_key) + ";\n";
    text += "\n// The prefix of each family's names, in the order of sspi::family.\n"
            "inline constexpr std::array<std::string_view, " + std::to_string(families.size()) + "> family_names{{";
    for (std::size_t f = 0; f < families.size(); ++f) text += (f == 0 ? "" : ", ") + literal(families[f]);
    text += "}};\ninline constexpr std::array<family, " + std::to_string(families.size()) + "> all_families{{";
    for (std::size_t f = 0; f < families.size(); ++f) text += (f == 0 ? "family::" : ", family::") + enumerator(families[f]);
    text += "}};\n";
    return text + "\n}  // namespace detail\n}  // namespace sspi\n";
}

// The most bytes a text_column holds: its offsets have 16 bits, and C++ compilers need not support a
// longer literal.
constexpr std::size_t text_column_bytes = 0xFFFF;

// A literal with the texts back to back, each ending in a NUL so that data() may go to a C API, and
// the table NAME_starts of where each begins (and, last, where the next would): a few large literals
// cost the compiler less than hundreds of small ones.
std::string text_column_definition(const std::string& name, const std::vector<std::string>& texts, std::size_t line) {
    std::string pieces;
    std::vector<std::size_t> starts{0};
    for (const auto& text : texts) {
        starts.push_back(starts.back() + text.size() + 1);
        pieces += "\n    " + quoted(text + '\0');
    }
    if (starts.back() > text_column_bytes)
        throw input_error(line, name + " holds " + std::to_string(starts.back()) + " bytes; text_column's 16-bit offsets reach " +
                                    std::to_string(text_column_bytes));
    return "inline constexpr std::string_view " + name + " =" + pieces + "sv;\n" + byte_table(name + "_starts", starts, 2) + "\n";
}

// One text column per kind and language. columns_of(), always inlined, lets a call with a constant
// language refer to that language's literals only.
std::string texts_fragment(const std::vector<status_row>& rows, const std::vector<language_row>& languages) {
    std::string columns, dispatch;
    for (std::size_t language = 0; language < languages.size(); ++language) {
        const std::string& id = languages[language].id;
        dispatch += "    case lang::" + id + ":\n        return {{system_text_" + id + ", system_text_" + id +
                    "_starts}, {page_text_" + id + ", page_text_" + id + "_starts}};\n";
        for (std::size_t kind = 0; kind < text_kinds.size(); ++kind) {
            const std::string name = std::string(text_kinds[kind]) + "_" + id;
            std::vector<std::string> texts;
            for (const auto& row : rows) texts.push_back(row.texts[kind][language]);
            columns += text_column_definition(name, texts, rows.front().line);
        }
    }
    return banner() +
           "// Included once, by <sspi_status/sspi_status.hpp>, after the table. Row r's text is the one\n"
           "// from X_starts[r] up to the NUL before X_starts[r + 1].\n\n"
           "namespace sspi {\nnamespace detail {\n\n" +
           columns +
           "// The texts of one language; none for a value outside sspi::lang.\n"
           "SSPI_STATUS_ALWAYS_INLINE constexpr language_columns columns_of(lang language) noexcept {\n"
           "    switch (language) {\n" + dispatch + "    }\n    return {};\n}\n\n"
           "}  // namespace detail\n}  // namespace sspi\n";
}

// The alerts sorted by the row of their code, so that each code's alerts are one run; where a row's
// run starts; and the row for each alert number, 0 for the Default row's.
std::string tls_alerts_fragment(const data_set& data) {
    std::vector<tls_alert_row> by_code;
    const tls_alert_row* fallback = nullptr;
    for (const auto& alert : data.tls_alerts) {
        if (alert.alert < 0) {
            fallback = &alert;
            continue;
        }
        by_code.push_back(alert);
    }
    std::stable_sort(by_code.begin(), by_code.end(), [](const tls_alert_row& a, const tls_alert_row& b) { return a.row < b.row; });
    std::string list;
    for (const auto& alert : by_code)
        list += "    {" + std::to_string(alert.alert) + ", " + literal(alert.name) + "},  // " + data.rows[alert.row].name + "\n";
    std::vector<std::size_t> row_of_alert(256, 0), starts;
    for (const auto& alert : by_code) row_of_alert[static_cast<std::size_t>(alert.alert)] = alert.row + 1;
    std::size_t at = 0;
    for (std::size_t row = 0; row <= data.rows.size(); ++row) {
        while (at < by_code.size() && by_code[at].row < row) ++at;
        starts.push_back(at);
    }
    return banner() +
           "// Included once, by <sspi_status/sspi_status.hpp>, after the table: the code Schannel returns\n"
           "// when it receives each TLS or SSL alert (data/tls_alerts.csv).\n\n"
           "namespace sspi {\nnamespace detail {\n\n"
           "// The listed alerts, those of one code together, in the order of the table's rows.\n"
           "inline constexpr std::array<tls_alert, " + std::to_string(by_code.size()) + "> tls_alert_table{{\n" + list + "}};\n\n"
           "// Row r's alerts are tls_alert_table[tls_alert_starts[r]] up to tls_alert_starts[r + 1].\n" +
           byte_table("tls_alert_starts", starts, 1) + "\n"
           "// 1 + the table row of each alert's code; 0 for an alert the page does not list.\n" +
           byte_table("tls_alert_rows", row_of_alert, 1) + "\n"
           "// The code of any other alert: the page's Default row.\n"
           "inline constexpr std::size_t tls_default_row = " + std::to_string(fallback->row) + ";  // " +
           data.rows[fallback->row].name + "\n\n}  // namespace detail\n}  // namespace sspi\n";
}


// "InitializeSecurityContext" -> "initialize_security_context"
std::string snake_case(const std::string& name) {
    std::string text;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z') {
            if (!text.empty()) text += '_';
            text += static_cast<char>(c - 'A' + 'a');
        } else {
            text += c;
        }
    }
    return text;
}

// The per-call pages: the rows grouped by (call, package) in page order, where each page starts, and
// one text column per language.
std::string calls_header(const data_set& data) {
    const std::size_t package_count = data.packages.size();
    std::vector<std::size_t> order(data.call_texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto page_of = [&](std::size_t i) { return data.call_texts[i].call * package_count + data.call_texts[i].package; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return page_of(a) < page_of(b); });

    std::string call_enumerators, call_names, all_calls, package_enumerators, package_names, all_packages, aliases;
    for (const auto& call : data.calls) {
        call_enumerators += "    " + snake_case(call) + ",\n";
        call_names += (call_names.empty() ? "" : ", ") + literal(call);
        all_calls += (all_calls.empty() ? "call::" : ", call::") + snake_case(call);
    }
    std::size_t alias_count = 0;
    for (const auto& package : data.packages) {
        package_enumerators += (package_enumerators.empty() ? " " : ", ") + package.id;
        package_names += (package_names.empty() ? "" : ", ") + literal(package.name);
        all_packages += (all_packages.empty() ? "package::" : ", package::") + package.id;
        for (const auto& name : package.other_names) {
            aliases += "    {" + literal(name) + ", package::" + package.id + "},\n";
            ++alias_count;
        }
    }
    // A perfect hash of (page, value) over the rows that have a value.
    std::vector<std::size_t> keyed;
    for (std::size_t at = 0; at < order.size(); ++at)
        if (data.call_texts[order[at]].has_value) keyed.push_back(at);
    slot_table row_slots;
    try {
        row_slots = perfect_slots(
            keyed, [&](std::size_t at) { return data.call_texts[order[at]].code; },
            [&](std::size_t at) { return data.call_texts[order[at]].line; },
            [&](std::size_t at) { return sspi::detail::call_row_mix(page_of(order[at]), data.call_texts[order[at]].value); },
            [](std::uint64_t mix, std::uint64_t seed, unsigned bits) { return sspi::detail::name_slot(mix, seed, bits); });
    } catch (input_error& error) {
        error.file = "call_texts.csv";
        throw;
    }
    std::string returns, starts;
    std::size_t page = 0;
    for (std::size_t at = 0; at < order.size(); ++at) {
        const auto& row = data.call_texts[order[at]];
        for (; page <= page_of(order[at]); ++page) starts += (page % 16 == 0 ? "\n    " : " ") + std::to_string(at) + ",";
        returns += "    {" + literal(row.code) + ", " +
                   (row.has_value ? signed_literal(row.value) + "},  // " + hex(row.value) : std::string("std::nullopt},")) + "\n";
    }
    for (; page <= data.calls.size() * package_count; ++page)
        starts += (page % 16 == 0 ? "\n    " : " ") + std::to_string(order.size()) + ",";

    // Pieces of equal row counts, halved until every language's texts fit literals of 64 KiB (the reader
    // refuses a text that cannot fit alone).
    const auto fits = [&](std::size_t rows_per_piece) {
        for (std::size_t language = 0; language < data.languages.size(); ++language)
            for (std::size_t first = 0; first < order.size(); first += rows_per_piece) {
                std::size_t size = 0;
                for (std::size_t at = first; at < std::min(first + rows_per_piece, order.size()); ++at)
                    size += data.call_texts[order[at]].texts[language].size() + 1;
                if (size > text_column_bytes) return false;
            }
        return true;
    };
    std::size_t rows_per_piece = order.size();
    while (rows_per_piece > 1 && !fits(rows_per_piece)) rows_per_piece = (rows_per_piece + 1) / 2;
    const std::size_t pieces = (order.size() + rows_per_piece - 1) / rows_per_piece;
    std::string columns, dispatch;
    for (std::size_t language = 0; language < data.languages.size(); ++language) {
        const std::string& id = data.languages[language].id;
        dispatch += "    case lang::" + id + ":\n        return {{{";
        for (std::size_t piece = 0; piece < pieces; ++piece) {
            const std::string name = "call_text_" + id + "_" + std::to_string(piece);
            std::vector<std::string> texts;
            for (std::size_t at = piece * rows_per_piece; at < std::min((piece + 1) * rows_per_piece, order.size()); ++at)
                texts.push_back(data.call_texts[order[at]].texts[language]);
            columns += text_column_definition(name, texts, data.call_texts.front().line);
            dispatch += (piece == 0 ? "{" : ", {") + name + ", " + name + "_starts}";
        }
        dispatch += "}}};\n";
    }
    const std::string call_count = std::to_string(data.calls.size()), package_count_text = std::to_string(package_count);
    return banner() +
           "#ifndef SSPI_STATUS_DETAIL_CALLS_HPP\n#define SSPI_STATUS_DETAIL_CALLS_HPP\n\n"
           "// Included by <sspi_status/calls.hpp>, after <sspi_status/sspi_status.hpp>.\n\n"
           "#include <optional>\n\n"
           "namespace sspi {\n\n"
           "// The SSPI functions whose return values Microsoft documents, one enumerator per function.\n"
           "enum class call : std::uint8_t {\n" + call_enumerators + "};\n\n"
           "// The security packages the functions' pages are written for; general: the page for any package.\n"
           "enum class package : std::uint8_t {" + package_enumerators + " };\n\n"
           "// One row of a function's return-value table.\n"
           "struct call_return {\n"
           "    std::string_view name;             // as the page names it, also a name the table lacks (STATUS_LOGON_FAILURE)\n"
           "    std::optional<std::int32_t> code;  // the value it is served under; none when the page gives none\n"
           "};\n\n"
           "namespace detail {\n\n"
           "using namespace std::string_view_literals;\n\n"
           "inline constexpr std::array<std::string_view, " + call_count + "> call_names{{" + call_names + "}};\n"
           "inline constexpr std::array<call, " + call_count + "> all_calls{{" + all_calls + "}};\n"
           "inline constexpr std::array<std::string_view, " + package_count_text + "> package_names{{" + package_names + "}};\n"
           "inline constexpr std::array<package, " + package_count_text + "> all_packages{{" + all_packages + "}};\n\n"
           "// Other names of the packages, as programs and logs give them.\n"
           "struct package_alias {\n    std::string_view name;\n    package id;\n};\n"
           "inline constexpr std::array<package_alias, " + std::to_string(alias_count) + "> package_aliases{{\n" + aliases + "}};\n\n"
           "// The rows of every page, those of (call c, package p) from page_starts[c * " + package_count_text +
           " + p]\n// up to the next page's start, in the page's order.\n"
           "inline constexpr std::array<call_return, " + std::to_string(order.size()) + "> call_returns{{\n" + returns + "}};\n"
           "inline constexpr std::array<std::uint16_t, " + std::to_string(data.calls.size() * package_count + 1) + "> page_starts{{" +
           starts + "\n}};\n\n" +
           "// A slot holds 1 + the index in call_returns of the only row of (page, value) that can be there, or 0.\n" +
           slot_literal("call_row", "std::uint64_t", row_slots, 2) + "\n" + columns +
           "using call_text_column = pieced_text_column<" + std::to_string(pieces) + ", " + std::to_string(rows_per_piece) + ">;\n\n"
           "// The texts of call_returns in one language; none for a value outside sspi::lang.\n"
           "SSPI_STATUS_ALWAYS_INLINE constexpr call_text_column call_texts_of(lang language) noexcept {\n"
           "    switch (language) {\n" + dispatch + "    }\n    return {};\n}\n\n"
           "}  // namespace detail\n}  // namespace sspi\n\n#endif\n";
}
}  // namespace

std::string emit_windows_check(const std::vector<status_row>& rows) {
    std::string text = banner() +
                       "// Every enumerator of sspi::status equals the winerror.h macro of the same name; a name\n"
                       "// winerror.h lacks must be one that sspi_windows_check::may_lack(name) allows.\n"
                       "// Include after <windows.h>, <sspi.h>, <sspi_status/sspi_status.hpp> and may_lack.\n\n";
    for (const auto& row : rows)
        text += "#ifdef " + row.name + "\nstatic_assert(static_cast<long>(sspi::status::" + enumerator(row.name) + ") == " +
                row.name + ", \"" + row.name + "\");\n#else\nstatic_assert(sspi_windows_check::may_lack(\"" + row.name +
                "\"), \"winerror.h lacks " + row.name + "\");\n#endif\n";
    return text;
}

std::vector<generated_file> emit_headers(const data_set& data) {
    return {{"status.hpp", status_header(data.rows)},
            {"languages.hpp", languages_header(data.languages)},
            {"table.ipp", table_fragment(data.rows)},
            {"texts.ipp", texts_fragment(data.rows, data.languages)},
            {"tls_alerts.ipp", tls_alerts_fragment(data)},
            {"calls.hpp", calls_header(data)}};
}

}  // namespace generator

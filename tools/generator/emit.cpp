#include "emit.hpp"

#include <sspi_status/detail/hash.hpp>

#include <functional>
#include <map>
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

// A std::string_view literal ("..."sv: the compiler knows its length, so no constexpr strlen runs
// while the table compiles); bytes outside printable ASCII become octal escapes, which, unlike \x
// escapes, cannot swallow a following digit, and keep the bytes whatever the source charset.
std::string literal(const std::string& text) {
    static const char octal[] = "01234567";
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte >= 0x7F) {
            out += '\\';
            out += octal[byte >> 6];
            out += octal[(byte >> 3) & 7u];
            out += octal[byte & 7u];
        } else {
            out += c;
        }
    }
    return out + "\"sv";
}

struct slot_table {
    std::uint32_t seed;
    unsigned bits;
    std::vector<unsigned> slots;  // 1 + row index, 0 for an empty slot
};

// Searches, smallest table first, for a seed under which every key has a slot of its own. Keys that
// share a slot under every seed (seed 1 over 32 bits is a bijection of the seeded hash's input) are
// reported at once instead of searched for.
slot_table perfect_slots(const std::vector<status_row>& rows, const std::vector<std::size_t>& keyed_rows,
                         const std::function<std::uint32_t(std::size_t row, std::uint32_t seed, unsigned bits)>& slot_of) {
    std::map<std::uint32_t, std::size_t> unseeded;
    for (const std::size_t row : keyed_rows) {
        const auto [other, added] = unseeded.emplace(slot_of(row, 1, 32), row);
        if (!added)
            throw input_error(rows[row].line, rows[row].name + " hashes like " + rows[other->second].name + " (line " +
                                                  std::to_string(rows[other->second].line) +
                                                  ") under every seed; the hash in detail/hash.hpp must read more of it");
    }
    for (unsigned bits = 8; bits <= 14; ++bits) {
        if ((std::size_t{1} << bits) < 4 * keyed_rows.size()) continue;
        for (std::uint32_t attempt = 1; attempt < (1u << 16); ++attempt) {
            const std::uint32_t seed = (attempt * 0x9E3779B9u) | 1u;  // odd, with bits spread over the word
            std::vector<unsigned> slots(std::size_t{1} << bits, 0);
            bool collision = false;
            for (const std::size_t row : keyed_rows) {
                unsigned& slot = slots[slot_of(row, seed, bits)];
                if (slot != 0) {
                    collision = true;
                    break;
                }
                slot = static_cast<unsigned>(row + 1);
            }
            if (!collision) return {seed, bits, std::move(slots)};
        }
    }
    throw input_error(rows.front().line, "no perfect hash found for the table");
}

std::string banner(const std::string& source_name) {
    return "// Generated from " + source_name + " by sspi-status-gen (tools/generator). Do not edit.\n";
}

std::string slot_array(const std::string& prefix, const slot_table& table) {
    std::string text = "inline constexpr std::uint32_t " + prefix + "_seed = " + std::to_string(table.seed) + "u;\n" +
                       "inline constexpr unsigned " + prefix + "_bits = " + std::to_string(table.bits) + ";\n" +
                       "inline constexpr std::array<std::uint8_t, " + std::to_string(table.slots.size()) + "> " +
                       prefix + "_slots{{";
    for (std::size_t i = 0; i < table.slots.size(); ++i) {
        text += i % 32 == 0 ? "\n    " : " ";
        text += std::to_string(table.slots[i]) + ",";
    }
    return text + "\n}};\n";
}

std::string status_header(const std::vector<status_row>& rows, const std::string& source_name) {
    std::string text = banner(source_name) +
                       "#ifndef SSPI_STATUS_DETAIL_STATUS_HPP\n"
                       "#define SSPI_STATUS_DETAIL_STATUS_HPP\n\n"
                       "#include <cstdint>\n\n"
                       "namespace sspi {\n\n"
                       "// One enumerator per SEC_E_*/SEC_I_* name of winerror.h, in lower case so that the macros of\n"
                       "// <windows.h> cannot touch them. An alias has the value of the name it aliases.\n"
                       "enum class status : std::int32_t {\n";
    for (const auto& row : rows)
        text += "    " + enumerator(row.name) + " = " + signed_literal(row.value) + ",  // " + hex(row.value) + "\n";
    return text + "};\n\n}  // namespace sspi\n\n#endif\n";
}

std::string table_fragment(const std::vector<status_row>& rows, const std::string& source_name) {
    std::vector<std::size_t> primary_rows, all_rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        all_rows.push_back(i);
        if (rows[i].alias_of.empty()) primary_rows.push_back(i);
    }
    const auto values = perfect_slots(rows, primary_rows, [&](std::size_t row, std::uint32_t seed, unsigned bits) {
        return sspi::detail::value_slot(rows[row].value, seed, bits);
    });
    const auto names = perfect_slots(rows, all_rows, [&](std::size_t row, std::uint32_t seed, unsigned bits) {
        return sspi::detail::name_slot(std::string_view(rows[row].name).substr(4), seed, bits);
    });

    std::string text = banner(source_name) +
                       "// Included once, by <sspi_status/sspi_status.hpp>, where sspi::entry is defined.\n\n"
                       "namespace sspi {\nnamespace detail {\n\n"
                       "using namespace std::string_view_literals;\n\n"
                       "inline constexpr std::array<entry, " +
                       std::to_string(rows.size()) + "> table{{\n";
    for (const auto& row : rows) {
        text += "    {status::" + enumerator(row.name) + ", " + hex(row.value) + "u, " + literal(row.name) + ",\n" +
                "     " + literal(row.message_en) + ",\n" + "     " + literal(row.message_de) + ",\n" + "     " +
                literal(row.system_message) + ",\n" + "     " + literal(row.alias_of) + "},\n";
    }
    text += "}};\n\n"
            "// Perfect hashes: a slot holds 1 + the index in table of the only key that can be there, or 0.\n"
            "// value_slots covers the primary names (an alias's value leads to the name it aliases),\n"
            "// name_slots every name, keyed without its \"SEC_\" prefix.\n";
    text += slot_array("value", values) + slot_array("name", names);
    return text + "\n}  // namespace detail\n}  // namespace sspi\n";
}

}  // namespace

std::string emit_windows_check(const std::vector<status_row>& rows, const std::string& source_name) {
    std::string text = banner(source_name) +
                       "// Every enumerator of sspi::status equals the winerror.h macro of the same name.\n"
                       "// Include after <windows.h>, <sspi.h> and <sspi_status/sspi_status.hpp>.\n\n";
    for (const auto& row : rows)
        text += "static_assert(static_cast<long>(sspi::status::" + enumerator(row.name) + ") == " + row.name + ", \"" +
                row.name + "\");\n";
    return text;
}

// One literal per language with the texts of all rows back to back, and where each row's text starts:
// a few large literals cost the compiler less than hundreds of small ones.
std::string translations_fragment(const std::vector<status_row>& rows, const std::string& source_name) {
    std::string texts, offsets;
    for (std::size_t language = 0; language < translation_count; ++language) {
        std::string joined;
        offsets += "    {{";
        for (const auto& row : rows) {
            offsets += std::to_string(joined.size()) + ",";
            joined += row.translations[language];
        }
        offsets += std::to_string(joined.size()) + "}},  // " + csv_columns[first_translation_column + language] + "\n";
        texts += "    " + literal(joined) + ",\n";
    }
    return banner(source_name) +
           "// Included once, by <sspi_status/sspi_status.hpp>, after the table.\n"
           "// The pages' texts in the languages after en and de, in the order of sspi::lang: row r's text in\n"
           "// language l is translation_text[l] from translation_offsets[l][r] to translation_offsets[l][r + 1].\n\n"
           "namespace sspi {\nnamespace detail {\n\n"
           "inline constexpr std::array<std::string_view, " + std::to_string(translation_count) +
           "> translation_text{{\n" + texts + "}};\n\n"
           "inline constexpr std::array<std::array<std::uint32_t, " + std::to_string(rows.size() + 1) + ">, " +
           std::to_string(translation_count) + "> translation_offsets{{\n" + offsets + "}};\n\n"
           "}  // namespace detail\n}  // namespace sspi\n";
}

std::vector<generated_file> emit_headers(const std::vector<status_row>& rows, const std::string& source_name) {
    return {{"status.hpp", status_header(rows, source_name)},
            {"table.ipp", table_fragment(rows, source_name)},
            {"translations.ipp", translations_fragment(rows, source_name)}};
}

}  // namespace generator

// Reads a status code as people write it: hex with or without 0x, signed or unsigned decimal, or a name.
#ifndef SSPI_STATUS_TOOL_CODE_ARGUMENT_HPP
#define SSPI_STATUS_TOOL_CODE_ARGUMENT_HPP

#include <sspi_status/sspi_status.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tool {

struct code_argument {
    enum class kind {
        known,      // an SSPI code: entry is set
        unknown,    // a 32-bit value or a name-shaped word that is in no family of the table
        not_a_code  // not a code at all; problem says why
    } what;
    const sspi::entry* entry = nullptr;  // for a name, its own entry (an alias's too); for a value, the primary
    std::uint32_t value = 0;             // for known and unknown values
    bool is_value = false;               // false for a name
    std::string problem;

    static code_argument of_value(std::uint32_t value) {
        const sspi::entry* e = sspi::find(value);
        return {e != nullptr ? kind::known : kind::unknown, e, value, true, {}};
    }
    static code_argument of_name(const sspi::entry& e) { return {kind::known, &e, e.value, false, {}}; }
    static code_argument unknown_name() { return {kind::unknown, nullptr, 0, false, {}}; }
    static code_argument not_a_code(std::string why) { return {kind::not_a_code, nullptr, 0, false, std::move(why)}; }
};

// The characters of a name or a number: A-Z, a-z, 0-9 and '_'. A table, inline: --scan asks it of
// every byte.
inline constexpr auto name_characters = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    return table;
}();
inline bool is_name_character(char c) { return name_characters[static_cast<unsigned char>(c)]; }

// The value of a hex digit in either case, or -1 for any other character. Inline: --scan asks it of
// every digit of a candidate.
constexpr int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The length of the family prefix a name-shaped word starts with ("SEC_", "crypt_", any case), or 0.
std::size_t family_prefix_length(std::string_view word);

// "0x8009030C" and "8009030c" (eight digits, or any digits with a letter) are hex;
// "-2146893044", "+2148074252" and "2148074252" are decimal ("010" is ten); blanks around it are
// ignored; "SEC_E_LOGON_DENIED", "e_logon_denied",
// "crypt_e_revoked" are names.
code_argument read_code(std::string_view text);

}  // namespace tool

#endif

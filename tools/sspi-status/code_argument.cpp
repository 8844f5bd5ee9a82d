#include "code_argument.hpp"

#include "text.hpp"

namespace tool {
namespace {

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return hex_digit(c) >= 0; }

bool all_of(std::string_view text, bool (*test)(char)) {
    for (const char c : text)
        if (!test(c)) return false;
    return !text.empty();
}

code_argument not_a_code(std::string problem) { return code_argument::not_a_code(std::move(problem)); }

// A value read from digits: refused, never wrapped, when it does not fit 32 bits.
code_argument from_value(unsigned long long value) {
    if (value > 0xFFFFFFFFull) return not_a_code("out of the 32-bit range of a status code");
    return code_argument::of_value(static_cast<std::uint32_t>(value));
}

// Blanks, and the line end of a code read from a file with CRLF line ends (xargs < codes.txt).
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Digits in base 10 or 16 into 64 bits, stopping once the value leaves 32-bit range.
unsigned long long accumulate(std::string_view digits, unsigned base) {
    unsigned long long value = 0;
    for (const char c : digits) {
        value = value * base + static_cast<unsigned>(hex_digit(c));
        if (value > 0xFFFFFFFFull + 1) return value;
    }
    return value;
}

}  // namespace

std::size_t family_prefix_length(std::string_view word) {
    for (const sspi::family f : sspi::families()) {
        const std::string_view prefix = sspi::family_name(f);
        if (word.size() > prefix.size() && word[prefix.size()] == '_' &&
            equals_ignoring_case(word.substr(0, prefix.size()), prefix))
            return prefix.size() + 1;
    }
    return 0;
}

code_argument read_code(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);  // as pasted from a log
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    if (text.empty()) return not_a_code("empty code");
    if (text[0] == '+') {
        const auto digits = text.substr(1);
        if (!all_of(digits, is_decimal_digit)) return not_a_code("not a number");
        return from_value(accumulate(digits, 10));
    }
    const bool has_prefix = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    if (has_prefix) {
        const auto digits = text.substr(2);
        if (digits.empty()) return not_a_code("no hex digits after 0x");
        if (!all_of(digits, is_hex_digit)) return not_a_code("not a hex number");
        return from_value(accumulate(digits, 16));
    }
    if (text[0] == '-') {
        const auto digits = text.substr(1);
        if (!all_of(digits, is_decimal_digit)) return not_a_code("not a number");
        const auto magnitude = accumulate(digits, 10);
        if (magnitude > 0x80000000ull) return not_a_code("out of the 32-bit range of a status code");
        return from_value((0x100000000ull - magnitude) & 0xFFFFFFFFull);  // two's complement
    }
    const bool decimal = all_of(text, is_decimal_digit);
    if (all_of(text, is_hex_digit) && (!decimal || text.size() == 8)) return from_value(accumulate(text, 16));
    if (decimal) return from_value(accumulate(text, 10));
    if (const sspi::entry* e = sspi::find_name(text)) return code_argument::of_name(*e);
    // FAMILY_E_..., FAMILY_I_..., or E_/I_ for a SEC_ name without its prefix.
    const std::string_view rest = text.substr(family_prefix_length(text));
    const bool name_shaped =
        rest.size() > 2 && (rest[0] == 'E' || rest[0] == 'e' || rest[0] == 'I' || rest[0] == 'i') && rest[1] == '_';
    if (name_shaped && all_of(text, is_name_character)) return code_argument::unknown_name();
    return not_a_code("neither a number nor a name such as SEC_E_LOGON_DENIED or CRYPT_E_REVOKED");
}

}  // namespace tool

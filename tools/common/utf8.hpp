// UTF-8 decoding shared by the generator (which rejects invalid input) and the tool (which folds case
// and writes JSON).
#ifndef SSPI_STATUS_TOOLS_UTF8_HPP
#define SSPI_STATUS_TOOLS_UTF8_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace utf8 {

inline constexpr char32_t replacement = 0xFFFD;

// Decodes the code point at text[i] and advances i past it. On a byte that does not start a valid
// sequence (overlong, surrogate, beyond U+10FFFF, cut short) it yields U+FFFD, advances i by one and
// returns false.
constexpr bool decode(std::string_view text, std::size_t& i, char32_t& code_point) noexcept {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    char32_t decoded = 0;
    if (lead < 0x80) {
        length = 1;
        decoded = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        decoded = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        decoded = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        decoded = lead & 0x07u;
    }
    bool valid = length != 0 && text.size() - i >= length;
    for (std::size_t k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        valid = (next & 0xC0u) == 0x80u;
        decoded = (decoded << 6) | (next & 0x3Fu);
    }
    valid = valid && !(length == 3 && decoded < 0x800) && !(length == 4 && decoded < 0x10000) &&
            !(decoded >= 0xD800 && decoded <= 0xDFFF) && decoded <= 0x10FFFF;
    i += valid ? length : 1;
    code_point = valid ? decoded : replacement;
    return valid;
}

inline void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

}  // namespace utf8

#endif

// UTF-8 for the generator (which rejects invalid input) and the tool (which folds case, writes JSON
// and cuts text at character boundaries). The length of a sequence is the library's utf8_length.
#ifndef SSPI_STATUS_TOOLS_UTF8_HPP
#define SSPI_STATUS_TOOLS_UTF8_HPP

#include "chars.hpp"

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
    const std::size_t length = chars::utf8_length(text[i]);
    char32_t decoded = length <= 1 ? lead : lead & (0x7Fu >> length);
    bool valid = length != 0 && text.size() - i >= length;
    for (std::size_t k = 1; valid && k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        valid = (next & 0xC0u) == 0x80u;
        decoded = (decoded << 6) | (next & 0x3Fu);
    }
    const char32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};  // the least value a sequence of each length holds
    valid = valid && decoded >= shortest[length] && !(decoded >= 0xD800 && decoded <= 0xDFFF) && decoded <= 0x10FFFF;
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

// How many bytes at the end of text begin a UTF-8 sequence that the text does not complete.
constexpr std::size_t incomplete_tail(std::string_view text) noexcept {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const char byte = text[text.size() - back];
        if ((static_cast<unsigned char>(byte) & 0xC0u) == 0x80u) continue;  // a continuation byte: look further back
        return chars::utf8_length(byte) > back ? back : 0;
    }
    return 0;
}

// The longest prefix of text that does not end inside a UTF-8 sequence.
constexpr std::string_view whole_characters(std::string_view text) noexcept {
    return text.substr(0, text.size() - incomplete_tail(text));
}

}  // namespace utf8

#endif

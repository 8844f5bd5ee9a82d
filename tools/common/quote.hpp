// How the tools quote what a user gave them in a message: 'text', or, for a long text, its first
// 60 bytes (whole characters) and "…" with the length, so that one huge argument or field does not
// flood the terminal; control characters escaped.
#ifndef SSPI_STATUS_TOOLS_QUOTE_HPP
#define SSPI_STATUS_TOOLS_QUOTE_HPP

#include "utf8.hpp"

#include <string>
#include <string_view>

namespace quote {

// The text with its control characters (C0, DEL) as \xHH, so that an ESC cannot drive the terminal.
inline std::string escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F) {
            out += c;
            continue;
        }
        constexpr const char* digits = "0123456789ABCDEF";
        out += "\\x";
        out += digits[byte >> 4];
        out += digits[byte & 0xF];
    }
    return out;
}

inline std::string quoted_prefix(std::string_view text) {
    constexpr std::size_t shown = 60;
    if (text.size() <= shown) return "'" + escaped(text) + "'";
    return "'" + escaped(utf8::whole_characters(text.substr(0, shown))) + "\xE2\x80\xA6' (" + std::to_string(text.size()) +
           " bytes)";
}

}  // namespace quote

#endif

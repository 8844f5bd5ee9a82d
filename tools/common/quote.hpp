// How the tools quote what a user gave them in a message: 'text', or, for a long text, its first
// 60 bytes (whole characters) and "…" with the length, so that one huge argument or field does not
// flood the terminal.
#ifndef SSPI_STATUS_TOOLS_QUOTE_HPP
#define SSPI_STATUS_TOOLS_QUOTE_HPP

#include "utf8.hpp"

#include <string>
#include <string_view>

namespace quote {

inline std::string quoted_prefix(std::string_view text) {
    constexpr std::size_t shown = 60;
    if (text.size() <= shown) return "'" + std::string(text) + "'";
    return "'" + std::string(utf8::whole_characters(text.substr(0, shown))) + "\xE2\x80\xA6' (" + std::to_string(text.size()) +
           " bytes)";
}

}  // namespace quote

#endif

// Text helpers of the tool: case-insensitive matching across scripts, and JSON strings.
#ifndef SSPI_STATUS_TOOL_TEXT_HPP
#define SSPI_STATUS_TOOL_TEXT_HPP

#include "../common/chars.hpp"
#include "../common/quote.hpp"

#include <string>
#include <string_view>

namespace tool {

// Lower-cases Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic letters; other characters
// stay as they are and invalid UTF-8 becomes U+FFFD. Enough for every script of the messages.
std::string fold_case(std::string_view text);

using chars::equals_ignoring_case;  // the same but for the case of ASCII letters

using quote::quoted_prefix;  // an argument as an error message quotes it

// text as the inside of a JSON string literal, appended to out; invalid UTF-8 becomes U+FFFD.
void append_json_escaped(std::string& out, std::string_view text);

// text as a JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD, so the output is
// valid JSON for any input.
std::string json_string(std::string_view text);

// json_string(text), or null for an empty text (a field the source has no text for).
std::string json_or_null(std::string_view text);

}  // namespace tool

#endif

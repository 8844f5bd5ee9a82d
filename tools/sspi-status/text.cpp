#include "text.hpp"

#include "../common/utf8.hpp"

namespace tool {
namespace {

char32_t fold(char32_t c) {
    const bool even = c % 2 == 0;
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;  // Greek
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;                // Cyrillic Ѐ..Џ
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic А..Я
    if (c == 0x178) return 0xFF;                                  // Ÿ
    // Latin Extended-A and Cyrillic supplements pair capital and small letter as neighbours.
    const bool capital_even =
        (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF);
    const bool capital_odd = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if ((capital_even && even) || (capital_odd && !even)) return c + 1;
    return c;
}

}  // namespace

std::string fold_case(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        utf8::decode(text, i, c);
        utf8::append(folded, fold(c));
    }
    return folded;
}

void append_json_escaped(std::string& out, std::string_view text) {
    static const char hex_digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < text.size();) {
        // Most bytes of a log are printable ASCII, copied as a run.
        std::size_t run = i;
        while (run < text.size() && text[run] >= 0x20 && text[run] != '"' && text[run] != '\\' && text[run] != 0x7F) ++run;
        out.append(text, i, run - i);
        if ((i = run) == text.size()) break;
        char32_t c = 0;
        utf8::decode(text, i, c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            out += "\\u00";
            out += hex_digits[c >> 4];
            out += hex_digits[c & 0xF];
        } else {
            utf8::append(out, c);
        }
    }
}

std::string json_string(std::string_view text) {
    std::string json = "\"";
    append_json_escaped(json, text);
    return json + "\"";
}

std::string json_or_null(std::string_view text) { return text.empty() ? std::string("null") : json_string(text); }

}  // namespace tool

#include "checks.hpp"

#include "csv.hpp"
#include "data.hpp"

#include "../common/chars.hpp"
#include "../common/utf8.hpp"

namespace generator {
namespace {

bool is_white_space(char32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

}  // namespace

std::string hex(std::uint32_t value) { return chars::hex(value); }

bool parse_hex(const std::string& text, std::size_t digits, bool exact, std::uint32_t& value) {
    if (text.size() < 3 || text.size() > 2 + digits || (exact && text.size() != 2 + digits) || text[0] != '0' || text[1] != 'x')
        return false;
    value = 0;
    for (std::size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            value = value << 4 | static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F')
            value = value << 4 | static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

std::uint32_t value_field(std::size_t line, const std::string& column, const std::string& text) {
    std::uint32_t value = 0;
    if (!parse_hex(text, 8, true, value))
        throw input_error(line, column + " " + quoted_prefix(text) + " is not 0x followed by 8 upper-case hex digits");
    return value;
}

void check_enumerator(std::size_t line, const std::string& column, const std::string& text) {
    if (text.empty() || text[0] < 'a' || text[0] > 'z' ||
        text.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
        throw input_error(line, column + " " + quoted_prefix(text) + " does not match [a-z][a-z0-9_]*");
}

bool is_upper_name(const std::string& text) {
    return !text.empty() && text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos;
}

void check_text(std::size_t line, const std::string& column, const std::string& text) {
    char32_t first = 0, last = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        utf8::decode(text, i, c);  // parse_csv has checked the UTF-8
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            throw input_error(line, column + " contains the control character U+" + hex(static_cast<std::uint32_t>(c)).substr(6));
        if (c == 0x2028 || c == 0x2029) throw input_error(line, column + " contains a line or paragraph separator");
        if (first == 0) first = c;
        last = c;
    }
    if (is_white_space(first) || is_white_space(last)) throw input_error(line, column + " has leading or trailing white space");
}

void claim_ignoring_case(std::map<std::string, std::size_t>& seen, std::size_t line, const std::string& label,
                         const std::string& name) {
    std::string lower = name;
    for (char& c : lower) c = chars::ascii_lower(c);
    if (const auto [first, fresh] = seen.emplace(lower, line); !fresh)
        throw input_error(line, label + " " + name + " already on line " + std::to_string(first->second));
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> words;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

}  // namespace generator

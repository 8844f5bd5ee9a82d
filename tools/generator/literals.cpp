#include "literals.hpp"

#include <stdexcept>

namespace generator {

namespace {

constexpr std::size_t line_width = 110;

// One byte as it stands inside a literal.
std::string escaped(char c) {
    static const char octal[] = "01234567";
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') return {'\\', c};
    if (byte < 0x20 || byte >= 0x7F || c == '?') return {'\\', octal[byte >> 6], octal[(byte >> 3) & 7u], octal[byte & 7u]};
    return {c};
}

}  // namespace

std::string quoted(const std::string& bytes) {
    std::string out = "\"";
    for (const char c : bytes) out += escaped(c);
    return out + "\"";
}

std::string quoted_lines(const std::string& bytes, std::size_t indent) {
    const std::string margin(indent, ' ');
    std::string out, piece;
    for (const char c : bytes) {
        const std::string next = escaped(c);
        if (indent + piece.size() + next.size() + 2 > line_width) {
            out += (out.empty() ? "" : "\n") + margin + "\"" + piece + "\"";
            piece.clear();
        }
        piece += next;
    }
    return out + (out.empty() ? "" : "\n") + margin + "\"" + piece + "\"";
}

std::string literal(const std::string& text) { return quoted(text) + "sv"; }

std::string le_bytes(std::uint64_t value, std::size_t width) {
    std::string bytes;
    for (std::size_t i = 0; i < width; ++i) bytes += static_cast<char>(value >> (8 * i) & 0xFFu);
    return bytes;
}

std::string byte_table(const std::string& name, const std::vector<std::size_t>& values, std::size_t width) {
    std::string bytes;
    for (const std::size_t value : values) {
        if (std::uint64_t{value} >> (8 * width) != 0)
            throw std::length_error(name + ": " + std::to_string(value) + " does not fit in " + std::to_string(width) + " bytes");
        bytes += le_bytes(value, width);
    }
    return "inline constexpr char " + name + "[] =\n" + quoted_lines(bytes, 4) + ";\n";
}

std::string text_column_definition(const std::string& name, const std::vector<std::string>& texts,
                                   const std::vector<std::string>& row_names) {
    std::string pieces;
    std::vector<std::size_t> starts{0};
    for (std::size_t row = 0; row < texts.size(); ++row) {
        starts.push_back(starts.back() + texts[row].size() + 1);
        pieces += "\n    // " + row_names[row] + "\n" + quoted_lines(texts[row] + '\0', 4);
    }
    if (starts.back() > text_column_bytes)
        throw std::length_error(name + " holds " + std::to_string(starts.back()) +
                                " bytes; a text column's 16-bit offsets reach " + std::to_string(text_column_bytes));
    return "inline constexpr std::string_view " + name + " =" + pieces + "sv;\n" + byte_table(name + "_starts", starts, 2);
}

}  // namespace generator

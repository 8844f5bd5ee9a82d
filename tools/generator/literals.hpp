// How the generator writes data as C++ source: string literals that keep every byte, tables of
// little-endian numbers as one literal, and columns of NUL-terminated texts.
#ifndef SSPI_STATUS_GENERATOR_LITERALS_HPP
#define SSPI_STATUS_GENERATOR_LITERALS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace generator {

// The most bytes a text column holds: its offsets have 16 bits, and C++ compilers need not support a
// longer literal.
inline constexpr std::size_t text_column_bytes = 0xFFFF;

// Bytes as a string literal: bytes outside printable ASCII, and '?' (no trigraph can form), become
// octal escapes, which, unlike \x escapes, cannot swallow a following digit.
std::string quoted(const std::string& bytes);

// Bytes as adjacent string literals, one a line of `indent` spaces, each line under 110 columns.
std::string quoted_lines(const std::string& bytes, std::size_t indent);

// A std::string_view literal ("..."sv: the compiler knows its length, and data() is NUL-terminated).
std::string literal(const std::string& text);

// The little-endian bytes of a value: what a load of `width` bytes reads back.
std::string le_bytes(std::uint64_t value, std::size_t width);

// A table of values of `width` little-endian bytes each, as one string literal read by
// detail::bytes_at (a compiler reads it much faster than as many numbers); throws std::length_error
// for a value that does not fit.
std::string byte_table(const std::string& name, const std::vector<std::size_t>& values, std::size_t width);

// A text column NAME: the texts back to back, each ending in a NUL and commented with its row's name,
// and NAME_starts, where each begins (and, last, where the next would). Throws std::length_error when
// the texts exceed text_column_bytes.
std::string text_column_definition(const std::string& name, const std::vector<std::string>& texts,
                                   const std::vector<std::string>& row_names);

}  // namespace generator

#endif

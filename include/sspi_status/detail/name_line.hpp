// The layout of the line find_name compares a key with, one per table row in name_lines: written by
// the generator (name_line_of), read by key_equals. A key of n bytes (4 to 40) is the name without
// its optional "SEC_" prefix.
#ifndef SSPI_STATUS_DETAIL_NAME_LINE_HPP
#define SSPI_STATUS_DETAIL_NAME_LINE_HPP

#include <cstddef>

namespace sspi {
namespace detail {
namespace name_line {

// The key's words at 0, 8, 16, 24 and n - 8 (none past its end; for a key under 8 bytes, its first
// and last 4 bytes in the first word, the others zero), 8 bytes each.
inline constexpr std::size_t words = 5;
inline constexpr std::size_t word_size = 8;
// The words in lower case.
inline constexpr std::size_t lower_at = 0;
// 0x20 in each byte of the words that is a letter, where the key may come in either case.
inline constexpr std::size_t letters_at = lower_at + words * word_size;
// The key's length, 4 bytes little-endian.
inline constexpr std::size_t length_at = letters_at + words * word_size;
// Which bits of (n | typed prefix << 8) must equal the length: 0xFF where a typed "SEC_" may stand
// before the key, 0x1FF where it must not; 4 bytes little-endian.
inline constexpr std::size_t shape_mask_at = length_at + 4;
inline constexpr std::size_t size = shape_mask_at + 4;

}  // namespace name_line
}  // namespace detail
}  // namespace sspi

#endif

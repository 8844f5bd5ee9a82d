// Character helpers, one copy for the library, its generator and its tool: ASCII case, hex digits,
// and the length of a UTF-8 sequence.
#ifndef SSPI_STATUS_DETAIL_CHARS_HPP
#define SSPI_STATUS_DETAIL_CHARS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

constexpr char ascii_upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

// "0x8009030C": a value as winerror.h and the tables write it, without allocating.
constexpr std::array<char, 10> hex(std::uint32_t value) noexcept {
    std::array<char, 10> text{'0', 'x'};
    for (std::size_t i = 0; i < 8; ++i) text[9 - i] = "0123456789ABCDEF"[(value >> (4 * i)) & 0xFu];
    return text;
}

// The length of the UTF-8 sequence that starts with lead, or 0 for a byte that starts none.
constexpr std::size_t utf8_length(char lead) noexcept {
    const auto byte = static_cast<unsigned char>(lead);
    return byte < 0x80 ? 1 : byte >= 0xF0 && byte < 0xF8 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
}

}  // namespace detail
}  // namespace sspi

#endif

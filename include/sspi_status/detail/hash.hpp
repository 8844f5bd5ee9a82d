// The hash functions behind sspi::find and sspi::find_name; the generator uses the same ones
// to choose seeds under which every value and every name has a slot of its own.
#ifndef SSPI_STATUS_DETAIL_HASH_HPP
#define SSPI_STATUS_DETAIL_HASH_HPP

#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

constexpr char ascii_upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Slot of a status value in a table of 2^bits slots.
constexpr std::uint32_t value_slot(std::uint32_t value, std::uint32_t seed, unsigned bits) noexcept {
    const std::uint32_t mixed = (value ^ (value >> 15)) * seed;
    return mixed >> (32u - bits);
}

// Slot of a name without its "SEC_" prefix, ignoring ASCII case, in a table of 2^bits slots. Like
// gperf, it reads the length and six characters at fixed places, so that the cost does not grow
// with the name; the generator fails if two names ever share them.
// The key has at least 3 characters ("E_X"), so that every place read is inside it.
constexpr std::uint32_t name_slot(std::string_view key, std::uint32_t seed, unsigned bits) noexcept {
    const std::size_t n = key.size();
    // Clearing bit 5 upper-cases letters and keeps A-Z, 0-9 and '_' apart: enough for a hash.
    const auto at = [key](std::size_t i, unsigned shift) -> std::uint32_t {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(key[i]) & 0xDFu) << shift;
    };
    const std::uint32_t ends = at(0, 0) | at(2, 8) | at(n - 1, 16) | at(n - 2, 24);
    const std::uint32_t middle = at(n / 2, 0) | at(n - 3, 8) | static_cast<std::uint32_t>(n) << 16;
    std::uint32_t hash = ends * 0x9E3779B1u ^ middle * 0x85EBCA77u;
    hash = (hash ^ (hash >> 15)) * seed;
    return hash >> (32u - bits);
}

// The shortest key name_slot takes.
inline constexpr std::size_t shortest_name_key = 3;

}  // namespace detail
}  // namespace sspi

#endif

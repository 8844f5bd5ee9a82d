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

// Slot of a name without its "SEC_" prefix, ignoring ASCII case, in a table of 2^bits slots (FNV-1a).
constexpr std::uint32_t name_slot(std::string_view key, std::uint32_t seed, unsigned bits) noexcept {
    std::uint32_t hash = seed;
    for (const char c : key) hash = (hash ^ static_cast<unsigned char>(ascii_upper(c))) * 16777619u;
    return (hash ^ (hash >> 15)) * 0x2C1B3C6Du >> (32u - bits);
}

}  // namespace detail
}  // namespace sspi

#endif

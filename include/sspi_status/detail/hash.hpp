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
// gperf, it reads the length and a few characters at fixed places, each mixed in independently, so
// that the cost does not grow with the name; the generator fails if two names ever share them.
constexpr std::uint32_t name_slot(std::string_view key, std::uint32_t seed, unsigned bits) noexcept {
    const std::size_t n = key.size();
    const auto at = [key, n](std::size_t i) -> std::uint32_t {
        return i < n ? static_cast<unsigned char>(ascii_upper(key[i])) : 0u;
    };
    std::uint32_t hash = static_cast<std::uint32_t>(n) * 0x9E3779B1u + at(0) * 0x85EBCA77u + at(2) * 0xC2B2AE3Du +
                         at(3) * 0x27D4EB2Fu + at(n / 2) * 0x165667B1u + at(n - 1) * 0xD3A2646Cu +
                         at(n - 2) * 0xFD7046C5u + at(n - 3) * 0xB55A4F09u;
    hash = (hash ^ (hash >> 15)) * seed;
    return hash >> (32u - bits);
}

}  // namespace detail
}  // namespace sspi

#endif

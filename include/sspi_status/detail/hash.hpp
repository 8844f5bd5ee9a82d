// The hash functions behind sspi::find and sspi::find_name; the generator uses the same ones to
// choose seeds under which every value and every name has a slot of its own.
#ifndef SSPI_STATUS_DETAIL_HASH_HPP
#define SSPI_STATUS_DETAIL_HASH_HPP

#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

// Little-endian words of 4 and 8 bytes at p: assembled byte by byte where that must be constexpr,
// one load otherwise on a little-endian machine (clang 14 does not always merge the bytes itself).
#if defined(__has_builtin) && defined(__BYTE_ORDER__)
#if __has_builtin(__builtin_is_constant_evaluated) && __has_builtin(__builtin_memcpy) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SSPI_STATUS_RUNTIME_LOADS 1
#endif
#endif
#ifdef SSPI_STATUS_RUNTIME_LOADS
template <class Word>
inline Word load_whole(const char* p) noexcept {
    Word word = 0;
    __builtin_memcpy(&word, p, sizeof word);
    return word;
}
#endif
constexpr std::uint32_t load4(const char* p) noexcept {
#ifdef SSPI_STATUS_RUNTIME_LOADS
    if (!__builtin_is_constant_evaluated()) return load_whole<std::uint32_t>(p);
#endif
    const auto byte = [p](int i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i); };
    return byte(0) | byte(1) | byte(2) | byte(3);
}
constexpr std::uint64_t load8(const char* p) noexcept {
#ifdef SSPI_STATUS_RUNTIME_LOADS
    if (!__builtin_is_constant_evaluated()) return load_whole<std::uint64_t>(p);
#endif
    return load4(p) | static_cast<std::uint64_t>(load4(p + 4)) << 32;
}

// Value i of a generated table of Width-byte little-endian values (slots of a perfect hash, offsets of
// texts), written as one string literal, which a compiler reads much faster than as many numbers.
template <std::size_t Width>
constexpr unsigned bytes_at(const char* table, std::size_t i) noexcept {
    static_assert(Width == 1 || Width == 2, "values of one or two bytes");
#ifdef SSPI_STATUS_RUNTIME_LOADS
    if (Width == 2 && !__builtin_is_constant_evaluated()) return load_whole<std::uint16_t>(table + i * Width);
#endif
    unsigned value = 0;
    for (std::size_t b = 0; b < Width; ++b)
        value |= static_cast<unsigned>(static_cast<unsigned char>(table[i * Width + b])) << (8 * b);
    return value;
}

// Each hash is a mix of the key, a bijection where the generator checks that no two keys mix alike,
// then the mix spread over a table of 2^bits slots by the seed the generator chose.

// Slot of a status value.
constexpr std::uint32_t value_mix(std::uint32_t value) noexcept { return value ^ (value >> 15); }
constexpr std::uint32_t value_slot(std::uint32_t mix, std::uint32_t seed, unsigned bits) noexcept {
    return (mix * seed) >> (32u - bits);
}

// The first and the last 8 bytes of a key (4 for a key of 4 to 7 bytes) with bit 5 set in every byte,
// which makes letters lower case: what name_slot hashes, without a loop.
constexpr std::uint64_t first_word(const char* key, std::size_t n) noexcept {
    return (n >= 8 ? load8(key) : load4(key)) | 0x2020202020202020u;
}
constexpr std::uint64_t last_word(const char* key, std::size_t n) noexcept {
    return (n >= 8 ? load8(key + n - 8) : load4(key + n - 4)) | 0x2020202020202020u;
}

// Slot of a name without its "SEC_" prefix, ignoring ASCII case: its first and last words and its
// length, spread by one multiply. Keys are 4 to 40 bytes long.
constexpr std::uint64_t name_mix(const char* key, std::size_t n) noexcept {
    const std::uint64_t last = last_word(key, n);
    return first_word(key, n) ^ (last << 29 | last >> 35) ^ n;
}
constexpr std::uint32_t name_slot(std::uint64_t mix, std::uint64_t seed, unsigned bits) noexcept {
    return static_cast<std::uint32_t>((mix * seed) >> (64u - bits));
}

// Slot of a row of a per-call page: the page's index and the code's value side by side, spread as a
// name is.
constexpr std::uint64_t call_row_mix(std::size_t page, std::uint32_t value) noexcept {
    return static_cast<std::uint64_t>(page) << 32 | value;
}

// Slot of a name of another family (NTSTATUS, Win32, Kerberos): its bytes with bit 5 set, so that
// ASCII case does not count, mixed eight at a time (the last word overlapping the one before), with
// its length; spread as a name is. The tables are bucketed, not perfect: a lookup compares with the
// few rows of one bucket (at most the generated *_largest).
constexpr std::uint64_t family_word_mix(std::uint64_t mix, std::uint64_t word) noexcept {
    mix = (mix ^ (word | 0x2020202020202020u)) * 0x9E3779B97F4A7C15u;
    return mix ^ (mix >> 29);
}
constexpr std::uint64_t family_name_mix(std::string_view name) noexcept {
    const char* p = name.data();
    std::size_t n = name.size();
    std::uint64_t mix = 0xCBF29CE484222325u ^ n;
    if (n < 8) {
        std::uint64_t word = 0;
        for (std::size_t i = 0; i < n; ++i) word |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
        return family_word_mix(mix, word);
    }
    for (; n > 8; p += 8, n -= 8) mix = family_word_mix(mix, load8(p));
    return family_word_mix(mix, load8(p + n - 8));
}

}  // namespace detail
}  // namespace sspi

#endif

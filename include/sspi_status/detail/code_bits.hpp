// Which types hold a status code, and a code's 32 bits whatever its type.
#ifndef SSPI_STATUS_DETAIL_CODE_BITS_HPP
#define SSPI_STATUS_DETAIL_CODE_BITS_HPP

#include <sspi_status/enums.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace sspi {
namespace detail {

template <class T>
inline constexpr bool is_character_v =
    std::is_same_v<T, char> || std::is_same_v<T, signed char> || std::is_same_v<T, unsigned char> || std::is_same_v<T, wchar_t> ||
    std::is_same_v<T, char16_t> || std::is_same_v<T, char32_t>
#if defined(__cpp_char8_t)
    || std::is_same_v<T, char8_t>
#endif
    ;

// __int128 is an integer wherever the compiler has it, though libstdc++ says so only in GNU mode.
#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;
template <class T>
inline constexpr bool is_int128_v = std::is_same_v<T, int128> || std::is_same_v<T, uint128>;
#else
template <class T>
inline constexpr bool is_int128_v = false;
#endif

template <class T>
inline constexpr bool is_integer_v = (std::is_integral_v<T> && !std::is_same_v<T, bool> && !is_character_v<T>) || is_int128_v<T>;

// The row of no table.
inline constexpr std::size_t no_row = static_cast<std::size_t>(-1);

// A code's 32 bits, and whether the value fits 32 bits at all (as int32_t or uint32_t): a wider value
// is no code, never wrapped around.
struct code_bits {
    std::uint32_t bits;
    bool valid;
};

template <class Code>
constexpr code_bits bits_of(Code code) noexcept {
    if constexpr (std::is_same_v<Code, status>) {
        return {static_cast<std::uint32_t>(static_cast<std::int32_t>(code)), true};
    } else if constexpr (sizeof(Code) <= 4) {
        return {static_cast<std::uint32_t>(code), true};
    } else if constexpr (static_cast<Code>(-1) < static_cast<Code>(0)) {  // signed, __int128 included
        return {static_cast<std::uint32_t>(code),
                code >= static_cast<Code>(-2147483647 - 1) && code <= static_cast<Code>(0xFFFFFFFFLL)};
    } else {
        return {static_cast<std::uint32_t>(code), code <= static_cast<Code>(0xFFFFFFFFULL)};
    }
}

// g++ folds a lookup with constant arguments into the address of a table element, then warns
// (-Waddress: "will never be NULL") where the caller compares the result with nullptr. A pointer that
// passes through a function it cannot fold keeps the caller's check quiet; constant evaluation and
// the optimiser see through it.
#if defined(__GNUC__) && !defined(__clang__)
template <class T>
inline const T* opaque(const T* p) noexcept {
    return p;
}
template <class T>
constexpr const T* unfolded(const T* p) noexcept {
    return __builtin_is_constant_evaluated() ? p : opaque(p);
}
#else
template <class T>
constexpr const T* unfolded(const T* p) noexcept {
    return p;
}
#endif

}  // namespace detail
}  // namespace sspi

#endif

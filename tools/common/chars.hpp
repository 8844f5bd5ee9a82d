// The library's character helpers (<sspi_status/detail/chars.hpp>: ASCII case, hex digits, UTF-8
// sequence lengths) under a name of the tools' own: one copy for the library, the generator and the tool.
#ifndef SSPI_STATUS_TOOLS_CHARS_HPP
#define SSPI_STATUS_TOOLS_CHARS_HPP

#include <sspi_status/detail/chars.hpp>

#include <cstdint>
#include <string>

namespace chars {

using sspi::detail::ascii_lower;
using sspi::detail::ascii_upper;
using sspi::detail::equals_ignoring_case;
using sspi::detail::utf8_length;

// "0x8009030C"
inline std::string hex(std::uint32_t value) {
    const auto digits = sspi::detail::hex(value);
    return std::string(digits.data(), digits.size());
}

}  // namespace chars

#endif

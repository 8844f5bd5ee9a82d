// --scan: finds status codes in the lines of a log and explains them, streaming, in memory bounded
// whatever the input: a line longer than line_limit is read in pieces.
#ifndef SSPI_STATUS_TOOL_SCAN_HPP
#define SSPI_STATUS_TOOL_SCAN_HPP

#include "output.hpp"
#include "report.hpp"

#include <cstddef>
#include <cstdio>
#include <string_view>

namespace tool {

// The bytes of a line kept to show it when only lines with codes are printed; the rest of a longer
// line is scanned but left out, and the output says how much was left out.
inline constexpr std::size_t line_limit = std::size_t{1} << 16;

// Writes each line of input that names a code ("0x" and exactly 8 hex digits in either case, an error
// code in decimal with ten digits, signed or not, or a name with its family prefix) with the codes
// explained; with all_lines, every line, each byte as it came. Throws
// io_error on a read or write error.
// already_read: the input's first bytes, read from it before.
void scan(std::FILE* input, std::string_view already_read, output& out, const languages& shown, bool all_lines, bool json);

}  // namespace tool

#endif

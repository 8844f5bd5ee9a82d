// --scan: finds SSPI codes in the lines of a log, streaming, in memory independent of the log's size.
#ifndef SSPI_STATUS_TOOL_SCAN_HPP
#define SSPI_STATUS_TOOL_SCAN_HPP

#include "report.hpp"

#include <cstdio>
#include <istream>
#include <string_view>
#include <vector>

namespace tool {

// The codes a line mentions, as "0x" and exactly 8 hex digits or a name with its family prefix
// (SEC_, CERT_, CRYPT_, TRUST_), each once, in order.
std::vector<const sspi::entry*> codes_in_line(std::string_view line);

// Writes to output each line with a code, explained (all lines with all_lines), as text or JSON.
void scan(std::istream& input, std::FILE* output, const languages& shown, bool all_lines, bool json);

}  // namespace tool

#endif

// --scan of a Windows event log (.evtx, known by its signature): one line per record whose fields
// carry a failure code, each code read in the family data/event_fields.csv gives its field; or, with
// --summary, one table of the failures by event, code and account. Read with libevtx where the tool
// was built with it (Debian's libevtx-dev).
#ifndef SSPI_STATUS_TOOL_EVTX_HPP
#define SSPI_STATUS_TOOL_EVTX_HPP

#include "output.hpp"
#include "report.hpp"

#include <string>
#include <string_view>

namespace tool {

// The first bytes of every .evtx file.
inline constexpr std::string_view evtx_signature{"ElfFile\0", 8};

struct evtx_options {
    bool all_lines = false;  // every record, with or without a failure
    bool json = false;
    bool summary = false;
};

// Reads the log at path and writes what it finds; returns the exit status: 0, or 2 when some of the
// file could not be read (each problem said on stderr) or the tool has no libevtx. Throws io_error on
// a write error.
int scan_evtx(const std::string& path, output& out, const languages& shown, const evtx_options& options);

}  // namespace tool

#endif

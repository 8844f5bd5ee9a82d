// The command line of sspi-status.
#ifndef SSPI_STATUS_TOOL_OPTIONS_HPP
#define SSPI_STATUS_TOOL_OPTIONS_HPP

#include "readings.hpp"
#include "report.hpp"

#include <sspi_status/calls.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tool {

enum class mode { explain, list, search, scan, tls_alert, help, version };

// --family: a table (sspi, ntstatus, win32, kerberos), and for sspi, maybe one prefix of its names.
struct family_filter {
    family_choice table = family_choice::sspi;
    std::optional<sspi::family> prefix;
};

struct options {
    mode what = mode::explain;
    std::vector<sspi::lang> languages{sspi::lang::en};  // messages shown, in this order
    bool json = false;
    bool all_lines = false;
    bool summary = false;                 // --scan of an event log: one table of its failures
    std::optional<family_filter> family;  // --list and --search: only this family
    std::optional<family_choice> as;      // --as: codes read in this family only
    std::vector<std::string> codes;
    std::string search_text;
    std::string scan_file = "-";  // "-" is standard input
    int tls_alert = 0;            // --tls-alert: 0 to 255
    call_context context;         // --call and --package: the page whose text explains the codes
};

struct usage_error {
    std::string message;
};

// Throws usage_error naming the argument that is wrong. Without --lang the messages are English and,
// when it is one of ours, the user's language.
options parse_options(const std::vector<std::string>& args, std::optional<sspi::lang> user_language);

// The --help text; the languages and families in it come from the library.
std::string usage();

}  // namespace tool

#endif

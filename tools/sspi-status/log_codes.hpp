// The codes in a line of a log and the call and package that returned each: the rules of --scan
// (docs/tool.md, "--scan"), apart from reading and printing lines.
#ifndef SSPI_STATUS_TOOL_LOG_CODES_HPP
#define SSPI_STATUS_TOOL_LOG_CODES_HPP

#include "readings.hpp"
#include "report.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace tool {

// A code found in a line: an entry of the SSPI table, or a reading in another family; where it is,
// and the page that explains it where the line names a call whose page lists it.
struct log_code {
    const sspi::entry* entry = nullptr;
    reading other;
    std::size_t start = 0, end = 0;  // its bytes in the text searched
    call_context context;

    // The same code: an SSPI value (an alias and its name are one), or the same reading.
    bool same_code(const log_code& o) const;
};

// Appends to found the codes in text that it does not hold yet. `before` is the byte before text in
// its line ('\n' at its start); with skip_first_word, text starts inside a word already passed over.
void find_log_codes(std::string_view text, char before, bool skip_first_word, std::vector<log_code>& found);

// Sets the context of found[first...]: the call nearest each code whose page lists it, and the package
// the line names (a capitalised Negotiate or Digest, Kerberos, NTLM, Schannel in any case, or any name
// in parentheses after the call) whose page for that call lists it, else the general page.
void find_log_context(std::string_view text, std::vector<log_code>& found, std::size_t first);

}  // namespace tool

#endif

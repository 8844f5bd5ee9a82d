// Turns a checked status table into the text of the generated headers.
#ifndef SSPI_STATUS_GENERATOR_EMIT_HPP
#define SSPI_STATUS_GENERATOR_EMIT_HPP

#include "data.hpp"

#include <string>
#include <vector>

namespace generator {

struct generated_file {
    std::string name;  // file name inside the output folder
    std::string text;
};

// enums.hpp and detail/{languages,table,texts,tls_alerts,calls}.ipp, named relative to include/sspi_status.
std::vector<generated_file> emit_headers(const data_set& data);

// A check for Windows builds: static_asserts that every enumerator equals winerror.h's macro of the
// same name, to be included after <windows.h>, <sspi.h> and <sspi_status/sspi_status.hpp>.
std::string emit_windows_check(const std::vector<status_row>& rows);

}  // namespace generator

#endif

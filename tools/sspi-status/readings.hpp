// What a code the SSPI table does not know means in the other families: an NTSTATUS, a Win32 error,
// a Kerberos error (by protocol number or as MIT's library returns it), or a Win32 error or NTSTATUS
// wrapped in an HRESULT. Each reading in text and in JSON.
#ifndef SSPI_STATUS_TOOL_READINGS_HPP
#define SSPI_STATUS_TOOL_READINGS_HPP

#include "code_argument.hpp"
#include "report.hpp"

#include <sspi_status/kerberos.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tool {

struct reading {
    const sspi::nt::entry* ntstatus = nullptr;  // exactly one of the three is set
    const sspi::win32::entry* win32 = nullptr;
    const sspi::kerberos::entry* kerberos = nullptr;
    std::uint32_t hresult = 0;  // the HRESULT that wraps the code, where the input was one
};

// The readings of a command-line code, likelier first: a value of 0 to 127 as a Kerberos error (the
// Failure and Result Codes of events 4768 to 4771) before a Win32 error; a name in every family that
// has it. None for a code of the SSPI table.
std::vector<reading> other_readings(std::string_view input, const code_argument& code);

// The block that explains a reading, as explain_text explains an SSPI code; with a call, what that
// call's page says of an NTSTATUS it lists (STATUS_LOGON_FAILURE under AcceptSecurityContext).
void reading_text(std::string& out, const reading& r, const call_context& context = {});

// {"family":"ntstatus","name":...,"value":"0xC000006D","decimal":...,"message":...,...}
void reading_json(std::string& out, const reading& r);

}  // namespace tool

#endif

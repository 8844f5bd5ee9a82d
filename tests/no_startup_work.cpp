// Compiled, not run: a translation unit that uses every header of the library, whose object file
// tests/cmake/no_startup_work.cmake then searches for start-up code.
#include <sspi_status/calls.hpp>
#include <sspi_status/kerberos.hpp>
#include <sspi_status/locale.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/sspi_status.hpp>
#include <sspi_status/win32.hpp>

#include <string>

std::string uses_of_every_kind(int code, const char* name) {
    const sspi::entry* e = sspi::find_name(name);
    const std::error_code ec(code, sspi::category());
    return ec.message() + std::string(sspi::message(code, sspi::lang::de)) +
           std::string(sspi::call_text(code, sspi::call::accept_security_context, sspi::package::kerberos)) +
           std::string(sspi::nt::message(code)) + std::error_code(code, sspi::win32::category()).message() +
           std::error_code(code, sspi::nt::category()).message() + (sspi::win32::from_nt(code) != nullptr ? "win32" : "") +
           (sspi::user_lang() ? "lang" : "") + std::error_code(code, sspi::kerberos::category()).message() +
           (sspi::nt::from_kerberos(code) != nullptr ? "nt" : "") + (e != nullptr && sspi::failed(ec) ? "failed" : "");
}

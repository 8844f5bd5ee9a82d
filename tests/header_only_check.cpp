// A program that uses the header and nothing else, built by every compiler and standard library of
// the matrix with -fno-exceptions -fno-rtti; also checks std::format where the library has <format>.
#include "constexpr_checks.hpp"

#include <sspi_status/calls.hpp>
#include <sspi_status/format.hpp>
#include <sspi_status/kerberos.hpp>
#include <sspi_status/locale.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/sspi_status.hpp>
#include <sspi_status/win32.hpp>

#include <cstdio>

int main() {
    const std::error_code ec = sspi::status::sec_e_logon_denied;
    const sspi::entry* e = sspi::find(0x8009030Cu);
    // The README's pattern: a constant lookup compared with nullptr at run time (once -Waddress with g++).
    if (sspi::find(0x8009030Cu) == nullptr || sspi::find_name("SEC_E_LOGON_DENIED") == nullptr ||
        sspi::from_tls_alert(48) == nullptr)
        return 1;
    bool ok =
        e != nullptr && e->name == "SEC_E_LOGON_DENIED" && sspi::failed(ec) && !sspi::failed(sspi::status::sec_i_renegotiate) &&
        ec.message() == "The logon attempt failed" && sspi::message(0x8009030Cu) == "The logon attempt failed" &&
        sspi::message(0x8009030Cu, sspi::user_lang().value_or(sspi::lang::en)).size() > 0 &&
        sspi::call_text(0x8009030Cu, sspi::call::accept_security_context, sspi::package::kerberos) == "The logon failed." &&
        std::error_code(1326, sspi::win32::category()).message() == "Logon failure: Unknown user name or bad password." &&
        sspi::win32::from_nt(0xC000006Du) == sspi::win32::find(1326) && sspi::nt::find_name("STATUS_LOGON_FAILURE") != nullptr &&
        sspi::kerberos::find(24) == sspi::kerberos::find_name("KDC_ERR_PREAUTH_FAILED");
#if SSPI_STATUS_HAS_STD_FORMAT
    ok = ok && std::format("{:f:de}", sspi::status::sec_e_logon_denied) ==
                   "SEC_E_LOGON_DENIED (0x8009030C): Fehler beim Anmeldeversuch";
#else
    std::puts("this standard library has no <format>: std::formatter not checked here");
#endif
    std::puts(ok ? "ok" : "wrong answer");
    return ok ? 0 : 1;
}

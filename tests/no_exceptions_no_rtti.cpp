// Built with -fno-exceptions -fno-rtti: a program that uses the header and nothing else.
#include <sspi_status/sspi_status.hpp>

#include <cstdio>

int main() {
    const std::error_code ec = sspi::status::sec_e_logon_denied;
    const sspi::entry* e = sspi::find(0x8009030Cu);
    const bool ok = e != nullptr && e->name == "SEC_E_LOGON_DENIED" && sspi::failed(ec) &&
                    ec.message() == "The logon attempt failed" && sspi::message(0x8009030Cu) == "This status code is obsolete.";
    std::puts(ok ? "ok" : "wrong answer");
    return ok ? 0 : 1;
}

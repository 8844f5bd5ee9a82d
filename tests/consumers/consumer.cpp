// A user's program: includes the installed (or added) header and checks one answer.
#include <sspi_status/sspi_status.hpp>

#include <cstdio>

static_assert(sspi::find(0x8009030Cu)->code == sspi::status::sec_e_logon_denied, "constexpr lookup");

int main() {
    const std::error_code ec = sspi::status::sec_e_logon_denied;
    const bool ok = ec.message() == "The logon attempt failed";
    std::puts(ok ? "consumer ok" : "consumer: wrong message");
    return ok ? 0 : 1;
}

// A user's program of the fmt support.
#include <sspi_status/fmt.hpp>

int main() { return fmt::format("{:x}", sspi::status::sec_e_logon_denied) == "0x8009030C" ? 0 : 1; }

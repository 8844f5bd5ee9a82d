// The library in a few lines: look a code up, print its messages, use it as a std::error_code.
#include <sspi_status/sspi_status.hpp>

#include <iostream>

int main() {
    const long security_status = -2146893044;  // what AcceptSecurityContext returned: 0x8009030C

    if (const sspi::entry* e = sspi::find(security_status)) {
        std::cout << e->name << "\n"
                  << "  en: " << sspi::message(*e, sspi::lang::en) << "\n"
                  << "  de: " << sspi::message(*e, sspi::lang::de) << "\n";
    }

    const std::error_code ec = sspi::status::sec_i_continue_needed;
    std::cout << ec.category().name() << ":" << ec.value() << " " << ec.message() << "\n"
              << "  failed: " << std::boolalpha << sspi::failed(ec) << "\n";

    static_assert(sspi::find_name("SEC_E_TIME_SKEW")->value == 0x80090324u, "lookups run at compile time");
}

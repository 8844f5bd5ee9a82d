// Every SEC_E_*/SEC_I_*, CERT_E_*, CRYPT_E_* and TRUST_E_* macro of MinGW-w64's winerror.h (from
// `g++ -dM -E`) has an entry with the same value, or, for an alias macro, an entry that names the same
// target; and every entry has its macro but the two may_lack() allows.
#include <sspi_status/sspi_status.hpp>

#include "may_lack.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: macro_dump_check DUMP\n", stderr);
        return 2;
    }
    std::ifstream dump(argv[1]);
    if (!dump) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    std::size_t macros = 0;
    int failures = 0;
    std::string line;
    while (std::getline(dump, line)) {
        std::istringstream words(line);
        std::string define, name, definition;
        words >> define >> name;
        std::getline(words >> std::ws, definition);
        const bool ours = name.rfind("SEC_E_", 0) == 0 || name.rfind("SEC_I_", 0) == 0 || name.rfind("CERT_E_", 0) == 0 ||
                          name.rfind("CRYPT_E_", 0) == 0 || name.rfind("TRUST_E_", 0) == 0;
        if (define != "#define" || !ours) continue;
        ++macros;
        const sspi::entry* e = sspi::find_name(name);
        bool ok = e != nullptr && e->name == name;
        if (ok && definition.rfind("SEC_", 0) == 0) {
            ok = e->alias_of == definition;
        } else if (ok) {  // _HRESULT_TYPEDEF_(0x8009030C) or ((HRESULT)0x00000000)
            const auto hex = definition.find("0x");
            ok = hex != std::string::npos && std::stoul(definition.substr(hex), nullptr, 16) == e->value;
        }
        if (!ok) {
            std::printf("FAILED: %s %s\n", name.c_str(), definition.c_str());
            ++failures;
        }
    }
    std::size_t may_lack = 0;
    for (const auto& e : sspi::entries()) may_lack += sspi_windows_check::may_lack(e.name);
    const bool counts_agree = macros + may_lack == sspi::entries().size();
    std::printf("%zu macros, %zu entries, %zu of them allowed to lack a macro\n", macros, sspi::entries().size(), may_lack);
    if (failures == 0 && counts_agree) std::puts("every winerror.h macro has its entry");
    return failures == 0 && counts_agree ? 0 : 1;
}

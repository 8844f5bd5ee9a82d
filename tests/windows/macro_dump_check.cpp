// Every SEC_E_*/SEC_I_* macro of MinGW-w64's winerror.h (from `g++ -dM -E`) has an enumerator and an
// entry with the same value, or, for an alias macro, an entry that names the same target.
#include <sspi_status/sspi_status.hpp>

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
        if (define != "#define" || (name.rfind("SEC_E_", 0) != 0 && name.rfind("SEC_I_", 0) != 0)) continue;
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
    const bool counts_agree = macros == sspi::entries().size();
    std::printf("%zu macros, %zu entries\n", macros, sspi::entries().size());
    if (failures == 0 && counts_agree) std::puts("every winerror.h macro has its entry");
    return failures == 0 && counts_agree ? 0 : 1;
}

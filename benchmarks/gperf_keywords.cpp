// Writes the gperf input for the table's names, so that the benchmark's gperf tables are made in the
// build from the library itself: gperf_keywords CLASS [--ignore-case] > FILE.gperf
#include <sspi_status/sspi_status.hpp>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2 || (argc == 3 && std::strcmp(argv[2], "--ignore-case") != 0) || argc > 3) {
        std::fputs("usage: gperf_keywords CLASS [--ignore-case]\n", stderr);
        return 2;
    }
    std::printf(
        "%%{\n#include \"gperf_name.hpp\"\n%%}\n%%language=C++\n%%struct-type\n%%omit-struct-type\n"
        "%%readonly-tables\n%%compare-lengths\n%%define class-name %s\n%%define lookup-function-name find\n%s"
        "struct gperf_name;\n%%%%\n",
        argv[1], argc == 3 ? "%ignore-case\n" : "");
    int row = 0;
    for (const auto& e : sspi::entries()) std::printf("%s, %d\n", std::string(e.name).c_str(), row++);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

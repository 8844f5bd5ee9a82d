// What including <sspi_status/sspi_status.hpp> (and each family's header, and <conditions.hpp>) costs: the time of -fsyntax-only on a file that only
// includes it and on programs that use it, against a file that only includes <system_error>, as
// ratios measured in the same run; and the bytes it adds to a stripped -O2 program for English only,
// for English and German (languages given as constants) and for every language (a language chosen
// at run time), against a program of the standard headers alone.
#include "medians.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace fs = std::filesystem;

namespace {

const std::string compiler = SSPI_STATUS_CXX;
const std::string include_dir = SSPI_STATUS_INCLUDE_DIR;

struct program {
    const char* name;
    const char* source;
    bool linked;         // also built as a stripped -O2 program, for its size
    double seconds = 0;  // median
    double ratio = 0;    // to the first program: the median of the ratios within a round
    std::uintmax_t bytes = 0;
};

const char* const system_error_only = "#include <system_error>\n";
const char* const header_only = "#include <sspi_status/sspi_status.hpp>\n";
// The headers of the other families, each alone.
const char* const ntstatus_only = "#include <sspi_status/ntstatus.hpp>\n";
const char* const win32_only = "#include <sspi_status/win32.hpp>\n";
const char* const kerberos_only = "#include <sspi_status/kerberos.hpp>\n";
const char* const conditions_only = "#include <sspi_status/conditions.hpp>\n";
// The standard headers the programs below use, and uses that keep the programs honest.
const char* const standard_only =
    "#include <string_view>\n#include <system_error>\n#include <cstdio>\n"
    "int main(int argc, char** argv) { std::string_view text = argc > 1 ? argv[1] : \"\";\n"
    "  std::puts(text.data()); return static_cast<int>(std::generic_category().message(argc).size()); }\n";
const char* const english_only =
    "#include <sspi_status/sspi_status.hpp>\n#include <cstdio>\n#include <cstdlib>\n"
    "int main(int argc, char** argv) { if (argc < 2) return 1; const auto code = std::strtoul(argv[1], nullptr, 0);\n"
    "  std::puts(sspi::message(code).data());\n"
    "  return static_cast<int>(std::generic_category().message(argc).size()); }\n";
const char* const english_and_german =
    "#include <sspi_status/sspi_status.hpp>\n#include <cstdio>\n#include <cstdlib>\n"
    "int main(int argc, char** argv) { if (argc < 2) return 1; const auto code = std::strtoul(argv[1], nullptr, 0);\n"
    "  std::puts(sspi::message(code).data()); std::puts(sspi::message(code, sspi::lang::de).data());\n"
    "  return static_cast<int>(std::generic_category().message(argc).size()); }\n";
const char* const every_language =
    "#include <sspi_status/locale.hpp>\n#include <cstdio>\n#include <cstdlib>\n"
    "int main(int argc, char** argv) { if (argc < 3) return 1; const auto code = std::strtoul(argv[1], nullptr, 0);\n"
    "  std::puts(sspi::message(code, sspi::parse_lang(argv[2]).value_or(sspi::lang::en)).data());\n"
    "  return static_cast<int>(std::generic_category().message(argc).size()); }\n";

// The processor time (user and system) a command takes: what the compiler itself spends, which other
// work on a shared machine disturbs much less than the time on the clock.
double seconds_to_run(const std::string& command) {
    const auto children_seconds = [] {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        const auto seconds = [](const timeval& t) {
            return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
        };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    };
    const double before = children_seconds();
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "failed: %s\n", command.c_str());
        std::exit(1);
    }
    return children_seconds() - before;
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 15;
    const fs::path folder = fs::temp_directory_path() / "sspi_status_compile_cost";
    fs::create_directories(folder);
    const std::string flags = " -std=c++17 -I" + include_dir + " ";
    std::vector<program> programs{{"<system_error> only", system_error_only, false},
                                  {"<sspi_status.hpp> only", header_only, false},
                                  {"<ntstatus.hpp> only", ntstatus_only, false},
                                  {"<win32.hpp> only", win32_only, false},
                                  {"<kerberos.hpp> only", kerberos_only, false},
                                  {"<conditions.hpp> only", conditions_only, false},
                                  {"standard headers program", standard_only, true},
                                  {"message(code): en only", english_only, true},
                                  {"message(code, de): en and de", english_and_german, true},
                                  {"a language at run time", every_language, true}};

    std::vector<std::vector<double>> samples(programs.size());
    for (int round = 0; round < rounds; ++round)  // interleaved, so that load on the machine hits all alike
        for (std::size_t i = 0; i < programs.size(); ++i) {
            const fs::path source = folder / ("program" + std::to_string(i) + ".cpp");
            if (round == 0) std::ofstream(source) << programs[i].source;
            samples[i].push_back(seconds_to_run(compiler + flags + "-fsyntax-only " + source.string()));
        }
    const program* size_baseline = nullptr;
    for (std::size_t i = 0; i < programs.size(); ++i) {
        programs[i].seconds = median(samples[i]);
        programs[i].ratio = median_ratio(samples[i], samples[0]);
        if (!programs[i].linked) continue;
        const fs::path source = folder / ("program" + std::to_string(i) + ".cpp");
        const fs::path binary = folder / ("program" + std::to_string(i));
        seconds_to_run(compiler + flags + "-O2 -s " + source.string() + " -o " + binary.string());
        programs[i].bytes = fs::file_size(binary);
        if (size_baseline == nullptr) size_baseline = &programs[i];
    }

    std::printf(
        "compiler: %s; -fsyntax-only, processor time, median of %d interleaved rounds and of the ratios to <system_error> only "
        "within a round; stripped -O2 size\n",
        compiler.c_str(), rounds);
    for (const auto& p : programs) {
        std::printf("  %-30s %7.3f s  %5.2fx", p.name, p.seconds, p.ratio);
        if (p.linked)
            std::printf("  %8llu bytes  %+8lld", static_cast<unsigned long long>(p.bytes),
                        static_cast<long long>(p.bytes) - static_cast<long long>(size_baseline->bytes));
        std::printf("\n");
    }
    std::printf(
        "targets: <sspi_status.hpp> only at most 1.25x, each other family's header and <conditions.hpp> at most 1.5x; en only "
        "at most +45,296 "
        "bytes\n");
    fs::remove_all(folder);
}

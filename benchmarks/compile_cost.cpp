// What including <sspi_status/sspi_status.hpp> costs: the time of -fsyntax-only on programs that use
// it against one that includes only the standard headers it needs, as ratios measured in the same
// run, and the bytes it adds to a stripped -O2 program for English only, for English and German
// (languages given as constants) and for every language (a language chosen at run time).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::string compiler = SSPI_STATUS_CXX;
const std::string include_dir = SSPI_STATUS_INCLUDE_DIR;

struct program {
    const char* name;
    const char* source;
    double seconds = 0;
    std::uintmax_t bytes = 0;
};

// The standard headers sspi_status.hpp includes, and uses that keep the programs honest.
const char* const standard_only =
    "#include <array>\n#include <cstdint>\n#include <optional>\n#include <string>\n"
    "#include <string_view>\n#include <system_error>\n#include <type_traits>\n#include <cstdio>\n"
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
    "#include <sspi_status/sspi_status.hpp>\n#include <cstdio>\n#include <cstdlib>\n"
    "int main(int argc, char** argv) { if (argc < 3) return 1; const auto code = std::strtoul(argv[1], nullptr, 0);\n"
    "  std::puts(sspi::message(code, sspi::parse_lang(argv[2]).value_or(sspi::lang::en)).data());\n"
    "  return static_cast<int>(std::generic_category().message(argc).size()); }\n";

double seconds_to_run(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "failed: %s\n", command.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 15;
    const fs::path folder = fs::temp_directory_path() / "sspi_status_compile_cost";
    fs::create_directories(folder);
    const std::string flags = " -std=c++17 -I" + include_dir + " ";
    std::vector<program> programs{{"standard headers only", standard_only},
                                  {"sspi_status, en only", english_only},
                                  {"sspi_status, en and de", english_and_german},
                                  {"sspi_status, every language", every_language}};

    std::vector<std::vector<double>> samples(programs.size());
    for (int round = 0; round < rounds; ++round)  // interleaved, so that load on the machine hits all alike
        for (std::size_t i = 0; i < programs.size(); ++i) {
            const fs::path source = folder / ("program" + std::to_string(i) + ".cpp");
            if (round == 0) std::ofstream(source) << programs[i].source;
            samples[i].push_back(seconds_to_run(compiler + flags + "-fsyntax-only " + source.string()));
        }
    for (std::size_t i = 0; i < programs.size(); ++i) {
        const fs::path source = folder / ("program" + std::to_string(i) + ".cpp");
        const fs::path binary = folder / ("program" + std::to_string(i));
        seconds_to_run(compiler + flags + "-O2 -s " + source.string() + " -o " + binary.string());
        programs[i].seconds = median(samples[i]);
        programs[i].bytes = fs::file_size(binary);
    }

    std::printf("compiler: %s; -fsyntax-only, median of %d rounds; stripped -O2 size\n", compiler.c_str(), rounds);
    for (const auto& p : programs)
        std::printf("  %-30s %7.3f s  %5.2fx  %8llu bytes  %+8lld\n", p.name, p.seconds, p.seconds / programs[0].seconds,
                    static_cast<unsigned long long>(p.bytes),
                    static_cast<long long>(p.bytes) - static_cast<long long>(programs[0].bytes));
    std::printf("target: at most 1.30x for the compile time\n");
    fs::remove_all(folder);
}

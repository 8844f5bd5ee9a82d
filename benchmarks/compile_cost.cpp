// What including <sspi_status/sspi_status.hpp> costs: the time of -fsyntax-only on a file that
// includes it against one that includes only the standard headers it needs, as a ratio measured in
// the same run, and the bytes the table adds to a stripped -O2 program.
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

// The standard headers sspi_status.hpp includes, and a use that keeps the program honest.
const char* const standard_only =
    "#include <array>\n#include <cstdint>\n#include <string>\n#include <string_view>\n"
    "#include <system_error>\n#include <type_traits>\n#include <cstdio>\n"
    "int main(int argc, char** argv) { std::string_view text = argc > 1 ? argv[1] : \"\";\n"
    "  std::puts(text.data()); return static_cast<int>(std::generic_category().message(argc).size()); }\n";
const char* const with_library =
    "#include <sspi_status/sspi_status.hpp>\n#include <cstdio>\n#include <cstdlib>\n"
    "int main(int argc, char** argv) { std::string_view text = argc > 1 ? sspi::message(std::strtoul(argv[1], nullptr, 0)) : \"\";\n"
    "  std::puts(text.data()); return static_cast<int>(std::generic_category().message(argc).size()); }\n";

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
    const fs::path baseline = folder / "standard_only.cpp", library = folder / "with_library.cpp";
    std::ofstream(baseline) << standard_only;
    std::ofstream(library) << with_library;

    const std::string flags = " -std=c++17 -I" + include_dir + " ";
    std::vector<double> baseline_times, library_times;
    for (int round = 0; round < rounds; ++round) {  // alternating, so that load on the machine hits both alike
        baseline_times.push_back(seconds_to_run(compiler + flags + "-fsyntax-only " + baseline.string()));
        library_times.push_back(seconds_to_run(compiler + flags + "-fsyntax-only " + library.string()));
    }
    const double baseline_median = median(baseline_times), library_median = median(library_times);

    seconds_to_run(compiler + flags + "-O2 -s " + baseline.string() + " -o " + (folder / "standard_only").string());
    seconds_to_run(compiler + flags + "-O2 -s " + library.string() + " -o " + (folder / "with_library").string());
    const auto baseline_size = fs::file_size(folder / "standard_only");
    const auto library_size = fs::file_size(folder / "with_library");

    std::printf("compiler: %s, %d rounds of -fsyntax-only, median\n", compiler.c_str(), rounds);
    std::printf("  standard headers only      %8.3f s\n", baseline_median);
    std::printf("  with sspi_status.hpp       %8.3f s   ratio %.2fx (target: at most 1.30x)\n", library_median,
                library_median / baseline_median);
    std::printf("stripped -O2 program: %llu bytes without, %llu with the library: the table adds %lld bytes\n",
                static_cast<unsigned long long>(baseline_size), static_cast<unsigned long long>(library_size),
                static_cast<long long>(library_size) - static_cast<long long>(baseline_size));
    fs::remove_all(folder);
}

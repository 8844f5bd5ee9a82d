// sspi-status-gen: reads data/sspi_status.csv, checks it, and writes the generated headers.
#include "csv.hpp"
#include "emit.hpp"
#include "status_table.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr const char* usage =
    "usage: sspi-status-gen CSV OUTPUT_DIR\n"
    "       sspi-status-gen --windows-check CSV FILE\n"
    "Checks CSV (data/sspi_status.csv) and writes status.hpp, table.ipp and translations.ipp\n"
    "into OUTPUT_DIR; with --windows-check, FILE: static_asserts that the enumerators equal\n"
    "winerror.h's macros.\n"
    "Nothing is written unless the whole CSV is valid.\n";

struct io_error {
    std::string message;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error{path + ": cannot read: " + std::strerror(errno)};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Writes every file beside its destination first, then renames them into place, so that an
// error leaves the previous output as it was.
void write_all(const std::string& dir, const std::vector<generator::generated_file>& files) {
    std::vector<std::string> temporaries;
    const auto discard = [&] {
        for (const auto& temporary : temporaries) std::remove(temporary.c_str());
    };
    for (const auto& file : files) {
        const std::string temporary = dir + "/" + file.name + ".tmp";
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (out) temporaries.push_back(temporary);
        out << file.text;
        out.close();
        if (!out) {
            const std::string reason = std::strerror(errno);
            discard();
            throw io_error{temporary + ": cannot write: " + reason};
        }
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string target = dir + "/" + files[i].name;
        if (std::rename(temporaries[i].c_str(), target.c_str()) != 0) {
            const std::string reason = std::strerror(errno);
            discard();
            throw io_error{target + ": cannot replace: " + reason};
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << usage;
        return 0;
    }
    const bool windows_check = !args.empty() && args[0] == "--windows-check";
    if (windows_check) args.erase(args.begin());
    if (args.size() != 2 || args[0].empty() || args[1].empty() || args[0][0] == '-' || args[1][0] == '-') {
        std::cerr << "sspi-status-gen: expected a CSV file and an output " << (windows_check ? "file" : "folder") << "\n"
                  << usage;
        return 2;
    }
    const std::string& csv_path = args[0];
    try {
        const auto rows = generator::read_status_table(generator::parse_csv(read_file(csv_path)));
        if (windows_check) {
            const std::filesystem::path target(args[1]);
            const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
            write_all(folder.string(), {{target.filename().string(), generator::emit_windows_check(rows, csv_path)}});
        } else {
            write_all(args[1], generator::emit_headers(rows, csv_path));
        }
    } catch (const generator::input_error& error) {
        std::cerr << csv_path << ":" << error.line << ": " << error.what() << "\n";
        return 1;
    } catch (const io_error& error) {
        std::cerr << "sspi-status-gen: " << error.message << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "sspi-status-gen: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

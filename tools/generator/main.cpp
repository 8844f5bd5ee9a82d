// sspi-status-gen: reads data/ (languages.csv, sspi_status.csv, tls_alerts.csv, packages.csv,
// call_texts.csv), checks it, and writes
// the generated headers.
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
    "usage: sspi-status-gen DATA_DIR OUTPUT_DIR\n"
    "       sspi-status-gen --windows-check DATA_DIR FILE\n"
    "Checks DATA_DIR/languages.csv, sspi_status.csv, tls_alerts.csv, packages.csv and call_texts.csv\n"
    "and writes enums.hpp and detail/{languages,table,texts,tls_alerts,calls}.ipp into OUTPUT_DIR\n"
    "(include/sspi_status); with --windows-check, FILE: static_asserts that the enumerators equal\n"
    "winerror.h's macros.\n"
    "Nothing is written unless all of the data is valid.\n";

struct io_error {
    std::string message;
};

std::string read_file(const std::string& path) {
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) throw io_error{path + ": is a directory, not a CSV file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error{path + ": cannot read: " + std::strerror(errno)};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Writes every file beside its destination first, then swaps them all into place, keeping the old
// files until every new one is there: an error leaves the previous output as it was.
void write_all(const std::string& dir, const std::vector<generator::generated_file>& files) {
    namespace fs = std::filesystem;
    std::vector<fs::path> temporaries, targets, backups;
    std::error_code missing;
    if (!fs::is_directory(dir, missing)) throw io_error{dir + ": cannot write: no such folder"};
    const auto failure = [](const fs::path& path, const char* what, const std::string& reason) {
        return io_error{path.string() + ": " + what + ": " + reason};
    };
    const auto remove_temporaries = [&] {
        std::error_code ignored;
        for (const auto& temporary : temporaries) fs::remove(temporary, ignored);
    };
    for (const auto& file : files) {
        const fs::path temporary = fs::path(dir) / (file.name + ".tmp");
        std::error_code made;
        fs::create_directories(temporary.parent_path(), made);  // detail/; a failure shows when writing
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (out) temporaries.push_back(temporary);
        out << file.text;
        out.close();
        if (!out) {
            const std::string reason = std::strerror(errno);
            remove_temporaries();
            throw failure(temporary, "cannot write", reason);
        }
        targets.push_back(fs::path(dir) / file.name);
        backups.push_back(fs::path(dir) / (file.name + ".old"));
    }
    // Undoes the first `done` replacements.
    const auto restore = [&](std::size_t done) {
        std::error_code ignored;
        for (std::size_t i = 0; i < done; ++i) {
            fs::remove(targets[i], ignored);
            if (fs::exists(backups[i], ignored)) fs::rename(backups[i], targets[i], ignored);
        }
        remove_temporaries();
    };
    for (std::size_t i = 0; i < targets.size(); ++i) {
        std::error_code error;
        if (fs::exists(targets[i], error) && (fs::rename(targets[i], backups[i], error), error)) {
            restore(i);
            throw failure(targets[i], "cannot replace", error.message());
        }
        if (fs::rename(temporaries[i], targets[i], error); error) {
            if (fs::exists(backups[i])) fs::rename(backups[i], targets[i], error);
            restore(i);
            throw failure(targets[i], "cannot replace", error.message());
        }
    }
    std::error_code ignored;
    for (const auto& backup : backups) fs::remove(backup, ignored);
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
        std::cerr << "sspi-status-gen: expected a data folder and an output " << (windows_check ? "file" : "folder") << "\n"
                  << usage;
        return 2;
    }
    const std::string languages_path = args[0] + "/languages.csv";
    const std::string status_path = args[0] + "/sspi_status.csv";
    const std::string tls_alerts_path = args[0] + "/tls_alerts.csv";
    const std::string packages_path = args[0] + "/packages.csv";
    const std::string call_texts_path = args[0] + "/call_texts.csv";
    std::string reading = languages_path;  // the file an input_error is about
    try {
        const auto languages = generator::read_languages(generator::parse_csv(read_file(languages_path)));
        reading = status_path;
        auto rows = generator::read_status_table(generator::parse_csv(read_file(status_path)), languages);
        reading = tls_alerts_path;
        auto tls_alerts = generator::read_tls_alerts(generator::parse_csv(read_file(tls_alerts_path)), rows);
        reading = packages_path;
        auto packages = generator::read_packages(generator::parse_csv(read_file(packages_path)));
        reading = call_texts_path;
        std::vector<std::string> calls;
        auto call_texts = generator::read_call_texts(generator::parse_csv(read_file(call_texts_path)), languages, rows, packages, calls);
        const generator::data_set data{languages, std::move(rows), std::move(tls_alerts), std::move(packages), std::move(calls),
                                       std::move(call_texts)};
        reading = status_path;  // what the emitters find wrong (names the hash cannot tell apart) is in the table
        if (windows_check) {
            const std::filesystem::path target(args[1]);
            const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
            write_all(folder.string(), {{target.filename().string(), generator::emit_windows_check(data.rows)}});
        } else {
            write_all(args[1], generator::emit_headers(data));
        }
    } catch (const generator::input_error& error) {
        std::cerr << (error.file.empty() ? reading : args[0] + "/" + error.file) << ":" << error.line << ": " << error.what() << "\n";
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

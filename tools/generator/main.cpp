// sspi-status-gen: reads the CSV files of data/, checks them, and writes the generated headers; all of
// them or, on any error, none.
#include "csv.hpp"
#include "data.hpp"
#include "emit.hpp"

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
    "Checks DATA_DIR/languages.csv, sspi_status.csv, tls_alerts.csv, packages.csv, call_texts.csv,\n"
    "ntstatus.csv, win32.csv, win32_of.csv, kerberos.csv, ntstatus_of_kerberos.csv, conditions.csv,\n"
    "events.csv and event_fields.csv and writes enums.hpp and detail/{languages,table,texts,tls_alerts,\n"
    "calls,ntstatus,win32,kerberos,conditions,events}.ipp into OUTPUT_DIR (include/sspi_status); with\n"
    "--windows-check, FILE: static_asserts that the enumerators equal winerror.h's macros.\n"
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

// Reads DATA_DIR/FILE with a reader of data.hpp; an input_error it throws names FILE.
template <class Reader>
auto read_data(const std::string& dir, const std::string& file, Reader reader) {
    try {
        return reader(generator::parse_csv(read_file(dir + "/" + file)));
    } catch (generator::input_error& error) {
        if (error.file.empty()) error.file = file;
        throw;
    }
}

generator::data_set read_data_set(const std::string& dir) {
    using records = std::vector<generator::csv_record>;
    generator::data_set data;
    data.languages = read_data(dir, "languages.csv", [](const records& r) { return generator::read_languages(r); });
    data.rows =
        read_data(dir, "sspi_status.csv", [&](const records& r) { return generator::read_status_table(r, data.languages); });
    data.tls_alerts =
        read_data(dir, "tls_alerts.csv", [&](const records& r) { return generator::read_tls_alerts(r, data.rows); });
    data.packages = read_data(dir, "packages.csv", [](const records& r) { return generator::read_packages(r); });
    data.call_texts = read_data(dir, "call_texts.csv", [&](const records& r) {
        return generator::read_call_texts(r, data.languages, data.rows, data.packages, data.calls);
    });
    data.ntstatus = read_data(dir, "ntstatus.csv", [](const records& r) { return generator::read_family_table(r); });
    data.win32 = read_data(dir, "win32.csv", [](const records& r) { return generator::read_family_table(r); });
    data.win32_of = read_data(
        dir, "win32_of.csv", [&](const records& r) { return generator::read_win32_of(r, data.rows, data.ntstatus, data.win32); });
    data.kerberos = read_data(dir, "kerberos.csv", [](const records& r) { return generator::read_kerberos(r); });
    data.ntstatus_of_kerberos = read_data(dir, "ntstatus_of_kerberos.csv", [&](const records& r) {
        return generator::read_ntstatus_of_kerberos(r, data.kerberos, data.ntstatus);
    });
    data.condition_members =
        read_data(dir, "conditions.csv", [&](const records& r) { return generator::read_conditions(r, data, data.conditions); });
    data.events = read_data(dir, "events.csv", [](const records& r) { return generator::read_events(r); });
    data.event_fields =
        read_data(dir, "event_fields.csv", [&](const records& r) { return generator::read_event_fields(r, data.events); });
    return data;
}

void generate(const std::string& data_dir, const std::string& target, bool windows_check) {
    const generator::data_set data = read_data_set(data_dir);
    try {
        if (windows_check) {
            const std::filesystem::path file(target);
            const auto folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
            write_all(folder.string(), {{file.filename().string(), generator::emit_windows_check(data.rows)}});
        } else {
            write_all(target, generator::emit_headers(data));
        }
    } catch (generator::input_error& error) {
        if (error.file.empty()) error.file = "sspi_status.csv";  // what the emitters find (names the hash cannot tell apart)
        throw;
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
        std::cerr << "sspi-status-gen: expected a data folder and an output " << (windows_check ? "file" : "folder") << "\n"
                  << usage;
        return 2;
    }
    try {
        generate(args[0], args[1], windows_check);
    } catch (const generator::input_error& error) {
        std::cerr << args[0] << "/" << error.file << ":" << error.line << ": " << error.what() << "\n";
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

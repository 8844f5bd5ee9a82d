// Runs a program of the project as a user would, and captures what it printed and its exit status.
#ifndef SSPI_STATUS_TESTS_PROCESS_HPP
#define SSPI_STATUS_TESTS_PROCESS_HPP

#include "files.hpp"

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace process {

inline std::string quote(const std::string& argument) {
    std::string quoted = "'";
    for (const char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// A scratch folder, removed with the object; unique, so tests may run in parallel.
struct scratch_folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("sspi-status-test-" + std::to_string(std::random_device{}()));
    scratch_folder() {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~scratch_folder() { std::filesystem::remove_all(path); }
    scratch_folder(const scratch_folder&) = delete;
    scratch_folder& operator=(const scratch_folder&) = delete;
};

struct result {
    int exit_code;
    std::string out, err;
};

// Runs a shell command line as it is, with standard output and error captured.
inline result run_shell(const std::string& command_line) {
    const scratch_folder scratch;
    const std::string command =
        "( " + command_line + " ) > " + quote((scratch.path / "out").string()) + " 2> " + quote((scratch.path / "err").string());
    int code = std::system(command.c_str());
#ifndef _WIN32
    code = WIFEXITED(code) ? WEXITSTATUS(code) : -1;
#endif
    return {code, files::read(scratch.path / "out"), files::read(scratch.path / "err")};
}

// Runs "program arguments... [< stdin_file]" through the shell, with environment ("NAME=value")
// added; arguments are quoted here.
inline result run(const std::string& program, std::initializer_list<std::string> arguments, const std::string& stdin_file = {},
                  std::initializer_list<std::string> environment = {}) {
    const scratch_folder scratch;
    std::string command;
    for (const auto& variable : environment) command += (command.empty() ? "env " : " ") + quote(variable);
    command += (command.empty() ? "" : " ") + quote(program);
    for (const auto& argument : arguments) command += " " + quote(argument);
    if (!stdin_file.empty()) command += " < " + quote(stdin_file);
    command += " > " + quote((scratch.path / "out").string()) + " 2> " + quote((scratch.path / "err").string());
    int code = std::system(command.c_str());
#ifndef _WIN32
    code = WIFEXITED(code) ? WEXITSTATUS(code) : -1;
#endif
    return {code, files::read(scratch.path / "out"), files::read(scratch.path / "err")};
}

}  // namespace process

#endif

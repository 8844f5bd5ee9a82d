// sspi-status run as a user runs it, in a locale of the test's choice.
#ifndef SSPI_STATUS_TESTS_TOOL_RUN_TOOL_HPP
#define SSPI_STATUS_TESTS_TOOL_RUN_TOOL_HPP

#include "support/files.hpp"
#include "support/process.hpp"

#include <string>

namespace run_tool {

// The tool with these arguments, standard input from stdin_file (none: empty), LC_ALL=locale.
inline process::result sspi_status(std::initializer_list<std::string> arguments, const std::string& stdin_file = {},
                                   const std::string& locale = "C") {
    return process::run(SSPI_STATUS_TOOL, arguments, stdin_file, {"LC_ALL=" + locale});
}

// A file of these bytes in a folder of its own, removed with the object: the log a test scans.
struct log_file {
    process::scratch_folder scratch;
    std::string path;
    explicit log_file(const std::string& text, const std::string& name = "log.txt") : path((scratch.path / name).string()) {
        files::write(path, text);
    }
};

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace run_tool

#endif

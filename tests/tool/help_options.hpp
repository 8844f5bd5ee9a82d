// The options --help lists ("--lang", "--call", ...): what the man page and the completion must know.
#ifndef SSPI_STATUS_TESTS_TOOL_HELP_OPTIONS_HPP
#define SSPI_STATUS_TESTS_TOOL_HELP_OPTIONS_HPP

#include "support/process.hpp"

#include <set>
#include <sstream>
#include <string>

inline std::set<std::string> help_options() {
    const std::string help = process::run(SSPI_STATUS_TOOL, {"--help"}).out;
    std::set<std::string> options;
    std::istringstream in(help.substr(help.find("Options:")));
    for (std::string line; std::getline(in, line) && line.rfind("Exit status:", 0) != 0;)
        if (line.rfind("  --", 0) == 0) options.insert(line.substr(2, line.find(' ', 2) - 2));
    return options;
}

#endif

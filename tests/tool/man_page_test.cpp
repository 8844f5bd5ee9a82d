// sspi-status(1), made from --help by help2man: its sections, no groff warning, and the same options
// and examples as --help and docs/tool.md, so that the three cannot drift apart.
#include "help_options.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

namespace {

std::set<std::string> lines_after(const std::string& text, const std::string& heading, const std::string& line_start) {
    std::set<std::string> found;
    std::istringstream in(text.substr(text.find(heading)));
    std::string heading_line;
    std::getline(in, heading_line);
    for (std::string line; std::getline(in, line) && line.rfind(".SH", 0) != 0;)
        if (line.rfind(line_start, 0) == 0) found.insert(line.substr(line_start.size()));
    return found;
}

// roff's "\-" as the text it prints.
std::string unescaped(std::string text) {
    for (std::size_t at; (at = text.find("\\-")) != std::string::npos;) text.erase(at, 1);
    return text;
}

}  // namespace

TEST_CASE("the man page has every section, every option of --help, and the examples of docs/tool.md") {
    const std::string page = files::read(SSPI_STATUS_MAN_PAGE);
    for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH INPUT", ".SH \"EXIT STATUS\"",
                                ".SH ENVIRONMENT", ".SH EXAMPLES", ".SH FILES", ".SH \"SEE ALSO\""}) {
        INFO(section);
        CHECK(page.find(std::string("\n") + section + "\n") != std::string::npos);
    }
    const auto options = help_options();
    CHECK(options.size() == 14);
    const std::string tool_section = files::read(SSPI_STATUS_TOOL_DOC);
    for (const auto& option : options) {
        INFO(option);
        std::string roff;  // every hyphen escaped
        for (const char c : option) roff += c == '-' ? std::string("\\-") : std::string(1, c);
        CHECK(page.find("\\fB" + roff + "\\fR") != std::string::npos);
        CHECK(tool_section.find("`" + option) != std::string::npos);  // docs/tool.md says what it does
    }
    // The examples: docs/tool.md's first block of commands, one for one.
    std::set<std::string> man_examples;
    for (const auto& line : lines_after(page, ".SH EXAMPLES", ".B ")) man_examples.insert(unescaped(line));
    std::set<std::string> readme_examples;
    std::istringstream block(tool_section.substr(tool_section.find("```sh\n") + 6));
    for (std::string line; std::getline(block, line) && line != "```";)
        readme_examples.insert(line.substr(0, line.find_last_not_of(' ', line.find("  #")) + 1));
    CHECK(man_examples.size() >= 8);
    CHECK(man_examples == readme_examples);
}

TEST_CASE("groff formats the man page without a warning") {
    const auto result = process::run_shell("groff -man -Tutf8 -ww " + process::quote(SSPI_STATUS_MAN_PAGE) + " > /dev/null");
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
}

// README.md and docs/tool.md show the tool's output; each example there must be what the tool prints today.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct example {
    std::string environment;  // "LANG=de_DE.UTF-8" or empty
    std::vector<std::string> arguments;
    std::string output;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Every "$ [VAR=value] sspi-status ARGS" in a code block, with the lines after it up to the block's end
// or the next "$", as the block indents them.
std::vector<example> examples_in(const std::string& path) {
    const auto lines = lines_of(files::read(path));
    std::vector<example> examples;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto dollar = lines[i].find("$ ");
        if (dollar == std::string::npos || lines[i].find_first_not_of(' ') != dollar) continue;
        example e;
        std::istringstream words(lines[i].substr(dollar + 2));
        for (std::string word; words >> word;) {
            if (word.find('=') != std::string::npos && e.arguments.empty() && word != "sspi-status")
                e.environment = word;
            else if (word != "sspi-status" || !e.arguments.empty())
                e.arguments.push_back(word);
        }
        for (++i; i < lines.size() && lines[i].find("```") == std::string::npos && lines[i].find("$ ") != dollar; ++i)
            e.output += (lines[i].size() > dollar ? lines[i].substr(dollar) : std::string()) + "\n";
        --i;
        examples.push_back(e);
    }
    return examples;
}

}  // namespace

TEST_CASE("the examples of the tool in the README and docs/tool.md print what the tool prints") {
    auto examples = examples_in(SSPI_STATUS_TOOL_DOC);
    REQUIRE(examples.size() >= 4);
    const auto in_readme = examples_in(SSPI_STATUS_README);
    REQUIRE(in_readme.size() >= 1);
    examples.insert(examples.end(), in_readme.begin(), in_readme.end());
    for (const auto& e : examples) {
        INFO(e.environment << " sspi-status " << e.output);
        // From the project's folder, where the examples' files are (tests/sources/evtx/...).
        const std::string project = std::filesystem::path(SSPI_STATUS_README).parent_path().string();
        std::string command = "cd " + process::quote(project) + " && env -u LANGUAGE LC_ALL= LC_MESSAGES= LANG=C " +
                              e.environment + " " + process::quote(SSPI_STATUS_TOOL);
        for (const auto& argument : e.arguments) command += " " + process::quote(argument);
        const auto result = process::run_shell(command);
        CHECK(result.exit_code == 0);
        CHECK(result.out == e.output);
    }
}

TEST_CASE("the README's quick start shows what the tool prints for 0x8009030C") {
    const std::string readme = files::read(SSPI_STATUS_README);
    const std::string command = "build/release/tools/sspi-status 0x8009030C\n```\n\n```\n";
    const auto start = readme.find(command);
    REQUIRE(start != std::string::npos);
    const auto block = start + command.size();
    const std::string shown = readme.substr(block, readme.find("```", block) - block);
    CHECK(process::run_shell("env LC_ALL=C " + process::quote(SSPI_STATUS_TOOL) + " 0x8009030C").out == shown);
}

// Every ```cpp block of README.md and docs/*.md is a whole program: each is compiled with warnings as
// errors and run, and must exit with 0. A block that uses std::format is built with clang 19 and
// libc++ (the only standard library here with <format>), and skipped, saying so, where they are missing.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct block {
    std::string where;  // "docs/api.md:42"
    std::string code;
};

std::vector<block> cpp_blocks(const std::string& relative_path) {
    const std::string text = files::read(fs::path(SSPI_STATUS_SOURCE_DIR) / relative_path);
    std::vector<block> blocks;
    std::size_t line = 1, at = 0;
    bool inside = false;
    block current;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string content = text.substr(at, end - at);
        if (!inside && content == "```cpp") {
            inside = true;
            current = {relative_path + ":" + std::to_string(line), ""};
        } else if (inside && content.find("```") != std::string::npos) {
            inside = false;
            blocks.push_back(current);
        } else if (inside) {
            current.code += content + "\n";
        }
        at = end + 1;
        ++line;
    }
    return blocks;
}

std::vector<block> every_block() {
    std::vector<block> blocks = cpp_blocks("README.md");
    for (const auto& entry : fs::directory_iterator(fs::path(SSPI_STATUS_SOURCE_DIR) / "docs"))
        if (entry.path().extension() == ".md")
            for (auto& b : cpp_blocks("docs/" + entry.path().filename().string())) blocks.push_back(b);
    return blocks;
}

bool uses_std_format(const block& b) { return b.code.find("<sspi_status/format.hpp>") != std::string::npos; }

// Compiles and runs one block; returns what went wrong, or nothing.
std::string build_and_run(const block& b, const std::string& compiler, const std::string& flags) {
    const process::scratch_folder scratch;
    const fs::path source = scratch.path / "example.cpp", program = scratch.path / "example";
    files::write(source, b.code);
    const auto built = process::run_shell(compiler + " " + flags + " -Werror -Wall -Wextra -Wpedantic -Wno-unused-variable -I" +
                                          process::quote(SSPI_STATUS_SOURCE_DIR "/include") + " " +
                                          process::quote(source.string()) + " -lfmt -o " + process::quote(program.string()));
    if (built.exit_code != 0) return "does not compile:\n" + built.err;
    const auto ran = process::run_shell(process::quote(program.string()) + " > /dev/null");
    return ran.exit_code == 0 ? std::string() : "exits with " + std::to_string(ran.exit_code) + ":\n" + ran.err;
}

}  // namespace

TEST_CASE("every cpp block of the README and docs/ compiles with warnings as errors and runs") {
    const auto blocks = every_block();
    REQUIRE(blocks.size() >= 8);
    for (const auto& b : blocks) {
        if (uses_std_format(b)) continue;  // below
        INFO(b.where << "\n" << b.code);
        CHECK(build_and_run(b, SSPI_STATUS_CXX, "-std=c++17") == "");
    }
}

TEST_CASE("the docs' std::format blocks compile with clang 19 and libc++ and run") {
    if (process::run_shell("command -v clang++-19").exit_code != 0) {
        std::puts("SKIPPED: clang++-19 is not installed (Debian packages clang-19, libc++-19-dev, libc++abi-19-dev)");
        return;
    }
    std::size_t count = 0;
    for (const auto& b : every_block()) {
        if (!uses_std_format(b)) continue;
        INFO(b.where << "\n" << b.code);
        CHECK(build_and_run(b, "clang++-19", "-std=c++23 -stdlib=libc++") == "");
        ++count;
    }
    CHECK(count >= 1);
}

// sspi-status: explains Windows SSPI status codes, lists and searches them, and annotates logs.
#include "code_argument.hpp"
#include "options.hpp"
#include "report.hpp"
#include "scan.hpp"
#include "text.hpp"

#include <sspi_status/fmt.hpp>
#include <sspi_status/locale.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr int exit_ok = 0, exit_unknown_code = 1, exit_bad_input = 2;

void write(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

int explain(const tool::options& options) {
    int status = exit_ok;
    std::string out = options.json ? "{\"codes\":[" : "";
    for (std::size_t i = 0; i < options.codes.size(); ++i) {
        const std::string& input = options.codes[i];
        const auto code = tool::read_code(input);
        if (code.what == tool::code_argument::kind::not_a_code) {
            fmt::print(stderr, "sspi-status: '{}': {}\n", input, code.problem);
            status = exit_bad_input;
        } else if (code.what == tool::code_argument::kind::unknown) {
            if (code.is_value)
                fmt::print(stderr, "sspi-status: '{}': {:x} ({:d}) is not an SSPI status code\n", input,
                           static_cast<sspi::status>(code.value), static_cast<sspi::status>(code.value));
            else
                fmt::print(stderr, "sspi-status: '{}': no SSPI status has this name\n", input);
            status = std::max(status, exit_unknown_code);
        }
        if (options.json) {
            if (i != 0) out += ',';
            tool::argument_json(out, input, code, options.languages);
        } else if (code.what == tool::code_argument::kind::known) {
            if (!out.empty()) out += '\n';
            tool::explain_text(out, *code.entry, options.languages);
        }
    }
    if (options.json) out += "]}\n";
    write(out);
    return status;
}

// --list (every entry) and --search (the entries that contain the text).
int list(const tool::options& options) {
    const std::string folded = tool::fold_case(options.search_text);
    std::string out = options.json ? "{\"query\":" + (options.what == tool::mode::search ? tool::json_string(options.search_text) : "null") + ",\"codes\":[" : "";
    bool any = false;
    for (const auto& e : sspi::entries()) {
        if (options.family && e.family != *options.family) continue;
        if (options.what == tool::mode::search && !tool::entry_contains(e, folded)) continue;
        if (options.json) {
            if (any) out += ',';
            tool::entry_json(out, e, options.languages);
        } else {
            tool::summary_line(out, e, options.languages);
        }
        any = true;
    }
    if (options.json) out += "]}\n";
    write(out);
    if (!any) fmt::print(stderr, "sspi-status: no status matches '{}'\n", options.search_text);
    return any ? exit_ok : exit_unknown_code;
}

int scan(const tool::options& options) {
    if (options.scan_file == "-") {
        std::ios::sync_with_stdio(false);
        tool::scan(std::cin, stdout, options.languages, options.all_lines, options.json);
        return exit_ok;
    }
    std::ifstream file(options.scan_file, std::ios::binary);
    if (!file) {
        fmt::print(stderr, "sspi-status: --scan '{}': {}\n", options.scan_file, std::strerror(errno));
        return exit_bad_input;
    }
    tool::scan(file, stdout, options.languages, options.all_lines, options.json);
    return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
    tool::options options;
    try {
        options = tool::parse_options(std::vector<std::string>(argv + 1, argv + argc), sspi::user_lang());
    } catch (const tool::usage_error& error) {
        fmt::print(stderr, "sspi-status: {}\nTry 'sspi-status --help'.\n", error.message);
        return exit_bad_input;
    }
    switch (options.what) {
    case tool::mode::help: write(tool::usage()); return exit_ok;
    case tool::mode::version: fmt::print("sspi-status {}\n", SSPI_STATUS_VERSION); return exit_ok;
    case tool::mode::list:
    case tool::mode::search: return list(options);
    case tool::mode::scan: return scan(options);
    case tool::mode::explain: break;
    }
    return explain(options);
}

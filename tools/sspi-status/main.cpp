// sspi-status: explains Windows SSPI status codes, lists and searches them, and annotates logs.
#include "code_argument.hpp"
#include "options.hpp"
#include "output.hpp"
#include "readings.hpp"
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
#include <filesystem>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr int exit_ok = 0, exit_unknown_code = 1, exit_bad_input = 2;

// Says what is wrong with a code no family knows; returns the exit status it calls for.
int report_unknown(std::string_view input, const tool::code_argument& code) {
    if (code.what == tool::code_argument::kind::not_a_code) {
        fmt::print(stderr, "sspi-status: {}: {}\n", tool::quoted_prefix(input), code.problem);
        return exit_bad_input;
    }
    if (code.is_value)
        fmt::print(stderr, "sspi-status: {}: {:x} ({:d}) is not an SSPI status code\n", tool::quoted_prefix(input),
                   static_cast<sspi::status>(code.value), static_cast<sspi::status>(code.value));
    else
        fmt::print(stderr, "sspi-status: {}: no SSPI status has this name\n", tool::quoted_prefix(input));
    return exit_unknown_code;
}

// One command-line code: an SSPI code, else its readings in the other families, else what is wrong.
int explain_one(const tool::options& options, const std::string& input, std::string& out, tool::json_list* json) {
    const auto code = tool::read_code(input);
    const auto readings = tool::other_readings(input, code);
    const bool known = code.what == tool::code_argument::kind::known || !readings.empty();
    const int status = known ? exit_ok : report_unknown(input, code);
    if (json != nullptr) {
        json->next_item();
        if (readings.empty()) {
            tool::argument_json(out, input, code, options.languages, options.context);
            return status;
        }
        fmt::format_to(std::back_inserter(out), "{{\"input\":{},\"result\":\"other\",\"readings\":[", tool::json_string(input));
        for (std::size_t i = 0; i < readings.size(); ++i) {
            if (i != 0) out += ',';
            tool::reading_json(out, readings[i]);
        }
        out += "]}";
        return status;
    }
    if (code.what == tool::code_argument::kind::known) {
        if (!out.empty()) out += '\n';
        tool::explain_text(out, *code.entry, options.languages, options.context);
    }
    for (const auto& reading : readings) {
        if (!out.empty()) out += '\n';
        tool::reading_text(out, reading, options.context);
    }
    return status;
}

int explain(const tool::options& options, tool::output& out_file) {
    int status = exit_ok;
    std::string out;
    std::optional<tool::json_list> json;
    if (options.json) json.emplace(out, "\"codes\"");
    for (const auto& input : options.codes) status = std::max(status, explain_one(options, input, out, json ? &*json : nullptr));
    if (json) json->close();
    out_file.write(out);
    return status;
}

// --list (every entry) and --search (the entries that contain the text).
int list(const tool::options& options, tool::output& out_file) {
    const std::string folded = tool::fold_case(options.search_text);
    std::string out;
    std::optional<tool::json_list> json;
    const std::string query = options.what == tool::mode::search ? tool::json_string(options.search_text) : "null";
    if (options.json) json.emplace(out, "\"query\":" + query + ",\"codes\"");
    bool any = false;
    for (const auto& e : sspi::entries()) {
        if (options.family && e.family != *options.family) continue;
        if (options.what == tool::mode::search && !tool::entry_contains(e, folded)) continue;
        if (json) {
            json->next_item();
            tool::entry_json(out, e, options.languages);
        } else {
            tool::summary_line(out, e, options.languages);
        }
        any = true;
    }
    if (json) json->close();
    out_file.write(out);
    if (!any) fmt::print(stderr, "sspi-status: no status matches {}\n", tool::quoted_prefix(options.search_text));
    return any ? exit_ok : exit_unknown_code;
}

int scan(const tool::options& options, tool::output& out) {
    if (options.scan_file == "-") {
        tool::scan(stdin, out, options.languages, options.all_lines, options.json);
        return exit_ok;
    }
    std::error_code error;
    if (std::filesystem::is_directory(options.scan_file, error)) {
        fmt::print(stderr, "sspi-status: --scan {}: is a directory\n", tool::quoted_prefix(options.scan_file));
        return exit_bad_input;
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(options.scan_file.c_str(), "rb"), &std::fclose);
    if (!file) {
        fmt::print(stderr, "sspi-status: --scan {}: {}\n", tool::quoted_prefix(options.scan_file), std::strerror(errno));
        return exit_bad_input;
    }
    tool::scan(file.get(), out, options.languages, options.all_lines, options.json);
    return exit_ok;
}

int run(const tool::options& options, tool::output& out) {
    switch (options.what) {
        case tool::mode::help: out.write(tool::usage()); return exit_ok;
        case tool::mode::version: out.write(fmt::format("sspi-status {}\n", SSPI_STATUS_VERSION)); return exit_ok;
        case tool::mode::list:
        case tool::mode::search: return list(options, out);
        case tool::mode::scan: return scan(options, out);
        case tool::mode::tls_alert: {
            std::string text;
            if (options.json)
                tool::tls_alert_json(text, options.tls_alert, options.languages);
            else
                tool::tls_alert_text(text, options.tls_alert, options.languages);
            out.write(text);
            return exit_ok;
        }
        case tool::mode::explain: break;
    }
    return explain(options, out);
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
    try {
        tool::output out(stdout);
        const int status = run(options, out);
        out.finish();
        return status;
    } catch (const tool::io_error& error) {
        fmt::print(stderr, "sspi-status: {}\n", error.message);
    } catch (const std::bad_alloc&) {
        fmt::print(stderr, "sspi-status: out of memory\n");
    }
    return exit_bad_input;
}

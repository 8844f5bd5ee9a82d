// sspi-status: explains Windows SSPI status codes, lists and searches them, and annotates logs.
#include "code_argument.hpp"
#include "evtx.hpp"
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

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

constexpr int exit_ok = 0, exit_unknown_code = 1, exit_bad_input = 2;

// Says what is wrong with a code no family (or not the family of --as) knows; returns the exit status it calls for.
int report_unknown(std::string_view input, const tool::code_argument& code, std::optional<tool::family_choice> as) {
    // A name of another family than that of --as is a name all the same.
    const bool other_name =
        as && code.what == tool::code_argument::kind::not_a_code && !tool::other_readings(input, code).empty();
    if (code.what == tool::code_argument::kind::not_a_code && !other_name) {
        fmt::print(stderr, "sspi-status: {}: {}\n", tool::quoted_prefix(input), code.problem);
        return exit_bad_input;
    }
    const std::string family = as ? fmt::format("no {} code", tool::family_choice_name(*as))
                                  : "no code of any family (sspi, ntstatus, win32, kerberos, hresult)";
    if (code.is_value)
        fmt::print(stderr, "sspi-status: {}: {:x} ({:d}) is {}\n", tool::quoted_prefix(input),
                   static_cast<sspi::status>(code.value), static_cast<sspi::status>(code.value), family);
    else
        fmt::print(stderr, "sspi-status: {}: no {} has this name\n", tool::quoted_prefix(input),
                   as ? fmt::format("{} code", tool::family_choice_name(*as)) : "SSPI status");
    return exit_unknown_code;
}

// One command-line code: an SSPI code, else its readings in the other families, else what is wrong.
int explain_one(const tool::options& options, const std::string& input, std::string& out, tool::json_list* json) {
    const auto code = tool::read_code(input);
    const bool sspi = tool::reads_as_sspi(code, options.as);
    const auto readings = tool::other_readings(input, code, options.as);
    const int status = sspi || !readings.empty() ? exit_ok : report_unknown(input, code, options.as);
    if (json != nullptr) {
        json->next_item();
        if (readings.empty()) {
            tool::code_argument shown = code;
            if (!sspi && shown.what == tool::code_argument::kind::known) shown.what = tool::code_argument::kind::unknown;
            tool::argument_json(out, input, shown, options.languages, options.context);
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
    if (sspi) {
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

// --list (every entry of the SSPI table, or of --family's) and --search (the entries of every family,
// or of --family's, that contain the text).
int list(const tool::options& options, tool::output& out_file) {
    const bool search = options.what == tool::mode::search;
    const std::string folded = tool::fold_case(options.search_text);
    std::string out;
    std::optional<tool::json_list> json;
    if (options.json) json.emplace(out, "\"query\":" + (search ? tool::json_string(options.search_text) : "null") + ",\"codes\"");
    const auto lists = [&](tool::family_choice table) {
        return options.family ? options.family->table == table : table == tool::family_choice::sspi || search;
    };
    bool any = false;
    if (lists(tool::family_choice::sspi))
        for (const auto& e : sspi::entries()) {
            if (options.family && options.family->prefix && e.family != *options.family->prefix) continue;
            if (search && !tool::entry_contains(e, folded)) continue;
            if (json) {
                json->next_item();
                tool::entry_json(out, e, options.languages);
            } else {
                tool::summary_line(out, e, options.languages);
            }
            any = true;
        }
    for (const auto table : {tool::family_choice::ntstatus, tool::family_choice::win32, tool::family_choice::kerberos}) {
        if (!lists(table)) continue;
        for (const auto& reading : tool::family_entries(table, folded)) {
            if (json) {
                json->next_item();
                tool::reading_json(out, reading);
            } else {
                tool::reading_summary_line(out, reading);
            }
            any = true;
        }
        out_file.write(out);  // a family at a time: the NTSTATUS and Win32 lists are long
        out.clear();
    }
    if (json) json->close();
    out_file.write(out);
    if (!any) fmt::print(stderr, "sspi-status: no status matches {}\n", tool::quoted_prefix(options.search_text));
    return any ? exit_ok : exit_unknown_code;
}

// The first bytes of a stream, up to the length of an event log's signature.
std::string first_bytes(std::FILE* file) {
    std::string start(tool::evtx_signature.size(), '\0');
    start.resize(std::fread(start.data(), 1, start.size(), file));
    if (std::ferror(file)) throw tool::io_error{std::string("read error: ") + std::strerror(errno)};
    return start;
}

// An event log on standard input, copied to a file for libevtx, which reads files only.
int scan_evtx_input(const tool::options& options, const tool::evtx_options& evtx, tool::output& out, const std::string& start) {
#ifdef _WIN32
    static_cast<void>(start);  // sspi-status.exe reads no event log: scan_evtx says so
    return tool::scan_evtx("-", out, options.languages, evtx);
#else
    std::string path = (std::filesystem::temp_directory_path() / "sspi-status-XXXXXX.evtx").string();
    const int fd = mkstemps(path.data(), 5);
    if (fd < 0)
        throw tool::io_error{"--scan: cannot make a file for the event log on standard input: " +
                             std::string(std::strerror(errno))};
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> copy(fdopen(fd, "wb"), &std::fclose);
    struct remover {
        std::string path;
        ~remover() { std::remove(path.c_str()); }
    } remove_at_end{path};
    std::vector<char> chunk(1 << 16);
    bool written = copy && std::fwrite(start.data(), 1, start.size(), copy.get()) == start.size();
    for (std::size_t got; written && (got = std::fread(chunk.data(), 1, chunk.size(), stdin)) != 0;)
        written = std::fwrite(chunk.data(), 1, got, copy.get()) == got;
    if (!written || std::ferror(stdin) || std::fflush(copy.get()) != 0)
        throw tool::io_error{"--scan: cannot copy the event log on standard input to " + path + ": " + std::strerror(errno)};
    return tool::scan_evtx(path, out, options.languages, evtx);
#endif
}

int scan(const tool::options& options, tool::output& out) {
    const tool::evtx_options evtx{options.all_lines, options.json, options.summary};
    const auto text_only = [&] {
        fmt::print(stderr, "sspi-status: --summary reads Windows event logs (.evtx), and {} is none\n",
                   options.scan_file == "-" ? "standard input" : tool::quoted_prefix(options.scan_file));
        return exit_bad_input;
    };
    if (options.scan_file == "-") {
        const std::string start = first_bytes(stdin);
        if (start == tool::evtx_signature) return scan_evtx_input(options, evtx, out, start);
        if (options.summary) return text_only();
        tool::scan(stdin, start, out, options.languages, options.all_lines, options.json);
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
    // An event log is known by its signature, not its name.
    const std::string start = first_bytes(file.get());
    if (start == tool::evtx_signature) return tool::scan_evtx(options.scan_file, out, options.languages, evtx);
    if (options.summary) return text_only();
    tool::scan(file.get(), start, out, options.languages, options.all_lines, options.json);
    return exit_ok;
}

int run(const tool::options& options, tool::output& out) {
    switch (options.what) {
        case tool::mode::help:
            out.write(options.json ? "{\"help\":" + tool::json_string(tool::usage()) + "}\n" : tool::usage());
            return exit_ok;
        case tool::mode::version:
            out.write(options.json ? fmt::format("{{\"version\":\"{}\"}}\n", SSPI_STATUS_VERSION)
                                   : fmt::format("sspi-status {}\n", SSPI_STATUS_VERSION));
            return exit_ok;
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
#ifdef _WIN32
    // Bytes as they are: no CR added before LF, none dropped, and Ctrl-Z no end of the input.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
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

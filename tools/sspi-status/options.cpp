#include "options.hpp"

#include "text.hpp"

#include "../common/alert_number.hpp"

#include <sspi_status/locale.hpp>

#include <algorithm>
#include <string_view>

namespace tool {

namespace {

// "a, b, c" of each item's name.
template <class Items, class Name>
std::string joined(const Items& items, Name name) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + std::string(name(item));
    return text;
}

std::string language_tags() { return joined(sspi::languages(), sspi::lang_tag); }
std::string family_names() { return joined(sspi::families(), sspi::family_name); }
// The calls' names, wrapped to 80 columns under the help's second column.
std::string call_names() {
    std::string text, line;
    for (const sspi::call c : sspi::calls()) {
        const std::string name = std::string(sspi::call_name(c)) + (c == sspi::calls().back() ? "" : ",");
        if (!line.empty() && 20 + line.size() + 1 + name.size() > 80) {
            text += line + "\n                    ";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + name;
    }
    return text + line;
}
std::string package_names() {
    std::string names;
    for (const auto p : sspi::packages())
        if (p != sspi::package::general) names += (names.empty() ? "" : ", ") + std::string(sspi::package_name(p));
    return names;
}

}  // namespace

std::string usage() {
    return "Usage: sspi-status [--lang LANGUAGE|all] [--json] [--as FAMILY]\n"
           "                   [--call FUNCTION [--package P]] CODE...\n"
           "  or:  sspi-status [--lang ...] [--json] [--family FAMILY] --list\n"
           "  or:  sspi-status [--lang ...] [--json] [--family FAMILY] --search TEXT\n"
           "  or:  sspi-status [--lang ...] [--json] [--all-lines|--summary] --scan [FILE]\n"
           "  or:  sspi-status [--lang ...] [--json] --tls-alert NUMBER\n"
           "Explain the status codes of Windows SSPI calls (SEC_E_*, SEC_I_*, and the CERT_E_*,\n"
           "CRYPT_E_* and TRUST_E_* codes Schannel returns) in the words of Windows and of Microsoft's\n"
           "documentation, the NTSTATUS, Win32 and Kerberos codes the same failures show up as, and\n"
           "annotate the codes in logs.\n"
           "\n"
           "Options:\n"
           "  CODE              hex (0x8009030C, 8009030c), decimal (-2146893044, 2148074252)\n"
           "                    or a name (SEC_E_LOGON_DENIED, e_logon_denied, crypt_e_revoked);\n"
           "                    a code the SSPI table lacks is read as an NTSTATUS (0xC000006D),\n"
           "                    a Win32 error (1326), a Kerberos error (0x18, -1765328360) or an\n"
           "                    HRESULT that wraps one (0x8007052E), and so is a name of those families\n"
           "  --as FAMILY       read the codes in one family only: sspi, ntstatus, win32, kerberos,\n"
           "                    or hresult (an SSPI code, or the Win32 error or NTSTATUS it wraps)\n"
           "  --call FUNCTION   what the page of the SSPI function that returned the code says:\n"
           "                    " +
           call_names() +
           "\n"
           "                    (any case, with or without the A or W suffix)\n"
           "  --package P       with --call: that package's page: " +
           package_names() +
           "\n"
           "                    (or the name Windows gives it); default: the general page\n"
           "  --lang L          texts in L: " +
           language_tags() +
           "\n"
           "                    (any spelling of the tag, fr_FR.UTF-8 too) or all;\n"
           "                    default: English and the user's language\n"
           "  --list            every SSPI code (or of --family): value, family, name, text\n"
           "  --search TEXT     codes of every family whose name or text contains TEXT,\n"
           "                    ignoring case\n"
           "  --family FAMILY   with --list or --search: only " +
           family_names() +
           ",\n"
           "                    sspi (all four), ntstatus, win32 or kerberos\n"
           "  --scan [FILE]     lines of a log (FILE, or standard input for - or none) that contain\n"
           "                    a code of any family, explained with the text of the call and package\n"
           "                    the line names; a Windows event log (.evtx): its records that carry\n"
           "                    a failure code\n"
           "  --all-lines       with --scan: pass the other lines (or records) through too\n"
           "  --summary         with --scan of an event log: one table of the failures by event,\n"
           "                    code and account, with counts and first and last times\n"
           "  --tls-alert N     the code Schannel returns when it receives TLS alert N (0 to 255)\n"
           "  --json            JSON output (schema in docs/tool.md)\n"
           "  --help            this text\n"
           "  --version         the version\n"
           "\n"
           "Exit status:\n"
           "  0                 every code was found\n"
           "  1                 some code is in no family (or not in that of --as), or --search\n"
           "                    found nothing\n"
           "  2                 bad usage, input that is no code, or a read or write error\n";
}

namespace {

std::vector<sspi::lang> parse_languages(const std::string& value) {
    if (equals_ignoring_case(value, "all")) return {sspi::languages().begin(), sspi::languages().end()};
    if (const auto language = sspi::parse_lang(value)) return {*language};
    throw usage_error{"--lang: unknown language " + quoted_prefix(value) + " (expected " + language_tags() + " or all)"};
}

family_filter parse_family(const std::string& value) {
    for (const sspi::family f : sspi::families())
        if (equals_ignoring_case(value, sspi::family_name(f))) return {family_choice::sspi, f};
    if (const auto table = parse_family_choice(value); table && *table != family_choice::hresult) return {*table, std::nullopt};
    throw usage_error{"--family: unknown family " + quoted_prefix(value) + " (expected " + family_names() +
                      ", sspi, ntstatus, win32 or kerberos)"};
}

family_choice parse_as(const std::string& value) {
    if (const auto family = parse_family_choice(value)) return *family;
    throw usage_error{"--as: unknown family " + quoted_prefix(value) + " (expected sspi, ntstatus, win32, kerberos or hresult)"};
}

void set_mode(options& result, mode wanted, const std::string& option) {
    if (result.what != mode::explain && result.what != wanted)
        throw usage_error{option + " cannot be combined with another mode"};
    result.what = wanted;
}

// What the options have said so far, beyond options itself.
struct parse_state {
    std::vector<std::string> operands;  // codes, or --scan's file
    bool help = false, version = false, scan_file_given = false, package_given = false;
};

bool takes_value(const std::string& name) {
    return name == "--lang" || name == "--family" || name == "--as" || name == "--search" || name == "--scan" ||
           name == "--tls-alert" || name == "--call" || name == "--package";
}

// Applies one option; value() reads its value (after '=' or the next argument), inline says which.
template <class Value>
void apply_option(options& result, parse_state& state, const std::string& name, bool inline_value, Value value) {
    if (name == "--help" || name == "-h") {
        state.help = true;
    } else if (name == "--version") {
        state.version = true;
    } else if (name == "--json") {
        result.json = true;
    } else if (name == "--all-lines") {
        result.all_lines = true;
    } else if (name == "--summary") {
        result.summary = true;
    } else if (name == "--lang") {
        result.languages = parse_languages(value());
    } else if (name == "--family") {
        result.family = parse_family(value());
    } else if (name == "--as") {
        result.as = parse_as(value());
    } else if (name == "--call") {
        const std::string function = value();
        result.context.call = sspi::parse_call(function);
        if (!result.context.call)
            throw usage_error{"--call: " + quoted_prefix(function) +
                              " is not an SSPI function whose return values are documented"};
    } else if (name == "--package") {
        const std::string package = value();
        const auto parsed = sspi::parse_package(package);
        if (!parsed)
            throw usage_error{"--package: unknown package " + quoted_prefix(package) + " (expected " + package_names() + ")"};
        result.context.package = *parsed;
        state.package_given = true;
    } else if (name == "--list") {
        set_mode(result, mode::list, name);
    } else if (name == "--search") {
        set_mode(result, mode::search, name);
        result.search_text = value();
        if (result.search_text.empty()) throw usage_error{"--search: empty text"};
    } else if (name == "--tls-alert") {
        set_mode(result, mode::tls_alert, name);
        const std::string number = value();
        const auto alert = alert_number::parse(number);
        if (!alert) throw usage_error{"--tls-alert: " + quoted_prefix(number) + " is not an alert number from 0 to 255"};
        result.tls_alert = *alert;
    } else if (name == "--scan") {
        set_mode(result, mode::scan, name);
        if (!inline_value) return;  // without '=', the file is the operand
        result.scan_file = value();
        state.scan_file_given = true;
        if (result.scan_file.empty()) throw usage_error{"--scan: empty file name"};
    }
}

// The operands each mode takes, and the options that go only with some modes.
void check_combination(options& result, parse_state& state) {
    if (result.what == mode::scan) {
        if (state.operands.size() > (state.scan_file_given ? 0u : 1u))
            throw usage_error{quoted_prefix(state.operands.back()) +
                              ": --scan reads one file (codes cannot be combined with --scan)"};
        if (!state.operands.empty()) result.scan_file = state.operands.front();
        if (result.scan_file.empty()) throw usage_error{"--scan: empty file name"};
    } else if (result.what == mode::explain) {
        if (state.operands.empty()) throw usage_error{"no code given"};
        result.codes = std::move(state.operands);
    } else if (!state.operands.empty()) {
        const char* mode = result.what == mode::list ? "--list" : result.what == mode::search ? "--search" : "--tls-alert";
        throw usage_error{quoted_prefix(state.operands.front()) + ": codes cannot be combined with " + mode};
    }
    if (result.all_lines && result.what != mode::scan) throw usage_error{"--all-lines goes with --scan"};
    if (result.summary && result.what != mode::scan) throw usage_error{"--summary goes with --scan"};
    if (result.summary && result.all_lines) throw usage_error{"--summary cannot be combined with --all-lines"};
    if (result.family && result.what != mode::list && result.what != mode::search)
        throw usage_error{"--family goes with --list or --search"};
    if (result.context.call && result.what != mode::explain) throw usage_error{"--call goes with codes"};
    if (result.as && result.what != mode::explain) throw usage_error{"--as goes with codes"};
    if (state.package_given && !result.context.call) throw usage_error{"--package goes with --call"};
}

const std::vector<std::string> known_options{"--help", "-h",       "--version",   "--json", "--all-lines",
                                             "--lang", "--family", "--as",        "--call", "--package",
                                             "--list", "--search", "--tls-alert", "--scan", "--summary"};

}  // namespace

options parse_options(const std::vector<std::string>& args, std::optional<sspi::lang> user_language) {
    options result;
    if (user_language && *user_language != sspi::lang::en) result.languages.push_back(*user_language);
    parse_state state;
    bool only_operands = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        // "-" (standard input) and negative numbers are operands, like everything after "--".
        const bool is_option = !only_operands && arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
        if (!is_option) {
            state.operands.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_operands = true;
            continue;
        }
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const bool inline_value = equals != std::string::npos;
        if (std::find(known_options.begin(), known_options.end(), name) == known_options.end())
            throw usage_error{"unknown option " + quoted_prefix(arg)};
        if (inline_value && !takes_value(name)) throw usage_error{quoted_prefix(name) + " takes no value"};
        // The value: after '=', or the next argument whatever it looks like, as GNU getopt reads it.
        apply_option(result, state, name, inline_value, [&]() -> std::string {
            if (inline_value) return arg.substr(equals + 1);
            if (i + 1 >= args.size()) throw usage_error{name + " needs a value"};
            return args[++i];
        });
    }
    if (state.help || state.version) {
        result.what = state.help ? mode::help : mode::version;
        return result;
    }
    check_combination(result, state);
    return result;
}

}  // namespace tool

#include "report.hpp"

#include "text.hpp"

#include <sspi_status/fmt.hpp>

#include <fmt/format.h>

#include <iterator>

namespace tool {
namespace {

std::string_view severity(std::uint32_t value) {
    if (sspi::failed(value)) return "error";
    return value == 0 ? "success" : "information";
}

// Other names with the entry's value: the aliases of a primary name, or the primary of an alias.
std::vector<std::string_view> other_names(const sspi::entry& e) {
    std::vector<std::string_view> names;
    for (const auto& other : sspi::entries())
        if (other.value == e.value && &other != &e) names.push_back(other.name);
    return names;
}

// A system text that is only the code's name (SEC_E_NO_KERB_KEY's), and every translation of it,
// says nothing; message() passes over them too.
std::string_view system_text_shown(const sspi::entry& e, sspi::lang language) {
    return sspi::system_text(e, sspi::lang::en) == e.name ? std::string_view{} : sspi::system_text(e, language);
}

// Microsoft's name of an alert, or empty where its table does not list it.
std::string_view tls_alert_name(int alert) {
    const sspi::entry* e = sspi::from_tls_alert(alert);
    if (e != nullptr)
        for (const auto& listed : sspi::tls_alerts(*e))
            if (listed.number == alert) return listed.name;
    return {};
}

// Whether Schannel returns the entry's code for every alert its table does not list.
bool is_default_for_tls(const sspi::entry& e) {
    for (int alert = 0; alert <= 255; ++alert)
        if (tls_alert_name(alert).empty()) return sspi::from_tls_alert(alert)->value == e.value;
    return false;
}

void json_text_or_null(std::string& out, std::string_view text) {
    out += text.empty() ? std::string("null") : json_string(text);
}

// {"en": "...", "de": null, ...} for the languages shown.
template <class Text>
void json_texts(std::string& out, const sspi::entry& e, const languages& shown, Text text) {
    out += '{';
    for (std::size_t i = 0; i < shown.size(); ++i) {
        fmt::format_to(std::back_inserter(out), "{}\"{}\":", i == 0 ? "" : ",", sspi::lang_tag(shown[i]));
        json_text_or_null(out, text(e, shown[i]));
    }
    out += '}';
}

}  // namespace

void explain_text(std::string& out, const sspi::entry& e, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}", e.name);
    if (!e.alias_of.empty()) fmt::format_to(it, " (alias of {})", e.alias_of);
    else
        for (const auto alias : other_names(e)) fmt::format_to(it, " (alias: {})", alias);
    fmt::format_to(it, "\n  {:<16}{:x} = {:d} ({}, {} family)\n", "value:", e.code, e.code, severity(e.value),
                   sspi::family_name(e.family));
    // Each language's texts by source; a page text the same as Windows' is not repeated.
    bool any_text = false;
    for (const auto language : shown) {
        const auto windows = system_text_shown(e, language);
        const auto page = sspi::page_text(e, language);
        if (!windows.empty()) fmt::format_to(it, "  {:<16}{}\n", fmt::format("Windows, {}:", sspi::lang_tag(language)), windows);
        if (!page.empty() && page != windows)
            fmt::format_to(it, "  {:<16}{}\n", fmt::format("page, {}:", sspi::lang_tag(language)), page);
        any_text = any_text || !windows.empty() || !page.empty();
    }
    if (!any_text) fmt::format_to(it, "  {:<16}{}\n", "message:", sspi::message(e, shown.front()));
    // The TLS alerts Schannel turns into this code, one a line.
    const char* label = "TLS alerts:";
    for (const auto& alert : sspi::tls_alerts(e)) {
        fmt::format_to(it, "  {:<16}{} {}\n", label, alert.number, alert.name);
        label = "";
    }
    if (is_default_for_tls(e)) fmt::format_to(it, "  {:<16}any alert Schannel's table does not list\n", label);
}

void tls_alert_text(std::string& out, int alert, const languages& shown) {
    const sspi::entry& e = *sspi::from_tls_alert(alert);
    const std::string_view name = tls_alert_name(alert);
    if (name.empty())
        fmt::format_to(std::back_inserter(out), "TLS alert {} is not in Schannel's table; for it Schannel returns {}:\n\n", alert, e.name);
    else
        fmt::format_to(std::back_inserter(out), "TLS alert {} ({}): Schannel returns {}:\n\n", alert, name, e.name);
    explain_text(out, e, shown);
}

void tls_alert_json(std::string& out, int alert, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{{\"tls_alert\":{{\"alert\":{},\"name\":", alert);
    json_text_or_null(out, tls_alert_name(alert));
    out += ",\"code\":";
    entry_json(out, *sspi::from_tls_alert(alert), shown);
    out += "}}\n";
}

void summary_line(std::string& out, const sspi::entry& e, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{:x}  {:<5}  {:<40}  {}\n", e.code, sspi::family_name(e.family), e.name,
                   sspi::message(e, shown.front()));
}

void scan_note(std::string& out, const sspi::entry& e, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{} ({:x}): {}", e.name, e.code, sspi::message(e, shown.front()));
}

void entry_json(std::string& out, const sspi::entry& e, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{{\"name\":{},\"aliases\":[", json_string(e.name));
    const auto names = other_names(e);
    for (std::size_t i = 0; i < names.size(); ++i) fmt::format_to(it, "{}{}", i == 0 ? "" : ",", json_string(names[i]));
    fmt::format_to(it, "],\"alias_of\":");
    json_text_or_null(out, e.alias_of);
    fmt::format_to(it, ",\"family\":\"{}\",\"value\":\"{:x}\",\"decimal\":{:d},\"severity\":\"{}\",\"documented\":{},\"system_text\":",
                   sspi::family_name(e.family), e.code, e.code, severity(e.value), sspi::is_documented(e));
    json_texts(out, e, shown, sspi::system_text);
    out += ",\"page_text\":";
    json_texts(out, e, shown, sspi::page_text);
    out += ",\"tls_alerts\":[";
    for (const auto& alert : sspi::tls_alerts(e))
        fmt::format_to(it, "{}{{\"alert\":{},\"name\":{}}}", &alert == sspi::tls_alerts(e).begin() ? "" : ",", alert.number,
                       json_string(alert.name));
    fmt::format_to(it, "],\"tls_default\":{},\"message\":{}}}", is_default_for_tls(e), json_string(sspi::message(e, shown.front())));
}

void argument_json(std::string& out, std::string_view input, const code_argument& code, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{{\"input\":{},", json_string(input));
    switch (code.what) {
    case code_argument::kind::known:
        fmt::format_to(it, "\"result\":\"known\",\"code\":");
        entry_json(out, *code.entry, shown);
        break;
    case code_argument::kind::unknown:
        fmt::format_to(it, "\"result\":\"unknown\"");
        if (code.is_value) fmt::format_to(it, ",\"value\":\"{:x}\",\"decimal\":{:d}", static_cast<sspi::status>(code.value),
                                          static_cast<sspi::status>(code.value));
        break;
    case code_argument::kind::not_a_code:
        fmt::format_to(it, "\"result\":\"invalid\",\"error\":{}", json_string(code.problem));
        break;
    }
    out += '}';
}

json_list::json_list(std::string& out, std::string_view members_and_list, std::string_view item_separator)
    : out_(out), separator_(item_separator) {
    out_ += '{';
    out_ += members_and_list;
    out_ += ":[";
}

void json_list::next_item() {
    if (!first_) out_ += ',';
    out_ += separator_;
    first_ = false;
}

void json_list::close() {
    out_ += separator_;
    out_ += "]}\n";
}

bool entry_contains(const sspi::entry& e, std::string_view folded_text) {
    const auto contains = [&](std::string_view text) { return fold_case(text).find(folded_text) != std::string::npos; };
    if (contains(e.name)) return true;
    for (const auto language : sspi::languages())
        if (contains(sspi::system_text(e, language)) || contains(sspi::page_text(e, language))) return true;
    return false;
}

}  // namespace tool

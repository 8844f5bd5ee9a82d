#include "report.hpp"

#include "related.hpp"
#include "text.hpp"

#include <sspi_status/fmt.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

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

// Windows' text, unless it is only the code's name, which says nothing (message() passes over it too).
std::string_view system_text_shown(const sspi::entry& e, sspi::lang language) {
    return sspi::system_text_is_name(e) ? std::string_view{} : sspi::system_text(e, language);
}

// A page of a function for a package.
struct page_ref {
    sspi::call call;
    sspi::package package;
};

// Whether the page itself lists the entry: call_text reads it and not the general page instead.
bool lists(const page_ref& page, const sspi::entry& e) {
    return sspi::call_text_package(e, page.call, page.package) == page.package;
}

// The page call_text() reads for the entry in the context's call, if any lists it.
std::optional<page_ref> answering_page(const sspi::entry& e, const call_context& context) {
    if (!context.call) return std::nullopt;
    const auto package = sspi::call_text_package(e, *context.call, context.package);
    return package ? std::optional<page_ref>(page_ref{*context.call, *package}) : std::nullopt;
}

// Every page that lists the entry, in the order of sspi::call and sspi::package.
std::vector<page_ref> pages_listing(const sspi::entry& e) {
    std::vector<page_ref> pages;
    for (const auto c : sspi::calls())
        for (const auto p : sspi::packages())
            if (lists({c, p}, e)) pages.push_back({c, p});
    return pages;
}

// "AcceptSecurityContext, InitializeSecurityContext (every package); DecryptMessage (General, Schannel)":
// the packages of each call, "every package" where they are all the call's pages, calls with the
// same packages together.
std::string page_names(const std::vector<page_ref>& pages) {
    std::vector<std::pair<std::string, std::string>> calls;  // (calls, packages)
    for (std::size_t i = 0; i < pages.size();) {
        const sspi::call c = pages[i].call;
        std::string packages;
        std::size_t listed = 0, documented = 0;
        for (; i < pages.size() && pages[i].call == c; ++i, ++listed)
            packages += (packages.empty() ? "" : ", ") + std::string(sspi::package_name(pages[i].package));
        for (const auto p : sspi::packages()) documented += !sspi::return_values(c, p).empty();
        if (listed == documented && listed > 1) packages = "every package";
        if (!calls.empty() && calls.back().second == packages)
            calls.back().first += ", " + std::string(sspi::call_name(c));
        else
            calls.emplace_back(sspi::call_name(c), packages);
    }
    std::string text;
    for (const auto& [names, packages] : calls) text += (text.empty() ? "" : "; ") + names + " (" + packages + ")";
    return text;
}

// The call texts of the entry that say more than its general texts, one group per distinct text.
std::vector<std::pair<std::string_view, std::vector<page_ref>>> distinct_call_texts(const sspi::entry& e, sspi::lang language) {
    std::vector<std::pair<std::string_view, std::vector<page_ref>>> groups;
    for (const auto& page : pages_listing(e)) {
        const std::string_view text = sspi::call_text(e, page.call, page.package, language);
        bool general = false;
        for (const auto said : {sspi::system_text(e, language), sspi::page_text(e, language),
                                sspi::system_text(e, sspi::lang::en), sspi::page_text(e, sspi::lang::en)})
            general = general || text == said;
        if (general) continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == text; });
        if (group == groups.end()) group = groups.insert(groups.end(), {text, {}});
        group->second.push_back(page);
    }
    return groups;
}

// {"en": "...", "de": null, ...} for the languages shown.
template <class Text>
void json_texts(std::string& out, const sspi::entry& e, const languages& shown, Text text) {
    out += '{';
    for (std::size_t i = 0; i < shown.size(); ++i) {
        fmt::format_to(std::back_inserter(out), "{}\"{}\":", i == 0 ? "" : ",", sspi::lang_tag(shown[i]));
        out += json_or_null(text(e, shown[i]));
    }
    out += '}';
}

// {"call":"InitializeSecurityContext","package":"Kerberos","text":{"en":"...",...}}
void page_json(std::string& out, const sspi::entry& e, const page_ref& page, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{{\"call\":{},\"package\":{},\"text\":", json_string(sspi::call_name(page.call)),
                   json_string(sspi::package_name(page.package)));
    json_texts(out, e, shown, [&](const sspi::entry& entry, sspi::lang language) {
        return sspi::call_text(entry, page.call, page.package, language);
    });
    out += '}';
}

// With a call: its page's text in each language. Without: the calls whose pages list the code, and
// what they say beyond its general text, one line per distinct text.
void explain_calls(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context) {
    auto it = std::back_inserter(out);
    if (context.call) {
        const auto page = answering_page(e, context);
        if (!page) {
            call_not_listed(out, context);
            return;
        }
        for (const auto language : shown)
            fmt::format_to(it, "  {:<16}{}: {}\n", fmt::format("call, {}:", sspi::lang_tag(language)), page_names({*page}),
                           sspi::call_text(e, page->call, page->package, language));
        return;
    }
    const auto pages = pages_listing(e);
    if (pages.empty()) return;
    fmt::format_to(it, "  {:<16}{}\n", "calls:", page_names(pages));
    for (const auto language : shown) {
        std::string label = fmt::format("calls, {}:", sspi::lang_tag(language));
        for (const auto& [text, sharing] : distinct_call_texts(e, language)) {
            fmt::format_to(it, "  {:<16}{}: {}\n", label, page_names(sharing), text);
            label.clear();
        }
    }
}
}  // namespace

void explain_text(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}", e.name);
    if (!e.alias_of.empty())
        fmt::format_to(it, " (alias of {})", e.alias_of);
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
    if (sspi::tls_alert_default().value == e.value)
        fmt::format_to(it, "  {:<16}any alert Schannel's table does not list\n", label);
    related_text(out, {"sspi", e.value});
    explain_calls(out, e, shown, context);
}

void call_not_listed(std::string& out, const call_context& context) {
    if (context.package == sspi::package::general)
        fmt::format_to(std::back_inserter(out), "  {:<16}{}'s pages do not list it\n", "call:", sspi::call_name(*context.call));
    else
        fmt::format_to(std::back_inserter(out), "  {:<16}{} lists it neither on its {} page nor on its general page\n",
                       "call:", sspi::call_name(*context.call), sspi::package_name(context.package));
}

void tls_alert_text(std::string& out, int alert, const languages& shown) {
    const sspi::entry& e = *sspi::from_tls_alert(alert);
    const std::string_view name = sspi::tls_alert_name(alert);
    if (name.empty())
        // The page's Default row does not say which alerts it is for; a shutdown, for one, gives another code.
        fmt::format_to(
            std::back_inserter(out),
            "TLS alert {} is not in Schannel's table. Its Default row gives {} for an alert the table does not "
            "list; the page does not say which alerts that is for. On a shutdown, {} says {} instead: {}\n\n",
            alert, e.name, page_names({{sspi::call::decrypt_message, sspi::package::schannel}}),
            sspi::name(sspi::status::sec_i_context_expired),
            sspi::call_text(sspi::status::sec_i_context_expired, sspi::call::decrypt_message, sspi::package::schannel));
    else
        fmt::format_to(std::back_inserter(out), "TLS alert {} ({}): Schannel returns {}:\n\n", alert, name, e.name);
    explain_text(out, e, shown);
}

void tls_alert_json(std::string& out, int alert, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{{\"tls_alert\":{{\"alert\":{},\"listed\":{},\"name\":", alert,
                   !sspi::tls_alert_name(alert).empty());
    out += json_or_null(sspi::tls_alert_name(alert));
    out += ",\"code\":";
    entry_json(out, *sspi::from_tls_alert(alert), shown);
    out += "}}\n";
}

void summary_line(std::string& out, const sspi::entry& e, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{:x}  {:<5}  {:<40}  {}\n", e.code, sspi::family_name(e.family), e.name,
                   sspi::message(e, shown.front()));
}

void scan_note(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context) {
    const std::string_view message = sspi::message(e, shown.front());
    fmt::format_to(std::back_inserter(out), "{} ({:x}): {}", e.name, e.code, message);
    const auto page = answering_page(e, context);
    if (!page) return;
    const std::string_view text = sspi::call_text(e, page->call, page->package, shown.front());
    if (text != message) fmt::format_to(std::back_inserter(out), " | {}: {}", page_names({*page}), text);
}

void entry_json(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{{\"name\":{},\"aliases\":[", json_string(e.name));
    const auto names = other_names(e);
    for (std::size_t i = 0; i < names.size(); ++i) fmt::format_to(it, "{}{}", i == 0 ? "" : ",", json_string(names[i]));
    fmt::format_to(it, "],\"alias_of\":");
    out += json_or_null(e.alias_of);
    fmt::format_to(
        it, ",\"family\":\"{}\",\"value\":\"{:x}\",\"decimal\":{:d},\"severity\":\"{}\",\"documented\":{},\"system_text\":",
        sspi::family_name(e.family), e.code, e.code, severity(e.value), sspi::is_documented(e));
    json_texts(out, e, shown, sspi::system_text);
    out += ",\"page_text\":";
    json_texts(out, e, shown, sspi::page_text);
    out += ",\"tls_alerts\":[";
    for (const auto& alert : sspi::tls_alerts(e))
        fmt::format_to(it, "{}{{\"alert\":{},\"name\":{}}}", &alert == sspi::tls_alerts(e).begin() ? "" : ",", alert.number,
                       json_string(alert.name));
    fmt::format_to(it, "],\"tls_default\":{},\"calls\":[", sspi::tls_alert_default().value == e.value);
    const auto pages = pages_listing(e);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        out += i == 0 ? "" : ",";
        page_json(out, e, pages[i], shown);
    }
    out += "],\"call_text\":";
    const auto page = answering_page(e, context);
    if (page)
        page_json(out, e, *page, shown);
    else
        out += "null";
    related_json(out, {"sspi", e.value});
    fmt::format_to(it, ",\"message\":{}}}", json_string(sspi::message(e, shown.front())));
}

void argument_json(std::string& out, std::string_view input, const code_argument& code, const languages& shown,
                   const call_context& context) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{{\"input\":{},", json_string(input));
    switch (code.what) {
        case code_argument::kind::known:
            fmt::format_to(it, "\"result\":\"known\",\"code\":");
            entry_json(out, *code.entry, shown, context);
            break;
        case code_argument::kind::unknown:
            fmt::format_to(it, "\"result\":\"unknown\"");
            if (code.is_value)
                fmt::format_to(it, ",\"value\":\"{:x}\",\"decimal\":{:d}", static_cast<sspi::status>(code.value),
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
    for (const auto language : sspi::languages()) {
        if (contains(sspi::system_text(e, language)) || contains(sspi::page_text(e, language))) return true;
        for (const auto& page : pages_listing(e))
            if (contains(sspi::call_text(e, page.call, page.package, language))) return true;
    }
    return false;
}

}  // namespace tool

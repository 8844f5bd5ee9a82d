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

void json_text_or_null(std::string& out, std::string_view text) {
    out += text.empty() ? std::string("null") : json_string(text);
}

}  // namespace

void explain_text(std::string& out, const sspi::entry& e, const languages& shown) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}", e.name);
    if (!e.alias_of.empty()) fmt::format_to(it, " (alias of {})", e.alias_of);
    else
        for (const auto alias : other_names(e)) fmt::format_to(it, " (alias: {})", alias);
    fmt::format_to(it, "\n  value:      {:x} = {:d} ({})\n", e.code, e.code, severity(e.value));
    bool any_text = false;
    for (const auto language : shown) {
        if (sspi::page_text(e, language).empty()) continue;
        fmt::format_to(it, "  {:<12}{}\n", fmt::format("{}:", sspi::lang_tag(language)), sspi::page_text(e, language));
        any_text = true;
    }
    if (!e.system_message.empty()) {
        fmt::format_to(it, "  winerror.h: {}\n", e.system_message);
        any_text = true;
    }
    if (!any_text) fmt::format_to(it, "  message:    {}\n", sspi::message(e, shown.front()));
}

void summary_line(std::string& out, const sspi::entry& e, const languages& shown) {
    fmt::format_to(std::back_inserter(out), "{:x}  {:<36}  {}\n", e.code, e.name, sspi::message(e, shown.front()));
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
    fmt::format_to(it, ",\"value\":\"{:x}\",\"decimal\":{:d},\"severity\":\"{}\",\"documented\":{},\"messages\":{{", e.code,
                   e.code, severity(e.value), sspi::is_documented(e));
    for (std::size_t i = 0; i < shown.size(); ++i) {
        fmt::format_to(it, "{}\"{}\":", i == 0 ? "" : ",", sspi::lang_tag(shown[i]));
        json_text_or_null(out, sspi::page_text(e, shown[i]));
    }
    fmt::format_to(it, "}},\"system_message\":");
    json_text_or_null(out, e.system_message);
    fmt::format_to(it, ",\"message\":{}}}", json_string(sspi::message(e, shown.front())));
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

bool entry_contains(const sspi::entry& e, std::string_view folded_text) {
    const auto contains = [&](std::string_view text) { return fold_case(text).find(folded_text) != std::string::npos; };
    if (contains(e.name) || contains(e.system_message)) return true;
    for (const auto language : all_languages)
        if (contains(sspi::page_text(e, language))) return true;
    return false;
}

}  // namespace tool

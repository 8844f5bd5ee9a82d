#include "readings.hpp"

#include "text.hpp"

#include <sspi_status/fmt.hpp>

#include <fmt/format.h>

#include <array>
#include <iterator>

namespace tool {
namespace {

constexpr std::array<std::string_view, 5> choice_names{"sspi", "ntstatus", "win32", "kerberos", "hresult"};

bool chosen(std::optional<family_choice> as, family_choice family) { return !as || *as == family; }

// A value's readings: the HRESULT wrappers, NTSTATUS, Kerberos (protocol number, MIT's code), Win32.
void value_readings(std::uint32_t value, std::optional<family_choice> as, std::vector<reading>& found) {
    if (chosen(as, family_choice::hresult)) {
        if (const auto* e = sspi::win32::from_hresult(value)) found.push_back({nullptr, e, nullptr, value});
        if (const auto* e = sspi::nt::from_hresult(value)) found.push_back({e, nullptr, nullptr, value});
    }
    if (chosen(as, family_choice::ntstatus))
        if (const auto* e = sspi::nt::find(value)) found.push_back({e, nullptr, nullptr, 0});
    if (chosen(as, family_choice::kerberos)) {
        if (const auto* e = sspi::kerberos::find(value)) found.push_back({nullptr, nullptr, e, 0});
        if (const auto* e = sspi::kerberos::find_mit(static_cast<std::int32_t>(value))) found.push_back({nullptr, nullptr, e, 0});
    }
    if (chosen(as, family_choice::win32))
        if (const auto* e = sspi::win32::find(value)) found.push_back({nullptr, e, nullptr, 0});
}

void name_readings(std::string_view name, std::optional<family_choice> as, std::vector<reading>& found) {
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    if (chosen(as, family_choice::ntstatus))
        if (const auto* e = sspi::nt::find_name(name)) found.push_back({e, nullptr, nullptr, 0});
    if (chosen(as, family_choice::kerberos))
        if (const auto* e = sspi::kerberos::find_name(name)) found.push_back({nullptr, nullptr, e, 0});
    if (chosen(as, family_choice::win32))
        if (const auto* e = sspi::win32::find_name(name)) found.push_back({nullptr, e, nullptr, 0});
}

void ntstatus_text(std::string& out, const sspi::nt::entry& e, const call_context& context) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}\n  {:<16}0x{:08X} = {:d}\n  {:<16}{}\n", e.name(), "NTSTATUS:", e.value,
                   static_cast<std::int32_t>(e.value), "[MS-ERREF]:", sspi::nt::message(e));
    related_text(out, {"ntstatus", e.value});
    if (!context.call) return;
    if (const auto package = sspi::call_text_package(e.value, *context.call, context.package))
        fmt::format_to(it, "  {:<16}{} ({}): {}\n", "call, en:", sspi::call_name(*context.call), sspi::package_name(*package),
                       sspi::call_text(e.value, *context.call, *package));
    else
        call_not_listed(out, context);
}

void win32_text(std::string& out, const sspi::win32::entry& e) {
    fmt::format_to(std::back_inserter(out), "{}\n  {:<16}{} = 0x{:08X} (as an HRESULT: 0x{:08X})\n  {:<16}{}\n", e.name(),
                   "Win32:", e.value, e.value, sspi::win32::hresult(e), "[MS-ERREF]:", sspi::win32::message(e));
    related_text(out, {"win32", e.value});
}

void kerberos_text(std::string& out, const sspi::kerberos::entry& e) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}\n  {:<16}{} = 0x{:X} (MIT Kerberos: {}, {})\n  {:<16}{}\n", kerberos_name(e), "Kerberos:", e.number,
                   e.number, sspi::kerberos::mit_code(e), e.mit_name, "MIT:", sspi::kerberos::message(e));
    if (!sspi::kerberos::description(e).empty())
        fmt::format_to(it, "  {:<16}{}\n", "event 4768:", sspi::kerberos::description(e));
    if (!sspi::kerberos::causes(e).empty()) fmt::format_to(it, "  {:<16}{}\n", "causes:", sspi::kerberos::causes(e));
    related_text(out, {"kerberos", static_cast<std::uint32_t>(e.number)});
}

}  // namespace

std::string_view kerberos_name(const sspi::kerberos::entry& e) { return e.name.empty() ? e.mit_name : e.name; }

std::string_view reading_name(const reading& r) {
    if (r.ntstatus != nullptr) return r.ntstatus->name();
    return r.win32 != nullptr ? r.win32->name() : kerberos_name(*r.kerberos);
}

std::string_view reading_message(const reading& r) {
    if (r.ntstatus != nullptr) return sspi::nt::message(*r.ntstatus);
    return r.win32 != nullptr ? sspi::win32::message(*r.win32) : sspi::kerberos::message(*r.kerberos);
}

std::optional<family_choice> parse_family_choice(std::string_view word) {
    for (std::size_t i = 0; i < choice_names.size(); ++i)
        if (equals_ignoring_case(word, choice_names[i])) return static_cast<family_choice>(i);
    return std::nullopt;
}

std::string_view family_choice_name(family_choice family) { return choice_names[static_cast<std::size_t>(family)]; }

bool reads_as_sspi(const code_argument& code, std::optional<family_choice> as) {
    return code.what == code_argument::kind::known &&
           (!as || *as == family_choice::sspi || (*as == family_choice::hresult && code.is_value));
}

std::vector<reading> other_readings(std::string_view input, const code_argument& code, std::optional<family_choice> as) {
    std::vector<reading> found;
    if ((code.what == code_argument::kind::known && !as) || as == family_choice::sspi) return found;
    if (code.is_value)
        value_readings(code.value, as, found);
    else
        name_readings(input, as, found);
    return found;
}

void reading_text(std::string& out, const reading& r, const call_context& context) {
    if (r.hresult != 0) fmt::format_to(std::back_inserter(out), "HRESULT 0x{:08X} wraps:\n", r.hresult);
    if (r.ntstatus != nullptr) ntstatus_text(out, *r.ntstatus, context);
    if (r.win32 != nullptr) win32_text(out, *r.win32);
    if (r.kerberos != nullptr) kerberos_text(out, *r.kerberos);
}

void reading_json(std::string& out, const reading& r) {
    auto it = std::back_inserter(out);
    const std::string hresult = r.hresult != 0 ? fmt::format("\"0x{:08X}\"", r.hresult) : std::string("null");
    if (r.ntstatus != nullptr) {
        fmt::format_to(it, "{{\"family\":\"ntstatus\",\"name\":{},\"value\":\"0x{:08X}\",\"decimal\":{:d},\"message\":{}",
                       json_string(r.ntstatus->name()), r.ntstatus->value, static_cast<std::int32_t>(r.ntstatus->value),
                       json_string(sspi::nt::message(*r.ntstatus)));
        related_json(out, {"ntstatus", r.ntstatus->value});
    } else if (r.win32 != nullptr) {
        fmt::format_to(it, "{{\"family\":\"win32\",\"name\":{},\"value\":{},\"message\":{}", json_string(r.win32->name()),
                       r.win32->value, json_string(sspi::win32::message(*r.win32)));
        related_json(out, {"win32", r.win32->value});
    } else {
        const auto& e = *r.kerberos;
        fmt::format_to(it,
                       "{{\"family\":\"kerberos\",\"name\":{},\"mit_name\":{},\"number\":{},\"mit_code\":{},\"message\":{},"
                       "\"description\":{},\"causes\":{}",
                       json_or_null(e.name), json_string(e.mit_name), e.number, sspi::kerberos::mit_code(e),
                       json_string(sspi::kerberos::message(e)), json_or_null(sspi::kerberos::description(e)),
                       json_or_null(sspi::kerberos::causes(e)));
        related_json(out, {"kerberos", static_cast<std::uint32_t>(e.number)});
    }
    fmt::format_to(it, ",\"hresult\":{}}}", hresult);
}

std::vector<reading> family_entries(family_choice family, std::string_view folded_text) {
    std::vector<reading> found;
    const auto holds = [&](std::initializer_list<std::string_view> texts) {
        for (const std::string_view text : texts)
            if (fold_case(text).find(folded_text) != std::string::npos) return true;
        return false;
    };
    if (family == family_choice::ntstatus)
        for (const auto& e : sspi::nt::entries())
            if (holds({e.name(), sspi::nt::message(e)})) found.push_back({&e, nullptr, nullptr, 0});
    if (family == family_choice::win32)
        for (const auto& e : sspi::win32::entries())
            if (holds({e.name(), sspi::win32::message(e)})) found.push_back({nullptr, &e, nullptr, 0});
    if (family == family_choice::kerberos)
        for (const auto& e : sspi::kerberos::entries())
            if (holds(
                    {e.name, e.mit_name, sspi::kerberos::message(e), sspi::kerberos::description(e), sspi::kerberos::causes(e)}))
                found.push_back({nullptr, nullptr, &e, 0});
    return found;
}

void reading_summary_line(std::string& out, const reading& r) {
    // An NTSTATUS in hex, as it is written; a Win32 error or Kerberos number in decimal.
    const std::string value = r.ntstatus != nullptr ? fmt::format("0x{:08X}", r.ntstatus->value)
                              : r.win32 != nullptr  ? std::to_string(r.win32->value)
                                                    : std::to_string(r.kerberos->number);
    const char* family = r.ntstatus != nullptr ? "NTSTATUS" : r.win32 != nullptr ? "Win32" : "Kerberos";
    fmt::format_to(std::back_inserter(out), "{:<10}  {:<8}  {:<40}  {}\n", value, family, reading_name(r), reading_message(r));
}

std::optional<reading> log_name_reading(std::string_view word) {
    if (const auto* e = sspi::nt::find_name(word); e != nullptr && e->name() == word) return reading{e, nullptr, nullptr, 0};
    if (const auto* e = sspi::win32::find_name(word); e != nullptr && e->name() == word) return reading{nullptr, e, nullptr, 0};
    if (const auto* e = sspi::kerberos::find_name(word); e != nullptr && (e->name == word || e->mit_name == word))
        return reading{nullptr, nullptr, e, 0};
    return std::nullopt;
}

std::optional<reading> log_number_reading(std::uint32_t value, bool long_form, log_field field) {
    if (value == 0) return std::nullopt;  // no failure
    const sspi::nt::entry* ntstatus = nullptr;
    const sspi::win32::entry* win32 = nullptr;
    const sspi::kerberos::entry* kerberos = nullptr;
    std::uint32_t hresult = 0;
    switch (field) {
        case log_field::ntstatus: ntstatus = sspi::nt::find(value); break;
        case log_field::kerberos: kerberos = sspi::kerberos::find(value); break;
        case log_field::win32: win32 = sspi::win32::find(value); break;
        case log_field::none:
            if (!long_form) return std::nullopt;
            if ((win32 = sspi::win32::from_hresult(value)) != nullptr || (ntstatus = sspi::nt::from_hresult(value)) != nullptr)
                hresult = value;
            else if (value >= 0x40000000u && (ntstatus = sspi::nt::find(value)) != nullptr)
                break;
            else
                kerberos = sspi::kerberos::find_mit(static_cast<std::int32_t>(value));
            break;
    }
    if (ntstatus == nullptr && win32 == nullptr && kerberos == nullptr) return std::nullopt;
    return reading{ntstatus, win32, kerberos, hresult};
}

void reading_note(std::string& out, const reading& r, const call_context& context) {
    auto it = std::back_inserter(out);
    const std::string wrapped = r.hresult != 0 ? fmt::format(", in HRESULT 0x{:08X}", r.hresult) : std::string();
    if (r.ntstatus != nullptr) {
        fmt::format_to(it, "{} (NTSTATUS 0x{:08X}{}): {}", reading_name(r), r.ntstatus->value, wrapped, reading_message(r));
        if (!context.call) return;
        if (const auto package = sspi::call_text_package(r.ntstatus->value, *context.call, context.package))
            fmt::format_to(it, " | {} ({}): {}", sspi::call_name(*context.call), sspi::package_name(*package),
                           sspi::call_text(r.ntstatus->value, *context.call, *package));
    } else if (r.win32 != nullptr) {
        fmt::format_to(it, "{} (Win32 {}{}): {}", reading_name(r), r.win32->value, wrapped, reading_message(r));
    } else {
        fmt::format_to(it, "{} (Kerberos {}): {}", reading_name(r), r.kerberos->number, reading_message(r));
    }
}

bool same_reading(const reading& a, const reading& b) {
    return a.ntstatus == b.ntstatus && a.win32 == b.win32 && a.kerberos == b.kerberos && a.hresult == b.hresult;
}

}  // namespace tool

#include "readings.hpp"

#include "text.hpp"

#include <sspi_status/fmt.hpp>

#include <fmt/format.h>

#include <iterator>

namespace tool {
namespace {

// A value's readings: the HRESULT wrappers, NTSTATUS, Kerberos (protocol number, MIT's code), Win32.
void value_readings(std::uint32_t value, std::vector<reading>& found) {
    if (const auto* e = sspi::win32::from_hresult(value)) found.push_back({nullptr, e, nullptr, value});
    if (const auto* e = sspi::nt::from_hresult(value)) found.push_back({e, nullptr, nullptr, value});
    if (const auto* e = sspi::nt::find(value)) found.push_back({e, nullptr, nullptr, 0});
    if (const auto* e = sspi::kerberos::find(value)) found.push_back({nullptr, nullptr, e, 0});
    if (const auto* e = sspi::kerberos::find_mit(static_cast<std::int32_t>(value))) found.push_back({nullptr, nullptr, e, 0});
    if (const auto* e = sspi::win32::find(value)) found.push_back({nullptr, e, nullptr, 0});
}

void name_readings(std::string_view name, std::vector<reading>& found) {
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    if (const auto* e = sspi::nt::find_name(name)) found.push_back({e, nullptr, nullptr, 0});
    if (const auto* e = sspi::kerberos::find_name(name)) found.push_back({nullptr, nullptr, e, 0});
    if (const auto* e = sspi::win32::find_name(name)) found.push_back({nullptr, e, nullptr, 0});
}

void ntstatus_text(std::string& out, const sspi::nt::entry& e, const call_context& context) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}\n  {:<16}0x{:08X} = {:d}\n  {:<16}{}\n", e.name(), "NTSTATUS:", e.value,
                   static_cast<std::int32_t>(e.value), "[MS-ERREF]:", sspi::nt::message(e));
    if (const auto* win32 = sspi::win32::from_nt(e.value))
        fmt::format_to(it, "  {:<16}Windows reports it as {} ({}) (Wine's table)\n", "Win32:", win32->name(), win32->value);
    if (!context.call) return;
    if (const auto package = sspi::call_text_package(e.value, *context.call, context.package))
        fmt::format_to(it, "  {:<16}{} ({}): {}\n", "call, en:", sspi::call_name(*context.call), sspi::package_name(*package),
                       sspi::call_text(e.value, *context.call, *package));
    else
        fmt::format_to(it, "  {:<16}{} does not list it, for {} or in general\n", "call:", sspi::call_name(*context.call),
                       sspi::package_name(context.package));
}

void win32_text(std::string& out, const sspi::win32::entry& e) {
    fmt::format_to(std::back_inserter(out), "{}\n  {:<16}{} = 0x{:08X} (as an HRESULT: 0x{:08X})\n  {:<16}{}\n", e.name(),
                   "Win32:", e.value, e.value, sspi::win32::hresult(e), "[MS-ERREF]:", sspi::win32::message(e));
}

void kerberos_text(std::string& out, const sspi::kerberos::entry& e) {
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{}\n  {:<16}{} = 0x{:X} (MIT Kerberos: {}, {})\n  {:<16}{}\n", e.name.empty() ? e.mit_name : e.name,
                   "Kerberos:", e.number, e.number, sspi::kerberos::mit_code(e), e.mit_name, "MIT:", sspi::kerberos::message(e));
    if (!sspi::kerberos::description(e).empty())
        fmt::format_to(it, "  {:<16}{}\n", "event 4768:", sspi::kerberos::description(e));
    if (!sspi::kerberos::causes(e).empty()) fmt::format_to(it, "  {:<16}{}\n", "causes:", sspi::kerberos::causes(e));
    if (const auto* status = sspi::nt::from_kerberos(e.number))
        fmt::format_to(it, "  {:<16}Samba reports it as {} (0x{:08X})\n", "NTSTATUS:", status->name(), status->value);
}

std::string json_or_null(std::string_view text) { return text.empty() ? std::string("null") : json_string(text); }

}  // namespace

std::vector<reading> other_readings(std::string_view input, const code_argument& code) {
    std::vector<reading> found;
    if (code.what == code_argument::kind::known) return found;
    if (code.is_value)
        value_readings(code.value, found);
    else
        name_readings(input, found);
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
    const auto hresult = [&] { return r.hresult != 0 ? fmt::format("\"0x{:08X}\"", r.hresult) : std::string("null"); };
    if (r.ntstatus != nullptr) {
        const auto* win32 = sspi::win32::from_nt(r.ntstatus->value);
        fmt::format_to(it,
                       "{{\"family\":\"ntstatus\",\"name\":{},\"value\":\"0x{:08X}\",\"decimal\":{:d},\"message\":{},\"win32\":{}"
                       ",\"hresult\":{}}}",
                       json_string(r.ntstatus->name()), r.ntstatus->value, static_cast<std::int32_t>(r.ntstatus->value),
                       json_string(sspi::nt::message(*r.ntstatus)), win32 != nullptr ? json_string(win32->name()) : "null",
                       hresult());
    } else if (r.win32 != nullptr) {
        fmt::format_to(it, "{{\"family\":\"win32\",\"name\":{},\"value\":{},\"message\":{},\"hresult\":{}}}",
                       json_string(r.win32->name()), r.win32->value, json_string(sspi::win32::message(*r.win32)), hresult());
    } else {
        const auto& e = *r.kerberos;
        const auto* status = sspi::nt::from_kerberos(e.number);
        fmt::format_to(it,
                       "{{\"family\":\"kerberos\",\"name\":{},\"mit_name\":{},\"number\":{},\"mit_code\":{},\"message\":{},"
                       "\"description\":{},\"causes\":{},\"ntstatus\":{}}}",
                       e.name.empty() ? "null" : json_string(e.name), json_string(e.mit_name), e.number,
                       sspi::kerberos::mit_code(e), json_string(sspi::kerberos::message(e)),
                       json_or_null(sspi::kerberos::description(e)), json_or_null(sspi::kerberos::causes(e)),
                       status != nullptr ? json_string(status->name()) : "null");
    }
}

}  // namespace tool

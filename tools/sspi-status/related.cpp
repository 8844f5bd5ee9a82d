#include "related.hpp"

#include "readings.hpp"

#include "text.hpp"

#include <sspi_status/conditions.hpp>
#include <sspi_status/kerberos.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <fmt/format.h>

#include <iterator>
#include <vector>

namespace tool {
namespace {

// A text line lists this many codes; --json lists them all.
constexpr std::size_t codes_shown = 8;

const sspi::win32::entry* win32_of(family_code code) {
    if (code.family == "sspi") return sspi::win32::from_sspi(code.value);
    if (code.family == "ntstatus") return sspi::win32::from_nt(code.value);
    return nullptr;
}

// The codes Windows reports a Win32 error for, as Wine's table has it: the SSPI codes, then the NTSTATUS values.
std::vector<std::string_view> reported_for(family_code code) {
    std::vector<std::string_view> names;
    if (code.family != "win32") return names;
    const auto reported_as_it = [&](family_code other) {
        const auto* win32 = win32_of(other);
        return win32 != nullptr && win32->value == code.value;
    };
    for (const auto& e : sspi::entries())
        if (e.alias_of.empty() && reported_as_it({"sspi", e.value})) names.push_back(e.name);
    for (const auto& e : sspi::nt::entries())
        if (sspi::nt::find(e.value) == &e && reported_as_it({"ntstatus", e.value})) names.push_back(e.name());
    return names;
}

// The Kerberos errors Samba reports as an NTSTATUS.
std::vector<std::string_view> samba_kerberos_of(family_code code) {
    std::vector<std::string_view> names;
    if (code.family != "ntstatus") return names;
    for (const auto& e : sspi::kerberos::entries())
        if (const auto* status = sspi::nt::from_kerberos(e.number); status != nullptr && status->value == code.value)
            names.push_back(kerberos_name(e));
    return names;
}

// The other members of the code's condition.
std::vector<std::string_view> fellow_members(const sspi::condition_member& member) {
    std::vector<std::string_view> names;
    for (const auto& m : sspi::condition_members())
        if (m.condition == member.condition && &m != &member) names.push_back(m.name);
    return names;
}

// "a, b, c" of at most codes_shown names, "and N more" after them.
std::string listed(const std::vector<std::string_view>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < codes_shown; ++i) text += (i == 0 ? "" : ", ") + std::string(names[i]);
    if (names.size() > codes_shown) text += fmt::format(" and {} more (--json lists them all)", names.size() - codes_shown);
    return text;
}

void json_names(std::string& out, const std::vector<std::string_view>& names) {
    out += '[';
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : ",") + json_string(names[i]);
    out += ']';
}

}  // namespace

void related_text(std::string& out, family_code code) {
    auto it = std::back_inserter(out);
    if (const auto* win32 = win32_of(code))
        fmt::format_to(it, "  {:<16}Windows reports it as {} ({}) (Wine's table)\n", "Win32:", win32->name(), win32->value);
    if (const auto names = reported_for(code); !names.empty())
        fmt::format_to(it, "  {:<16}Windows reports {} as it (Wine's table)\n", "reported for:", listed(names));
    if (const auto names = samba_kerberos_of(code); !names.empty())
        fmt::format_to(it, "  {:<16}Samba reports {} as it\n", "Kerberos:", listed(names));
    if (code.family == "kerberos")
        if (const auto* status = sspi::nt::from_kerberos(code.value))
            fmt::format_to(it, "  {:<16}Samba reports it as {} (0x{:08X})\n", "NTSTATUS:", status->name(), status->value);
    if (const auto* member = sspi::condition_of(code.family, code.value)) {
        const auto fellows = fellow_members(*member);
        fmt::format_to(it, "  {:<16}{}{}{}\n", "condition:", sspi::condition_name(member->condition),
                       fellows.empty() ? "" : ", with ", listed(fellows));
    }
}

void related_json(std::string& out, family_code code) {
    auto it = std::back_inserter(out);
    if (code.family == "sspi" || code.family == "ntstatus") {
        const auto* win32 = win32_of(code);
        fmt::format_to(it, ",\"win32\":{}", win32 != nullptr ? json_string(win32->name()) : "null");
    }
    if (code.family == "win32") {
        out += ",\"reported_for\":";
        json_names(out, reported_for(code));
    }
    if (code.family == "ntstatus") {
        out += ",\"kerberos\":";
        json_names(out, samba_kerberos_of(code));
    }
    if (code.family == "kerberos") {
        const auto* status = sspi::nt::from_kerberos(code.value);
        fmt::format_to(it, ",\"ntstatus\":{}", status != nullptr ? json_string(status->name()) : "null");
    }
    const auto* member = sspi::condition_of(code.family, code.value);
    fmt::format_to(it, ",\"condition\":{}", member != nullptr ? json_string(sspi::condition_name(member->condition)) : "null");
}

}  // namespace tool

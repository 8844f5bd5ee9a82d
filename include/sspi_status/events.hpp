// The Windows events that record an authentication or certificate failure, and which of their fields
// holds which family's code: Status of event 4625 is an NTSTATUS, Status of 4771 a Kerberos error,
// RevocationResult of CAPI2's event 11 an SSPI code written as 8 hex digits. From data/events.csv and
// data/event_fields.csv (Microsoft's event pages; CAPI2's fields from a real log).
#ifndef SSPI_STATUS_EVENTS_HPP
#define SSPI_STATUS_EVENTS_HPP

#include <array>
#include <string_view>

namespace sspi {
namespace events {

// ---- Types ----

// An event of a provider: what it is (its page's title; empty where the sources have no page), and the
// fields that name its account and where the attempt came from (empty where it has none).
struct event {
    std::string_view provider;  // "Microsoft-Windows-Security-Auditing"
    int id;                     // 4625
    std::string_view what;      // "An account failed to log on."
    std::string_view account;   // "TargetUserName"
    std::string_view address;   // "IpAddress"
};

// A field of an event that holds a code, and the family it is read in: "sspi", "ntstatus", "win32" or
// "kerberos", as their categories are named.
struct field {
    std::string_view provider;
    int event;
    std::string_view name;  // "Status", or a CAPI2 element with a value attribute ("RevocationResult")
    std::string_view family;
};

}  // namespace events
}  // namespace sspi

namespace sspi {
namespace detail {
using namespace std::string_view_literals;  // the generated tables' literals
}  // namespace detail
}  // namespace sspi

#include <sspi_status/detail/events.ipp>

namespace sspi {
namespace events {

// ---- Lookup (a few rows each, read in order) ----

// Every event, as data/events.csv orders them.
constexpr const auto& all() noexcept { return detail::event_table; }

// Every field that holds a code, as data/event_fields.csv orders them.
constexpr const auto& fields() noexcept { return detail::event_field_table; }

// The event of a provider and id, or nullptr.
constexpr const event* find(std::string_view provider, int id) noexcept {
    for (const event& e : detail::event_table)
        if (e.id == id && e.provider == provider) return &e;
    return nullptr;
}

// The field of that name of an event, or nullptr where it holds no code.
constexpr const field* find_field(std::string_view provider, int id, std::string_view name) noexcept {
    for (const field& f : detail::event_field_table)
        if (f.event == id && f.name == name && f.provider == provider) return &f;
    return nullptr;
}

}  // namespace events
}  // namespace sspi

#endif

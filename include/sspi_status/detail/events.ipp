// Generated from data/events.csv and data/event_fields.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/events.hpp>.

namespace sspi {
namespace detail {

inline constexpr std::array<events::event, 10> event_table{{
    {"Microsoft-Windows-Security-Auditing"sv, 4625, "An account failed to log on."sv, "TargetUserName"sv, "IpAddress"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4768, "A Kerberos authentication ticket (TGT) was requested."sv, "TargetUserName"sv, "IpAddress"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4769, "A Kerberos service ticket was requested."sv, "TargetUserName"sv, "IpAddress"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4771, "Kerberos pre-authentication failed."sv, "TargetUserName"sv, "IpAddress"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4776, "The computer attempted to validate the credentials for an account."sv, "TargetUserName"sv, "Workstation"sv},
    {"Microsoft-Windows-CAPI2"sv, 11, ""sv, ""sv, ""sv},
    {"Microsoft-Windows-CAPI2"sv, 30, ""sv, ""sv, ""sv},
    {"Microsoft-Windows-CAPI2"sv, 41, ""sv, ""sv, ""sv},
    {"Microsoft-Windows-CAPI2"sv, 53, ""sv, ""sv, ""sv},
    {"Microsoft-Windows-CAPI2"sv, 81, ""sv, ""sv, ""sv},
}};

inline constexpr std::array<events::field, 12> event_field_table{{
    {"Microsoft-Windows-Security-Auditing"sv, 4625, "Status"sv, "ntstatus"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4625, "SubStatus"sv, "ntstatus"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4768, "Status"sv, "kerberos"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4769, "Status"sv, "kerberos"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4771, "Status"sv, "kerberos"sv},
    {"Microsoft-Windows-Security-Auditing"sv, 4776, "Status"sv, "ntstatus"sv},
    {"Microsoft-Windows-CAPI2"sv, 11, "Result"sv, "sspi"sv},
    {"Microsoft-Windows-CAPI2"sv, 11, "RevocationResult"sv, "sspi"sv},
    {"Microsoft-Windows-CAPI2"sv, 30, "Result"sv, "sspi"sv},
    {"Microsoft-Windows-CAPI2"sv, 41, "Result"sv, "sspi"sv},
    {"Microsoft-Windows-CAPI2"sv, 53, "Result"sv, "sspi"sv},
    {"Microsoft-Windows-CAPI2"sv, 81, "Result"sv, "sspi"sv},
}};

}  // namespace detail
}  // namespace sspi

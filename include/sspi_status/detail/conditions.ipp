// Generated from data/conditions.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/detail/conditions.hpp>.

namespace sspi {
namespace detail {

// The name of each condition, by its value - 1.
inline constexpr std::array<std::string_view, 12> condition_names{{
    "logon_failure"sv, "clock_skew"sv, "account_locked_out"sv, "account_disabled"sv, "no_such_user"sv,
    "password_expired"sv, "no_logon_servers"sv, "wrong_principal"sv, "certificate_revoked"sv,
    "revocation_unknown"sv, "certificate_expired"sv, "untrusted_root"sv,
}};

// Every member, as data/conditions.csv orders them.
inline constexpr std::array<condition_member, 31> condition_table{{
    {condition::logon_failure, "sspi"sv, 0x8009030Cu, "SEC_E_LOGON_DENIED"sv},
    {condition::logon_failure, "ntstatus"sv, 0xC000006Du, "STATUS_LOGON_FAILURE"sv},
    {condition::logon_failure, "win32"sv, 0x0000052Eu, "ERROR_LOGON_FAILURE"sv},
    {condition::logon_failure, "kerberos"sv, 0x00000018u, "KDC_ERR_PREAUTH_FAILED"sv},
    {condition::clock_skew, "sspi"sv, 0x80090324u, "SEC_E_TIME_SKEW"sv},
    {condition::clock_skew, "ntstatus"sv, 0xC0000133u, "STATUS_TIME_DIFFERENCE_AT_DC"sv},
    {condition::clock_skew, "win32"sv, 0x00000576u, "ERROR_TIME_SKEW"sv},
    {condition::clock_skew, "kerberos"sv, 0x00000025u, "KRB_AP_ERR_SKEW"sv},
    {condition::account_locked_out, "ntstatus"sv, 0xC0000234u, "STATUS_ACCOUNT_LOCKED_OUT"sv},
    {condition::account_locked_out, "win32"sv, 0x00000775u, "ERROR_ACCOUNT_LOCKED_OUT"sv},
    {condition::account_disabled, "ntstatus"sv, 0xC0000072u, "STATUS_ACCOUNT_DISABLED"sv},
    {condition::account_disabled, "win32"sv, 0x00000533u, "ERROR_ACCOUNT_DISABLED"sv},
    {condition::no_such_user, "ntstatus"sv, 0xC0000064u, "STATUS_NO_SUCH_USER"sv},
    {condition::no_such_user, "win32"sv, 0x00000525u, "ERROR_NO_SUCH_USER"sv},
    {condition::no_such_user, "kerberos"sv, 0x00000006u, "KDC_ERR_C_PRINCIPAL_UNKNOWN"sv},
    {condition::password_expired, "ntstatus"sv, 0xC0000071u, "STATUS_PASSWORD_EXPIRED"sv},
    {condition::password_expired, "win32"sv, 0x00000532u, "ERROR_PASSWORD_EXPIRED"sv},
    {condition::password_expired, "kerberos"sv, 0x00000017u, "KDC_ERR_KEY_EXPIRED"sv},
    {condition::no_logon_servers, "sspi"sv, 0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY"sv},
    {condition::no_logon_servers, "ntstatus"sv, 0xC000005Eu, "STATUS_NO_LOGON_SERVERS"sv},
    {condition::no_logon_servers, "win32"sv, 0x0000051Fu, "ERROR_NO_LOGON_SERVERS"sv},
    {condition::wrong_principal, "sspi"sv, 0x80090322u, "SEC_E_WRONG_PRINCIPAL"sv},
    {condition::wrong_principal, "win32"sv, 0x00000574u, "ERROR_WRONG_TARGET_NAME"sv},
    {condition::certificate_revoked, "sspi"sv, 0x80092010u, "CRYPT_E_REVOKED"sv},
    {condition::certificate_revoked, "sspi"sv, 0x800B010Cu, "CERT_E_REVOKED"sv},
    {condition::revocation_unknown, "sspi"sv, 0x80092012u, "CRYPT_E_NO_REVOCATION_CHECK"sv},
    {condition::revocation_unknown, "sspi"sv, 0x80092013u, "CRYPT_E_REVOCATION_OFFLINE"sv},
    {condition::certificate_expired, "sspi"sv, 0x80090328u, "SEC_E_CERT_EXPIRED"sv},
    {condition::certificate_expired, "sspi"sv, 0x800B0101u, "CERT_E_EXPIRED"sv},
    {condition::untrusted_root, "sspi"sv, 0x80090325u, "SEC_E_UNTRUSTED_ROOT"sv},
    {condition::untrusted_root, "sspi"sv, 0x800B0109u, "CERT_E_UNTRUSTEDROOT"sv},
}};

}  // namespace detail
}  // namespace sspi

// Generated from data/ (sspi_status.csv, languages.csv, tls_alerts.csv, packages.csv, call_texts.csv)
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/sspi_status.hpp>, after the table: the code Schannel returns
// when it receives each TLS or SSL alert (data/tls_alerts.csv).

namespace sspi {
namespace detail {

// The listed alerts, those of one code together, in the order of the table's rows.
inline constexpr std::array<tls_alert, 25> tls_alert_table{{
    {70, "TLS1_ALERT_PROTOCOL_VERSION"sv},  // SEC_E_UNSUPPORTED_FUNCTION
    {80, "TLS1_ALERT_INTERNAL_ERROR"sv},  // SEC_E_INTERNAL_ERROR
    {49, "TLS1_ALERT_ACCESS_DENIED"sv},  // SEC_E_LOGON_DENIED
    {20, "TLS1_ALERT_BAD_RECORD_MAC"sv},  // SEC_E_MESSAGE_ALTERED
    {30, "SSL3_ALERT_DECOMPRESSION_FAIL"sv},  // SEC_E_MESSAGE_ALTERED
    {48, "TLS1_ALERT_UNKNOWN_CA"sv},  // SEC_E_UNTRUSTED_ROOT
    {10, "SSL3_ALERT_UNEXPECTED_MESSAGE"sv},  // SEC_E_ILLEGAL_MESSAGE
    {22, "TLS1_ALERT_RECORD_OVERFLOW"sv},  // SEC_E_ILLEGAL_MESSAGE
    {40, "SSL3_ALERT_HANDSHAKE_FAILURE"sv},  // SEC_E_ILLEGAL_MESSAGE
    {47, "SSL3_ALERT_ILLEGAL_PARAMETER"sv},  // SEC_E_ILLEGAL_MESSAGE
    {50, "TLS1_ALERT_DECODE_ERROR"sv},  // SEC_E_ILLEGAL_MESSAGE
    {60, "TLS1_ALERT_EXPORT_RESTRICTION"sv},  // SEC_E_ILLEGAL_MESSAGE
    {100, "TLS1_ALERT_NO_RENEGOTIATION"sv},  // SEC_E_ILLEGAL_MESSAGE
    {110, "TLS1_ALERT_UNSUPPORTED_EXT"sv},  // SEC_E_ILLEGAL_MESSAGE
    {115, "TLS1_ALERT_UNKNOWN_PSK_IDENTITY"sv},  // SEC_E_ILLEGAL_MESSAGE
    {42, "TLS1_ALERT_BAD_CERTIFICATE"sv},  // SEC_E_CERT_UNKNOWN
    {43, "TLS1_ALERT_UNSUPPORTED_CERT"sv},  // SEC_E_CERT_UNKNOWN
    {46, "TLS1_ALERT_CERTIFICATE_UNKNOWN"sv},  // SEC_E_CERT_UNKNOWN
    {45, "TLS1_ALERT_CERTIFICATE_EXPIRED"sv},  // SEC_E_CERT_EXPIRED
    {21, "TLS1_ALERT_DECRYPTION_FAILED"sv},  // SEC_E_DECRYPT_FAILURE
    {51, "TLS1_ALERT_DECRYPT_ERROR"sv},  // SEC_E_DECRYPT_FAILURE
    {71, "TLS1_ALERT_INSUFFIENT_SECURITY"sv},  // SEC_E_ALGORITHM_MISMATCH
    {90, "TLS1_ALERT_USER_CANCELED"sv},  // SEC_E_UNFINISHED_CONTEXT_DELETED
    {120, "TLS1_ALERT_NO_APP_PROTOCOL"sv},  // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    {44, "TLS1_ALERT_CERTIFICATE_REVOKED"sv},  // CRYPT_E_REVOKED
}};

// Row r's alerts are tls_alert_table[tls_alert_starts[r]] up to tls_alert_starts[r + 1].
inline constexpr std::array<std::uint8_t, 201> tls_alert_starts{{
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3,
    3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 15, 18, 19, 19, 21, 22, 22, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23,
    23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 24, 24, 24, 24,
    24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25,
    25, 25, 25, 25, 25, 25, 25, 25, 25,
}};

// 1 + the table row of each alert's code; 0 for an alert the page does not list.
inline constexpr std::array<std::uint8_t, 256> tls_alert_rows{{
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 33, 48, 44, 0, 0, 0, 0, 0, 0, 0, 33, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 45, 45, 128, 46, 45, 44, 43, 30, 44, 48, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 18, 49, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 0, 0, 0, 0, 44, 0, 0, 0, 0, 92, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}};

// The code of any other alert: the page's Default row.
inline constexpr std::size_t tls_default_row = 43;  // SEC_E_ILLEGAL_MESSAGE

}  // namespace detail
}  // namespace sspi

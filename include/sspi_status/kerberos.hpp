// Kerberos protocol errors (RFC 4120), as events 4768, 4769 and 4771 report them (Status 0x18) and as
// MIT Kerberos' library returns them (-1765328360): MIT's names and texts, Windows' names, and the
// event pages' descriptions and possible causes; and the NTSTATUS Samba reports for some of them.
#ifndef SSPI_STATUS_KERBEROS_HPP
#define SSPI_STATUS_KERBEROS_HPP

#include <sspi_status/ntstatus.hpp>
#include <sspi_status/sspi_status.hpp>

#include <cstdint>
#include <string_view>
#include <system_error>

namespace sspi {
namespace kerberos {

// ---- Types ----

// One protocol error: its number (24), Windows' name as the event pages write it ("KDC_ERR_PREAUTH_FAILED";
// empty where no event page lists the number) and MIT's ("KRB5KDC_ERR_PREAUTH_FAILED").
struct entry {
    int number;
    std::string_view name;
    std::string_view mit_name;
};

}  // namespace kerberos
}  // namespace sspi

#include <sspi_status/detail/kerberos.hpp>

namespace sspi {
namespace kerberos {

// ---- Lookup ----

// Every entry, by number (80 of the 128 numbers; MIT's placeholders are no codes).
constexpr const auto& entries() noexcept { return detail::kerberos_table; }

// The entry of a protocol number of any integer type (24, 0x18), or nullptr.
template <class Code, if_code<Code> = 0>
constexpr const entry* find(Code number) noexcept {
    return detail::unfolded(detail::kerberos_number(detail::bits_of(number)));
}

// The code MIT's library returns for an entry: ERROR_TABLE_BASE_krb5 + its number (24: -1765328360).
constexpr std::int64_t mit_code(const entry& e) noexcept { return detail::mit_krb5_base + e.number; }

// The entry of a code as MIT's library returns it (ERROR_TABLE_BASE_krb5 + number: -1765328360), or nullptr.
constexpr const entry* find_mit(std::int64_t code) noexcept {
    const std::int64_t number = code - detail::mit_krb5_base;
    return number >= 0 && number <= 127 ? find(number) : nullptr;
}

// The entry of a name in either spelling ("KDC_ERR_PREAUTH_FAILED", "krb5kdc_err_preauth_failed"), or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept { return detail::unfolded(detail::kerberos_name(name)); }

// ---- Texts (NUL-terminated) ----

// MIT's text: "Preauthentication failed".
constexpr std::string_view message(const entry& e) noexcept { return detail::kerberos_text_of(detail::kerberos_messages, e); }

// The event page's description ("Pre-authentication information was invalid"); empty where no page lists it.
constexpr std::string_view description(const entry& e) noexcept {
    return detail::kerberos_text_of(detail::kerberos_descriptions, e);
}

// The event page's possible causes, as it writes them; empty where no page lists the number.
constexpr std::string_view causes(const entry& e) noexcept { return detail::kerberos_text_of(detail::kerberos_causes_column, e); }

// MIT's text of a protocol number; for a number it does not know, "This value is not a Kerberos protocol error."
template <class Code, if_code<Code> = 0>
constexpr std::string_view message(Code number) noexcept {
    return detail::kerberos_message(detail::bits_of(number));
}

// ---- std::error_code ----

// The category named "kerberos", whose values are protocol numbers.
inline const std::error_category& category() noexcept { return detail::kerberos_category(); }

}  // namespace kerberos

namespace nt {

// The NTSTATUS Samba reports for a Kerberos protocol number (one implementation's choice, not Windows'); or nullptr.
template <class Code, if_code<Code> = 0>
constexpr const entry* from_kerberos(Code number) noexcept {
    return detail::unfolded(detail::ntstatus_of_kerberos_number(detail::bits_of(number)));
}

}  // namespace nt
}  // namespace sspi

#endif

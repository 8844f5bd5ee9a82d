// sspi_status: every status a Windows SSPI call hands back (SEC_E_*, SEC_I_*, and the CERT_E_*,
// CRYPT_E_* and TRUST_E_* codes Schannel returns) with its name and texts in the languages Microsoft
// publishes, as constexpr lookups and a std::error_category. C++17, standard library only.
// The reference is docs/api.md; the implementation lives in detail/.
#ifndef SSPI_STATUS_SSPI_STATUS_HPP
#define SSPI_STATUS_SSPI_STATUS_HPP

#include <sspi_status/enums.hpp>  // status, family, lang (generated from data/)

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace sspi {

// ---- Types ----

// One name of winerror.h. Its texts are read with system_text(), page_text() and message().
struct entry {
    status code;
    std::uint32_t value;
    std::string_view name;      // "SEC_E_LOGON_DENIED"
    std::string_view alias_of;  // the name this one is an alias of, or empty
    sspi::family family;        // SEC, CERT, CRYPT or TRUST
};

// A TLS or SSL alert, by its number and the name Microsoft's table gives it ("TLS1_ALERT_UNKNOWN_CA").
struct tls_alert {
    int number;
    std::string_view name;
};

// A run of rows of a generated table, as a range.
template <class T>
class list {
public:
    constexpr list(const T* first, const T* last) noexcept : first_(first), last_(last) {}
    constexpr const T* begin() const noexcept { return first_; }
    constexpr const T* end() const noexcept { return last_; }
    constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(last_ - first_); }
    constexpr bool empty() const noexcept { return first_ == last_; }

private:
    const T* first_;
    const T* last_;
};

// The alerts of a code, in the order of their numbers.
using tls_alert_list = list<tls_alert>;

}  // namespace sspi

#include <sspi_status/detail/category.hpp>

namespace sspi {

// The types a status code may come in: sspi::status and every integer type (std::int32_t,
// std::uint32_t, SECURITY_STATUS and HRESULT, which are long, std::int64_t, __int128 where the
// compiler has it), but bool and the character types, which hold no status.
template <class T>
inline constexpr bool is_code_type_v = std::is_same_v<T, status> || detail::is_integer_v<T>;

template <class Code>
using if_code = std::enable_if_t<is_code_type_v<Code>, int>;

// ---- Lookup ----

// Every entry, in value order, an alias right after the name it aliases.
constexpr const auto& entries() noexcept { return detail::table; }

// The entry of a code, or nullptr; an aliased value finds the primary name; a value wider than 32 bits is none.
template <class Code, if_code<Code> = 0>
constexpr const entry* find(Code code) noexcept {
    return detail::unfolded(detail::find_bits(detail::bits_of(code)));
}

// The entry of a name ("SEC_E_LOGON_DENIED", "crypt_e_revoked"), any ASCII case, "SEC_" optional; or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept { return detail::unfolded(detail::find_name(name)); }

// The primary name of a code, or empty for a value that is not in the table.
template <class Code, if_code<Code> = 0>
constexpr std::string_view name(Code code) noexcept {
    const entry* e = detail::find_bits(detail::bits_of(code));
    return e != nullptr ? e->name : detail::no_text;
}

// Severity as SUCCEEDED() sees it: SEC_I_* and SEC_E_OK succeed; a value wider than 32 bits fails.
template <class Code, if_code<Code> = 0>
constexpr bool succeeded(Code code) noexcept {
    const detail::code_bits bits = detail::bits_of(code);
    return bits.valid && (bits.bits & 0x80000000u) == 0;
}

// Severity as FAILED() sees it: the opposite of succeeded().
template <class Code, if_code<Code> = 0>
constexpr bool failed(Code code) noexcept {
    return !succeeded(code);
}

// ---- Texts (every one NUL-terminated, empty ones included) ----

// What Windows says: winerror.h's text, Microsoft's translation of it; empty where there is none or `language` is no lang.
constexpr std::string_view system_text(const entry& e, lang language) noexcept {
    return detail::text(detail::columns_of(language).system, e);
}

// The "SSPI Status Codes" page's text; empty where the page does not list the code or `language` is no lang.
constexpr std::string_view page_text(const entry& e, lang language) noexcept {
    return detail::text(detail::columns_of(language).page, e);
}

// Never empty: the first text that says something (docs/api.md, "Which text?"), else the name.
constexpr std::string_view message(const entry& e, lang language = lang::en) noexcept {
    return detail::message_in(e, detail::columns_of(language));
}

// message() of a code; for a value that is not in the table, "This value is not an SSPI status code."
template <class Code, if_code<Code> = 0>
constexpr std::string_view message(Code code, lang language = lang::en) noexcept {
    return detail::message_of_code(detail::bits_of(code), detail::columns_of(language));
}

// Whether Windows' English text is only the code's name (SEC_E_NO_KERB_KEY's): it says nothing, and
// neither do its translations, so message() passes over them.
constexpr bool system_text_is_name(const entry& e) noexcept {
    const std::size_t row = detail::row_of(e);
    return row != detail::no_row && detail::system_text_is_name(row);
}

// Whether the "SSPI Status Codes" pages list the entry, or the code.
constexpr bool is_documented(const entry& e) noexcept { return !page_text(e, lang::en).empty(); }
template <class Code, if_code<Code> = 0>
constexpr bool is_documented(Code code) noexcept {
    const entry* e = detail::find_bits(detail::bits_of(code));
    return e != nullptr && is_documented(*e);
}

// ---- TLS alerts (Microsoft's "Schannel Error Codes for TLS and SSL Alerts") ----

// The entry Schannel returns when it receives alert `alert`: its row's, or the Default row's; nullptr outside 0 to 255.
constexpr const entry* from_tls_alert(int alert) noexcept { return detail::unfolded(detail::from_tls_alert(alert)); }

// The entry of the table's Default row: what Schannel returns for any alert the table does not list.
constexpr const entry& tls_alert_default() noexcept { return detail::table[detail::tls_default_row]; }

// The alerts the table lists for an entry (an alias's are its target's), by number; never the Default row.
constexpr tls_alert_list tls_alerts(const entry& e) noexcept { return detail::tls_alerts_of(e); }

// Microsoft's name of an alert ("TLS1_ALERT_UNKNOWN_CA"); empty where its table does not list the alert.
constexpr std::string_view tls_alert_name(int alert) noexcept { return detail::tls_alert_name(alert); }

// ---- Families and languages ----

// Every family, in the order of the table.
constexpr const auto& families() noexcept { return detail::all_families; }

// The prefix of a family's names: "SEC", "CERT", "CRYPT", "TRUST"; empty for a value outside sspi::family.
constexpr std::string_view family_name(family f) noexcept {
    return detail::name_at(detail::family_names, static_cast<std::size_t>(f));
}

// Every language, English first.
constexpr const auto& languages() noexcept { return detail::all_languages; }

// The BCP 47 tag of a language: "en", "de", "pt-BR", "zh-TW"; empty for a value outside sspi::lang.
constexpr std::string_view lang_tag(lang language) noexcept {
    const auto index = static_cast<std::size_t>(language);
    return index < detail::language_table.size() ? detail::language_table[index].tag : detail::no_text;
}

// ---- std::error_code ----

// The sspi category, named "sspi"; its message(value) is message(value, lang::en).
inline const std::error_category& category() noexcept { return detail::category(); }

// A status as a std::error_code of the sspi category (found by ADL: std::error_code ec = status::...).
inline std::error_code make_error_code(status code) noexcept { return {static_cast<int>(code), category()}; }

// Failure test for an error_code: in the sspi category (of any module) SEC_I_* succeed; in any other, every non-zero value fails.
inline bool failed(const std::error_code& ec) noexcept {
    return detail::is_sspi_category(ec.category()) ? failed(ec.value()) : static_cast<bool>(ec);
}

// The opposite of failed(ec).
inline bool succeeded(const std::error_code& ec) noexcept { return !failed(ec); }

}  // namespace sspi

namespace std {
template <>
struct is_error_code_enum<sspi::status> : true_type {};
// Declared beside the enum; make_error_condition is <sspi_status/conditions.hpp>'s.
template <>
struct is_error_condition_enum<sspi::condition> : true_type {};
}  // namespace std

#endif

// NTSTATUS values, as event logs (the Status of event 4625), drivers and LSA report them: every value
// of [MS-ERREF] 2.3.1 with its name and English text, by value and by name, and a std::error_category.
#ifndef SSPI_STATUS_NTSTATUS_HPP
#define SSPI_STATUS_NTSTATUS_HPP

#include <sspi_status/detail/ntstatus.hpp>
#include <sspi_status/sspi_status.hpp>

namespace sspi {
namespace nt {

// ---- Types ----

// One NTSTATUS value as [MS-ERREF] names it: value (0xC000006D) and name ("STATUS_LOGON_FAILURE").
using entry = detail::family_entry<detail::ntstatus_family>;

// ---- Lookup ----

// Every entry, in the order of [MS-ERREF] (1,795 names; a repeated value's first name is its primary one).
constexpr const auto& entries() noexcept { return detail::ntstatus_table; }

// The entry of a value of any integer type (0xC000006D, -1073741715), its primary name; or nullptr.
template <class Code, if_code<Code> = 0>
constexpr const entry* find(Code code) noexcept {
    return detail::unfolded(detail::find_value(detail::ntstatus_data, detail::bits_of(code)));
}

// The entry of a name ("STATUS_LOGON_FAILURE"), any ASCII case; or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept {
    return detail::unfolded(detail::find_family_name(detail::ntstatus_data, name));
}

// The NTSTATUS an HRESULT_FROM_NT value wraps (0xD000006D: STATUS_LOGON_FAILURE); nullptr for any other HRESULT.
template <class Code, if_code<Code> = 0>
constexpr const entry* from_hresult(Code hresult) noexcept {
    const detail::code_bits bits = detail::bits_of(hresult);
    return bits.valid && (bits.bits & 0x10000000u) != 0 ? find(bits.bits & ~0x10000000u) : nullptr;
}

// ---- Texts (NUL-terminated) ----

// [MS-ERREF]'s text of an entry, inserts such as %hs kept.
constexpr std::string_view message(const entry& e) noexcept { return detail::family_message(detail::ntstatus_data, e); }

// [MS-ERREF]'s text of a value; for a value it does not list, "This value is not an NTSTATUS value of [MS-ERREF]."
template <class Code, if_code<Code> = 0>
constexpr std::string_view message(Code code) noexcept {
    return detail::family_message(detail::ntstatus_data, detail::bits_of(code));
}

// ---- std::error_code ----

// The category named "ntstatus": std::error_code(static_cast<int>(0xC000006D), sspi::nt::category()).
inline const std::error_category& category() noexcept { return detail::ntstatus_category(); }

}  // namespace nt
}  // namespace sspi

#endif

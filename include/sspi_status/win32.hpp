// Win32 errors, as GetLastError(), "System error 1326" and HRESULT_FROM_WIN32 report them: every code
// of [MS-ERREF] 2.2 with its name and English text, by value and by name, a std::error_category, and
// the Win32 error Windows gives for an NTSTATUS or an SSPI code.
#ifndef SSPI_STATUS_WIN32_HPP
#define SSPI_STATUS_WIN32_HPP

#include <sspi_status/detail/win32.hpp>
#include <sspi_status/sspi_status.hpp>

namespace sspi {
namespace win32 {

// ---- Types ----

// One Win32 error as [MS-ERREF] names it: value (1326) and name ("ERROR_LOGON_FAILURE").
using entry = detail::family_entry<detail::win32_family>;

// ---- Lookup ----

// Every entry, in the order of [MS-ERREF] (2,700 names; a repeated value's first name is its primary one).
constexpr const auto& entries() noexcept { return detail::win32_table; }

// The entry of a value of any integer type (1326, 0x52E), its primary name; or nullptr.
template <class Code, if_code<Code> = 0>
constexpr const entry* find(Code code) noexcept {
    return detail::unfolded(detail::find_value(detail::win32_data, detail::bits_of(code)));
}

// The entry of a name ("ERROR_LOGON_FAILURE"), any ASCII case; or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept {
    return detail::unfolded(detail::find_family_name(detail::win32_data, name));
}

// The Win32 error an HRESULT_FROM_WIN32 value wraps (0x8007052E: ERROR_LOGON_FAILURE); nullptr for any other HRESULT.
template <class Code, if_code<Code> = 0>
constexpr const entry* from_hresult(Code hresult) noexcept {
    const detail::code_bits bits = detail::bits_of(hresult);
    return bits.valid && (bits.bits & 0xFFFF0000u) == detail::win32_hresult_facility ? find(bits.bits & 0xFFFFu) : nullptr;
}

// HRESULT_FROM_WIN32 of an entry, as .NET and COM report it (ERROR_LOGON_FAILURE: 0x8007052E).
constexpr std::uint32_t hresult(const entry& e) noexcept { return e.value == 0 ? 0 : detail::win32_hresult_facility | e.value; }

// The Win32 error Windows gives for an NTSTATUS (RtlNtStatusToDosError, as Wine's table has it); nullptr where none is known.
template <class Code, if_code<Code> = 0>
constexpr const entry* from_nt(Code ntstatus) noexcept {
    return detail::unfolded(detail::win32_from_nt(detail::bits_of(ntstatus)));
}

// The Win32 error Windows gives for a code of the status table (SEC_E_LOGON_DENIED: ERROR_LOGON_FAILURE); nullptr where none is known.
template <class Code, if_code<Code> = 0>
constexpr const entry* from_sspi(Code code) noexcept {
    return detail::unfolded(detail::win32_from_sspi(detail::bits_of(code)));
}

// ---- Texts (NUL-terminated) ----

// [MS-ERREF]'s text of an entry, inserts such as %1 kept.
constexpr std::string_view message(const entry& e) noexcept { return detail::family_message(detail::win32_data, e); }

// [MS-ERREF]'s text of a value; for a value it does not list, "This value is not a Win32 error of [MS-ERREF]."
template <class Code, if_code<Code> = 0>
constexpr std::string_view message(Code code) noexcept {
    return detail::family_message(detail::win32_data, detail::bits_of(code));
}

// ---- std::error_code ----

// The category named "win32": std::error_code(1326, sspi::win32::category()).
inline const std::error_category& category() noexcept { return detail::win32_category(); }

}  // namespace win32
}  // namespace sspi

#endif

// The Win32 errors of [MS-ERREF] 2.2 (data/win32.csv), which one Windows gives for an NTSTATUS or a
// code of the status table (data/win32_of.csv), and how <sspi_status/win32.hpp> reads them.
#ifndef SSPI_STATUS_DETAIL_WIN32_HPP
#define SSPI_STATUS_DETAIL_WIN32_HPP

#include <sspi_status/detail/family.hpp>
#include <sspi_status/sspi_status.hpp>  // the status table, whose codes win32_of_status relates

#include <sspi_status/detail/win32.ipp>

namespace sspi {
namespace detail {

// HRESULT_FROM_WIN32: severity, FACILITY_WIN32, and the error in the low 16 bits.
inline constexpr std::uint32_t win32_hresult_facility = 0x80070000u;

inline constexpr bucket_index win32_of_ntstatus_index{win32_of_ntstatus_seed, win32_of_ntstatus_bits, win32_of_ntstatus_starts,
                                                      win32_of_ntstatus_rows};

inline const std::error_category& win32_category() noexcept {
    static const family_category<win32_family> instance(win32_data);
    return instance;
}

constexpr const family_entry<win32_family>* win32_from_nt(code_bits code) noexcept {
    if (!code.valid) return nullptr;
    const std::size_t pair = find_row(win32_of_ntstatus_index, code.bits,
                                      [&](std::size_t i) { return load4(win32_of_ntstatus_values + 4 * i) == code.bits; });
    return pair == no_row ? nullptr : &win32_table[bytes_at<2>(win32_of_ntstatus_errors, pair)];
}

constexpr const family_entry<win32_family>* win32_from_sspi(code_bits code) noexcept {
    const entry* e = find_bits(code);
    if (e == nullptr) return nullptr;
    const unsigned row = bytes_at<2>(win32_of_status, static_cast<std::size_t>(e - table.data()));  // 1 + its row, or 0
    return row == 0 ? nullptr : &win32_table[row - 1];
}

}  // namespace detail
}  // namespace sspi

#endif

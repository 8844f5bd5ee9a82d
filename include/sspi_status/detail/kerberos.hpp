// The Kerberos protocol errors (data/kerberos.csv) and how <sspi_status/kerberos.hpp> reads them.
// Included by it after sspi::kerberos::entry is defined.
#ifndef SSPI_STATUS_DETAIL_KERBEROS_HPP
#define SSPI_STATUS_DETAIL_KERBEROS_HPP

#include <sspi_status/detail/family.hpp>
#include <sspi_status/detail/ntstatus.hpp>

#include <string>
#include <system_error>

#include <sspi_status/detail/kerberos.ipp>

namespace sspi {
namespace detail {

// MIT's library returns a protocol error as ERROR_TABLE_BASE_krb5 + its number.
inline constexpr std::int64_t mit_krb5_base = -1765328384;

inline constexpr bucket_index kerberos_name_index{kerberos_name_seed, kerberos_name_bits, kerberos_name_starts,
                                                  kerberos_name_rows};

constexpr const kerberos::entry* kerberos_number(code_bits code) noexcept {
    if (!code.valid || code.bits > 127) return nullptr;
    const unsigned row = bytes_at<1>(kerberos_rows, code.bits);
    return row == 0 ? nullptr : &kerberos_table[row - 1];
}

constexpr const kerberos::entry* kerberos_name(std::string_view name) noexcept {
    const std::size_t row = find_row(kerberos_name_index, family_name_mix(name), [&](std::size_t r) {
        return equals_name_ignoring_case(kerberos_table[r].name, name) ||
               equals_name_ignoring_case(kerberos_table[r].mit_name, name);
    });
    return row == no_row ? nullptr : &kerberos_table[row];
}

inline constexpr text_column kerberos_messages{kerberos_text, kerberos_text_starts};
inline constexpr text_column kerberos_descriptions{kerberos_description, kerberos_description_starts};
inline constexpr text_column kerberos_causes_column{kerberos_causes, kerberos_causes_starts};
inline constexpr std::string_view kerberos_unknown_message = "This value is not a Kerberos protocol error.";

// One of the row's texts; no_text for an entry of no row.
constexpr std::string_view kerberos_text_of(const text_column& column, const kerberos::entry& e) noexcept {
    const kerberos::entry* row = kerberos_number({static_cast<std::uint32_t>(e.number), e.number >= 0});
    return row == nullptr || row->mit_name != e.mit_name ? no_text
                                                         : column[static_cast<std::size_t>(row - kerberos_table.data())];
}

constexpr const family_entry<ntstatus_family>* ntstatus_of_kerberos_number(code_bits code) noexcept {
    const kerberos::entry* e = kerberos_number(code);
    if (e == nullptr) return nullptr;
    const unsigned row = bytes_at<2>(ntstatus_of_kerberos, static_cast<std::size_t>(e - kerberos_table.data()));  // 1 + row, or 0
    return row == 0 ? nullptr : &ntstatus_table[row - 1];
}

constexpr std::string_view kerberos_message(code_bits code) noexcept {
    const kerberos::entry* e = kerberos_number(code);
    return e != nullptr ? kerberos_text_of(kerberos_messages, *e) : kerberos_unknown_message;
}

class kerberos_category_impl final : public marked_category {
public:
    const char* name() const noexcept override { return "kerberos"; }
    std::string message(int value) const override { return std::string(kerberos_message(bits_of(value))); }
};

inline const std::error_category& kerberos_category() noexcept {
    static const kerberos_category_impl instance;
    return instance;
}

}  // namespace detail
}  // namespace sspi

#endif

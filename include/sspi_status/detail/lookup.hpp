// The status table and how find(), find_name() and the TLS alert lookups read it. Included by
// <sspi_status/sspi_status.hpp> after sspi::entry and sspi::tls_alert are defined.
#ifndef SSPI_STATUS_DETAIL_LOOKUP_HPP
#define SSPI_STATUS_DETAIL_LOOKUP_HPP

#include <sspi_status/detail/chars.hpp>
#include <sspi_status/detail/code_bits.hpp>
#include <sspi_status/detail/hash.hpp>
#include <sspi_status/detail/languages.hpp>
#include <sspi_status/detail/name_line.hpp>
#include <sspi_status/detail/text_column.hpp>

#include <array>
#include <cstdint>
#include <string_view>

#include <sspi_status/detail/table.ipp>
#include <sspi_status/detail/texts.ipp>
#include <sspi_status/detail/tls_alerts.ipp>

static_assert(sizeof(sspi::detail::name_lines) == sspi::detail::table.size() * sspi::detail::name_line::size + 1,
              "name_lines holds one line of name_line::size bytes per row");

namespace sspi {
namespace detail {

constexpr const entry* find_bits(code_bits code) noexcept {
    if (!code.valid) return nullptr;
    const unsigned slot = bytes_at<1>(value_slots, value_slot(value_mix(code.bits), value_seed, value_bits));
    if (slot == 0) return nullptr;
    const entry& candidate = table[slot - 1];
    return candidate.value == code.bits ? &candidate : nullptr;
}

// Whether a key of n bytes (4 to 40), typed with the "SEC_" prefix or not, is the one of a row's line
// (name_line.hpp), letters in any case, without reading the row itself: each word is one or, one xor;
// no loop, no call.
SSPI_STATUS_ALWAYS_INLINE constexpr bool key_equals(const char* key, std::size_t n, bool prefixed, const char* line) noexcept {
    using namespace name_line;
    const auto differs = [line](std::size_t w, std::uint64_t word) {
        return (word | load8(line + letters_at + word_size * w)) ^ load8(line + lower_at + word_size * w);
    };
    const std::uint64_t shape = ((n | std::size_t{prefixed} << 8) & load4(line + shape_mask_at)) ^ load4(line + length_at);
    if (n < word_size) return (shape | differs(0, load4(key) | std::uint64_t{load4(key + n - 4)} << 32)) == 0;
    const std::size_t last = n - word_size;
    const auto at = [last](std::size_t offset) { return offset < last ? offset : last; };
    return (shape | differs(0, load8(key)) | differs(1, load8(key + at(8))) | differs(2, load8(key + at(16))) |
            differs(3, load8(key + at(24))) | differs(4, load8(key + last))) == 0;
}

// Written for few branches that depend on the input: the prefix and the family are arithmetic.
constexpr const entry* find_name(std::string_view name) noexcept {
    const std::uint32_t head = name.size() >= 4 ? load4(name.data()) : 0;
    const bool sec_prefix = (head | 0x00202020u) == 0x5F636573u;  // "sec_", any case
    const std::size_t skip = std::size_t{sec_prefix} << 2;
    const char* key = name.data() + skip;
    const std::size_t n = name.size() - skip;
    if (n - shortest_name_key > longest_name_key - shortest_name_key) return nullptr;
    const unsigned slot = bytes_at<1>(name_slots, name_slot(name_mix(key, n), name_seed, name_bits));
    if (slot == 0) return nullptr;
    return key_equals(key, n, sec_prefix, name_lines + (slot - 1) * name_line::size) ? &table[slot - 1] : nullptr;
}

// The row of table that holds an entry's texts, found by value (and name, for an alias), so that a
// copy of an entry reads the same texts; no_row for an entry of no table row.
constexpr std::size_t row_of(const entry& e) noexcept {
    const entry* primary = find_bits({e.value, true});
    if (primary == nullptr) return no_row;
    std::size_t row = static_cast<std::size_t>(primary - table.data());
    if (e.alias_of.empty()) return row;
    for (++row; row < table.size() && table[row].value == e.value; ++row)
        if (table[row].name == e.name) return row;
    return no_row;
}

constexpr const entry* from_tls_alert(int alert) noexcept {
    if (alert < 0 || alert > 255) return nullptr;
    const unsigned row = bytes_at<1>(tls_alert_rows, static_cast<std::size_t>(alert));
    return &table[row != 0 ? row - 1 : tls_default_row];
}

constexpr list<tls_alert> tls_alerts_of(const entry& e) noexcept {
    const entry* primary = find_bits({e.value, true});
    if (primary == nullptr) return {tls_alert_table.data(), tls_alert_table.data()};
    const auto row = static_cast<std::size_t>(primary - table.data());
    return {tls_alert_table.data() + bytes_at<1>(tls_alert_starts, row),
            tls_alert_table.data() + bytes_at<1>(tls_alert_starts, row + 1)};
}

constexpr std::string_view tls_alert_name(int alert) noexcept {
    const entry* e = from_tls_alert(alert);
    if (e != nullptr)
        for (const auto& listed : tls_alerts_of(*e))
            if (listed.number == alert) return listed.name;
    return no_text;
}

}  // namespace detail
}  // namespace sspi

#endif

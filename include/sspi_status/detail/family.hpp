// The families of [MS-ERREF] beside the status table (NTSTATUS, Win32): one shape of table, read by
// value and by name through buckets, with a text per row and a category per family.
#ifndef SSPI_STATUS_DETAIL_FAMILY_HPP
#define SSPI_STATUS_DETAIL_FAMILY_HPP

#include <sspi_status/detail/chars.hpp>
#include <sspi_status/detail/code_bits.hpp>
#include <sspi_status/detail/hash.hpp>
#include <sspi_status/detail/identity.hpp>
#include <sspi_status/detail/text_column.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>

namespace sspi {
namespace detail {

using namespace std::string_view_literals;  // the generated tables' literals

struct ntstatus_family;
struct win32_family;

// One code of a family, as [MS-ERREF] names it; Family keeps the families' entries apart. The name
// is stored as a plain literal and its length, which a compiler reads much faster than a string_view.
template <class Family>
struct family_entry {
    std::uint32_t value;
    const char* name_data;  // NUL-terminated; read through name()
    std::size_t name_size;

    constexpr std::string_view name() const noexcept { return {name_data, name_size}; }
};

// Buckets of a table: the rows of bucket b are rows[starts[b]] up to rows[starts[b + 1]].
struct bucket_index {
    std::uint64_t seed;
    unsigned bits;
    const char* starts;  // 16-bit, read by bytes_at
    const char* rows;    // 16-bit
};

template <class Family>
struct family_data {
    const family_entry<Family>* table;
    std::size_t size;
    bucket_index by_value, by_name;
    const text_column* texts;  // pieces of rows_per_piece rows
    std::size_t rows_per_piece;
    std::string_view category_name;
    std::string_view unknown_message;  // message() of a value that is not in the table
};

// The first row of the bucket `mix` falls in for which same(row) holds, or no_row.
template <class Same>
constexpr std::size_t find_row(const bucket_index& index, std::uint64_t mix, Same same) noexcept {
    const std::size_t bucket = name_slot(mix, index.seed, index.bits);
    for (std::size_t i = bytes_at<2>(index.starts, bucket), end = bytes_at<2>(index.starts, bucket + 1); i < end; ++i)
        if (const std::size_t row = bytes_at<2>(index.rows, i); same(row)) return row;
    return no_row;
}

// The entry of the bucket `mix` falls in for which same(entry) holds, or nullptr.
template <class Family, class Same>
constexpr const family_entry<Family>* find_in(const family_data<Family>& data, const bucket_index& index, std::uint64_t mix,
                                              Same same) noexcept {
    const std::size_t row = find_row(index, mix, [&](std::size_t r) { return same(data.table[r]); });
    return row == no_row ? nullptr : &data.table[row];
}

template <class Family>
constexpr const family_entry<Family>* find_value(const family_data<Family>& data, code_bits code) noexcept {
    if (!code.valid) return nullptr;
    return find_in(data, data.by_value, code.bits, [&](const family_entry<Family>& e) { return e.value == code.bits; });
}

// Whether text is a name of letters, digits and '_' in any ASCII case, eight bytes at a time: words
// equal with bit 5 set in every byte are the same text but for case, unless the text holds a byte
// that bit 5 makes a digit or '_' (a control character or DEL), which no name holds.
constexpr bool equals_name_ignoring_case(std::string_view name, std::string_view text) noexcept {
    const std::size_t n = name.size();
    if (n != text.size()) return false;
    if (n < 8) return equals_ignoring_case(name, text);
    constexpr std::uint64_t ones = 0x0101010101010101u, bit5 = 0x2020202020202020u, high = 0x8080808080808080u;
    std::uint64_t differ = 0, strange = 0;
    for (std::size_t at = 0;; at += 8) {
        const std::size_t i = at + 8 < n ? at : n - 8;  // the last word overlaps the one before
        const std::uint64_t word = load8(text.data() + i), del = word ^ (0x7F * ones);
        differ |= (load8(name.data() + i) | bit5) ^ (word | bit5);
        strange |= ((word - bit5) & ~word & high) | ((del - ones) & ~del & high);  // a byte under 0x20, or 0x7F
        if (i == n - 8) break;
    }
    return (differ | strange) == 0;
}

template <class Family>
constexpr const family_entry<Family>* find_family_name(const family_data<Family>& data, std::string_view name) noexcept {
    return find_in(data, data.by_name, family_name_mix(name),
                   [&](const family_entry<Family>& e) { return equals_name_ignoring_case(e.name(), name); });
}

// The row of an entry, found by name so that a copy of an entry reads the same text; or no_row.
template <class Family>
constexpr std::size_t family_row(const family_data<Family>& data, const family_entry<Family>& e) noexcept {
    const family_entry<Family>* found = find_family_name(data, e.name());
    return found != nullptr && found->value == e.value ? static_cast<std::size_t>(found - data.table) : no_row;
}

// [MS-ERREF]'s text of an entry; for an entry of no row, its name.
template <class Family>
constexpr std::string_view family_message(const family_data<Family>& data, const family_entry<Family>& e) noexcept {
    const std::size_t row = family_row(data, e);
    if (row == no_row) return e.name_data == nullptr ? no_text : e.name();
    return data.texts[row / data.rows_per_piece][row % data.rows_per_piece];
}

template <class Family>
constexpr std::string_view family_message(const family_data<Family>& data, code_bits code) noexcept {
    const family_entry<Family>* e = find_value(data, code);
    return e != nullptr ? family_message(data, *e) : data.unknown_message;
}

// The category of a family: named as the data names it, its message() the family's message().
template <class Family>
class family_category final : public marked_category {
public:
    constexpr explicit family_category(const family_data<Family>& data) noexcept : data_(data) {}
    const char* name() const noexcept override { return data_.category_name.data(); }
    std::string message(int value) const override { return std::string(family_message(data_, bits_of(value))); }

private:
    const family_data<Family>& data_;
};

}  // namespace detail
}  // namespace sspi

#endif

// The per-call pages and how call_text() reads them. Included by <sspi_status/calls.hpp> after
// sspi::call_return and sspi::package_alias are defined.
#ifndef SSPI_STATUS_DETAIL_CALLS_HPP
#define SSPI_STATUS_DETAIL_CALLS_HPP

#include <sspi_status/detail/lookup.hpp>

#include <optional>

#include <sspi_status/detail/calls.ipp>

namespace sspi {
namespace detail {

constexpr std::size_t page_of(call c, package p) noexcept {
    return static_cast<std::size_t>(c) * all_packages.size() + static_cast<std::size_t>(p);
}

constexpr bool is_page(call c, package p) noexcept {
    return static_cast<std::size_t>(c) < all_calls.size() && static_cast<std::size_t>(p) < all_packages.size();
}

constexpr list<call_return> page_rows(call c, package p) noexcept {
    if (!is_page(c, p)) return {call_returns.data(), call_returns.data()};
    const std::size_t page = page_of(c, p);
    return {call_returns.data() + page_starts[page], call_returns.data() + page_starts[page + 1]};
}

// The row of call_returns where page `page` lists the code, or no_row: one hash, one compare.
constexpr std::size_t row_listing(code_bits code, std::size_t page) noexcept {
    if (!code.valid) return no_row;
    const std::size_t slot = bytes_at<2>(call_row_slots, name_slot(call_row_mix(page, code.bits), call_row_seed, call_row_bits));
    if (slot == 0) return no_row;
    const std::size_t row = slot - 1;
    const auto& listed = call_returns[row].code;
    const bool here = row >= page_starts[page] && row < page_starts[page + 1];
    return here && listed && static_cast<std::uint32_t>(*listed) == code.bits ? row : no_row;
}

// Where call_text reads: the row of the package's page that lists the code, else the row of the
// general page; no_row where neither lists it.
struct answer {
    std::size_t row;
    package from;
};
constexpr answer answering(code_bits code, call c, package p) noexcept {
    if (!is_page(c, p)) return {no_row, p};
    const std::size_t row = row_listing(code, page_of(c, p));
    if (row != no_row || p == package::general) return {row, p};
    return {row_listing(code, page_of(c, package::general)), package::general};
}

constexpr std::optional<package> answering_package(code_bits code, call c, package p) noexcept {
    const answer found = answering(code, c, p);
    return found.row == no_row ? std::nullopt : std::optional<package>(found.from);
}

// The columns come from the caller, so that a constant language links only its own texts and English.
constexpr std::string_view call_text_of(code_bits code, call c, package p, const call_text_column& texts,
                                        const call_text_column& english) noexcept {
    const std::size_t row = answering(code, c, p).row;
    if (row == no_row) return no_text;
    const std::string_view text = texts[row];
    return text.empty() ? english[row] : text;  // a row the translation lacks reads in English
}

constexpr std::optional<call> parse_call(std::string_view name) noexcept {
    const bool suffixed = !name.empty() && (ascii_upper(name.back()) == 'A' || ascii_upper(name.back()) == 'W');
    for (const call c : all_calls) {
        const std::string_view known = call_names[static_cast<std::size_t>(c)];
        if (equals_ignoring_case(name, known) ||
            (suffixed && name.size() == known.size() + 1 && equals_ignoring_case(name.substr(0, known.size()), known)))
            return c;
    }
    return std::nullopt;
}

constexpr std::optional<package> parse_package(std::string_view name) noexcept {
    for (const package p : all_packages)
        if (equals_ignoring_case(name, package_names[static_cast<std::size_t>(p)])) return p;
    for (const auto& alias : package_alias_table)
        if (equals_ignoring_case(name, alias.name)) return alias.id;
    return std::nullopt;
}

}  // namespace detail
}  // namespace sspi

#endif

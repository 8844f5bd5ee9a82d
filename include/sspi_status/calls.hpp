// What a code means from the call that returned it: the return-value tables of Microsoft's reference
// page of each SSPI function for each security package, in every language the page is translated
// into. A separate header, so that a program that does not ask pays nothing for these texts.
#ifndef SSPI_STATUS_CALLS_HPP
#define SSPI_STATUS_CALLS_HPP

#include <sspi_status/sspi_status.hpp>
#include <sspi_status/detail/calls.hpp>

namespace sspi {

// The rows of one return-value table: a range of call_return, in the page's order.
using call_return_list = detail::list<call_return>;

// The function's name as code writes it, without A/W suffix: "InitializeSecurityContext"; empty for a
// value outside sspi::call.
constexpr std::string_view call_name(call c) noexcept {
    const auto index = static_cast<std::size_t>(c);
    return index < detail::call_names.size() ? detail::call_names[index] : std::string_view{};
}

// The package's name as the pages' titles write it: "Kerberos", "NTLM", "General"; empty for a value
// outside sspi::package.
constexpr std::string_view package_name(package p) noexcept {
    const auto index = static_cast<std::size_t>(p);
    return index < detail::package_names.size() ? detail::package_names[index] : std::string_view{};
}

// Every function, and every package (general first).
constexpr const auto& calls() noexcept { return detail::all_calls; }
constexpr const auto& packages() noexcept { return detail::all_packages; }

// A function's name in any ASCII case, with or without its A/W suffix: "InitializeSecurityContextW",
// "initializesecuritycontext".
constexpr std::optional<call> parse_call(std::string_view name) noexcept {
    const bool suffixed = !name.empty() && (name.back() == 'A' || name.back() == 'W' || name.back() == 'a' || name.back() == 'w');
    for (const call c : detail::all_calls) {
        const std::string_view known = call_name(c);
        if (detail::equals_ignoring_case(name, known) ||
            (suffixed && name.size() == known.size() + 1 && detail::equals_ignoring_case(name.substr(0, known.size()), known)))
            return c;
    }
    return std::nullopt;
}

// A package's name in any ASCII case: "Kerberos", "NTLM", "Negotiate", "Schannel", "CredSSP", "Digest",
// "General", and the names Windows gives them ("WDigest", "Microsoft Unified Security Protocol Provider").
constexpr std::optional<package> parse_package(std::string_view name) noexcept {
    for (const package p : detail::all_packages)
        if (detail::equals_ignoring_case(name, package_name(p))) return p;
    for (const auto& alias : detail::package_aliases)
        if (detail::equals_ignoring_case(name, alias.name)) return alias.id;
    return std::nullopt;
}

namespace detail {

constexpr std::size_t page_of(call c, package p) noexcept {
    return static_cast<std::size_t>(c) * all_packages.size() + static_cast<std::size_t>(p);
}

constexpr bool is_page(call c, package p) noexcept {
    return static_cast<std::size_t>(c) < all_calls.size() && static_cast<std::size_t>(p) < all_packages.size();
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

// The columns come from the caller, so that a constant language links only its own texts and English.
constexpr std::string_view call_text_of(code_bits code, call c, package p, const call_text_column& texts,
                                       const call_text_column& english) noexcept {
    const std::size_t row = answering(code, c, p).row;
    if (row == no_row) return {};
    const std::string_view text = texts[row];
    return text.empty() ? english[row] : text;  // a row the translation lacks reads in English
}

}  // namespace detail

// The codes the page of a function for a package lists, in its order; empty where there is no such
// page, and for values outside the enumerations.
constexpr call_return_list returns(call c, package p = package::general) noexcept {
    if (!detail::is_page(c, p)) return {detail::call_returns.data(), detail::call_returns.data()};
    const std::size_t page = detail::page_of(c, p);
    return {detail::call_returns.data() + detail::page_starts[page], detail::call_returns.data() + detail::page_starts[page + 1]};
}

// What the function's page for the package says the code means; if that page does not list it, the
// function's general page; else empty, never another package's text. A row without a translation
// reads in English. NUL-terminated.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr std::string_view call_text(Code code, call c, package p = package::general, lang language = lang::en) noexcept {
    return detail::call_text_of(detail::bits_of(code), c, p, detail::call_texts_of(language), detail::call_texts_of(lang::en));
}
constexpr std::string_view call_text(const entry& e, call c, package p = package::general, lang language = lang::en) noexcept {
    return detail::call_text_of({e.value, true}, c, p, detail::call_texts_of(language), detail::call_texts_of(lang::en));
}

// The package whose page call_text reads for the code: p where its page lists the code, else
// package::general where the general page does; std::nullopt where neither does.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr std::optional<package> answering_package(Code code, call c, package p = package::general) noexcept {
    const auto answer = detail::answering(detail::bits_of(code), c, p);
    return answer.row == detail::no_row ? std::nullopt : std::optional<package>(answer.from);
}
constexpr std::optional<package> answering_package(const entry& e, call c, package p = package::general) noexcept {
    return answering_package(e.value, c, p);
}

}  // namespace sspi

#endif

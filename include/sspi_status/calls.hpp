// What a code means from the call that returned it: the return-value tables of Microsoft's reference
// page of each SSPI function for each security package, in every language the page is translated
// into. A header of its own, so that a program that does not ask pays nothing for these texts.
#ifndef SSPI_STATUS_CALLS_HPP
#define SSPI_STATUS_CALLS_HPP

#include <sspi_status/sspi_status.hpp>  // call and package are in <sspi_status/enums.hpp>

#include <optional>

namespace sspi {

// ---- Types ----

// One row of a function's return-value table.
struct call_return {
    std::string_view name;             // as the page names it, also a name the table lacks (STATUS_LOGON_FAILURE)
    std::optional<std::int32_t> code;  // the value it is served under; none when the page gives none
};

// The rows of one return-value table, in the page's order.
using call_return_list = list<call_return>;

// Another name of a package, as programs and logs give it ("WDigest", "Microsoft Unified Security Protocol Provider").
struct package_alias {
    std::string_view name;
    package id;
};

}  // namespace sspi

#include <sspi_status/detail/calls.hpp>

namespace sspi {

// ---- Calls and packages ----

// Every function, in the order of sspi::call.
constexpr const auto& calls() noexcept { return detail::all_calls; }

// Every package, general first.
constexpr const auto& packages() noexcept { return detail::all_packages; }

// Every other name of a package.
constexpr list<package_alias> package_aliases() noexcept {
    return {detail::package_alias_table.data(), detail::package_alias_table.data() + detail::package_alias_table.size()};
}

// The function's name without A/W suffix: "InitializeSecurityContext"; empty for a value outside sspi::call.
constexpr std::string_view call_name(call c) noexcept { return detail::name_at(detail::call_names, static_cast<std::size_t>(c)); }

// The package's name as the pages' titles write it: "Kerberos", "General"; empty for a value outside sspi::package.
constexpr std::string_view package_name(package p) noexcept {
    return detail::name_at(detail::package_names, static_cast<std::size_t>(p));
}

// A function's name in any ASCII case, with or without its A/W suffix ("InitializeSecurityContextW").
constexpr std::optional<call> parse_call(std::string_view name) noexcept { return detail::parse_call(name); }

// A package's name or another name of it (package_aliases()), in any ASCII case.
constexpr std::optional<package> parse_package(std::string_view name) noexcept { return detail::parse_package(name); }

// ---- The pages ----

// The rows of the return-value table of a function's page for a package, in its order; empty where there is no such page.
constexpr call_return_list return_values(call c, package p = package::general) noexcept { return detail::page_rows(c, p); }

// What the function's page for the package says the code means, else its general page's; else empty. A row without a translation reads in English.
template <class Code, if_code<Code> = 0>
constexpr std::string_view call_text(Code code, call c, package p = package::general, lang language = lang::en) noexcept {
    return detail::call_text_of(detail::bits_of(code), c, p, detail::call_texts_of(language), detail::call_texts_of(lang::en));
}
constexpr std::string_view call_text(const entry& e, call c, package p = package::general, lang language = lang::en) noexcept {
    return call_text(e.value, c, p, language);
}

// The package whose page call_text reads: p where its page lists the code, else general where that page does; else std::nullopt.
template <class Code, if_code<Code> = 0>
constexpr std::optional<package> call_text_package(Code code, call c, package p = package::general) noexcept {
    return detail::answering_package(detail::bits_of(code), c, p);
}
constexpr std::optional<package> call_text_package(const entry& e, call c, package p = package::general) noexcept {
    return call_text_package(e.value, c, p);
}

}  // namespace sspi

#endif

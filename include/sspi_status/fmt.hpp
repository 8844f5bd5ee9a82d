// fmt support for sspi::status (fmt 9 and later). The specs, also those of <sspi_status/format.hpp>:
//   {}  or {:n}   SEC_E_LOGON_DENIED          (an unknown value prints its hex value)
//   {:x}          0x8009030C
//   {:d}          -2146893044
//   {:m}          the message; {:m:de}, {:m:pt-BR}, ... in a language (any tag sspi::parse_lang reads)
//   {:f}          SEC_E_LOGON_DENIED (0x8009030C): the message; {:f:fr} in French
// Each may start with the standard [[fill]align][width]: {:>12x}, {:*^40}, {:<60f:de}. Width counts
// columns as std::format estimates them: East Asian wide characters take two. A malformed spec does
// not compile. Reference: docs/api.md, "Formatting".
#ifndef SSPI_STATUS_FMT_HPP
#define SSPI_STATUS_FMT_HPP

#include <sspi_status/detail/format_spec.hpp>
#include <sspi_status/sspi_status.hpp>

#include <fmt/format.h>

#include <algorithm>

template <>
struct fmt::formatter<sspi::status> {
    sspi::detail::format_spec spec;

    constexpr auto parse(format_parse_context& ctx) -> decltype(ctx.begin()) {
        auto it = ctx.begin();
        if (!sspi::detail::parse_format_spec(it, ctx.end(), spec))
            FMT_THROW(format_error("invalid format spec for sspi::status; expected [[fill]align][width][n|x|d|m|f][:LANGUAGE]"));
        return it;
    }

    template <class FormatContext>
    auto format(sspi::status code, FormatContext& ctx) const -> decltype(ctx.out()) {
        auto out = ctx.out();
        sspi::detail::format_status(code, spec,
                                    [&](std::string_view piece) { out = std::copy(piece.begin(), piece.end(), out); });
        return out;
    }
};

#endif

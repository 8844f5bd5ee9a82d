// fmt support for sspi::status (fmt 9 and later); the specs are in detail/format_spec.hpp and the README.
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
        sspi::detail::format_status(code, spec, [&](std::string_view piece) { out = std::copy(piece.begin(), piece.end(), out); });
        return out;
    }
};

#endif

// std::format support for sspi::status, where the standard library has <format> (C++20);
// the same specs as <sspi_status/fmt.hpp>, listed at its top.
#ifndef SSPI_STATUS_FORMAT_HPP
#define SSPI_STATUS_FORMAT_HPP

#include <sspi_status/detail/format_spec.hpp>

#if __has_include(<version>)
#include <version>
#endif

#if defined(__cpp_lib_format)
#define SSPI_STATUS_HAS_STD_FORMAT 1

#include <algorithm>
#include <cstdlib>
#include <format>

template <>
struct std::formatter<sspi::status, char> {
    sspi::detail::format_spec spec;

    constexpr auto parse(std::format_parse_context& ctx) {
        auto it = ctx.begin();
        if (!sspi::detail::parse_format_spec(it, ctx.end(), spec)) {
#if defined(__cpp_exceptions) || defined(_CPPUNWIND)
            throw std::format_error("invalid format spec for sspi::status; expected [[fill]align][width][n|x|d|m|f][:LANGUAGE]");
#else
            std::abort();  // not a constant expression either: a bad spec still fails to compile
#endif
        }
        return it;
    }

    template <class FormatContext>
    auto format(sspi::status code, FormatContext& ctx) const {
        auto out = ctx.out();
        sspi::detail::format_status(code, spec,
                                    [&](std::string_view piece) { out = std::copy(piece.begin(), piece.end(), out); });
        return out;
    }
};

#else
#define SSPI_STATUS_HAS_STD_FORMAT 0
#endif

#endif

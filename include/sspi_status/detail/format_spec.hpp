// The format specs shared by the fmt and std::format formatters of sspi::status:
//   {}  or {:n}   SEC_E_LOGON_DENIED          (an unknown value prints its hex value)
//   {:x}          0x8009030C
//   {:d}          -2146893044
//   {:m}          the message; {:m:de}, {:m:pt-BR}, ... in a language (any tag sspi::parse_lang reads)
//   {:f}          SEC_E_LOGON_DENIED (0x8009030C): the message; {:f:fr} in French
#ifndef SSPI_STATUS_DETAIL_FORMAT_SPEC_HPP
#define SSPI_STATUS_DETAIL_FORMAT_SPEC_HPP

#include <sspi_status/sspi_status.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

struct format_spec {
    char type = 'n';
    lang language = lang::en;
};

// Parses "[n|x|d|m|f][:LANG]", advancing it up to '}' or end; false if the spec is malformed.
// A language goes only with the message views m and f.
template <class Iterator>
constexpr bool parse_format_spec(Iterator& it, Iterator end, format_spec& spec) noexcept {
    if (it != end && *it != '}' && *it != ':') {
        if (std::string_view("nxdmf").find(*it) == std::string_view::npos) return false;
        spec.type = *it++;
    }
    if (it != end && *it == ':') {
        std::array<char, 16> tag{};  // longer than any tag of ours
        std::size_t length = 0;
        for (++it; it != end && *it != '}'; ++it, ++length)
            if (length < tag.size()) tag[length] = *it;
        if ((spec.type != 'm' && spec.type != 'f') || length > tag.size()) return false;
        const auto language = parse_lang(std::string_view(tag.data(), length));
        if (!language) return false;
        spec.language = *language;
    }
    return it == end || *it == '}';
}

// Signed decimal digits of a value's int32 reading; returns the text's length.
constexpr std::size_t decimal(std::int32_t value, std::array<char, 11>& text) noexcept {
    std::uint32_t magnitude = value < 0 ? 0u - static_cast<std::uint32_t>(value) : static_cast<std::uint32_t>(value);
    std::array<char, 11> reversed{};
    std::size_t length = 0;
    do {
        reversed[length++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    std::size_t out = 0;
    if (value < 0) text[out++] = '-';
    while (length != 0) text[out++] = reversed[--length];
    return out;
}

// Hands the formatted status to write(std::string_view), piece by piece.
template <class Write>
constexpr void format_status(status code, const format_spec& spec, Write&& write) {
    const entry* e = find(code);
    const auto value = static_cast<std::uint32_t>(static_cast<std::int32_t>(code));
    const auto hex_digits = hex(value);
    const std::string_view hex_text(hex_digits.data(), hex_digits.size());
    switch (spec.type) {
    case 'x': write(hex_text); break;
    case 'd': {
        std::array<char, 11> digits{};
        write(std::string_view(digits.data(), decimal(static_cast<std::int32_t>(code), digits)));
        break;
    }
    case 'm': write(message(code, spec.language)); break;
    case 'f':
        if (e != nullptr) {
            write(e->name);
            write(" (");
            write(hex_text);
            write(")");
        } else {
            write(hex_text);
        }
        write(": ");
        write(message(code, spec.language));
        break;
    default: write(e != nullptr ? e->name : hex_text);
    }
}

}  // namespace detail
}  // namespace sspi

#endif

// The format specs of <sspi_status/fmt.hpp> and <sspi_status/format.hpp> (their grammar is at the
// top of fmt.hpp): parsing, and writing a status piece by piece for either library.
#ifndef SSPI_STATUS_DETAIL_FORMAT_SPEC_HPP
#define SSPI_STATUS_DETAIL_FORMAT_SPEC_HPP

#include <sspi_status/detail/chars.hpp>
#include <sspi_status/locale.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

struct format_spec {
    char type = 'n';
    lang language = lang::en;
    std::array<char, 4> fill{' '};  // one character, UTF-8
    std::size_t fill_size = 1;
    char align = '<';
    std::size_t width = 0;
};

// Columns a text takes as [format.string.std] estimates them: 2 for East Asian wide and fullwidth
// characters, 1 for any other code point.
constexpr std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length(text[i]);
        char32_t c = length == 1 ? static_cast<unsigned char>(text[i]) : 0;
        if (length > 1 && i + length <= text.size()) {
            c = static_cast<unsigned char>(text[i]) & (0x7Fu >> length);
            for (std::size_t k = 1; k < length; ++k) c = c << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2329 && c <= 0x232A) || (c >= 0x2E80 && c <= 0x303E) ||
                          (c >= 0x3040 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
                          (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
        i += length == 0 ? 1 : length;
    }
    return width;
}

constexpr bool is_align(char c) noexcept { return c == '<' || c == '>' || c == '^'; }

// Parses "[[fill]align][width][n|x|d|m|f][:LANG]", advancing it up to '}' or end; false if the spec
// is malformed. A language goes only with the message views m and f.
template <class Iterator>
constexpr bool parse_format_spec(Iterator& it, Iterator end, format_spec& spec) noexcept {
    // [[fill]align]: a fill is any one character but '{' and '}', then '<', '>' or '^'.
    std::array<char, 5> ahead{};
    std::size_t seen = 0;
    for (Iterator peek = it; peek != end && seen < ahead.size(); ++peek) ahead[seen++] = *peek;
    const std::size_t fill_size = seen == 0 ? 0 : utf8_length(ahead[0]);
    if (fill_size != 0 && fill_size < seen && is_align(ahead[fill_size]) && ahead[0] != '{' && ahead[0] != '}') {
        for (std::size_t k = 0; k < fill_size; ++k, ++it) spec.fill[k] = *it;
        spec.fill_size = fill_size;
        spec.align = *it++;
    } else if (seen != 0 && is_align(ahead[0])) {
        spec.align = *it++;
    }
    // [width]: a positive number; "0" (zero padding) and nested {} widths are not ours.
    if (it != end && *it == '0') return false;
    for (; it != end && *it >= '0' && *it <= '9'; ++it) {
        spec.width = spec.width * 10 + static_cast<std::size_t>(*it - '0');
        if (spec.width > 0xFFFF) return false;
    }
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

// Hands the formatted status, without padding, to write(std::string_view), piece by piece.
template <class Write>
constexpr void format_unpadded(status code, const format_spec& spec, Write&& write) {
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

// Hands the formatted status, padded with the fill to the width, to write(std::string_view).
template <class Write>
constexpr void format_status(status code, const format_spec& spec, Write&& write) {
    std::size_t width = 0;
    if (spec.width != 0) format_unpadded(code, spec, [&](std::string_view piece) { width += display_width(piece); });
    const std::size_t padding = spec.width > width ? spec.width - width : 0;
    const std::size_t before = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
    const std::string_view fill(spec.fill.data(), spec.fill_size);
    for (std::size_t i = 0; i < before; ++i) write(fill);
    format_unpadded(code, spec, write);
    for (std::size_t i = before; i < padding; ++i) write(fill);
}

}  // namespace detail
}  // namespace sspi

#endif

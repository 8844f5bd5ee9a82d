// How the generated tables hold texts: one column per kind of text and language, NUL-terminated texts
// back to back, so that every text the API returns may go to a C API.
#ifndef SSPI_STATUS_DETAIL_TEXT_COLUMN_HPP
#define SSPI_STATUS_DETAIL_TEXT_COLUMN_HPP

#include <sspi_status/detail/hash.hpp>

#include <array>
#include <cstddef>
#include <string_view>

// Where a function must be inlined whatever the optimiser thinks of its size: the generated
// columns_of() and call_texts_of(), so that a program asking for constant languages links those
// languages' texts only, and the key compare of find_name, which would otherwise be a call.
#if defined(_MSC_VER)
#define SSPI_STATUS_ALWAYS_INLINE __forceinline
#elif defined(__GNUC__)
#define SSPI_STATUS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define SSPI_STATUS_ALWAYS_INLINE inline
#endif

namespace sspi {
namespace detail {

// The text of "no text": empty, and NUL-terminated like every other (a default string_view's data()
// is a null pointer).
inline constexpr std::string_view no_text = "";

// One kind of text in one language for every row of a table: row r's text runs from starts[r] up to
// the NUL before starts[r + 1]. Without starts, no texts at all.
struct text_column {
    std::string_view texts;
    const char* starts = nullptr;  // 16-bit offsets, read by bytes_at

    constexpr std::string_view operator[](std::size_t row) const noexcept {
        if (starts == nullptr) return no_text;
        const std::size_t from = bytes_at<2>(starts, row), next = bytes_at<2>(starts, row + 1);
        return std::string_view(texts.data() + from, next - from - 1);
    }
};

// A column too long for one literal (C++ compilers need to support 64 KiB): pieces of RowsPerPiece
// rows each, a constant so that finding the piece is no division.
template <std::size_t Pieces, std::size_t RowsPerPiece>
struct pieced_text_column {
    std::array<text_column, Pieces> pieces;

    constexpr std::string_view operator[](std::size_t row) const noexcept {
        const std::size_t piece = row / RowsPerPiece;
        return piece < Pieces ? pieces[piece][row % RowsPerPiece] : no_text;
    }
};

// The texts of the status table in one language.
struct language_columns {
    text_column system, page;  // what Windows says; what the "SSPI Status Codes" page says
};

// Value `index` of a table of names indexed by an enumeration, or no_text outside it.
template <class Names>
constexpr std::string_view name_at(const Names& names, std::size_t index) noexcept {
    return index < names.size() ? names[index] : no_text;
}

}  // namespace detail
}  // namespace sspi

#endif

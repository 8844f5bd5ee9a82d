// Which text message() gives: the rule of docs/api.md, "Which text?", in one place.
#ifndef SSPI_STATUS_DETAIL_MESSAGES_HPP
#define SSPI_STATUS_DETAIL_MESSAGES_HPP

#include <sspi_status/detail/lookup.hpp>

namespace sspi {
namespace detail {

// The one text for a value that is not in the table, in every language and in the category.
inline constexpr std::string_view unknown_message = "This value is not an SSPI status code.";

constexpr std::string_view text(const text_column& column, const entry& e) noexcept {
    const std::size_t row = row_of(e);
    return row == no_row ? no_text : column[row];
}

// Whose texts a row speaks with: an alias without English texts of its own uses its target's.
constexpr std::size_t speaker(std::size_t row) noexcept {
    const entry& e = table[row];
    const language_columns english = columns_of(lang::en);
    if (e.alias_of.empty() || !english.system[row].empty() || !english.page[row].empty()) return row;
    return static_cast<std::size_t>(find_bits({e.value, true}) - table.data());
}

// Whether Windows' English text of a row is only the code's name (SEC_E_NO_KERB_KEY's).
constexpr bool system_text_is_name(std::size_t row) noexcept { return columns_of(lang::en).system[row] == table[row].name; }

// Whether Windows' English text of a row says something: a text that is only the code's name does
// not, and neither do its translations.
constexpr bool system_speaks(std::size_t row) noexcept {
    return !columns_of(lang::en).system[row].empty() && !system_text_is_name(row);
}

// message() once the language's columns are chosen: a call with a constant language inlines the
// choice and so refers to that language's texts and English only.
constexpr std::string_view message_in(const entry& e, const language_columns& columns) noexcept {
    const std::size_t own = row_of(e);
    if (own == no_row) return e.name.empty() ? unknown_message : e.name;
    const std::size_t row = speaker(own);
    const language_columns english = columns_of(lang::en);
    const bool speaks = system_speaks(row);
    if (speaks)
        if (const auto said = columns.system[row]; !said.empty()) return said;
    if (const auto said = columns.page[row]; !said.empty()) return said;
    if (speaks) return english.system[row];
    const std::string_view english_page = english.page[row];
    return english_page.empty() ? table[row].name : english_page;
}

constexpr std::string_view message_of_code(code_bits code, const language_columns& columns) noexcept {
    const entry* e = find_bits(code);
    return e != nullptr ? message_in(*e, columns) : unknown_message;
}

}  // namespace detail
}  // namespace sspi

#endif

// The checks every reader of data/ shares: values, identifiers, lists and texts.
#ifndef SSPI_STATUS_GENERATOR_CHECKS_HPP
#define SSPI_STATUS_GENERATOR_CHECKS_HPP

#include "../common/quote.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace generator {

using quote::quoted_prefix;

// "0x" and upper-case hex digits, at most `digits` of them (exactly that many when exact).
bool parse_hex(const std::string& text, std::size_t digits, bool exact, std::uint32_t& value);

// The value of a field that must be "0x" and 8 upper-case hex digits; else input_error naming the column.
std::uint32_t value_field(std::size_t line, const std::string& column, const std::string& text);

// An enumerator of the library: [a-z][a-z0-9_]*; else input_error "COLUMN 'text' does not match ...".
void check_enumerator(std::size_t line, const std::string& column, const std::string& text);

// A name as winerror.h and the pages write them: [A-Z0-9_]+.
bool is_upper_name(const std::string& text);

// A text may hold any character but a control (C0, DEL, C1) or a line or paragraph separator, and
// neither starts nor ends with white space (ASCII or Unicode).
void check_text(std::size_t line, const std::string& column, const std::string& text);

// The words of a list separated by `separator` ("TW HK MO", "a;b"); none for an empty text.
std::vector<std::string> split(const std::string& text, char separator);

// Records that `name` is on `line` in `seen` (keyed in lower case), or throws input_error
// "LABEL NAME already on line N" where a name equal but for ASCII case came before.
void claim_ignoring_case(std::map<std::string, std::size_t>& seen, std::size_t line, const std::string& label,
                         const std::string& name);

// Where each name is in rows (first place wins), for rows with a .name.
template <class Row>
std::map<std::string, std::size_t> index_by_name(const std::vector<Row>& rows) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < rows.size(); ++i) index.emplace(rows[i].name, i);
    return index;
}

}  // namespace generator

#endif

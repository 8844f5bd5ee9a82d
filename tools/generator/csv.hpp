// RFC 4180 CSV reader for the generator: UTF-8 checked, LF or CRLF, line numbers kept for errors;
// and a CSV file as a table whose header and field counts are checked once.
#ifndef SSPI_STATUS_GENERATOR_CSV_HPP
#define SSPI_STATUS_GENERATOR_CSV_HPP

#include <cstddef>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace generator {

// A problem in the input, with the 1-based line it was found on.
struct input_error : std::runtime_error {
    input_error(std::size_t line_number, const std::string& what) : std::runtime_error(what), line(line_number) {}
    std::size_t line;
    std::string file;  // the data file, when it is not the one being read (a problem the emitters find)
};

struct csv_record {
    std::size_t line;  // where the record starts
    std::vector<std::string> fields;
};

// Returns the line of the first byte that is not part of valid UTF-8, or 0 if all of it is valid.
std::size_t first_invalid_utf8_line(std::string_view text);

// Splits text into records; throws input_error on invalid UTF-8, an unterminated quote,
// a quote inside an unquoted field, text after a closing quote or a bare carriage return.
std::vector<csv_record> parse_csv(std::string_view text);

// A record of a table, its fields by column name.
struct csv_row {
    std::size_t line;
    std::map<std::string, std::string, std::less<>> fields;

    const std::string& operator[](std::string_view column) const;  // a column of the header; else std::logic_error
};

struct csv_table {
    std::size_t header_line;
    std::vector<csv_row> rows;

    std::size_t last_line() const { return rows.empty() ? header_line : rows.back().line; }
};

// The records after the header, which must be `columns`; throws input_error for a missing or other
// header and for a record with another number of fields.
csv_table read_table(const std::vector<csv_record>& records, const std::vector<std::string>& columns);

}  // namespace generator

#endif

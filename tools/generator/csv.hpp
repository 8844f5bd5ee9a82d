// RFC 4180 CSV reader for the generator: UTF-8 checked, LF or CRLF, line numbers kept for errors.
#ifndef SSPI_STATUS_GENERATOR_CSV_HPP
#define SSPI_STATUS_GENERATOR_CSV_HPP

#include <cstddef>
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

}  // namespace generator

#endif

// The status table as the generator sees it: CSV records checked against the rules of data/sspi_status.csv.
#ifndef SSPI_STATUS_GENERATOR_STATUS_TABLE_HPP
#define SSPI_STATUS_GENERATOR_STATUS_TABLE_HPP

#include "csv.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace generator {

// The CSV's header, column by column; rows have their fields in this order.
inline constexpr std::array<const char*, 6> csv_columns{"name",       "value",      "alias_of",
                                                       "message_en", "message_de", "system_message"};

struct status_row {
    std::size_t line;
    std::string name;
    std::uint32_t value;
    std::string alias_of;
    std::string message_en, message_de, system_message;
};

// Checks header and rows (see README, "Changing the data") and returns the rows in CSV order;
// throws input_error naming the first problem and its line.
std::vector<status_row> read_status_table(const std::vector<csv_record>& records);

}  // namespace generator

#endif

// The status table as the generator sees it: CSV records checked against the rules of data/sspi_status.csv.
#ifndef SSPI_STATUS_GENERATOR_STATUS_TABLE_HPP
#define SSPI_STATUS_GENERATOR_STATUS_TABLE_HPP

#include "csv.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace generator {

// The CSV's header, column by column; rows have their fields in this order. The translations come
// last, in the order of sspi::lang after en and de.
inline constexpr std::array<const char*, 12> csv_columns{
    "name",       "value",      "alias_of",   "message_en",    "message_de", "system_message",
    "message_es", "message_fr", "message_it", "message_pt_br", "message_ru", "message_zh_tw"};
inline constexpr std::size_t first_translation_column = 6;
inline constexpr std::size_t translation_count = csv_columns.size() - first_translation_column;

struct status_row {
    std::size_t line;
    std::string name;
    std::uint32_t value;
    std::string alias_of;
    std::string message_en, message_de, system_message;
    std::array<std::string, translation_count> translations;
};

// A value as the CSV writes it: "0x8009030C".
std::string hex(std::uint32_t value);

// Checks header and rows (see README, "Changing the data") and returns the rows in CSV order;
// throws input_error naming the first problem and its line.
std::vector<status_row> read_status_table(const std::vector<csv_record>& records);

}  // namespace generator

#endif

// events.csv, the Windows events that record a failure code (what each is, and which fields name its
// account and source address), and event_fields.csv, which field of which event holds which family's code.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

#include <algorithm>
#include <utility>

namespace generator {
namespace {

constexpr std::array<const char*, 4> field_families{"sspi", "ntstatus", "win32", "kerberos"};

bool is_field_name(const std::string& text) {
    return !text.empty() && text.size() <= 64 &&
           text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos;
}

bool is_provider(const std::string& text) {
    return !text.empty() && text.size() <= 100 &&
           text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

unsigned event_number(const csv_row& record) {
    const std::string& text = record["event"];
    const bool digits = !text.empty() && text.size() <= 5 && text.find_first_not_of("0123456789") == std::string::npos &&
                        (text == "0" || text[0] != '0');
    const unsigned number = digits ? static_cast<unsigned>(std::stoul(text)) : 0x10000u;
    if (number > 0xFFFF) throw input_error(record.line, "event " + quoted_prefix(text) + " is not a number from 0 to 65535");
    return number;
}

std::string provider_of(const csv_row& record) {
    const std::string& provider = record["provider"];
    if (!is_provider(provider))
        throw input_error(record.line,
                          "provider " + quoted_prefix(provider) + " is not an event provider's name ([A-Za-z0-9-]+)");
    return provider;
}

void check_source(const csv_row& record) {
    check_text(record.line, "source", record["source"]);
    if (record["source"].empty()) throw input_error(record.line, "source is empty: every row names where it comes from");
}

}  // namespace

std::vector<event_row> read_events(const std::vector<csv_record>& records) {
    const csv_table table = read_table(records, {"provider", "event", "what", "account", "address", "source"});
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    std::map<std::pair<std::string, unsigned>, std::size_t> line_of_event;
    std::vector<event_row> rows;
    for (const csv_row& record : table.rows) {
        event_row row{record.line,    provider_of(record), event_number(record),
                      record["what"], record["account"],   record["address"]};
        if (const auto [seen, fresh] = line_of_event.emplace(std::make_pair(row.provider, row.event), row.line); !fresh)
            throw input_error(row.line, row.provider + " event " + std::to_string(row.event) + " already on line " +
                                            std::to_string(seen->second));
        check_text(row.line, "what", row.what);
        for (const auto& [column, name] : {std::pair{"account", row.account}, std::pair{"address", row.address}})
            if (!name.empty() && !is_field_name(name))
                throw input_error(row.line,
                                  std::string(column) + " " + quoted_prefix(name) + " is not a field name ([A-Za-z0-9]+)");
        check_source(record);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<event_field_row> read_event_fields(const std::vector<csv_record>& records, const std::vector<event_row>& events) {
    const csv_table table = read_table(records, {"provider", "event", "field", "family", "source"});
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    std::map<std::string, std::size_t> line_of_field;
    std::vector<event_field_row> rows;
    for (const csv_row& record : table.rows) {
        event_field_row row{record.line, provider_of(record), event_number(record), record["field"], record["family"]};
        if (std::none_of(events.begin(), events.end(),
                         [&](const event_row& e) { return e.provider == row.provider && e.event == row.event; }))
            throw input_error(row.line, row.provider + " event " + std::to_string(row.event) + " is not in events.csv");
        if (!is_field_name(row.field))
            throw input_error(row.line, "field " + quoted_prefix(row.field) + " is not a field name ([A-Za-z0-9]+)");
        if (std::find(field_families.begin(), field_families.end(), row.family) == field_families.end())
            throw input_error(row.line, "family " + quoted_prefix(row.family) + " is none of sspi, ntstatus, win32, kerberos");
        const std::string key = row.provider + " " + std::to_string(row.event) + " " + row.field;
        if (const auto [seen, fresh] = line_of_field.emplace(key, row.line); !fresh)
            throw input_error(row.line, "field " + row.field + " of " + row.provider + " event " + std::to_string(row.event) +
                                            " already on line " + std::to_string(seen->second));
        check_source(record);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace generator

// tls_alerts.csv: the code Schannel returns when it receives each TLS or SSL alert.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

#include "../common/alert_number.hpp"

namespace generator {
namespace {

// The alert's number, or -1 for the Default row; numbers ascend and Default comes last.
int read_alert_number(const csv_row& record, const std::vector<tls_alert_row>& alerts) {
    const std::string& alert = record["alert"];
    if (!alerts.empty() && alerts.back().alert < 0) throw input_error(record.line, "a row after the Default row");
    if (alert == "default") {
        if (record["name"] != "Default") throw input_error(record.line, "the default row is named Default");
        return -1;
    }
    const auto number = alert_number::parse(alert);
    if (!number || std::to_string(*number) != alert)  // written as the page writes it: no leading zero
        throw input_error(record.line, "alert " + quoted_prefix(alert) + " is neither a number from 0 to 255 nor default");
    if (!alerts.empty() && *number <= alerts.back().alert)
        throw input_error(record.line,
                          "alerts must be in ascending order: " + alert + " follows " + std::to_string(alerts.back().alert));
    if (!is_upper_name(record["name"]))
        throw input_error(record.line, "name " + quoted_prefix(record["name"]) + " is not an alert name");
    return *number;
}

// The row of the alert's code: the table's name, whose value must be the page's.
std::size_t read_code(const csv_row& record, const std::vector<status_row>& rows,
                      const std::map<std::string, std::size_t>& row_by_name) {
    if (!is_upper_name(record["page_code"]))
        throw input_error(record.line, "page_code " + quoted_prefix(record["page_code"]) + " is not a name");
    const std::uint32_t page_value = value_field(record.line, "page_value", record["page_value"]);
    const auto code = row_by_name.find(record["code"]);
    if (code == row_by_name.end())
        throw input_error(record.line, "code " + quoted_prefix(record["code"]) + " is not a name of the table");
    if (rows[code->second].value != page_value)
        throw input_error(record.line, "code " + record["code"] + " is " + hex(rows[code->second].value) + ", not the page's " +
                                           record["page_value"] + ": the value wins");
    check_text(record.line, "note", record["note"]);
    if (record["page_code"] != record["code"] && record["note"].empty())
        throw input_error(record.line, "code differs from page_code without a note saying why");
    return code->second;
}

}  // namespace

std::vector<tls_alert_row> read_tls_alerts(const std::vector<csv_record>& records, const std::vector<status_row>& rows) {
    const csv_table table = read_table(records, {"alert", "name", "page_code", "page_value", "code", "note"});
    const auto row_by_name = index_by_name(rows);
    std::vector<tls_alert_row> alerts;
    for (const csv_row& record : table.rows) {
        const int number = read_alert_number(record, alerts);
        alerts.push_back({record.line, number, record["name"], read_code(record, rows, row_by_name)});
    }
    if (alerts.empty() || alerts.back().alert >= 0) throw input_error(table.last_line(), "no Default row at the end");
    return alerts;
}

}  // namespace generator

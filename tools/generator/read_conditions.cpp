// conditions.csv, the portable conditions (sspi::condition) and the codes of each family that belong
// to them, each with the reason it belongs.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

#include <algorithm>
#include <utility>

namespace generator {
namespace {

constexpr std::size_t max_conditions = 255;

// The value of a code of a family, by name (the SSPI table's names, either spelling of a Kerberos
// error); false where the family has no such name.
bool value_of(const data_set& data, std::size_t family, const std::string& name, std::uint32_t& value) {
    const auto in = [&](const auto& rows) {
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.name == name; });
        if (row != rows.end()) value = row->value;
        return row != rows.end();
    };
    switch (family) {
        case 0: return in(data.rows);
        case 1: return in(data.ntstatus);
        case 2: return in(data.win32);
        default: {
            const auto row = std::find_if(data.kerberos.begin(), data.kerberos.end(),
                                          [&](const kerberos_row& r) { return r.name == name || r.mit_name == name; });
            if (row != data.kerberos.end()) value = row->number;
            return row != data.kerberos.end();
        }
    }
}

std::size_t family_of(const csv_row& record) {
    const std::string& text = record["family"];
    const auto found = std::find(condition_families.begin(), condition_families.end(), text);
    if (found == condition_families.end())
        throw input_error(record.line, "family " + quoted_prefix(text) + " is none of sspi, ntstatus, win32, kerberos");
    return static_cast<std::size_t>(found - condition_families.begin());
}

}  // namespace

std::vector<condition_member> read_conditions(const std::vector<csv_record>& records, const data_set& data,
                                              std::vector<std::string>& conditions) {
    const csv_table table = read_table(records, {"condition", "family", "code", "reason"});
    if (table.rows.empty()) throw input_error(table.header_line, "no rows after the header");
    std::map<std::pair<std::size_t, std::uint32_t>, std::size_t> line_of_code;
    std::vector<condition_member> members;
    for (const csv_row& record : table.rows) {
        const std::string& name = record["condition"];
        check_enumerator(record.line, "condition", name);
        const auto known = std::find(conditions.begin(), conditions.end(), name);
        if (known == conditions.end()) {
            if (conditions.size() == max_conditions) throw input_error(record.line, "more than 255 conditions");
            conditions.push_back(name);
        } else if (*known != conditions.back()) {
            throw input_error(record.line, "condition " + name + " is not with its other rows: a condition's rows are together");
        }
        condition_member member{record.line, conditions.size() - 1, family_of(record), record["code"], 0};
        if (!value_of(data, member.family, member.code, member.value))
            throw input_error(record.line, "code " + quoted_prefix(member.code) + " is not a name of the " +
                                               condition_families[member.family] + " family's table");
        if (const auto [seen, fresh] = line_of_code.emplace(std::make_pair(member.family, member.value), record.line); !fresh)
            throw input_error(record.line, "code " + member.code + " (or its value) is already on line " +
                                               std::to_string(seen->second) + ": a code is in one condition at most");
        check_text(record.line, "reason", record["reason"]);
        if (record["reason"].empty())
            throw input_error(record.line, "reason is empty: every member says why, from which source, it belongs");
        members.push_back(std::move(member));
    }
    return members;
}

}  // namespace generator

// packages.csv: the security packages the per-call pages are written for, and their other names.
#include "checks.hpp"
#include "csv.hpp"
#include "data.hpp"

namespace generator {
namespace {

// Every name of every package is one parse_package can tell apart, whatever its case.
class package_names {
public:
    void claim(std::size_t line, const std::string& name) {
        const bool ok =
            !name.empty() && name.front() != ' ' && name.back() != ' ' &&
            name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_ ") == std::string::npos;
        if (!ok) throw input_error(line, "package name " + quoted_prefix(name) + " is not letters, digits, _ and inner spaces");
        claim_ignoring_case(line_of_name_, line, "package name", name);
    }

private:
    std::map<std::string, std::size_t> line_of_name_;  // lower case
};

}  // namespace

std::vector<package_row> read_packages(const std::vector<csv_record>& records) {
    const csv_table table = read_table(records, {"package", "name", "other_names"});
    std::vector<package_row> packages;
    package_names names;
    for (const csv_row& record : table.rows) {
        package_row package{record.line, record["package"], record["name"], split(record["other_names"], ';')};
        check_enumerator(package.line, "package", package.id);
        if (packages.empty() && package.id != "general")
            throw input_error(package.line, "the first package must be general, the page call_text falls back to");
        for (const auto& seen : packages)
            if (seen.id == package.id) throw input_error(package.line, "duplicate package " + package.id);
        names.claim(package.line, package.name);
        for (const auto& other : package.other_names) names.claim(package.line, other);
        packages.push_back(std::move(package));
    }
    if (packages.empty()) throw input_error(table.header_line, "no packages after the header");
    return packages;
}

}  // namespace generator

// The NTSTATUS and Win32 families against [MS-ERREF]'s tables as Samba copies them, and the Win32
// errors of NTSTATUS and SSPI codes against Wine's %error_map: every row, every pair, the counts.
#include "support/files.hpp"

#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct errref_row {
    std::uint32_t value;
    std::string name, text;
};

// A record: a line with the value, a blank line, the name, a line holding one tab, a blank line, then
// the text, up to the next record; whitespace collapsed to single spaces.
std::vector<errref_row> errref_table(const std::string& file) {
    std::vector<std::string> lines;
    std::istringstream in(files::read(std::string(SSPI_STATUS_TEST_SOURCES) + "/errors/" + file));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    const std::regex value("0x[0-9A-Fa-f]{8}"), name("[A-Za-z0-9_]+");
    std::vector<errref_row> rows;
    for (std::size_t i = 0; i + 3 < lines.size(); ++i) {
        if (!std::regex_match(lines[i], value) || !lines[i + 1].empty() || !std::regex_match(lines[i + 2], name) ||
            lines[i + 3] != "\t")
            continue;
        rows.push_back({static_cast<std::uint32_t>(std::stoul(lines[i], nullptr, 16)), lines[i + 2], ""});
        i += 3;
    }
    // The texts: every word between a record's tab line and the next record's value line.
    std::size_t row = 0;
    for (std::size_t i = 0; i < lines.size() && row <= rows.size(); ++i) {
        if (row < rows.size() && lines[i] == rows[row].name && i + 1 < lines.size() && lines[i + 1] == "\t") {
            ++row;
            ++i;
            continue;
        }
        if (row == 0) continue;
        if (row < rows.size() && std::regex_match(lines[i], value) && i + 2 < lines.size() && lines[i + 2] == rows[row].name)
            continue;
        std::istringstream words(lines[i]);
        for (std::string word; words >> word;) rows[row - 1].text += (rows[row - 1].text.empty() ? "" : " ") + word;
    }
    return rows;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

bool nul_terminated(std::string_view text) { return text.data() != nullptr && text.data()[text.size()] == '\0'; }

// Checks a family's lookups against the document's rows: by value the first row of the value, by
// name (in lower case too) each row, and each text word for word.
template <class Find, class FindName, class Message>
void check_family(const std::vector<errref_row>& rows, Find find, FindName find_name, Message message) {
    std::map<std::uint32_t, std::string> primary;
    for (const auto& row : rows) primary.emplace(row.value, row.name);
    for (const auto& row : rows) {
        INFO(row.name);
        const auto* by_value = find(row.value);
        REQUIRE(by_value != nullptr);
        CHECK(by_value->name() == primary.at(row.value));
        const auto* by_name = find_name(row.name);
        REQUIRE(by_name != nullptr);
        CHECK(by_name->name() == row.name);
        CHECK(by_name->value == row.value);
        CHECK(find_name(lower(row.name)) == by_name);
        CHECK(message(*by_name) == row.text);
        CHECK(nul_terminated(message(*by_name)));
        CHECK(nul_terminated(by_name->name()));
    }
}

}  // namespace

TEST_CASE("every NTSTATUS value of [MS-ERREF] 2.3.1, by value and by name, with its text") {
    const auto rows = errref_table("samba-ntstatus_err_table.txt");
    std::set<std::uint32_t> values;
    for (const auto& row : rows) values.insert(row.value);
    CHECK(rows.size() == 1795);
    CHECK(values.size() == 1792);
    CHECK(sspi::nt::entries().size() == rows.size());
    check_family(
        rows, [](std::uint32_t v) { return sspi::nt::find(v); }, [](const std::string& n) { return sspi::nt::find_name(n); },
        [](const sspi::nt::entry& e) { return sspi::nt::message(e); });
}

TEST_CASE("every Win32 error of [MS-ERREF] 2.2, by value and by name, with its text") {
    const auto rows = errref_table("samba-werror_err_table.txt");
    CHECK(rows.size() == 2700);
    CHECK(sspi::win32::entries().size() == rows.size());
    check_family(
        rows, [](std::uint32_t v) { return sspi::win32::find(v); },
        [](const std::string& n) { return sspi::win32::find_name(n); },
        [](const sspi::win32::entry& e) { return sspi::win32::message(e); });
}

TEST_CASE("the Win32 error of an NTSTATUS or an SSPI code is Wine's pair where both are known, else none") {
    std::map<std::string, std::string> pairs;
    std::istringstream in(files::read(std::string(SSPI_STATUS_TEST_SOURCES) + "/errors/wine-make_errors-error_map.txt"));
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line == "my %error_map = qw(")
            inside = true;
        else if (line == ");")
            inside = false;
        else if (inside) {
            std::istringstream words(line);
            std::string from, to;
            if (words >> from >> to) pairs.emplace(from, to);
        }
    }
    REQUIRE(pairs.size() == 1465);
    std::size_t related = 0;
    for (const auto& nt : sspi::nt::entries()) {
        INFO(nt.name());
        const auto pair = pairs.find(std::string(nt.name()));
        const sspi::win32::entry* expected = pair == pairs.end() ? nullptr : sspi::win32::find_name(pair->second);
        const bool primary = sspi::nt::find(nt.value) == &nt;  // from_nt reads a value: its primary name's pair
        if (primary) CHECK(sspi::win32::from_nt(nt.value) == expected);
        related += expected != nullptr;
    }
    for (const auto& e : sspi::entries()) {
        INFO(e.name);
        const auto pair = pairs.find(std::string(e.name));
        if (!e.alias_of.empty()) continue;
        CHECK(sspi::win32::from_sspi(e.value) == (pair == pairs.end() ? nullptr : sspi::win32::find_name(pair->second)));
        related += pair != pairs.end() && sspi::win32::find_name(pair->second) != nullptr;
    }
    CHECK(related == 1124);  // of Wine's 1,465 pairs, those whose both names [MS-ERREF] or the table hold
    CHECK(sspi::win32::from_nt(0xC000006D)->name() == "ERROR_LOGON_FAILURE");
    CHECK(sspi::win32::from_sspi(sspi::status::sec_e_logon_denied)->value == 1326);
    CHECK(sspi::win32::from_sspi(0x80090322u)->name() == "ERROR_WRONG_TARGET_NAME");
    CHECK(sspi::win32::from_nt(0x12345678) == nullptr);
}

TEST_CASE("HRESULT wrappers unwrap to their family, and nothing else does") {
    CHECK(sspi::win32::from_hresult(0x8007052Eu)->name() == "ERROR_LOGON_FAILURE");
    CHECK(sspi::win32::from_hresult(static_cast<std::int32_t>(0x8007052Eu))->value == 1326);
    CHECK(sspi::win32::from_hresult(0x8009030Cu) == nullptr);
    CHECK(sspi::win32::from_hresult(0x0000052Eu) == nullptr);
    CHECK(sspi::nt::from_hresult(0xD000006Du)->name() == "STATUS_LOGON_FAILURE");
    CHECK(sspi::nt::from_hresult(0xC000006Du) == nullptr);
    static_assert(sspi::nt::from_hresult(0xD000006Du)->value == 0xC000006Du);
    static_assert(sspi::win32::from_hresult(0x8007052Eu)->value == 1326);
}

TEST_CASE("the families' categories and their texts for values they do not list") {
    CHECK(std::string(sspi::nt::category().name()) == "ntstatus");
    CHECK(std::string(sspi::win32::category().name()) == "win32");
    CHECK(std::error_code(static_cast<int>(0xC000006Du), sspi::nt::category()).message() ==
          "The attempted logon is invalid. This is either due to a bad username or authentication information.");
    CHECK(std::error_code(1326, sspi::win32::category()).message() == "Logon failure: Unknown user name or bad password.");
    CHECK(sspi::nt::message(0x12345678u) == "This value is not an NTSTATUS value of [MS-ERREF].");
    CHECK(sspi::win32::message(0x12345678u) == "This value is not a Win32 error of [MS-ERREF].");
    CHECK(std::error_code(0x12345678, sspi::win32::category()).message() == sspi::win32::message(0x12345678));
    CHECK(sspi::nt::find(-1073741715)->name() == "STATUS_LOGON_FAILURE");
    CHECK(sspi::nt::find(0x1C000006DLL) == nullptr);  // wider than 32 bits: no code
    CHECK(sspi::nt::find_name("STATUS_NO_SUCH_NAME") == nullptr);
    CHECK(sspi::win32::find_name("") == nullptr);
    static_assert(sspi::nt::find(0xC000006Du)->name() == "STATUS_LOGON_FAILURE");
    static_assert(sspi::win32::find_name("error_logon_failure")->value == 1326);
}

// The NTSTATUS, Win32 and Kerberos families against their documents: [MS-ERREF] as Samba copies it,
// MIT's error table and event 4768's page, Wine's and Samba's pairs; every row, every pair, the counts.
#include "support/files.hpp"

#include <sspi_status/kerberos.hpp>
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
    CHECK(sspi::win32::hresult(*sspi::win32::find(1326)) == 0x8007052Eu);  // HRESULT_FROM_WIN32
    CHECK(sspi::win32::hresult(*sspi::win32::find(0)) == 0u);              // and of ERROR_SUCCESS, S_OK
    CHECK(sspi::win32::from_hresult(sspi::win32::hresult(*sspi::win32::find(5))) == sspi::win32::find(5));
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
    // Bit 5 makes '_' of DEL and digits of control characters: neither is taken for them.
    CHECK(sspi::nt::find_name("STATUS\x7FLOGON_FAILURE") == nullptr);
    CHECK(sspi::nt::find_name("status_logon\x7F"
                              "failure") == nullptr);
    CHECK(sspi::nt::find_name("STATUS_WAIT_\x16\x13") == nullptr);
    CHECK(sspi::nt::find_name("STATUS_WAIT_63")->value == 63);
    CHECK(sspi::win32::find_name("ERROR_LOGON_FAILURE\xC3\xA9") == nullptr);
    CHECK(sspi::kerberos::find_name("KRB5KDC_ERR_PREAUTH\x7F"
                                    "FAILED") == nullptr);
    static_assert(sspi::nt::find(0xC000006Du)->name() == "STATUS_LOGON_FAILURE");
    static_assert(sspi::win32::find_name("error_logon_failure")->value == 1326);
}

namespace {

std::string sources_file(const std::string& name) {
    return files::read(std::string(SSPI_STATUS_TEST_SOURCES) + "/errors/" + name);
}

// A cell of the event page's table as a reader sees it: escapes, <br> and links' targets gone, whitespace collapsed.
std::string page_text(std::string cell) {
    cell = std::regex_replace(cell, std::regex(R"(\\_)"), "_");
    cell = std::regex_replace(cell, std::regex("<br\\s*/?>"), " ");
    cell = std::regex_replace(cell, std::regex(R"(\[([^\]]*)\]\([^)]*\))"), "$1");
    std::istringstream words(cell);
    std::string text;
    for (std::string word; words >> word;) text += (text.empty() ? "" : " ") + word;
    return text;
}

}  // namespace

TEST_CASE("every Kerberos protocol error of MIT's table, by number, MIT code and name, with its text") {
    std::istringstream in(sources_file("mit-krb5_err.et"));
    const std::regex code(R"re(^(?:error_code|ec)\s+(\w+),\s*"(.*)"\s*$)re");
    int number = 0, known = 0;
    for (std::string line; std::getline(in, line) && number < 128;) {
        std::smatch m;
        if (!std::regex_match(line, m, code)) continue;
        INFO(m[1].str());
        const sspi::kerberos::entry* e = sspi::kerberos::find(number);
        if (m[1].str().rfind("KRB5PLACEHOLD_", 0) == 0) {
            CHECK(e == nullptr);  // a placeholder is no code
        } else {
            REQUIRE(e != nullptr);
            CHECK(e->mit_name == m[1].str());
            CHECK(sspi::kerberos::message(*e) == m[2].str());
            CHECK(sspi::kerberos::find_mit(-1765328384 + number) == e);
            CHECK(sspi::kerberos::mit_code(*e) == -1765328384 + number);
            CHECK(sspi::kerberos::find_name(m[1].str()) == e);
            CHECK(sspi::kerberos::find_name(lower(m[1].str())) == e);
            CHECK(std::error_code(number, sspi::kerberos::category()).message() == m[2].str());
            ++known;
        }
        ++number;
    }
    CHECK(number == 128);
    CHECK(known == 80);
    CHECK(sspi::kerberos::entries().size() == 80);
    CHECK(sspi::kerberos::find(128) == nullptr);
    CHECK(sspi::kerberos::find_mit(24) == nullptr);
    CHECK(sspi::kerberos::message(30) == "This value is not a Kerberos protocol error.");
}

TEST_CASE("Windows' names, descriptions and possible causes of Kerberos errors are those of event 4768's table") {
    std::istringstream in(sources_file("event-4768.md"));
    bool table = false;
    std::set<int> listed;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("| Code | Code Name", 0) == 0) table = true;
        if (!table || line.rfind("| 0x", 0) != 0) {
            if (table && !listed.empty() && line.rfind("|", 0) != 0) break;
            continue;
        }
        std::vector<std::string> cells;
        std::istringstream row(line.substr(1));
        for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
        const int number = std::stoi(cells.at(0), nullptr, 16);
        INFO(line);
        const sspi::kerberos::entry* e = sspi::kerberos::find(number);
        REQUIRE(e != nullptr);
        CHECK(e->name == page_text(cells.at(1)));
        CHECK(sspi::kerberos::find_name(e->name) == e);
        CHECK(sspi::kerberos::description(*e) == page_text(cells.at(2)));
        CHECK(sspi::kerberos::causes(*e) == page_text(cells.at(3)));
        listed.insert(number);
    }
    CHECK(listed.size() == 58);
    for (const auto& e : sspi::kerberos::entries()) {
        INFO(e.mit_name);
        if (listed.count(e.number) != 0) continue;
        CHECK(e.name.empty());  // Windows' name is known only where a page gives it
        CHECK(sspi::kerberos::causes(e).empty());
        CHECK(nul_terminated(sspi::kerberos::causes(e)));
    }
}

TEST_CASE("the NTSTATUS of a Kerberos error is Samba's pair where both are known") {
    std::istringstream in(sources_file("samba-krb5-to-ntstatus.tsv"));
    std::string line;
    std::getline(in, line);  // the header
    std::size_t related = 0;
    for (; std::getline(in, line);) {
        const std::string code = line.substr(0, line.find('\t'));
        const std::string status = line.substr(code.size() + 1, line.find('\t', code.size() + 1) - code.size() - 1);
        INFO(line);
        const sspi::kerberos::entry* e = code.find_first_not_of("0123456789") == std::string::npos
                                             ? sspi::kerberos::find(std::stoi(code))
                                             : sspi::kerberos::find_name(code);
        if (e == nullptr) continue;  // a code of MIT's library beyond the protocol's
        REQUIRE(sspi::nt::from_kerberos(e->number) != nullptr);
        CHECK(sspi::nt::from_kerberos(e->number)->name() == status);
        ++related;
    }
    CHECK(related == 19);
    CHECK(sspi::nt::from_kerberos(18)->name() == "STATUS_ACCOUNT_LOCKED_OUT");
    CHECK(sspi::nt::from_kerberos(37)->name() == "STATUS_TIME_DIFFERENCE_AT_DC");
    CHECK(sspi::nt::from_kerberos(0) == nullptr);
}

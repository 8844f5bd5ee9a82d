// The per-call texts against the pages themselves (tests/sources/win32 and sdk-api): every row of
// every return-value table, in the page's order, in English and in each translation, the alignment of
// each translation with the English it was made from, and the fallback from a package's page to the
// function's general page.
#include <sspi_status/calls.hpp>

#include "support/doc_sources.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string sources = SSPI_STATUS_TEST_SOURCES;

struct source_page {
    sspi::call call;
    sspi::package package;
    std::string file;  // inside tests/sources: "win32/en/initializesecuritycontext--kerberos.md"
    std::vector<doc_sources::return_row> rows;
};

std::vector<std::string> files_in(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& file : fs::directory_iterator(sources + "/" + folder))
        if (file.path().extension() == ".md") names.push_back(file.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The page each (call, package) is served from: the win32 per-package pages, and an sdk-api page for a
// function whose win32 pages have no general table. Every other sdk-api page lists no codes.
const std::vector<source_page>& served_pages() {
    static const std::vector<source_page> pages = [] {
        std::vector<source_page> found;
        std::set<sspi::call> general_on_win32;
        for (const auto& name : files_in("win32/en")) {
            const auto dash = name.find("--");
            const auto call = sspi::parse_call(name.substr(0, dash));
            const auto package = sspi::parse_package(name.substr(dash + 2, name.size() - dash - 5));
            INFO(name);
            REQUIRE(call);
            REQUIRE(package);
            auto rows = doc_sources::return_rows(sources + "/win32/en/" + name);
            if (rows.empty()) continue;
            if (*package == sspi::package::general) general_on_win32.insert(*call);
            found.push_back({*call, *package, "win32/en/" + name, std::move(rows)});
        }
        for (const auto& name : files_in("sdk-api")) {
            auto rows = doc_sources::return_rows(sources + "/sdk-api/" + name);
            const auto call = sspi::parse_call(name.substr(8, name.size() - 11));  // nf-sspi-NAME.md
            INFO(name);
            if (!call) {
                CHECK(rows.empty());
                continue;
            }
            if (general_on_win32.count(*call) != 0) continue;
            found.push_back({*call, sspi::package::general, "sdk-api/" + name, std::move(rows)});
        }
        return found;
    }();
    return pages;
}

// What a row is served under: its name's value if the table has the name, else the page's value.
std::optional<std::uint32_t> served_value(const doc_sources::return_row& row) {
    if (const auto* e = sspi::find_name(row.name)) return e->value;
    if (row.value.empty()) return std::nullopt;
    return static_cast<std::uint32_t>(std::stoul(row.value, nullptr, 16));
}

// The English commit each translation was made from, by "LANG/FILE".
std::map<std::string, std::string> translated_from() {
    std::map<std::string, std::string> commits;
    const auto lines = doc_sources::split(files::read(sources + "/win32/provenance.tsv"), '\n');
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto fields = doc_sources::split(lines[i], '\t');
        if (fields.size() == 7 && !fields[6].empty()) commits[fields[0]] = fields[6];
    }
    return commits;
}

}  // namespace

TEST_CASE("calls: every row of every page, in the page's order, with the value it is served under") {
    std::size_t win32_rows = 0, sdk_rows = 0;
    std::set<std::pair<sspi::call, sspi::package>> served;
    std::set<std::string> other_values, unknown_names;
    for (const auto& page : served_pages()) {
        INFO(page.file);
        served.insert({page.call, page.package});
        (page.file.rfind("win32/", 0) == 0 ? win32_rows : sdk_rows) += page.rows.size();
        const auto listed = sspi::return_values(page.call, page.package);
        REQUIRE(listed.size() == page.rows.size());
        const auto* at = listed.begin();
        for (const auto& row : page.rows) {
            INFO(row.name);
            CHECK(at->name == row.name);
            const auto value = served_value(row);
            REQUIRE(at->code.has_value() == value.has_value());
            if (value) CHECK(static_cast<std::uint32_t>(*at->code) == *value);
            const auto* e = sspi::find_name(row.name);
            if (e == nullptr) unknown_names.insert(row.name + " " + row.value);
            if (e != nullptr && !row.value.empty() && std::stoul(row.value, nullptr, 16) != e->value)
                other_values.insert(row.name + " " + row.value);
            ++at;
        }
    }
    // The counts and the rows handled on purpose that the README gives.
    CHECK(win32_rows == 314);
    CHECK(sdk_rows == 44);
    CHECK(served.size() == 49);
    CHECK(unknown_names == std::set<std::string>{"STATUS_INVALID_PARAMETER ", "STATUS_LOGON_FAILURE 0xC000006D"});
    CHECK(other_values == std::set<std::string>{"SEC_E_INVALID_HANDLE 0x80100003"});
    for (const auto c : sspi::calls())
        for (const auto p : sspi::packages())
            if (served.count({c, p}) == 0) CHECK(sspi::return_values(c, p).empty());
}

TEST_CASE("calls: every translated row, aligned with the English page it was translated from") {
    const auto commits = translated_from();
    std::size_t translated_rows = 0, older_english = 0, names_intact = 0;
    for (const auto& page : served_pages()) {
        const std::string file = page.file.substr(page.file.rfind('/') + 1);
        for (const auto language : sspi::languages()) {
            if (language == sspi::lang::en) continue;
            INFO(page.file << " in " << sspi::lang_tag(language));
            if (page.file.rfind("sdk-api/", 0) == 0) {  // English only: every language reads the English text
                for (const auto& row : page.rows)
                    if (const auto value = served_value(row))
                        CHECK(sspi::call_text(*value, page.call, page.package, language) == row.text);
                continue;
            }
            const std::string folder = doc_sources::folder_of_tag(sspi::lang_tag(language));
            const auto rows = doc_sources::return_rows(sources + "/win32/" + folder + "/" + file);
            const std::string commit = commits.at(folder + "/" + file).substr(0, 8);
            const std::string then = sources + "/win32/en-at/" + commit + "/" + file;
            const auto english_then = fs::exists(then) ? doc_sources::return_rows(then) : page.rows;
            REQUIRE(rows.size() == page.rows.size());
            REQUIRE(english_then.size() == page.rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                INFO(page.rows[i].name);
                CHECK(english_then[i].name == page.rows[i].name);  // the same codes in the same order
                if (sspi::find_name(rows[i].name) != nullptr) {    // a name the translation left intact agrees
                    CHECK(rows[i].name == page.rows[i].name);
                    ++names_intact;
                }
                older_english += english_then[i].text != page.rows[i].text;
                if (const auto value = served_value(page.rows[i])) {
                    CHECK(sspi::call_text(*value, page.call, page.package, language) == rows[i].text);
                    ++translated_rows;
                }
            }
        }
    }
    CHECK(translated_rows == 7 * 314);
    CHECK(older_english == 56);
    CHECK(names_intact == 920);  // of 2198: the others are garbled ("_INTERNER _ SEC _ E-FEHLER")
}

TEST_CASE("calls: call_text reads the package's page, else the function's general page, never another package's") {
    std::map<std::pair<sspi::call, sspi::package>, const source_page*> pages;
    for (const auto& page : served_pages()) pages[{page.call, page.package}] = &page;
    const auto text_on = [&](sspi::call c, sspi::package p, std::uint32_t value) -> std::optional<std::string> {
        const auto page = pages.find({c, p});
        if (page == pages.end()) return std::nullopt;
        for (const auto& row : page->second->rows)
            if (served_value(row) == value) return row.text;
        return std::nullopt;
    };
    std::size_t from_package = 0, from_general = 0;
    for (const auto& e : sspi::entries()) {
        for (const auto c : sspi::calls()) {
            for (const auto p : sspi::packages()) {
                auto expected = text_on(c, p, e.value);
                from_package += expected.has_value();
                if (!expected && p != sspi::package::general) {
                    expected = text_on(c, sspi::package::general, e.value);
                    from_general += expected.has_value();
                }
                INFO(e.name << " " << sspi::call_name(c) << " " << sspi::package_name(p));
                CHECK(sspi::call_text(e.value, c, p) == expected.value_or(""));
                CHECK(sspi::call_text(e, c, p) == expected.value_or(""));
            }
        }
    }
    CHECK(from_package > 300);
    CHECK(from_general > 50);
}

TEST_CASE("calls: the pages' mistakes are kept") {
    // Of the 14 rows that say "No credentials are available in the …", 11 name the constrained delegation
    // where the security package is meant.
    std::size_t no_credentials = 0, constrained_delegation = 0;
    for (const auto& page : served_pages()) {
        if (page.file.rfind("win32/", 0) != 0) continue;
        for (const auto& row : page.rows) {
            if (row.name != "SEC_E_NO_CREDENTIALS") continue;
            const auto text = sspi::call_text(sspi::status::sec_e_no_credentials, page.call, page.package);
            no_credentials += text.rfind("No credentials are available in the ", 0) == 0;
            constrained_delegation += text == "No credentials are available in the constrained delegation.";
        }
    }
    CHECK(no_credentials == 14);
    CHECK(constrained_delegation == 11);
}

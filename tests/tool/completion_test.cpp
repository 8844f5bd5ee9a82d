// The bash completion (completions/sspi-status.bash) run in bash as bash runs it: COMP_WORDS and
// COMP_CWORD set, the function called, its candidates read back.
#include "help_options.hpp"
#include "support/process.hpp"

#include <sspi_status/calls.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The candidates for the last word of "sspi-status WORDS...".
std::set<std::string> candidates(const std::vector<std::string>& words) {
    std::string array = "sspi-status";
    for (const auto& word : words) array += " " + process::quote(word);
    const std::string tool_folder = std::string(SSPI_STATUS_TOOL).substr(0, std::string(SSPI_STATUS_TOOL).rfind('/'));
    const std::string script =
        "PATH=" + process::quote(tool_folder) + ":$PATH; source " + process::quote(SSPI_STATUS_COMPLETION) + "; COMP_WORDS=(" +
        array + "); COMP_CWORD=" + std::to_string(words.size()) + "; _sspi_status; printf '%s\\n' \"${COMPREPLY[@]}\"";
    const auto result = process::run_shell("bash -c " + process::quote(script));
    REQUIRE(result.exit_code == 0);
    REQUIRE(result.err.empty());
    std::set<std::string> found;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) found.insert(line);
    return found;
}

template <class Items, class Name>
std::set<std::string> names_of(const Items& items, Name name) {
    std::set<std::string> names;
    for (const auto& item : items) names.insert(std::string(name(item)));
    return names;
}

}  // namespace

TEST_CASE("bash completion registers itself for sspi-status") {
    const auto result = process::run_shell(
        "bash -c " + process::quote("source " + process::quote(SSPI_STATUS_COMPLETION) + "; complete -p sspi-status"));
    CHECK(result.out == "complete -F _sspi_status sspi-status\n");
}

TEST_CASE("bash completion offers the options, languages, families, calls and packages the tool reads") {
    CHECK(candidates({"--"}) == help_options());
    CHECK(candidates({"--ca"}) == std::set<std::string>{"--call"});
    auto tags = names_of(sspi::languages(), sspi::lang_tag);
    tags.insert("all");
    CHECK(candidates({"--lang", ""}) == tags);
    CHECK(candidates({"--lang", "pt"}) == std::set<std::string>{"pt-BR"});
    auto families = names_of(sspi::families(), sspi::family_name);
    families.insert({"sspi", "ntstatus", "win32", "kerberos"});
    CHECK(candidates({"--list", "--family", ""}) == families);
    CHECK(candidates({"--as", ""}) == std::set<std::string>{"sspi", "ntstatus", "win32", "kerberos", "hresult"});
    CHECK(candidates({"--call", ""}) == names_of(sspi::calls(), sspi::call_name));
    CHECK(candidates({"--call", "Init"}) == std::set<std::string>{"InitializeSecurityContext"});
    auto packages = names_of(sspi::packages(), sspi::package_name);
    packages.erase("General");  // the default
    CHECK(candidates({"--call", "InitializeSecurityContext", "--package", ""}) == packages);
    CHECK(candidates({"--tls-alert", ""}).empty());
}

TEST_CASE("bash completion completes code names once their prefix is typed, in the case typed") {
    std::set<std::string> revocation, revocation_lower;
    for (const auto& e : sspi::entries()) {
        if (e.name.rfind("CRYPT_E_REV", 0) != 0) continue;
        revocation.insert(std::string(e.name));
        std::string lower(e.name);
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        revocation_lower.insert(lower);
    }
    CHECK(revocation.size() == 2);  // REVOKED, REVOCATION_OFFLINE
    CHECK(candidates({"CRYPT_E_REV"}) == revocation);
    CHECK(candidates({"crypt_e_rev"}) == revocation_lower);
    CHECK(candidates({"--json", "SEC_E_LOGON"}) == std::set<std::string>{"SEC_E_LOGON_DENIED"});
    std::set<std::string> every_sec;
    for (const auto& e : sspi::entries())
        if (e.family == sspi::family::sec) every_sec.insert(std::string(e.name));
    CHECK(candidates({"SEC_"}) == every_sec);
    CHECK(candidates({"0x8009"}).empty());  // numbers are not completed
    CHECK(candidates({"LOGON"}).empty());   // nor names without their prefix
    CHECK(candidates({"STATUS_LOGON_F"}) == std::set<std::string>{"STATUS_LOGON_FAILURE"});
    CHECK(candidates({"ERROR_LOGON_F"}) == std::set<std::string>{"ERROR_LOGON_FAILURE"});
    CHECK(candidates({"KDC_ERR_PREAUTH_F"}) == std::set<std::string>{"KDC_ERR_PREAUTH_FAILED"});
}

// The portable conditions: every member of data/conditions.csv matches its condition through a
// std::error_code of its family's category and no other condition, the members the issue names are
// there, each reason's quotations are in the documents, and codes that only share a Win32 error with
// a member are not members.
#include "support/files.hpp"

#include <sspi_status/conditions.hpp>
#include <sspi_status/kerberos.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace {

using sspi::condition;

const std::error_category& category_named(std::string_view name) {
    if (name == "ntstatus") return sspi::nt::category();
    if (name == "win32") return sspi::win32::category();
    if (name == "kerberos") return sspi::kerberos::category();
    return sspi::category();
}

std::error_code code_of(std::string_view category, std::uint32_t value) {
    return {static_cast<int>(value), category_named(category)};
}

// The members, written from the documents: the list, then no_such_user and account_disabled.
struct member {
    condition c;
    const char* category;
    std::uint32_t value;
};
const std::vector<member> expected_members{
    {condition::logon_failure, "sspi", 0x8009030C},           // SEC_E_LOGON_DENIED
    {condition::logon_failure, "ntstatus", 0xC000006D},       // STATUS_LOGON_FAILURE
    {condition::logon_failure, "win32", 1326},                // ERROR_LOGON_FAILURE
    {condition::logon_failure, "kerberos", 24},               // KDC_ERR_PREAUTH_FAILED
    {condition::clock_skew, "sspi", 0x80090324},              // SEC_E_TIME_SKEW
    {condition::clock_skew, "ntstatus", 0xC0000133},          // STATUS_TIME_DIFFERENCE_AT_DC
    {condition::clock_skew, "win32", 1398},                   // ERROR_TIME_SKEW
    {condition::clock_skew, "kerberos", 37},                  // KRB_AP_ERR_SKEW
    {condition::account_locked_out, "ntstatus", 0xC0000234},  // STATUS_ACCOUNT_LOCKED_OUT
    {condition::account_locked_out, "win32", 1909},           // ERROR_ACCOUNT_LOCKED_OUT
    {condition::account_disabled, "ntstatus", 0xC0000072},    // STATUS_ACCOUNT_DISABLED
    {condition::account_disabled, "win32", 1331},             // ERROR_ACCOUNT_DISABLED
    {condition::no_such_user, "ntstatus", 0xC0000064},        // STATUS_NO_SUCH_USER
    {condition::no_such_user, "win32", 1317},                 // ERROR_NO_SUCH_USER
    {condition::no_such_user, "kerberos", 6},                 // KDC_ERR_C_PRINCIPAL_UNKNOWN
    {condition::password_expired, "ntstatus", 0xC0000071},    // STATUS_PASSWORD_EXPIRED
    {condition::password_expired, "win32", 1330},             // ERROR_PASSWORD_EXPIRED
    {condition::password_expired, "kerberos", 23},            // KDC_ERR_KEY_EXPIRED
    {condition::no_logon_servers, "sspi", 0x80090311},        // SEC_E_NO_AUTHENTICATING_AUTHORITY
    {condition::no_logon_servers, "ntstatus", 0xC000005E},    // STATUS_NO_LOGON_SERVERS
    {condition::no_logon_servers, "win32", 1311},             // ERROR_NO_LOGON_SERVERS
    {condition::wrong_principal, "sspi", 0x80090322},         // SEC_E_WRONG_PRINCIPAL
    {condition::wrong_principal, "win32", 1396},              // ERROR_WRONG_TARGET_NAME
    {condition::certificate_revoked, "sspi", 0x80092010},     // CRYPT_E_REVOKED
    {condition::certificate_revoked, "sspi", 0x800B010C},     // CERT_E_REVOKED
    {condition::revocation_unknown, "sspi", 0x80092012},      // CRYPT_E_NO_REVOCATION_CHECK
    {condition::revocation_unknown, "sspi", 0x80092013},      // CRYPT_E_REVOCATION_OFFLINE
    {condition::certificate_expired, "sspi", 0x80090328},     // SEC_E_CERT_EXPIRED
    {condition::certificate_expired, "sspi", 0x800B0101},     // CERT_E_EXPIRED
    {condition::untrusted_root, "sspi", 0x80090325},          // SEC_E_UNTRUSTED_ROOT
    {condition::untrusted_root, "sspi", 0x800B0109},          // CERT_E_UNTRUSTEDROOT
};

// A code is equal to its condition and to no other.
void check_only(const std::error_code& ec, condition c) {
    for (int other = 1; !sspi::condition_name(static_cast<condition>(other)).empty(); ++other) {
        INFO(ec.category().name() << " " << ec.value() << " against " << sspi::condition_name(static_cast<condition>(other)));
        CHECK((ec == static_cast<condition>(other)) == (static_cast<condition>(other) == c));
    }
}

// The fields of a CSV line (quotes doubled inside quoted fields).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (line[i] == '"') {
            quoted = !quoted;
        } else if (line[i] == ',' && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += line[i];
        }
    }
    return fields;
}

std::string collapsed(const std::string& text) {
    std::istringstream words(text);
    std::string out;
    for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
    return out;
}

// Every document of tests/sources/errors and winerror's tables, whitespace collapsed, as one text.
std::string all_documents() {
    std::string text;
    const std::string sources = SSPI_STATUS_TEST_SOURCES;
    for (const auto& file : std::filesystem::directory_iterator(sources + "/errors")) text += collapsed(files::read(file.path()));
    for (const char* file : {"/winerror-sec.tsv", "/winerror-trust.tsv"}) text += collapsed(files::read(sources + file));
    return text;
}

}  // namespace

TEST_CASE("conditions: every member the issue names, and no other condition", "[conditions]") {
    for (const member& m : expected_members) check_only(code_of(m.category, m.value), m.c);
    CHECK(sspi::condition_members().size() == expected_members.size());
}

TEST_CASE("conditions: every row of data/conditions.csv, by its name in its family", "[conditions]") {
    std::istringstream csv(files::read(std::string(SSPI_STATUS_TEST_DATA) + "/conditions.csv"));
    std::string line;
    std::getline(csv, line);
    REQUIRE(line == "condition,family,code,reason");
    std::size_t rows = 0;
    for (; std::getline(csv, line); ++rows) {
        const auto fields = csv_fields(line);
        REQUIRE(fields.size() == 4);
        INFO(line);
        const std::string& family = fields[1];
        std::uint32_t value = 0;
        if (family == "sspi") value = sspi::find_name(fields[2])->value;
        if (family == "ntstatus") value = sspi::nt::find_name(fields[2])->value;
        if (family == "win32") value = sspi::win32::find_name(fields[2])->value;
        if (family == "kerberos") value = static_cast<std::uint32_t>(sspi::kerberos::find_name(fields[2])->number);
        const sspi::condition_member* m = sspi::condition_of(family, value);
        REQUIRE(m != nullptr);
        CHECK(sspi::condition_name(m->condition) == fields[0]);
        CHECK(m->name == fields[2]);
        check_only(code_of(family, value), m->condition);
    }
    CHECK(rows == sspi::condition_members().size());
}

TEST_CASE("conditions: each reason's quotations are in the documents", "[conditions]") {
    const std::string documents = all_documents();
    std::istringstream csv(files::read(std::string(SSPI_STATUS_TEST_DATA) + "/conditions.csv"));
    std::string line;
    std::getline(csv, line);
    std::size_t quotations = 0;
    while (std::getline(csv, line)) {
        const std::string reason = csv_fields(line).at(3);
        for (std::size_t open = reason.find('"'); open != std::string::npos; open = reason.find('"', open + 1)) {
            const std::size_t close = reason.find('"', open + 1);
            REQUIRE(close != std::string::npos);
            const std::string quotation = reason.substr(open + 1, close - open - 1);
            INFO(quotation);
            CHECK(documents.find(quotation) != std::string::npos);
            ++quotations;
            open = close;
        }
    }
    CHECK(quotations >= sspi::condition_members().size());
}

TEST_CASE("conditions: a shared Win32 error is not a shared meaning", "[conditions]") {
    // Windows turns SEC_E_CERT_EXPIRED into ERROR_PASSWORD_EXPIRED, and STATUS_USER2USER_REQUIRED into ERROR_LOGON_FAILURE.
    REQUIRE(sspi::win32::from_sspi(0x80090328)->name() == "ERROR_PASSWORD_EXPIRED");
    CHECK(code_of("sspi", 0x80090328) != condition::password_expired);
    const auto* user2user = sspi::nt::find_name("STATUS_USER2USER_REQUIRED");
    REQUIRE(sspi::win32::from_nt(user2user->value)->name() == "ERROR_LOGON_FAILURE");
    CHECK(code_of("ntstatus", user2user->value) != condition::logon_failure);
    CHECK(sspi::condition_of("ntstatus", user2user->value) == nullptr);
    CHECK(code_of("sspi", 0x8009030C) != condition::clock_skew);
}

TEST_CASE("conditions: only the library's categories, of any module, hold members", "[conditions]") {
    // A category of the same name in another module answers the library's marker; a stranger's does not.
    struct named final : sspi::detail::marked_category {
        const char* name() const noexcept override { return "win32"; }
        std::string message(int) const override { return {}; }
    } other_module;
    struct stranger final : std::error_category {
        const char* name() const noexcept override { return "win32"; }
        std::string message(int) const override { return {}; }
    } stranger;
    CHECK(std::error_code(1326, other_module) == condition::logon_failure);
    CHECK(std::error_code(1326, stranger) != condition::logon_failure);
    CHECK(std::error_code(1326, std::generic_category()) != condition::logon_failure);
#ifndef _WIN32
    CHECK(std::error_code(1326, std::system_category()) != condition::logon_failure);  // an errno, not a Win32 error
#else
    CHECK(std::error_code(1326, std::system_category()) == condition::logon_failure);  // GetLastError()'s category
#endif
    CHECK(sspi::condition_of(std::error_code(37, sspi::kerberos::category()))->condition == condition::clock_skew);
    CHECK(sspi::condition_of(std::error_code(36, sspi::kerberos::category())) == nullptr);
}

TEST_CASE("conditions: the category, names and messages", "[conditions]") {
    const std::error_condition skew = condition::clock_skew;
    CHECK(std::string(skew.category().name()) == "sspi_condition");
    CHECK(skew.message() == "clock skew");
    CHECK(sspi::condition_category().message(0) == "not an sspi condition");
    CHECK(sspi::condition_name(condition::untrusted_root) == "untrusted_root");
    const std::string_view none = sspi::condition_name(static_cast<condition>(0));
    CHECK(none.empty());
    CHECK(none.data()[0] == '\0');
    static_assert(sspi::condition_of("kerberos", 37)->condition == condition::clock_skew);
    static_assert(sspi::condition_of("sspi", 0x80090324)->name == "SEC_E_TIME_SKEW");
    static_assert(sspi::condition_name(condition::logon_failure).data()[13] == '\0');
}

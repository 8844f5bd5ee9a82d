// from_tls_alert and tls_alerts against Microsoft's "Schannel Error Codes for TLS and SSL Alerts"
// (tests/sources/schannel-error-codes-for-tls-and-ssl-alerts.md), the page's quirks included.
#include <sspi_status/sspi_status.hpp>

#include "support/doc_sources.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

namespace {

std::vector<int> numbers(sspi::tls_alert_list alerts) {
    std::vector<int> result;
    for (const auto& alert : alerts) result.push_back(alert.number);
    return result;
}

const sspi::entry& entry(std::string_view name) { return *sspi::find_name(name); }

}  // namespace

TEST_CASE("every row of the page: the alert gives the code of the page's value") {
    const auto rows =
        doc_sources::page_rows(std::string(SSPI_STATUS_TEST_SOURCES) + "/schannel-error-codes-for-tls-and-ssl-alerts.md");
    REQUIRE(rows.size() == 26);
    std::set<int> listed;
    for (const auto& row : rows) {
        INFO(row.code << " | " << row.meaning);
        const auto alert = doc_sources::split(row.code, ' ');    // "TLS1_ALERT_UNKNOWN_CA 48"
        const auto code = doc_sources::split(row.meaning, ' ');  // "SEC_E_UNTRUSTED_ROOT 0x80090325"
        REQUIRE(code.size() == 2);
        const sspi::entry* by_value = sspi::find(std::stoul(code[1], nullptr, 16));
        REQUIRE(by_value != nullptr);
        if (alert[0] == "Default") {
            CHECK(sspi::from_tls_alert(41) == by_value);  // 41 (no_certificate, SSL 3.0) is not on the page
            continue;
        }
        // The page gives SSL3_ALERT_ILLEGAL_PARAMETER no number: 47, as RFC 5246 and 8446 number it.
        const int number = alert.size() == 2 ? std::stoi(alert[1]) : 47;
        CHECK(alert.size() == (alert[0] == "SSL3_ALERT_ILLEGAL_PARAMETER" ? 1u : 2u));
        listed.insert(number);
        CHECK(sspi::from_tls_alert(number) == by_value);
        bool named = false;
        for (const auto& a : sspi::tls_alerts(*by_value)) named = named || (a.number == number && a.name == alert[0]);
        CHECK(named);
        // The page's name and value agree everywhere but for alert 120, where the value wins.
        CHECK((by_value->name == code[0]) == (number != 120));
    }
    CHECK(listed.size() == 25);
}

TEST_CASE("the page's quirks are kept as decided") {
    // 120 is given as "SEC_E_ILLEGAL_MESSAGE 0x80090367": the value's name, whose text is about this alert.
    CHECK(sspi::from_tls_alert(120)->code == sspi::status::sec_e_application_protocol_mismatch);
    CHECK(numbers(sspi::tls_alerts(entry("SEC_E_APPLICATION_PROTOCOL_MISMATCH"))) == std::vector<int>{120});
    // The misspelt name, as Microsoft spells it.
    const auto insufficient = sspi::tls_alerts(entry("SEC_E_ALGORITHM_MISMATCH"));
    REQUIRE(insufficient.size() == 1);
    CHECK(insufficient.begin()->name == "TLS1_ALERT_INSUFFIENT_SECURITY");
}

TEST_CASE("SEC_E_ILLEGAL_MESSAGE is what nine alerts and every unlisted one turn into") {
    CHECK(numbers(sspi::tls_alerts(entry("SEC_E_ILLEGAL_MESSAGE"))) == std::vector<int>{10, 22, 40, 47, 50, 60, 100, 110, 115});
    for (const int unlisted : {0, 1, 41, 86, 109, 116, 255})
        CHECK(sspi::from_tls_alert(unlisted)->code == sspi::status::sec_e_illegal_message);
    CHECK(sspi::from_tls_alert(-1) == nullptr);
    CHECK(sspi::from_tls_alert(256) == nullptr);
}

TEST_CASE("a code's alerts: none for most, its target's for an alias") {
    CHECK(sspi::tls_alerts(entry("SEC_E_TIME_SKEW")).empty());
    CHECK(numbers(sspi::tls_alerts(entry("SEC_E_NOT_SUPPORTED"))) == std::vector<int>{70});
    CHECK(numbers(sspi::tls_alerts(entry("CRYPT_E_REVOKED"))) == std::vector<int>{44});
    CHECK(numbers(sspi::tls_alerts(entry("SEC_E_CERT_UNKNOWN"))) == std::vector<int>{42, 43, 46});
}

// sspi-status on the codes an authentication failure shows up as beside SSPI's: each reading of a
// value in the NTSTATUS, Win32 and Kerberos families, likelier first, in text and in JSON.
#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using run_tool::contains;
using run_tool::sspi_status;

bool starts_with(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }

}  // namespace

TEST_CASE("families: the Status of event 4625, an NTSTATUS, and the Win32 error Windows reports it as") {
    for (const std::string input : {"0xC000006D", "-1073741715", "STATUS_LOGON_FAILURE", "status_logon_failure"}) {
        INFO(input);
        const auto result = sspi_status({"--", input});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        CHECK(result.out ==
              "STATUS_LOGON_FAILURE\n"
              "  NTSTATUS:       0xC000006D = -1073741715\n"
              "  [MS-ERREF]:     The attempted logon is invalid. This is either due to a bad username or authentication "
              "information.\n"
              "  Win32:          Windows reports it as ERROR_LOGON_FAILURE (1326) (Wine's table)\n"
              "  Kerberos:       Samba reports KDC_ERR_NULL_KEY, KDC_ERR_ETYPE_NOTSUPP, KDC_ERR_SUMTYPE_NOSUPP, "
              "KDC_ERR_PREAUTH_FAILED, KRB_AP_ERR_BAD_INTEGRITY, KRB_AP_ERR_TKT_EXPIRED, KRB_AP_ERR_MODIFIED as it\n"
              "  condition:      logon_failure, with SEC_E_LOGON_DENIED, ERROR_LOGON_FAILURE, KDC_ERR_PREAUTH_FAILED\n");
    }
}

TEST_CASE("families: a small number reads first as a Kerberos error, then as a Win32 error") {
    const auto result = sspi_status({"0x18"});
    CHECK(result.exit_code == 0);
    REQUIRE(starts_with(result.out,
                        "KDC_ERR_PREAUTH_FAILED\n  Kerberos:       24 = 0x18 (MIT Kerberos: -1765328360, "
                        "KRB5KDC_ERR_PREAUTH_FAILED)\n  MIT:            Preauthentication failed\n"));
    CHECK(contains(result.out, "  causes:         The wrong password was provided."));
    CHECK(contains(result.out, "  NTSTATUS:       Samba reports it as STATUS_LOGON_FAILURE (0xC000006D)\n"));
    CHECK(result.out.find("KDC_ERR_PREAUTH_FAILED") < result.out.find("\nERROR_BAD_LENGTH\n"));
    CHECK(sspi_status({"--", "-1765328360"}).out == sspi_status({"KRB5KDC_ERR_PREAUTH_FAILED"}).out);
}

TEST_CASE("families: System error 1326, and the same error as .NET and COM wrap it") {
    const std::string win32 =
        "ERROR_LOGON_FAILURE\n"
        "  Win32:          1326 = 0x0000052E (as an HRESULT: 0x8007052E)\n"
        "  [MS-ERREF]:     Logon failure: Unknown user name or bad password.\n"
        "  reported for:   Windows reports SEC_E_LOGON_DENIED, STATUS_LOGON_FAILURE, STATUS_USER2USER_REQUIRED, "
        "STATUS_CERTIFICATE_MAPPING_NOT_UNIQUE as it (Wine's table)\n"
        "  condition:      logon_failure, with SEC_E_LOGON_DENIED, STATUS_LOGON_FAILURE, KDC_ERR_PREAUTH_FAILED\n";
    CHECK(sspi_status({"1326"}).out == win32);
    CHECK(sspi_status({"error_logon_failure"}).out == win32);
    CHECK(sspi_status({"0x8007052E"}).out == "HRESULT 0x8007052E wraps:\n" + win32);
    CHECK(starts_with(sspi_status({"0xD000006D"}).out, "HRESULT 0xD000006D wraps:\nSTATUS_LOGON_FAILURE\n"));
}

TEST_CASE("families: JSON gives every reading with its family") {
    const auto result = sspi_status({"--json", "0x18", "0x12345678"});
    CHECK(result.exit_code == 1);  // the second is no code of any family
    CHECK(starts_with(result.out,
                      "{\"codes\":[{\"input\":\"0x18\",\"result\":\"other\",\"readings\":[{\"family\":\"kerberos\","
                      "\"name\":\"KDC_ERR_PREAUTH_FAILED\",\"mit_name\":\"KRB5KDC_ERR_PREAUTH_FAILED\",\"number\":24,"
                      "\"mit_code\":-1765328360,\"message\":\"Preauthentication failed\",\"description\":\"Pre-authentication "
                      "information was invalid\",\"causes\":\"The wrong password was provided."));
    CHECK(contains(result.out, "{\"family\":\"win32\",\"name\":\"ERROR_BAD_LENGTH\",\"value\":24,"));
    CHECK(contains(result.out, "{\"input\":\"0x12345678\",\"result\":\"unknown\",\"value\":\"0x12345678\""));
    CHECK(
        contains(sspi_status({"--json", "0xC000006D"}).out,
                 "{\"family\":\"ntstatus\",\"name\":\"STATUS_LOGON_FAILURE\",\"value\":\"0xC000006D\",\"decimal\":-1073741715,"));
}

TEST_CASE("families: an SSPI code is explained as before, and a name no family has is refused") {
    CHECK(starts_with(sspi_status({"0x8009030C"}).out, "SEC_E_LOGON_DENIED\n"));
    const auto result = sspi_status({"STATUS_NO_SUCH_THING"});
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "'STATUS_NO_SUCH_THING': neither a number nor a name"));
}

TEST_CASE("families: --call shows what the call's page says of an NTSTATUS it lists") {
    // The Kerberos page does not list it: the general page answers, as its table says.
    const auto kerberos = sspi_status({"--call", "AcceptSecurityContext", "--package", "Kerberos", "0xC000006D"});
    CHECK(kerberos.exit_code == 0);
    CHECK(contains(kerberos.out,
                   "\n  call, en:       AcceptSecurityContext (General): The function failed. The AcceptSecurityContext "
                   "(General) function was called after the specified context was established."));
    CHECK(contains(sspi_status({"--call", "AcceptSecurityContextW", "--package", "schannel", "0xC000006D"}).out,
                   "\n  call, en:       AcceptSecurityContext (Schannel): "));
    const auto other = sspi_status({"--call", "MakeSignature", "0xC000006D"});
    CHECK(contains(other.out, "\n  call:           MakeSignature's pages do not list it\n"));
    CHECK(!contains(sspi_status({"0xC000006D"}).out, "call"));
}

TEST_CASE("families: --as reads a code in one family only") {
    CHECK(starts_with(sspi_status({"--as", "win32", "0x18"}).out, "ERROR_BAD_LENGTH\n"));
    CHECK(!contains(sspi_status({"--as", "win32", "0x18"}).out, "KDC_ERR"));
    CHECK(starts_with(sspi_status({"--as=kerberos", "24"}).out, "KDC_ERR_PREAUTH_FAILED\n"));
    CHECK(!contains(sspi_status({"--as=kerberos", "24"}).out, "ERROR_BAD_LENGTH"));
    CHECK(starts_with(sspi_status({"--as", "NTSTATUS", "0xC000006D"}).out, "STATUS_LOGON_FAILURE\n"));
    CHECK(starts_with(sspi_status({"--as", "hresult", "0x8007052E"}).out, "HRESULT 0x8007052E wraps:\nERROR_LOGON_FAILURE\n"));
    CHECK(starts_with(sspi_status({"--as", "hresult", "0x8009030C"}).out, "SEC_E_LOGON_DENIED\n"));  // an HRESULT itself
    CHECK(starts_with(sspi_status({"--as", "sspi", "SEC_E_TIME_SKEW"}).out, "SEC_E_TIME_SKEW\n"));
    // Not in the family asked for: exit 1, saying which family.
    auto result = sspi_status({"--as", "ntstatus", "0x8009030C"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == "sspi-status: '0x8009030C': 0x8009030C (-2146893044) is no ntstatus code\n");
    result = sspi_status({"--as", "sspi", "1326"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sspi-status: '1326': 0x0000052E (1326) is no sspi code\n");
    result = sspi_status({"--as", "kerberos", "STATUS_LOGON_FAILURE"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sspi-status: 'STATUS_LOGON_FAILURE': no kerberos code has this name\n");
    result = sspi_status({"--json", "--as", "ntstatus", "0x8009030C"});
    CHECK(contains(result.out, "{\"input\":\"0x8009030C\",\"result\":\"unknown\",\"value\":\"0x8009030C\""));
}

TEST_CASE("families: an explanation names the related codes of the other families and the condition") {
    const auto skew = sspi_status({"KRB_AP_ERR_SKEW"});
    CHECK(contains(skew.out, "  NTSTATUS:       Samba reports it as STATUS_TIME_DIFFERENCE_AT_DC (0xC0000133)\n"));
    CHECK(contains(skew.out,
                   "  condition:      clock_skew, with SEC_E_TIME_SKEW, STATUS_TIME_DIFFERENCE_AT_DC, ERROR_TIME_SKEW\n"));
    CHECK(contains(skew.out, "  causes:         This error is logged if a client computer sends a timestamp"));
    // A shared Win32 error is shown as what it is, not as the same failure.
    const auto expired = sspi_status({"SEC_E_CERT_EXPIRED"});
    CHECK(contains(expired.out, "  Win32:          Windows reports it as ERROR_PASSWORD_EXPIRED (1330) (Wine's table)\n"));
    CHECK(contains(expired.out, "  condition:      certificate_expired, with CERT_E_EXPIRED\n"));
    CHECK(!contains(expired.out, "password_expired"));
    // A Win32 error many codes give: the first eight, and how many more.
    const auto invalid = sspi_status({"ERROR_INVALID_PARAMETER"});
    CHECK(contains(invalid.out, " more (--json lists them all)"));
    const auto json = sspi_status({"--json", "SEC_E_CERT_EXPIRED", "ERROR_TIME_SKEW"});
    CHECK(contains(json.out, "\"win32\":\"ERROR_PASSWORD_EXPIRED\",\"condition\":\"certificate_expired\""));
    CHECK(contains(json.out, "\"reported_for\":[\"STATUS_TIME_DIFFERENCE_AT_DC\"],\"condition\":\"clock_skew\""));
    CHECK(contains(sspi_status({"--json", "0xC000006D"}).out, "\"kerberos\":[\"KDC_ERR_NULL_KEY\","));
}

TEST_CASE("families: --list --family and --search cover every family") {
    auto result = sspi_status({"--list", "--family", "kerberos"});
    CHECK(result.exit_code == 0);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 80);  // MIT's table less its placeholders
    CHECK(contains(result.out, "\n24          Kerberos  KDC_ERR_PREAUTH_FAILED                    Preauthentication failed\n"));
    result = sspi_status({"--list", "--family", "ntstatus"});
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1795);
    CHECK(contains(result.out, "\n0xC000006D  NTSTATUS  STATUS_LOGON_FAILURE                      The attempted logon"));
    result = sspi_status({"--list", "--family", "win32"});
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 2700);
    result = sspi_status({"--list", "--family", "sspi"});
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 200);
    // --search looks in every family, by name and text.
    result = sspi_status({"--search", "preauth"});
    CHECK(contains(result.out, "KDC_ERR_PREAUTH_FAILED"));
    CHECK(contains(result.out, "KDC_ERR_PREAUTH_REQUIRED"));
    result = sspi_status({"--search", "locked out"});
    CHECK(contains(result.out, "ERROR_ACCOUNT_LOCKED_OUT"));
    // In a Kerberos error's possible causes: "account disabled, expired, or locked out".
    CHECK(sspi_status({"--search", "locked out", "--family", "kerberos"}).out ==
          "18          Kerberos  KDC_ERR_CLIENT_REVOKED                    Client's credentials have been revoked\n");
    CHECK(sspi_status({"--search", "no such words anywhere"}).exit_code == 1);
    result = sspi_status({"--json", "--search", "time_difference_at_dc"});
    CHECK(contains(result.out, "\"codes\":[{\"family\":\"ntstatus\",\"name\":\"STATUS_TIME_DIFFERENCE_AT_DC\""));
}

TEST_CASE("families: --scan finds NTSTATUS values, every family's names, MIT's codes and the event texts' fields") {
    const run_tool::log_file events(
        "An account failed to log on.\n"
        "\tStatus:\t\t\t0xC000006D\n"
        "\tSub Status:\t\t0xC000006A\n"
        "\tFailure Code:\t\t0x18\n"
        "\tResult Code:\t0x6\n"
        "\tError Code:\t0xC0000064\n"
        "System error 1326 has occurred.\n"
        "kinit: Preauthentication failed (-1765328360)\n"
        "count 24 pid 1326 size 0x18 flags=0x00000005\n"
        "Result Code: 0x0\n"
        "locked: STATUS_ACCOUNT_LOCKED_OUT and KRB5KRB_AP_ERR_SKEW, status_pending\n"
        "COM said 0x8007052E\n");
    const std::string& log = events.path;
    const auto result = sspi_status({"--scan", log});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "\tStatus:\t\t\t0xC000006D  # STATUS_LOGON_FAILURE (NTSTATUS 0xC000006D): The attempted logon is invalid. This is "
          "either due to a bad username or authentication information.\n"
          "\tSub Status:\t\t0xC000006A  # STATUS_WRONG_PASSWORD (NTSTATUS 0xC000006A): When trying to update a password, this "
          "return status indicates that the value provided as the current password is not correct.\n"
          "\tFailure Code:\t\t0x18  # KDC_ERR_PREAUTH_FAILED (Kerberos 24): Preauthentication failed\n"
          "\tResult Code:\t0x6  # KDC_ERR_C_PRINCIPAL_UNKNOWN (Kerberos 6): Client not found in Kerberos database\n"
          "\tError Code:\t0xC0000064  # STATUS_NO_SUCH_USER (NTSTATUS 0xC0000064): The specified account does not exist.\n"
          "System error 1326 has occurred.  # ERROR_LOGON_FAILURE (Win32 1326): Logon failure: Unknown user name or bad "
          "password.\n"
          "kinit: Preauthentication failed (-1765328360)  # KDC_ERR_PREAUTH_FAILED (Kerberos 24): Preauthentication failed\n"
          "locked: STATUS_ACCOUNT_LOCKED_OUT and KRB5KRB_AP_ERR_SKEW, status_pending  # STATUS_ACCOUNT_LOCKED_OUT (NTSTATUS "
          "0xC0000234): The user account has been automatically locked because too many invalid logon attempts or password "
          "change attempts have been requested.; KRB_AP_ERR_SKEW (Kerberos 37): Clock skew too great\n"
          "COM said 0x8007052E  # ERROR_LOGON_FAILURE (Win32 1326, in HRESULT 0x8007052E): Logon failure: Unknown user name "
          "or bad password.\n");
    const auto json = sspi_status({"--scan", log, "--json"});
    CHECK(contains(json.out,
                   "{\"line\":4,\"text\":\"\\tFailure Code:\\t\\t0x18\",\"codes\":[{\"family\":\"kerberos\","
                   "\"name\":\"KDC_ERR_PREAUTH_FAILED\""));
    // With the call the line names, the call's page's text of an NTSTATUS it lists.
    const run_tool::log_file call("schannel: AcceptSecurityContext returned 0xC000006D\n");
    CHECK(contains(sspi_status({"--scan", call.path}).out, " | AcceptSecurityContext (Schannel): "));
}

// sspi-status on the codes an authentication failure shows up as beside SSPI's: each reading of a
// value in the NTSTATUS, Win32 and Kerberos families, likelier first, in text and in JSON.
#include "run_tool.hpp"

#include <catch2/catch.hpp>

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
              "  Win32:          Windows reports it as ERROR_LOGON_FAILURE (1326) (Wine's table)\n");
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
        "  [MS-ERREF]:     Logon failure: Unknown user name or bad password.\n";
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
    CHECK(contains(other.out, "\n  call:           MakeSignature does not list it, for General or in general\n"));
    CHECK(!contains(sspi_status({"0xC000006D"}).out, "call"));
}

// --scan on logs as Windows writes them and on lines that used to fool it: encodings, the call and
// package nearest each code, zero only where it is a status, shapes that are no code; and the command
// line's rough edges.
#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

using run_tool::contains;
using run_tool::sspi_status;

const std::string logs = SSPI_STATUS_TOOL_TEST_DATA "/logs/";

// The tool's --scan of these lines, in English; with all_lines, --all-lines.
process::result scan(const std::string& lines, bool all_lines = false) {
    const run_tool::log_file log(lines);
    return all_lines ? sspi_status({"--scan", log.path, "--lang", "en", "--all-lines"})
                     : sspi_status({"--scan", log.path, "--lang", "en"});
}

}  // namespace

TEST_CASE("scan: UTF-16 with a byte order mark is read as text, either byte order, CRLF kept") {
    const std::string note =
        "  # SEC_E_ILLEGAL_MESSAGE (0x80090326): The message received was unexpected or badly formatted.\r\n";
    for (const char* file : {"utf16le.log", "utf16be.log"}) {
        INFO(file);
        const auto result = sspi_status({"--scan", logs + file});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        CHECK(result.out.rfind("schannel: InitializeSecurityContext failed 0x80090326" + note, 0) == 0);
        CHECK(
            contains(result.out, "\r\nAcceptSecurityContext returned 0xC000006D  # STATUS_LOGON_FAILURE (NTSTATUS 0xC000006D)"));
        // --all-lines passes the other lines through, as UTF-8.
        CHECK(contains(sspi_status({"--scan", logs + file, "--all-lines"}).out, "\r\nretry \xC3\xA9 ok\r\n"));
    }
}

TEST_CASE("scan: a UTF-8 byte order mark is not part of the first line") {
    auto result = sspi_status({"--scan", logs + "utf8-bom.log", "--json"});
    CHECK(contains(result.out, "{\"line\":1,\"text\":\"0x80090326 first\\r\",\"codes\":["));
    result = sspi_status({"--scan", logs + "utf8-bom.log", "--all-lines"});
    CHECK(result.out.rfind("0x80090326 first  # SEC_E_ILLEGAL_MESSAGE", 0) == 0);
    CHECK(contains(result.out, "\r\nsecond line\n"));
}

TEST_CASE("scan: UTF-16 that is no text is written as U+FFFD and said on stderr") {
    // "A", a high surrogate without its low half, "B", then an odd last byte.
    const auto result =
        scan(std::string("\xFF\xFE"
                         "A\0\0\xD8"
                         "B\0\n\0x",
                         11));
    CHECK(result.exit_code == 0);
    const auto all = scan(std::string("\xFF\xFE"
                                      "A\0\0\xD8"
                                      "B\0\n\0x",
                                      11),
                          true);
    CHECK(all.out ==
          "A\xEF\xBF\xBD"
          "B\n\xEF\xBF\xBD");
    CHECK(all.err == "sspi-status: --scan: 2 UTF-16 code units that are no character were written as U+FFFD\n");
}

TEST_CASE("scan: package words only where they name a package, and the call nearest the code answers") {
    auto out = scan(
                   "could not negotiate ALPN: schannel: InitializeSecurityContext failed: SEC_E_APPLICATION_PROTOCOL_MISMATCH "
                   "(0x80090367)\n")
                   .out;
    CHECK(contains(out, " | InitializeSecurityContext (Schannel): No common application protocol"));
    out = scan("SHA256 digest ok; schannel: DecryptMessage returned SEC_I_CONTEXT_EXPIRED (0x00090317)\n").out;
    CHECK(contains(out, " | DecryptMessage (Schannel): The message sender finishes using the connection"));
    out = scan("failed to negotiate TLS: schannel: InitializeSecurityContext returned 0x80090302\n").out;
    CHECK(contains(out, " | InitializeSecurityContext (Schannel): "));
    CHECK(!contains(out, "(Negotiate)"));
    // In parentheses after the call, as the pages write it, the package counts in any case.
    CHECK(
        contains(scan("AcceptSecurityContext (negotiate) returned 0x8009030C\n").out, " | AcceptSecurityContext (Negotiate): "));
    // The call nearest the code whose pages list it, on either side.
    for (const char* line : {"AcquireCredentialsHandle ok; InitializeSecurityContext returned 0x80090322\n",
                             "InitializeSecurityContext returned 0x80090322; AcquireCredentialsHandle ok\n"}) {
        INFO(line);
        CHECK(contains(scan(line).out, " | InitializeSecurityContext (General): The principal that received"));
    }
}

TEST_CASE("scan: zero is a status only where the line says so") {
    CHECK(scan("flags=0x00000000 handle=0x00000000\n").out.empty());
    CHECK(scan("status=0x00000000\n").out ==
          "status=0x00000000  # SEC_E_OK (0x00000000): The operation completed successfully.\n");
    CHECK(contains(scan("AcceptSecurityContext returned 0x00000000\n").out, "# SEC_E_OK (0x00000000)"));
    CHECK(contains(scan("AcceptSecurityContext: 0x00000000\n").out, "# SEC_E_OK (0x00000000)"));
    CHECK(contains(scan("result SEC_E_OK\n").out, "# SEC_E_OK (0x00000000)"));
}

TEST_CASE("scan: shapes that are no code, and no code explained twice") {
    CHECK(scan("order-2146893044\nversion 2.2148074252\n2148074252.5 s\nunicode\xC3\xA9"
               "0x80090322\xC3\xA9\n0x8009030Cx\n")
              .out.empty());
    CHECK(scan("_SEC_E_WRONG_PRINCIPAL_ and __CRYPT_E_REVOKED__\n").out ==
          "_SEC_E_WRONG_PRINCIPAL_ and __CRYPT_E_REVOKED__  # SEC_E_WRONG_PRINCIPAL (0x80090322): The target principal name is "
          "incorrect.; CRYPT_E_REVOKED (0x80092010): The certificate is revoked.\n");
    CHECK(scan("SEC_E_NOT_SUPPORTED (0x80090302)\n").out ==
          "SEC_E_NOT_SUPPORTED (0x80090302)  # SEC_E_NOT_SUPPORTED (0x80090302): The request is not supported.\n");
    // Punctuation of other scripts is no letter: typographic quotes, a no-break space, CJK brackets.
    for (const char* line : {"\xE2\x80\x9C"
                             "0x80090322\xE2\x80\x9D\n",
                             "\xC2\xA0"
                             "0x80090322\xC2\xA0\n",
                             "\xE3\x80\x8C"
                             "0x80090322\xE3\x80\x8D\n"}) {
        INFO(line);
        CHECK(contains(scan(line).out, "# SEC_E_WRONG_PRINCIPAL (0x80090322)"));
    }
    CHECK(contains(scan("-2146893022 and order -2146893022\n").out, "# SEC_E_WRONG_PRINCIPAL (0x80090322)"));
}

TEST_CASE("tls-alert: an alert the table does not list gets its Default row, saying what the page does not say") {
    auto result = sspi_status({"--tls-alert", "0"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("TLS alert 0 is not in Schannel's table. Its Default row gives SEC_E_ILLEGAL_MESSAGE for an alert "
                           "the table does not list; the page does not say which alerts that is for. On a shutdown, "
                           "DecryptMessage (Schannel) says SEC_I_CONTEXT_EXPIRED instead: The message sender finishes",
                           0) == 0);
    CHECK(
        contains(sspi_status({"--json", "--tls-alert", "0"}).out, "{\"tls_alert\":{\"alert\":0,\"listed\":false,\"name\":null,"));
    CHECK(contains(sspi_status({"--json", "--tls-alert", "48"}).out, "{\"tls_alert\":{\"alert\":48,\"listed\":true,"));
}

TEST_CASE("options: the rough edges of the command line") {
    auto result = sspi_status({"--tls-alert", "48", "0x80090322"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.rfind("sspi-status: '0x80090322': codes cannot be combined with --tls-alert\n", 0) == 0);
    result = sspi_status({"--lan=de", "1"});
    CHECK(result.err.rfind("sspi-status: unknown option '--lan=de'\n", 0) == 0);
    CHECK(contains(sspi_status({"--call", "AcquireCredentialsHandle", "0x80090322"}).out,
                   "  call:           AcquireCredentialsHandle's pages do not list it\n"));
    CHECK(contains(sspi_status({"--call", "AcquireCredentialsHandle", "--package", "Kerberos", "0x80090322"}).out,
                   "  call:           AcquireCredentialsHandle lists it neither on its Kerberos page nor on its general page\n"));
    CHECK(sspi_status({"--json", "--version"}).out == "{\"version\":\"" SSPI_STATUS_VERSION "\"}\n");
    result = sspi_status({"--help", "--json"});
    CHECK(result.out.rfind("{\"help\":\"Usage: sspi-status ", 0) == 0);
    CHECK(result.out.find('\n') == result.out.size() - 1);  // one line of JSON
    // A code read from a file with CRLF line ends (xargs < codes.txt).
    result = sspi_status({"0x8009030C\r"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("SEC_E_LOGON_DENIED\n", 0) == 0);
    // --search looks in the calls' pages too.
    CHECK(contains(sspi_status({"--search", "pszTargetName"}).out, "SEC_E_WRONG_PRINCIPAL"));
    // Control characters in an argument are shown, not sent to the terminal.
    result = sspi_status({"\x1B[31mred"});
    CHECK(result.err.rfind("sspi-status: '\\x1B[31mred': ", 0) == 0);
    CHECK(result.err.find('\x1B') == std::string::npos);
}

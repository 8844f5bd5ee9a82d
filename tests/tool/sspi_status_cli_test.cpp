// sspi-status run as a user runs it: the output and exit status of each kind of input.
#include "run_tool.hpp"

#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

using run_tool::contains;

// The tool as a German-speaking user runs it (LC_ALL=de_DE.UTF-8): English and German by default.
process::result sspi_status(std::initializer_list<std::string> arguments, const std::string& stdin_file = {},
                            const std::string& locale = "de_DE.UTF-8") {
    return run_tool::sspi_status(arguments, stdin_file, locale);
}

}  // namespace

TEST_CASE("a code is explained: names, hex and signed decimal, severity, family, texts by source") {
    auto result = sspi_status({"0x8009030C"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "SEC_E_LOGON_DENIED\n"
          "  value:          0x8009030C = -2146893044 (error, SEC family)\n"
          "  Windows, en:    The logon attempt failed\n"
          "  page, en:       This status code is obsolete.\n"
          "  Windows, de:    Fehler beim Anmeldeversuch\n"
          "  page, de:       Dieser Statuscode ist veraltet.\n"
          "  TLS alerts:     49 TLS1_ALERT_ACCESS_DENIED\n"
          "  Win32:          Windows reports it as ERROR_LOGON_FAILURE (1326) (Wine's table)\n"
          "  condition:      logon_failure, with STATUS_LOGON_FAILURE, ERROR_LOGON_FAILURE, KDC_ERR_PREAUTH_FAILED\n"
          "  calls:          AcceptSecurityContext, InitializeSecurityContext (every package)\n"
          "  calls, en:      AcceptSecurityContext, InitializeSecurityContext (every package): The logon failed.\n"
          "  calls, de:      AcceptSecurityContext (General, CredSSP, Digest, Negotiate, NTLM, Schannel); "
          "InitializeSecurityContext (every package): Fehler bei der Anmeldung.\n"
          "                  AcceptSecurityContext (Kerberos): Die Anmeldung ist fehlgeschlagen.\n");
    // A page text that says what Windows says is not repeated.
    result = sspi_status({"SEC_E_OK"}, {}, "C");
    CHECK(result.out.rfind("SEC_E_OK\n"
                           "  value:          0x00000000 = 0 (success, SEC family)\n"
                           "  Windows, en:    The operation completed successfully.\n"
                           "  calls:          AcceptSecurityContext, InitializeSecurityContext (every package)\n",
                           0) == 0);
}

TEST_CASE("the certificate, revocation and trust codes Schannel returns are explained") {
    auto result = sspi_status({"0x80092012"}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "CRYPT_E_NO_REVOCATION_CHECK\n"
          "  value:          0x80092012 = -2146885614 (error, CRYPT family)\n"
          "  Windows, en:    The revocation function was unable to check revocation for the certificate.\n"
          "  Win32:          Windows reports it as ERROR_MUTUAL_AUTH_FAILED (1397) (Wine's table)\n"
          "  condition:      revocation_unknown, with CRYPT_E_REVOCATION_OFFLINE\n");
    for (const char* spelling : {"CRYPT_E_REVOKED", "crypt_e_revoked", "0x80092010", "-2146885616"}) {
        INFO(spelling);
        result = sspi_status({spelling});
        CHECK(result.exit_code == 0);
        CHECK(result.out.rfind("CRYPT_E_REVOKED\n", 0) == 0);
        CHECK(contains(result.out, "  Windows, de:    Das Zertifikat wird widerrufen.\n"));
    }
    result = sspi_status({"CERT_E_NO_SUCH_THING"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sspi-status: 'CERT_E_NO_SUCH_THING': no SSPI status has this name\n");
}

TEST_CASE("a system text that is only the code's name is not shown") {
    const auto result = sspi_status({"SEC_E_NO_KERB_KEY"}, {}, "fr_FR.UTF-8");
    CHECK(result.out ==
          "SEC_E_NO_KERB_KEY\n"
          "  value:          0x80090348 = -2146892984 (error, SEC family)\n"
          "  page, en:       No Kerberos key was found.\n"
          "  page, fr:       Aucune cl\xC3\xA9 Kerberos n\xE2\x80\x99"
          "a \xC3\xA9t\xC3\xA9 trouv\xC3\xA9"
          "e.\n");
}

TEST_CASE("every spelling of a code finds it") {
    for (const char* spelling : {"0x8009030C", "0x8009030c", "0X8009030C", "8009030c", "8009030C", "-2146893044", "2148074252",
                                 "SEC_E_LOGON_DENIED", "sec_e_logon_denied", "e_logon_denied"}) {
        INFO(spelling);
        const auto result = sspi_status({spelling});
        CHECK(result.exit_code == 0);
        CHECK(result.out.rfind("SEC_E_LOGON_DENIED\n", 0) == 0);
    }
    CHECK(sspi_status({"00090312"}).out.rfind("SEC_I_CONTINUE_NEEDED\n", 0) == 0);  // eight digits: hex
    CHECK(sspi_status({"590610"}).out.rfind("SEC_I_CONTINUE_NEEDED\n", 0) == 0);    // 0x00090312 in decimal
    CHECK(sspi_status({"0"}).out.rfind("SEC_E_OK\n", 0) == 0);
}

TEST_CASE("aliases are shown with the names that share their value") {
    auto result = sspi_status({"0x80090302"});
    CHECK(contains(result.out, "SEC_E_UNSUPPORTED_FUNCTION (alias: SEC_E_NOT_SUPPORTED)\n"));
    result = sspi_status({"SEC_E_NO_SPM"});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "SEC_E_NO_SPM (alias of SEC_E_INTERNAL_ERROR)\n"));
    CHECK(contains(result.out, "  message:        The Local Security Authority cannot be contacted\n"));
}

TEST_CASE("the option --lang picks the messages shown") {
    auto result = sspi_status({"--lang", "de", "SEC_E_TIME_SKEW"});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "  Windows, de:    Die Uhren auf den Client- und Servercomputern sind verzerrt.\n"));
    CHECK(contains(result.out,
                   "  page, de:       Die Uhren auf den Client- und Servercomputern sind nicht \xC3\xBC"
                   "bereinstimmend.\n"));
    CHECK_FALSE(contains(result.out, ", en:"));
    result = sspi_status({"--lang=en", "SEC_E_TIME_SKEW"});
    CHECK(contains(result.out, "  Windows, en:    The clocks on the client and server machines are skewed.\n"));
    CHECK(contains(result.out, "  page, en:       The clocks on the client and server computers do not match.\n"));
    CHECK_FALSE(contains(result.out, ", de:"));
}

TEST_CASE("a value that is no SSPI code exits 1 and says so with its value") {
    auto result = sspi_status({"0x12345678"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "sspi-status: '0x12345678': 0x12345678 (305419896) is no code of any family (sspi, ntstatus, win32, kerberos, "
          "hresult)\n");
    result = sspi_status({"SEC_E_NO_SUCH_THING"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sspi-status: 'SEC_E_NO_SUCH_THING': no SSPI status has this name\n");
    result = sspi_status({"0x8009030C", "0x80090399"});  // the known one is still explained
    CHECK(result.exit_code == 1);
    CHECK(result.out.rfind("SEC_E_LOGON_DENIED\n", 0) == 0);
}

TEST_CASE("input that is not a code at all exits 2 with one line naming it") {
    const struct {
        const char* input;
        const char* message;
    } cases[] = {
        {"0x", "sspi-status: '0x': no hex digits after 0x\n"},
        {"", "sspi-status: '': empty code\n"},
        {"hello", "sspi-status: 'hello': neither a number nor a name such as SEC_E_LOGON_DENIED or CRYPT_E_REVOKED\n"},
        {"0x1FFFFFFFF", "sspi-status: '0x1FFFFFFFF': out of the 32-bit range of a status code\n"},
        {"99999999999", "sspi-status: '99999999999': out of the 32-bit range of a status code\n"},
        {"4294967296", "sspi-status: '4294967296': out of the 32-bit range of a status code\n"},
        {"-2147483649", "sspi-status: '-2147483649': out of the 32-bit range of a status code\n"},
        {"0xG0000000", "sspi-status: '0xG0000000': not a hex number\n"},
        {"-12x", "sspi-status: '-12x': not a number\n"},
    };
    for (const auto& bad : cases) {
        INFO(bad.input);
        const auto result = sspi_status({bad.input});
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK(result.err == bad.message);
    }
}

TEST_CASE("the edges of the 32-bit range are read, not wrapped") {
    auto result = sspi_status({"4294967295"});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "sspi-status: '4294967295': 0xFFFFFFFF (-1) is no code of any family (sspi, ntstatus, win32, kerberos, hresult)\n");
    result = sspi_status({"-2147483648"});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "sspi-status: '-2147483648': 0x80000000 (-2147483648) is no code of any family (sspi, ntstatus, win32, kerberos, "
          "hresult)\n");
}

TEST_CASE("bad usage exits 2 with one line naming the argument") {
    const struct {
        std::initializer_list<std::string> arguments;
        const char* first_line;
    } cases[] = {
        {{"--lang", "tlh", "0x8009030C"},
         "sspi-status: --lang: unknown language 'tlh' (expected en, de, es, fr, it, pt-BR, ru, zh-TW or all)\n"},
        {{"--lang", "zh-CN", "0x8009030C"},
         "sspi-status: --lang: unknown language 'zh-CN' (expected en, de, es, fr, it, pt-BR, ru, zh-TW or all)\n"},
        {{"--lang"}, "sspi-status: --lang needs a value\n"},
        {{}, "sspi-status: no code given\n"},
        {{"--frobnicate"}, "sspi-status: unknown option '--frobnicate'\n"},
        {{"--list", "--search", "x"}, "sspi-status: --search cannot be combined with another mode\n"},
        {{"--list", "0x8009030C"}, "sspi-status: '0x8009030C': codes cannot be combined with --list\n"},
        {{"--all-lines", "0x8009030C"}, "sspi-status: --all-lines goes with --scan\n"},
        {{"--family", "crypt", "0x8009030C"}, "sspi-status: --family goes with --list or --search\n"},
        {{"--family", "hresult", "--list"},
         "sspi-status: --family: unknown family 'hresult' (expected SEC, CERT, CRYPT, TRUST, sspi, ntstatus, win32 or "
         "kerberos)\n"},
        {{"--as", "ntlm", "0x18"},
         "sspi-status: --as: unknown family 'ntlm' (expected sspi, ntstatus, win32, kerberos or hresult)\n"},
        {{"--as", "win32", "--list"}, "sspi-status: --as goes with codes\n"},
        {{"--search", ""}, "sspi-status: --search: empty text\n"},
        {{"--json=yes", "1"}, "sspi-status: '--json' takes no value\n"},
        {{"--scan", "/nonexistent/log.txt"}, "sspi-status: --scan '/nonexistent/log.txt': No such file or directory\n"},
    };
    for (const auto& bad : cases) {
        const auto result = sspi_status(bad.arguments);
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK(result.err.rfind(bad.first_line, 0) == 0);
    }
}

namespace {
std::size_t count_lines(const std::string& text) {
    std::size_t lines = 0;
    for (const char c : text) lines += c == '\n' ? 1 : 0;
    return lines;
}
}  // namespace

TEST_CASE("the option --list prints all 200 names in value order: value, family, name, message") {
    auto result = sspi_status({"--list"}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(count_lines(result.out) == 200);
    CHECK(result.out.rfind("0x00000000  SEC    SEC_E_OK                                  The operation completed successfully.\n",
                           0) == 0);
    CHECK(contains(result.out, "0x8009030C  SEC    SEC_E_LOGON_DENIED                        The logon attempt failed\n"));
    CHECK(contains(result.out, "0x8009202D  CRYPT  CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND   An object could not be located"));
    CHECK(result.out.find("SEC_I_ASYNC_CALL_PENDING") < result.out.find("SEC_E_INSUFFICIENT_MEMORY"));
    CHECK(result.out.find("SEC_E_INSUFFICIENT_BUFFERS") < result.out.find("CRYPT_E_MSG_ERROR"));

    result = sspi_status({"--list", "--family", "crypt"});
    CHECK(result.exit_code == 0);
    CHECK(count_lines(result.out) == 71);
    CHECK_FALSE(contains(result.out, "SEC_"));
    CHECK(count_lines(sspi_status({"--family=CERT", "--list"}).out) == 18);
    CHECK(count_lines(sspi_status({"--list", "--family", "Trust"}).out) == 16);
    CHECK(count_lines(sspi_status({"--list", "--family", "sec"}).out) == 95);
}

TEST_CASE("the option --search matches names and messages in either language, ignoring case, umlauts included") {
    auto result = sspi_status({"--search", "time_skew"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "0x80090324  SEC    SEC_E_TIME_SKEW                           The clocks on the client and server machines are "
          "skewed.\n"
          "1398        Win32     ERROR_TIME_SKEW                           There is a time and/or date difference between the "
          "client and server.\n");
    CHECK(sspi_status({"--search", "time_skew", "--family", "sspi"}).out.find("ERROR_TIME_SKEW") == std::string::npos);
    result = sspi_status({"--search",
                          "\xC3\x9C"
                          "BEREINSTIMMEND"});  // "ÜBEREINSTIMMEND" finds "übereinstimmend"
    CHECK(contains(result.out, "SEC_E_TIME_SKEW"));
    result = sspi_status({"--search", "smartcard logon is required"});  // winerror.h's text
    CHECK(contains(result.out, "SEC_E_SMARTCARD_LOGON_REQUIRED"));
    result = sspi_status({"--search", "no such words anywhere"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == "sspi-status: no status matches 'no such words anywhere'\n");
    result = sspi_status({"--search", "revocation"}, {}, "C");
    CHECK(contains(result.out, "CRYPT_E_NO_REVOCATION_CHECK"));
    CHECK(contains(result.out, "CRYPT_E_REVOCATION_OFFLINE"));
    CHECK(contains(result.out, "SEC_E_REVOCATION_OFFLINE_KDC"));
    result = sspi_status({"--search", "revocation", "--family", "crypt"}, {}, "C");
    CHECK(contains(result.out, "CRYPT_E_REVOCATION_OFFLINE"));
    CHECK_FALSE(contains(result.out, "SEC_E_REVOCATION_OFFLINE_KDC"));
}

TEST_CASE("the option --scan explains the lines that carry SSPI codes") {
    const run_tool::log_file file(
        "starting\n"
        "logon failed: 0x8009030C\n"
        "unrelated 0xDEADBEEF and 0x8009030C5\n"
        "handshake: SEC_I_CONTINUE_NEEDED, then sec_e_time_skew\r\n"
        "schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation\n"
        "chain: CERT_E_UNTRUSTEDROOT and crypt_e_revoked\n"
        "last line without newline 0x80090308");
    const std::string& log = file.path;
    auto result = sspi_status({"--scan", log}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(
        result.out ==
        "logon failed: 0x8009030C  # SEC_E_LOGON_DENIED (0x8009030C): The logon attempt failed\n"
        "handshake: SEC_I_CONTINUE_NEEDED, then sec_e_time_skew  # SEC_I_CONTINUE_NEEDED (0x00090312): "
        "The function completed successfully, but must be called again to complete the context; "
        "SEC_E_TIME_SKEW (0x80090324): The clocks on the client and server machines are skewed.\r\n"
        "schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation  # "
        "CRYPT_E_NO_REVOCATION_CHECK (0x80092012): The revocation function was unable to check revocation for the certificate.\n"
        "chain: CERT_E_UNTRUSTEDROOT and crypt_e_revoked  # CERT_E_UNTRUSTEDROOT (0x800B0109): A certificate chain processed, "
        "but terminated in a root certificate which is not trusted by the trust provider.; "
        "CRYPT_E_REVOKED (0x80092010): The certificate is revoked.\n"
        "last line without newline 0x80090308  # SEC_E_INVALID_TOKEN (0x80090308): The token supplied to the function is "
        "invalid\n");

    result = sspi_status({"--scan", "--all-lines", "--lang", "de"}, log);  // standard input
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("starting\nlogon failed: 0x8009030C  # SEC_E_LOGON_DENIED (0x8009030C): "
                           "Fehler beim Anmeldeversuch\nunrelated 0xDEADBEEF and 0x8009030C5\n",
                           0) == 0);
    CHECK(sspi_status({"--scan", "-"}, log).out == sspi_status({"--scan", log}).out);
}

TEST_CASE("the option --json prints the documented schema, valid for quotes, umlauts and invalid bytes") {
    auto result = sspi_status({"--json", "--lang", "de", "SEC_E_TIME_SKEW", "hello", "0x12345678"});
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          "{\"codes\":[{\"input\":\"SEC_E_TIME_SKEW\",\"result\":\"known\",\"code\":{\"name\":\"SEC_E_TIME_SKEW\","
          "\"aliases\":[],\"alias_of\":null,\"family\":\"SEC\",\"value\":\"0x80090324\",\"decimal\":-2146893020,"
          "\"severity\":\"error\",\"documented\":true,"
          "\"system_text\":{\"de\":\"Die Uhren auf den Client- und Servercomputern sind verzerrt.\"},"
          "\"page_text\":{\"de\":\"Die Uhren auf den Client- und Servercomputern sind nicht \xC3\xBC"
          "bereinstimmend.\"},"
          "\"tls_alerts\":[],\"tls_default\":false,\"calls\":[],\"call_text\":null,\"win32\":null,\"condition\":\"clock_skew\","
          "\"message\":\"Die Uhren auf den Client- und "
          "Servercomputern sind verzerrt.\"}},"
          "{\"input\":\"hello\",\"result\":\"invalid\",\"error\":\"neither a number nor a name such as SEC_E_LOGON_DENIED or "
          "CRYPT_E_REVOKED\"},"
          "{\"input\":\"0x12345678\",\"result\":\"unknown\",\"value\":\"0x12345678\",\"decimal\":305419896}]}\n");

    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, "say \"0x80090304\"\\ \x01 \xFF end\nnothing\n");
    result = sspi_status({"--json", "--scan", log, "--all-lines", "--lang", "en"});
    CHECK(result.exit_code == 0);
    // The pages that list the code are in the entry: checked apart, they are many.
    CHECK(result.out.rfind(
              "{\"lines\":[\n{\"line\":1,\"text\":\"say \\\"0x80090304\\\"\\\\ \\u0001 \xEF\xBF\xBD end\",\"codes\":[{\"name\":"
              "\"SEC_E_INTERNAL_ERROR\",\"aliases\":[\"SEC_E_NO_SPM\"],\"alias_of\":null,\"family\":\"SEC\",\"value\":"
              "\"0x80090304\","
              "\"decimal\":-2146893052,\"severity\":\"error\",\"documented\":true,"
              "\"system_text\":{\"en\":\"The Local Security Authority cannot be contacted\"},"
              "\"page_text\":{\"en\":\"An error occurred that did not map to an SSPI error code.\"},"
              "\"tls_alerts\":[{\"alert\":80,\"name\":\"TLS1_ALERT_INTERNAL_ERROR\"}],\"tls_default\":false,"
              "\"calls\":[{\"call\":\"AcceptSecurityContext\",\"package\":\"General\",\"text\":{\"en\":\"The function failed. An "
              "error occurred that did not map to an SSPI error code.\"}},",
              0) == 0);
    CHECK(contains(result.out,
                   "\"call_text\":null,\"win32\":\"ERROR_INTERNAL_ERROR\",\"condition\":null,\"message\":\"The Local Security "
                   "Authority cannot be contacted\"}]},\n"
                   "{\"line\":2,\"text\":\"nothing\",\"codes\":[]}\n]}\n"));
}

TEST_CASE("the option --tls-alert explains the code Schannel returns for an alert, and codes name their alerts") {
    auto result = sspi_status({"--tls-alert", "48"}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "TLS alert 48 (TLS1_ALERT_UNKNOWN_CA): Schannel returns SEC_E_UNTRUSTED_ROOT:\n\n"
          "SEC_E_UNTRUSTED_ROOT\n"
          "  value:          0x80090325 = -2146893019 (error, SEC family)\n"
          "  Windows, en:    The certificate chain was issued by an authority that is not trusted.\n"
          "  TLS alerts:     48 TLS1_ALERT_UNKNOWN_CA\n"
          "  Win32:          Windows reports it as ERROR_TRUST_FAILURE (1790) (Wine's table)\n"
          "  condition:      untrusted_root, with CERT_E_UNTRUSTEDROOT\n");
    result = sspi_status({"--tls-alert=41"}, {}, "C");
    CHECK(result.out.rfind("TLS alert 41 is not in Schannel's table. Its Default row gives SEC_E_ILLEGAL_MESSAGE ", 0) == 0);
    CHECK(contains(result.out,
                   "  TLS alerts:     10 SSL3_ALERT_UNEXPECTED_MESSAGE\n                  22 TLS1_ALERT_RECORD_OVERFLOW\n"));
    CHECK(contains(result.out, "                  any alert Schannel's table does not list\n"));
    result = sspi_status({"--json", "--tls-alert", "120"}, {}, "C");
    CHECK(result.out.rfind(
              "{\"tls_alert\":{\"alert\":120,\"listed\":true,\"name\":\"TLS1_ALERT_NO_APP_PROTOCOL\",\"code\":{\"name\":"
              "\"SEC_E_APPLICATION_PROTOCOL_MISMATCH\"",
              0) == 0);
    CHECK(contains(result.out, "\"tls_alerts\":[{\"alert\":120,\"name\":\"TLS1_ALERT_NO_APP_PROTOCOL\"}],\"tls_default\":false"));
    result = sspi_status({"--json", "--tls-alert", "7"}, {}, "C");
    CHECK(result.out.rfind(
              "{\"tls_alert\":{\"alert\":7,\"listed\":false,\"name\":null,\"code\":{\"name\":\"SEC_E_ILLEGAL_MESSAGE\"", 0) == 0);
    CHECK(contains(result.out, "\"tls_default\":true"));
    for (const char* bad : {"256", "-1", "x", "", "0x30"}) {
        INFO(bad);
        result = sspi_status({"--tls-alert", bad});
        CHECK(result.exit_code == 2);
        CHECK(result.err.rfind("sspi-status: --tls-alert: '" + std::string(bad) + "' is not an alert number from 0 to 255\n",
                               0) == 0);
    }
}

TEST_CASE("the options --help and --version") {
    auto result = sspi_status({"--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("Usage: sspi-status", 0) == 0);
    result = sspi_status({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "sspi-status " SSPI_STATUS_VERSION "\n");
}

TEST_CASE("without --lang: English, plus the user's language when it is one of ours") {
    auto result = sspi_status({"SEC_E_LOGON_DENIED"}, {}, "C");
    CHECK(result.out ==
          "SEC_E_LOGON_DENIED\n"
          "  value:          0x8009030C = -2146893044 (error, SEC family)\n"
          "  Windows, en:    The logon attempt failed\n"
          "  page, en:       This status code is obsolete.\n"
          "  TLS alerts:     49 TLS1_ALERT_ACCESS_DENIED\n"
          "  Win32:          Windows reports it as ERROR_LOGON_FAILURE (1326) (Wine's table)\n"
          "  condition:      logon_failure, with STATUS_LOGON_FAILURE, ERROR_LOGON_FAILURE, KDC_ERR_PREAUTH_FAILED\n"
          "  calls:          AcceptSecurityContext, InitializeSecurityContext (every package)\n"
          "  calls, en:      AcceptSecurityContext, InitializeSecurityContext (every package): The logon failed.\n");
    result = sspi_status({"SEC_E_LOGON_DENIED"}, {}, "fr_FR.UTF-8");
    CHECK(contains(result.out,
                   "  page, en:       This status code is obsolete.\n"
                   "  Windows, fr:    \xC3\x89"
                   "chec de la tentative d\xE2\x80\x99ouverture de session\n"));
    result = sspi_status({"SEC_E_LOGON_DENIED"}, {}, "zh_CN.UTF-8");  // Simplified Chinese: not ours
    CHECK_FALSE(contains(result.out, "zh"));
}

TEST_CASE("the option --lang takes every language tag and all") {
    auto result = sspi_status({"--lang", "pt_BR", "SEC_E_LOGON_DENIED"});
    CHECK(contains(result.out,
                   "  page, pt-BR:    Esse c\xC3\xB3"
                   "digo de status est\xC3\xA1 obsoleto.\n"));
    result = sspi_status({"--lang=zh-Hant-TW", "SEC_E_LOGON_DENIED"});
    CHECK(contains(
        result.out,
        "  Windows, zh-TW: \xE7\x99\xBB\xE5\x85\xA5\xE5\x98\x97\xE8\xA9\xA6\xE5\xA4\xB1\xE6\x95\x97\n"));  // 登入嘗試失敗
    CHECK(contains(
        result.out,
        "  page, zh-TW:    \xE6\xAD\xA4\xE7\x8B\x80\xE6\x85\x8B\xE7\xA2\xBC\xE5\xB7\xB2\xE9\x81\x8E\xE6\x99\x82\xE3\x80\x82\n"));
    result = sspi_status({"--lang", "all", "SEC_E_LOGON_DENIED"});
    std::size_t shown = 0;
    for (const auto language : sspi::languages()) {
        const std::string tag(sspi::lang_tag(language));
        INFO(tag);
        CHECK(contains(result.out, "\n  Windows, " + tag + ":"));
        CHECK(contains(result.out, "\n  page, " + tag + ":"));
        ++shown;
    }
    CHECK(shown == 8);
    CHECK(contains(result.out, "  page, ru:       \xD0\xAD\xD1\x82\xD0\xBE\xD1\x82 \xD0\xBA\xD0\xBE\xD0\xB4"));  // "Этот код"
}

TEST_CASE("the option --search finds text in every script, ignoring case") {
    const struct {
        const char* text;
        const char* finds;
    } searches[] = {
        {"\xD0\x9A\xD0\x9B\xD0\xAE\xD0\xA7 KERBEROS", "SEC_E_NO_KERB_KEY"},  // "КЛЮЧ KERBEROS", page: "Ключ Kerberos"
        {"CL\xC3\x89 KERBEROS", "SEC_E_NO_KERB_KEY"},                        // "CLÉ", page: "clé"
        {"NINGUNA CLAVE KERBEROS", "SEC_E_NO_KERB_KEY"},
        {"ALCUNA CHIAVE KERBEROS", "SEC_E_NO_KERB_KEY"},
        {"NENHUMA CHAVE KERBEROS", "SEC_E_NO_KERB_KEY"},
        {"KERBEROS \xE9\x87\x91\xE9\x91\xB0", "SEC_E_NO_KERB_KEY"},  // "Kerberos 金鑰"
        {"UHREN AUF DEN CLIENT", "SEC_E_TIME_SKEW"},
    };
    for (const auto& search : searches) {
        INFO(search.text);
        const auto result = sspi_status({"--search", search.text});
        CHECK(result.exit_code == 0);
        CHECK(contains(result.out, search.finds));
    }
}

TEST_CASE("the option --scan reads the call and package a line names, and adds what that call's page says") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log,
                 "Kerberos: InitializeSecurityContextW returned 0x80090322\n"
                 "schannel: AcceptSecurityContext failed: SEC_E_UNSUPPORTED_FUNCTION\n"
                 "DecryptMessage (Schannel) failed: SEC_E_WRONG_PRINCIPAL\n"
                 "_acceptsecuritycontext_ 0x80090302\n");
    const auto result = sspi_status({"--scan", log}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          // InitializeSecurityContext (Kerberos)'s own row.
          "Kerberos: InitializeSecurityContextW returned 0x80090322  # SEC_E_WRONG_PRINCIPAL (0x80090322): The target principal "
          "name is incorrect. | InitializeSecurityContext (Kerberos): The principal that received the authentication request is "
          "not the same as the one passed into the pszTargetName parameter. This indicates a failure in mutual authentication.\n"
          // AcceptSecurityContext (Schannel)'s row, not the general page's, which says more.
          "schannel: AcceptSecurityContext failed: SEC_E_UNSUPPORTED_FUNCTION  # SEC_E_UNSUPPORTED_FUNCTION (0x80090302): The "
          "function requested is not supported | AcceptSecurityContext (Schannel): The function failed. A context attribute flag "
          "that is not valid (ASC_REQ_DELEGATE or ASC_REQ_PROMPT_FOR_CREDS) was specified in the fContextReq parameter.\n"
          // No DecryptMessage page lists the code: the general text only.
          "DecryptMessage (Schannel) failed: SEC_E_WRONG_PRINCIPAL  # SEC_E_WRONG_PRINCIPAL (0x80090322): The target principal "
          "name is incorrect.\n"
          // No package: the general page; markdown's emphasis around the name does not hide it.
          "_acceptsecuritycontext_ 0x80090302  # SEC_E_UNSUPPORTED_FUNCTION (0x80090302): The function requested is not "
          "supported | AcceptSecurityContext (General): The function failed. A context attribute flag that is not valid "
          "(ASC_REQ_DELEGATE or ASC_REQ_PROMPT_FOR_CREDS) was specified in the fContextReq parameter. This value can be "
          "returned when using the Schannel SSP.\n");
}

TEST_CASE("the options --call and --package show what that call's page says") {
    auto result = sspi_status({"--call", "InitializeSecurityContext", "--package", "Kerberos", "0x80090322"}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "SEC_E_WRONG_PRINCIPAL\n"
          "  value:          0x80090322 = -2146893022 (error, SEC family)\n"
          "  Windows, en:    The target principal name is incorrect.\n"
          "  Win32:          Windows reports it as ERROR_WRONG_TARGET_NAME (1396) (Wine's table)\n"
          "  condition:      wrong_principal, with ERROR_WRONG_TARGET_NAME\n"
          "  call, en:       InitializeSecurityContext (Kerberos): The principal that received the authentication request is not "
          "the same as the one passed into the pszTargetName parameter. This indicates a failure in mutual authentication.\n");
    // A package page that does not list the code: the general page; neither: said so.
    result = sspi_status({"--call=acceptsecuritycontextw", "--package=kerberos", "--lang", "de", "SEC_E_BAD_BINDINGS"}, {}, "C");
    CHECK(contains(result.out, "  call, de:       AcceptSecurityContext (General): Fehler bei der Funktion. "));
    result = sspi_status({"--call", "MakeSignature", "0x80090322"}, {}, "C");
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "  call:           MakeSignature's pages do not list it\n"));
    // In JSON: every page that lists the code, and the one asked for.
    result = sspi_status({"--json", "--lang", "en", "--call", "DecryptMessage", "--package", "Schannel", "SEC_I_RENEGOTIATE"}, {},
                         "C");
    CHECK(contains(result.out,
                   "\"call_text\":{\"call\":\"DecryptMessage\",\"package\":\"Schannel\",\"text\":{\"en\":\"The remote party "
                   "requires a new handshake sequence or the application initiates a shutdown."));
    CHECK(contains(result.out, "\"calls\":[{\"call\":\"DecryptMessage\",\"package\":\"General\",\"text\":{\"en\":"));
    // Bad values and combinations.
    const auto refused = [](const process::result& refusal, const std::string& message) {
        INFO(message);
        CHECK(refusal.exit_code == 2);
        CHECK(contains(refusal.err, "sspi-status: " + message + "\n"));
        CHECK(refusal.out.empty());
    };
    refused(sspi_status({"--call", "InitSecContext", "0x80090322"}, {}, "C"),
            "--call: 'InitSecContext' is not an SSPI function whose return values are documented");
    refused(sspi_status({"--call", "InitializeSecurityContext", "--package", "TLS", "0x80090322"}, {}, "C"),
            "--package: unknown package 'TLS' (expected CredSSP, Digest, Kerberos, Negotiate, NTLM, Schannel)");
    refused(sspi_status({"--package", "Kerberos", "0x80090322"}, {}, "C"), "--package goes with --call");
    refused(sspi_status({"--call", "InitializeSecurityContext", "--list"}, {}, "C"), "--call goes with codes");
    refused(sspi_status({"--call"}, {}, "C"), "--call needs a value");
}

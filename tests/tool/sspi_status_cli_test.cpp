// sspi-status run as a user runs it: the output and exit status of each kind of input.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

// The tool as a German-speaking user runs it (LC_ALL=de_DE.UTF-8): English and German by default.
process::result sspi_status(std::initializer_list<std::string> arguments, const std::string& stdin_file = {},
                            const std::string& locale = "de_DE.UTF-8") {
    return process::run(SSPI_STATUS_TOOL, arguments, stdin_file, {"LC_ALL=" + locale});
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a code is explained: names, hex and signed decimal, severity, messages") {
    const auto result = sspi_status({"0x8009030C"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "SEC_E_LOGON_DENIED\n"
          "  value:      0x8009030C = -2146893044 (error)\n"
          "  en:         This status code is obsolete.\n"
          "  de:         Dieser Statuscode ist veraltet.\n"
          "  winerror.h: The logon attempt failed\n");
}

TEST_CASE("every spelling of a code finds it") {
    for (const char* spelling : {"0x8009030C", "0x8009030c", "0X8009030C", "8009030c", "8009030C", "-2146893044",
                                 "2148074252", "SEC_E_LOGON_DENIED", "sec_e_logon_denied", "e_logon_denied"}) {
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
    CHECK(contains(result.out, "  message:    An error occurred that did not map to an SSPI error code.\n"));
}

TEST_CASE("the option --lang picks the messages shown") {
    auto result = sspi_status({"--lang", "de", "SEC_E_TIME_SKEW"});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "  de:         Die Uhren auf den Client- und Servercomputern sind nicht \xC3\xBC" "bereinstimmend.\n"));
    CHECK_FALSE(contains(result.out, "  en:"));
    result = sspi_status({"--lang=en", "SEC_E_TIME_SKEW"});
    CHECK(contains(result.out, "  en:         The clocks on the client and server computers do not match.\n"));
    CHECK_FALSE(contains(result.out, "  de:"));
    CHECK(contains(result.out, "  winerror.h: The clocks on the client and server machines are skewed.\n"));
}

TEST_CASE("a value that is no SSPI code exits 1 and says so with its value") {
    auto result = sspi_status({"0x12345678"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == "sspi-status: '0x12345678': 0x12345678 (305419896) is not an SSPI status code\n");
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
        {"hello", "sspi-status: 'hello': neither a number nor a SEC_ name\n"},
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
    CHECK(result.err == "sspi-status: '4294967295': 0xFFFFFFFF (-1) is not an SSPI status code\n");
    result = sspi_status({"-2147483648"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sspi-status: '-2147483648': 0x80000000 (-2147483648) is not an SSPI status code\n");
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
        {{"--list", "0x8009030C"}, "sspi-status: '0x8009030C': codes cannot be combined with --list, --search or --scan\n"},
        {{"--all-lines", "0x8009030C"}, "sspi-status: --all-lines goes with --scan\n"},
        {{"--search", ""}, "sspi-status: --search: empty text\n"},
        {{"--json=yes", "1"}, "sspi-status: --json takes no value\n"},
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

TEST_CASE("the option --list prints all 95 names in value order: value, name, English message") {
    const auto result = sspi_status({"--list"});
    CHECK(result.exit_code == 0);
    std::size_t lines = 0;
    for (const char c : result.out) lines += c == '\n' ? 1 : 0;
    CHECK(lines == 95);
    CHECK(result.out.rfind("0x00000000  SEC_E_OK                              The operation completed successfully.\n", 0) == 0);
    CHECK(contains(result.out, "0x8009030C  SEC_E_LOGON_DENIED                    This status code is obsolete.\n"));
    CHECK(result.out.find("SEC_I_ASYNC_CALL_PENDING") < result.out.find("SEC_E_INSUFFICIENT_MEMORY"));
}

TEST_CASE("the option --search matches names and messages in either language, ignoring case, umlauts included") {
    auto result = sspi_status({"--search", "time_skew"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "0x80090324  SEC_E_TIME_SKEW                       The clocks on the client and server computers do not match.\n");
    result = sspi_status({"--search", "\xC3\x9C" "BEREINSTIMMEND"});  // "ÜBEREINSTIMMEND" finds "übereinstimmend"
    CHECK(contains(result.out, "SEC_E_TIME_SKEW"));
    result = sspi_status({"--search", "smartcard logon is required"});  // winerror.h's text
    CHECK(contains(result.out, "SEC_E_SMARTCARD_LOGON_REQUIRED"));
    result = sspi_status({"--search", "no such words anywhere"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err == "sspi-status: no SSPI status matches 'no such words anywhere'\n");
}

TEST_CASE("the option --scan explains the lines that carry SSPI codes") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log,
                        "starting\n"
                        "AcceptSecurityContext failed: 0x8009030C\n"
                        "unrelated 0xDEADBEEF and 0x8009030C5\n"
                        "InitializeSecurityContext: SEC_I_CONTINUE_NEEDED, then sec_e_time_skew\r\n"
                        "last line without newline 0x80090308");
    auto result = sspi_status({"--scan", log});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "AcceptSecurityContext failed: 0x8009030C  # SEC_E_LOGON_DENIED (0x8009030C): This status code is obsolete.\n"
          "InitializeSecurityContext: SEC_I_CONTINUE_NEEDED, then sec_e_time_skew  # SEC_I_CONTINUE_NEEDED (0x00090312): "
          "The function completed successfully, but you must call this function again to complete the context.; "
          "SEC_E_TIME_SKEW (0x80090324): The clocks on the client and server computers do not match.\r\n"
          "last line without newline 0x80090308  # SEC_E_INVALID_TOKEN (0x80090308): The token passed to the function is not valid.\n");

    result = sspi_status({"--scan", "--all-lines", "--lang", "de"}, log);  // standard input
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("starting\nAcceptSecurityContext failed: 0x8009030C  # SEC_E_LOGON_DENIED (0x8009030C): "
                           "Dieser Statuscode ist veraltet.\nunrelated 0xDEADBEEF and 0x8009030C5\n", 0) == 0);
    CHECK(sspi_status({"--scan", "-"}, log).out == sspi_status({"--scan", log}).out);
}

TEST_CASE("the option --json prints the documented schema, valid for quotes, umlauts and invalid bytes") {
    auto result = sspi_status({"--json", "--lang", "de", "SEC_E_TIME_SKEW", "hello", "0x12345678"});
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          "{\"codes\":[{\"input\":\"SEC_E_TIME_SKEW\",\"result\":\"known\",\"code\":{\"name\":\"SEC_E_TIME_SKEW\","
          "\"aliases\":[],\"alias_of\":null,\"value\":\"0x80090324\",\"decimal\":-2146893020,\"severity\":\"error\","
          "\"documented\":true,\"messages\":{\"de\":\"Die Uhren auf den Client- und Servercomputern sind nicht "
          "\xC3\xBC" "bereinstimmend.\"},\"system_message\":\"The clocks on the client and server machines are skewed.\","
          "\"message\":\"Die Uhren auf den Client- und Servercomputern sind nicht \xC3\xBC" "bereinstimmend.\"}},"
          "{\"input\":\"hello\",\"result\":\"invalid\",\"error\":\"neither a number nor a SEC_ name\"},"
          "{\"input\":\"0x12345678\",\"result\":\"unknown\",\"value\":\"0x12345678\",\"decimal\":305419896}]}\n");

    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, "say \"0x80090304\"\\ \x01 \xFF end\nnothing\n");
    result = sspi_status({"--json", "--scan", log, "--all-lines", "--lang", "en"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "{\"lines\":[\n{\"line\":1,\"text\":\"say \\\"0x80090304\\\"\\\\ \\u0001 \xEF\xBF\xBD end\",\"codes\":[{\"name\":"
          "\"SEC_E_INTERNAL_ERROR\",\"aliases\":[\"SEC_E_NO_SPM\"],\"alias_of\":null,\"value\":\"0x80090304\",\"decimal\":"
          "-2146893052,\"severity\":\"error\",\"documented\":true,\"messages\":{\"en\":\"An error occurred that did not map "
          "to an SSPI error code.\"},\"system_message\":\"The Local Security Authority cannot be contacted\",\"message\":"
          "\"An error occurred that did not map to an SSPI error code.\"}]},\n{\"line\":2,\"text\":\"nothing\",\"codes\":[]}\n]}\n");
}

TEST_CASE("the options --help and --version") {
    auto result = sspi_status({"--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("usage: sspi-status", 0) == 0);
    result = sspi_status({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "sspi-status " SSPI_STATUS_VERSION "\n");
}

TEST_CASE("without --lang: English, plus the user's language when it is one of ours") {
    auto result = sspi_status({"SEC_E_NO_KERB_KEY"}, {}, "C");
    CHECK(result.out ==
          "SEC_E_NO_KERB_KEY\n"
          "  value:      0x80090348 = -2146892984 (error)\n"
          "  en:         No Kerberos key was found.\n"
          "  winerror.h: SEC_E_NO_KERB_KEY\n");
    result = sspi_status({"SEC_E_NO_KERB_KEY"}, {}, "fr_FR.UTF-8");
    CHECK(contains(result.out, "  en:         No Kerberos key was found.\n  fr:         Aucune cl\xC3\xA9 Kerberos n\xE2\x80\x99" "a \xC3\xA9t\xC3\xA9 trouv\xC3\xA9" "e.\n"));
    result = sspi_status({"SEC_E_NO_KERB_KEY"}, {}, "zh_CN.UTF-8");  // Simplified Chinese: not ours
    CHECK_FALSE(contains(result.out, "zh"));
}

TEST_CASE("the option --lang takes every language tag and all") {
    auto result = sspi_status({"--lang", "pt_BR", "SEC_E_LOGON_DENIED"});
    CHECK(contains(result.out, "  pt-BR:      Esse c\xC3\xB3" "digo de status est\xC3\xA1 obsoleto.\n"));
    result = sspi_status({"--lang=zh-Hant-TW", "SEC_E_LOGON_DENIED"});
    CHECK(contains(result.out, "  zh-TW:      \xE6\xAD\xA4\xE7\x8B\x80\xE6\x85\x8B\xE7\xA2\xBC\xE5\xB7\xB2\xE9\x81\x8E\xE6\x99\x82\xE3\x80\x82\n"));
    result = sspi_status({"--lang", "all", "SEC_E_LOGON_DENIED"});
    for (const char* tag : {"en", "de", "es", "fr", "it", "pt-BR", "ru", "zh-TW"}) {
        INFO(tag);
        CHECK(contains(result.out, std::string("\n  ") + tag + ":"));
    }
    CHECK(contains(result.out, "  ru:         \xD0\xAD\xD1\x82\xD0\xBE\xD1\x82 \xD0\xBA\xD0\xBE\xD0\xB4"));  // "Этот код"
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
        {"KERBEROS \xE9\x87\x91\xE9\x91\xB0", "SEC_E_NO_KERB_KEY"},           // "Kerberos 金鑰"
        {"UHREN AUF DEN CLIENT", "SEC_E_TIME_SKEW"},
    };
    for (const auto& search : searches) {
        INFO(search.text);
        const auto result = sspi_status({"--search", search.text});
        CHECK(result.exit_code == 0);
        CHECK(contains(result.out, search.finds));
    }
}

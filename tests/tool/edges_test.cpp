// sspi-status at its edges: output that cannot be written, input that cannot be read, lines of any
// length, arguments in any order and of any size. Nothing may be lost or misreported silently.
#include "run_tool.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <string>
#include <vector>

namespace {

const std::string tool = SSPI_STATUS_TOOL;

using run_tool::sspi_status;

using run_tool::contains;

const std::string logon_denied_note = "  # SEC_E_LOGON_DENIED (0x8009030C): The logon attempt failed";

}  // namespace

TEST_CASE("a write error ends the run with a message and exit status 2") {
    for (const char* arguments : {"--list", "0x8009030C", "--json --list", "--help"}) {
        INFO(arguments);
        const auto result = process::run_shell("LC_ALL=C " + process::quote(tool) + " " + arguments + " > /dev/full");
        CHECK(result.exit_code == 2);
        CHECK(result.err == "sspi-status: write error: No space left on device\n");
    }
}

TEST_CASE("with SIGPIPE ignored, --scan stops at the first failed write instead of reading on") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    std::string text;
    for (int i = 0; i < 200000; ++i) text += "line " + std::to_string(i) + " 0x8009030C\n";
    files::write(log, text);
    const auto result = process::run_shell(
        "bash -c " + process::quote("trap '' PIPE; LC_ALL=C " + process::quote(tool) + " --scan " + process::quote(log) +
                                    " | head -c 1 > /dev/null; echo \"exit ${PIPESTATUS[0]}\""));
    INFO(result.err);
    CHECK(contains(result.err, "sspi-status: write error: Broken pipe\n"));
    CHECK(result.out == "exit 2\n");
}

TEST_CASE("the option --scan on a folder or an unreadable file says so and exits 2") {
    const process::scratch_folder scratch;
    auto result = sspi_status({"--scan", scratch.path.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "sspi-status: --scan '" + scratch.path.string() + "': is a directory\n");
}

TEST_CASE("the option --all-lines passes every byte through, a missing last newline included") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, "a\r\n\nb 0x8009030C\r\n\xFF\xFE raw\nno newline at the end");
    auto result = sspi_status({"--scan", "--all-lines", log});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "a\r\n\nb 0x8009030C" + logon_denied_note + "\r\n\xFF\xFE raw\nno newline at the end");
    files::write(log, "last 0x8009030C");
    CHECK(sspi_status({"--scan", "--all-lines", log}).out == "last 0x8009030C" + logon_denied_note);
    CHECK(sspi_status({"--scan", log}).out == "last 0x8009030C" + logon_denied_note + "\n");  // a list of lines
}

TEST_CASE("a line of any length is scanned in pieces, and a code across a piece border is found") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    // 0x8009030C across the first 64 KiB border, a long word, Chinese text without ASCII, then a code.
    std::string line(65536 - 4, '.');
    line += " 0x8009030C ";
    line += std::string(200000, 'w') + " ";
    for (int i = 0; i < 30000; ++i) line += "\xE7\x99\xBB";
    line += " CRYPT_E_REVOKED end";
    files::write(log, line + "\nnext 0x80090308\n");

    auto result = sspi_status({"--scan", "--all-lines", log});
    CHECK(result.exit_code == 0);
    const std::string notes = logon_denied_note + "; CRYPT_E_REVOKED (0x80092010): The certificate is revoked.";
    CHECK(result.out ==
          line + notes +
              "\nnext 0x80090308  # SEC_E_INVALID_TOKEN (0x80090308): The token supplied to the function is invalid\n");

    // Only lines with codes: a line's first 64 KiB are shown, the rest is counted.
    result = sspi_status({"--scan", log});
    const std::size_t omitted = line.size() - 65536;
    CHECK(result.out.substr(0, 65536) == line.substr(0, 65536));
    CHECK(result.out.substr(65536) ==
          " [" + std::to_string(omitted) + " more bytes of this line not shown]" + notes +
              "\nnext 0x80090308  # SEC_E_INVALID_TOKEN (0x80090308): The token supplied to the function is invalid\n");

    result = sspi_status({"--scan", "--json", log});
    CHECK(contains(result.out, ",\"omitted_bytes\":" + std::to_string(omitted) + ",\"codes\":[{\"name\":\"SEC_E_LOGON_DENIED\""));
    CHECK(contains(result.out, "{\"line\":2,\"text\":\"next 0x80090308\""));
}

TEST_CASE("a word too long to be a code is not read as one where a piece of it ends") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, std::string(70000, 'A') + "_0x8009030C 0 SEC_E_X" + std::string(65536, 'B') + "\n");
    const auto result = sspi_status({"--scan", log});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
}

TEST_CASE("memory stays bounded on a line of 64 MB without a newline", "[memory_limit]") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, std::string(64 << 20, 'x') + " 0x8009030C\nx 0x80090308\n");
    // 32 MB of address space would not hold the line; the tool needs a few.
    const auto result =
        process::run_shell("ulimit -v 32768; LC_ALL=C " + process::quote(tool) + " --scan " + process::quote(log));
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, logon_denied_note + "\n"));
    CHECK(contains(result.out, "x 0x80090308  # SEC_E_INVALID_TOKEN"));
}

TEST_CASE("options parse as GNU tools parse them: any order, --opt=value, -- ends options") {
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    files::write(log, "a\nb 0x8009030C\n");
    const std::string expected = "a\nb 0x8009030C" + logon_denied_note + "\n";
    CHECK(sspi_status({"--scan", "--all-lines", log}).out == expected);
    CHECK(sspi_status({log, "--all-lines", "--scan"}).out == expected);
    CHECK(sspi_status({"--all-lines", "--scan=" + log}).out == expected);
    CHECK(sspi_status({"--scan", "--all-lines", "--", log}).out == expected);
    CHECK(sspi_status({"0x8009030C", "--lang", "en"}).out == sspi_status({"--lang=en", "0x8009030C"}).out);
    CHECK(sspi_status({"--search", "--list"}).err ==
          "sspi-status: no status matches '--list'\n");  // the value, as getopt reads it
    CHECK(sspi_status({"--", "-2146893044"}).exit_code == 0);

    auto result = sspi_status({"--scan", log, "0x8009030C"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.rfind("sspi-status: '0x8009030C': --scan reads one file (codes cannot be combined with --scan)\n", 0) == 0);
    result = sspi_status({"--list", "0x8009030C"});
    CHECK(result.err.rfind("sspi-status: '0x8009030C': codes cannot be combined with --list\n", 0) == 0);
}

TEST_CASE("arguments: any case of all, blanks from a copy-paste, +N, and a huge argument quoted short") {
    CHECK(sspi_status({"--lang", "ALL", "0"}).exit_code == 0);
    CHECK(contains(sspi_status({"--lang", "All", "0"}).out, "page, zh-TW:"));
    CHECK(sspi_status({" 0x8009030C\t"}).out.rfind("SEC_E_LOGON_DENIED\n", 0) == 0);
    CHECK(sspi_status({"+2148074252"}).out.rfind("SEC_E_LOGON_DENIED\n", 0) == 0);
    // Decimal: ten, which is no SSPI code but a Kerberos and a Win32 error.
    CHECK(contains(sspi_status({"010"}).out, "  Kerberos:       10 = 0xA "));
    CHECK(contains(sspi_status({"010"}).out, "  Win32:          10 = 0x0000000A "));
    CHECK(sspi_status({"0x12345678"}).err ==
          "sspi-status: '0x12345678': 0x12345678 (305419896) is no code of any family (sspi, ntstatus, win32, kerberos, "
          "hresult)\n");
    const std::string huge(130000, 'z');
    const auto result = sspi_status({huge});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "sspi-status: '" + std::string(60, 'z') +
              "\xE2\x80\xA6' (130000 bytes): neither a number nor a name such as SEC_E_LOGON_DENIED or CRYPT_E_REVOKED\n");
    CHECK(sspi_status({"--lang", huge}).err.size() < 300);
}

TEST_CASE("the option --scan finds codes as pywin32, Rust and .NET print them, and leaves ordinary numbers alone") {
    const run_tool::log_file file(
        "pywintypes.error: (-2146893044, 'InitializeSecurityContext', 'The logon attempt failed')\n"
        "Error: Os { code: -2146893022, kind: Other, message: \"The target principal name is incorrect.\" }\n"
        "unsigned 2148074252, hex 0X8009030c\n"
        "took 2146893044 ms for id 1234567890 and -1, 0, 590610, -2146893100, 4294967295\n");
    const auto result = sspi_status({"--scan", file.path});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "pywintypes.error: (-2146893044, 'InitializeSecurityContext', 'The logon attempt failed')" + logon_denied_note +
              " | InitializeSecurityContext (General): The logon failed.\n"
              "Error: Os { code: -2146893022, kind: Other, message: \"The target principal name is incorrect.\" }  # "
              "SEC_E_WRONG_PRINCIPAL (0x80090322): The target principal name is incorrect.\n"
              "unsigned 2148074252, hex 0X8009030c" +
              logon_denied_note + "\n");
}

TEST_CASE("the option --scan on real log lines from public issue threads (tests/tool/real_log_lines.tsv)") {
    // Each row: the thread, the codes the line holds, the call and package whose page explains them
    // (empty where the line names no call, or that call's pages do not list the code), the line.
    const auto table = files::read(SSPI_STATUS_TOOL_TEST_DATA "/real_log_lines.tsv");
    const process::scratch_folder scratch;
    const auto log = (scratch.path / "log.txt").string();
    std::string lines;
    std::vector<std::vector<std::string>> rows;
    std::size_t start = table.find('\n') + 1;  // after the header
    for (std::size_t end; (end = table.find('\n', start)) != std::string::npos; start = end + 1) {
        std::vector<std::string> fields;
        for (std::size_t field = start, tab; fields.size() < 3; field = tab + 1) {
            tab = table.find('\t', field);
            fields.push_back(table.substr(field, tab - field));
            if (fields.size() == 3) lines += table.substr(tab + 1, end - tab - 1) + "\n";
        }
        rows.push_back(fields);
    }
    REQUIRE(rows.size() >= 42);
    files::write(log, lines);
    const auto result = sspi_status({"--scan", log, "--all-lines", "--lang", "en"});
    CHECK(result.exit_code == 0);
    std::size_t line = 0, in_context = 0;
    for (std::size_t at = 0, end; (end = result.out.find('\n', at)) != std::string::npos; at = end + 1, ++line) {
        REQUIRE(line < rows.size());
        const std::string out = result.out.substr(at, end - at);
        const std::string& code = rows[line][1];
        const std::string& context = rows[line][2];
        INFO(rows[line][0] << "\n" << out);
        if (code.empty()) {
            CHECK(out.find("  # ") == std::string::npos);
            continue;
        }
        const auto note = out.find("  # " + code + " (0x");
        REQUIRE(note != std::string::npos);
        const std::string after_value = out.substr(note + 4 + code.size() + 13);  // "NAME (0x12345678)"
        CHECK(after_value.rfind(": ", 0) == 0);
        if (context.empty()) {
            CHECK(after_value.find(" | ") == std::string::npos);
        } else {
            CHECK(after_value.find(" | " + context + ": ") != std::string::npos);
            ++in_context;
        }
    }
    CHECK(line == rows.size());
    CHECK(in_context ==
          static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const auto& row) { return !row[2].empty(); })));
    CHECK(in_context >= 10);
}

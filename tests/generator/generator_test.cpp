// sspi-status-gen as a user runs it: valid input, and one malformed CSV per rule, each of which
// must be reported as file:line: problem with a non-zero exit and leave the old output untouched.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

const std::string header =
    "name,value,alias_of,message_en,message_de,system_message,message_es,message_fr,message_it,message_pt_br,"
    "message_ru,message_zh_tw\n";
const std::string valid_rows =
    "SEC_E_OK,0x00000000,,The operation completed successfully.,Der Vorgang wurde erfolgreich abgeschlossen.,,,,,,,\n"
    "SEC_I_CONTINUE_NEEDED,0x00090312,,\"Completed, but call again.\",,\"He said \"\"again\"\".\",,,,,,\n"
    "SEC_E_INTERNAL_ERROR,0x80090304,,An error occurred.,,The Local Security Authority cannot be contacted,,,,,,\n"
    "SEC_E_NO_SPM,0x80090304,SEC_E_INTERNAL_ERROR,,,,,,,,,\n";

// A scratch folder with an output folder that already holds "previous output".
struct workspace {
    process::scratch_folder scratch;
    fs::path root = scratch.path;
    fs::path out = root / "out";
    workspace() {
        fs::create_directories(out);
        files::write(out / "status.hpp", "previous status.hpp");
        files::write(out / "table.ipp", "previous table.ipp");
        files::write(out / "translations.ipp", "previous translations.ipp");
    }

    process::result generate(const std::string& csv) const {
        files::write(root / "input.csv", csv);
        return process::run(SSPI_STATUS_GEN, {(root / "input.csv").string(), out.string()});
    }
    bool output_untouched() const {
        return files::read(out / "status.hpp") == "previous status.hpp" && files::read(out / "table.ipp") == "previous table.ipp" &&
               files::read(out / "translations.ipp") == "previous translations.ipp" && !fs::exists(out / "status.hpp.tmp") &&
               !fs::exists(out / "table.ipp.tmp") && !fs::exists(out / "translations.ipp.tmp");
    }
};

struct bad_input {
    const char* rule;
    std::string csv;
    std::string expected;  // after "input.csv:"
};

}  // namespace

TEST_CASE("a valid CSV gives all three headers, byte for byte the same on every run and for CRLF input") {
    const workspace space;
    const auto first = space.generate(header + valid_rows);
    REQUIRE(first.exit_code == 0);
    CHECK(first.err.empty());
    const std::string status = files::read(space.out / "status.hpp");
    const std::string table = files::read(space.out / "table.ipp");
    CHECK(status.rfind("// Generated from ", 0) == 0);
    CHECK(status.find("Do not edit.") != std::string::npos);
    CHECK(status.find("sec_e_internal_error = -2146893052,  // 0x80090304") != std::string::npos);
    CHECK(status.find("sec_e_no_spm = -2146893052,") != std::string::npos);
    CHECK(table.rfind("// Generated from ", 0) == 0);
    CHECK(table.find("\"He said \\\"again\\\".\"") != std::string::npos);
    CHECK(table.find("Der Vorgang wurde erfolgreich abgeschlossen.") != std::string::npos);
    const std::string translations = files::read(space.out / "translations.ipp");
    CHECK(translations.rfind("// Generated from ", 0) == 0);

    REQUIRE(space.generate(header + valid_rows).exit_code == 0);
    CHECK(files::read(space.out / "status.hpp") == status);
    CHECK(files::read(space.out / "table.ipp") == table);
    CHECK(files::read(space.out / "translations.ipp") == translations);

    std::string crlf;
    for (const char c : header + valid_rows) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    REQUIRE(space.generate(crlf).exit_code == 0);
    CHECK(files::read(space.out / "status.hpp") == status);
    CHECK(files::read(space.out / "table.ipp") == table);
    CHECK(files::read(space.out / "translations.ipp") == translations);
}

TEST_CASE("each malformed CSV is reported with its line, and the output stays as it was") {
    const bad_input cases[] = {
        {"empty file", "", "1: missing header"},
        {"wrong header", "name,value,alias,message_en,message_de,system_message,message_es,message_fr,message_it,message_pt_br,"
                             "message_ru,message_zh_tw\n" + valid_rows, "1: wrong header"},
        {"header only", header, "1: no rows after the header"},
        {"too few fields", header + "SEC_E_OK,0x00000000,,,,,,,,,\n", "2: wrong number of fields: 11, expected 12"},
        {"too many fields", header + valid_rows + "SEC_E_X,0x80090399,,,,,,,,,,,\n", "6: wrong number of fields: 13, expected 12"},
        {"blank line", header + "SEC_E_OK,0x00000000,,,,,,,,,,\n\nSEC_I_X,0x00090399,,,,,,,,,,\n", "3: wrong number of fields: 1"},
        {"unterminated quote", header + "SEC_E_OK,0x00000000,,\"never closed,,,,,,,,\nSEC_I_X,0x00090399,,,,,,,,,,\n",
         "2: unterminated quoted field"},
        {"quote inside a field", header + "SEC_E_OK,0x00000000,,say \"hi\",,,,,,,,\n", "2: quote inside an unquoted field"},
        {"text after a closing quote", header + "SEC_E_OK,0x00000000,,\"hi\" there,,,,,,,,\n",
         "2: text after the closing quote of a field"},
        {"bare carriage return", header + "SEC_E_OK,0x00000000,,,,\rSEC_I_X,0x00090399,,,,,,,,,,\n",
         "2: carriage return without line feed"},
        {"invalid UTF-8", header + valid_rows + "SEC_E_X,0x80090399,,caf\xE9,,,,,,,,\n", "6: invalid UTF-8"},
        {"overlong UTF-8", header + "SEC_E_OK,0x00000000,,\xC0\xAF,,,,,,,,\n", "2: invalid UTF-8"},
        {"control character", header + "SEC_E_OK,0x00000000,,\"two\nlines\",,,,,,,,\n", "2: message_en contains a control character"},
        {"control character in a translation", header + "SEC_E_OK,0x00000000,,,,,,,,,,\"tab\there\"\n",
         "2: message_zh_tw contains a control character"},
        {"untrimmed translation", header + "SEC_E_OK,0x00000000,,,,,,, text,,,\n", "2: message_it has leading or trailing spaces"},
        {"untrimmed text", header + "SEC_E_OK,0x00000000,,,,Done. ,,,,,,\n", "2: system_message has leading or trailing spaces"},
        {"lower-case name", header + "sec_e_ok,0x00000000,,,,,,,,,,\n", "2: name 'sec_e_ok' does not match SEC_[EI]_[A-Z0-9_]+"},
        {"name of another family", header + "SEC_X_OK,0x00000000,,,,,,,,,,\n", "2: name 'SEC_X_OK' does not match"},
        {"name with a hyphen", header + "SEC_E_LOGON-DENIED,0x8009030C,,,,,,,,,,\n", "2: name 'SEC_E_LOGON-DENIED' does not match"},
        {"lower-case hex", header + "SEC_E_LOGON_DENIED,0x8009030c,,,,,,,,,,\n",
         "2: value '0x8009030c' is not 0x followed by 8 upper-case hex digits"},
        {"short value", header + "SEC_E_LOGON_DENIED,0x8009030,,,,,,,,,,\n", "2: value '0x8009030' is not 0x followed by"},
        {"decimal value", header + "SEC_E_LOGON_DENIED,2148074252,,,,,,,,,,\n", "2: value '2148074252' is not"},
        {"error without the severity bit", header + "SEC_E_LOGON_DENIED,0x0009030C,,,,,,,,,,\n",
         "2: SEC_E_LOGON_DENIED is an error but 0x0009030C does not have the severity bit set"},
        {"information with the severity bit", header + "SEC_I_RENEGOTIATE,0x80090321,,,,,,,,,,\n",
         "2: SEC_I_RENEGOTIATE is not an error but 0x80090321 has the severity bit set"},
        {"SEC_E_OK with the severity bit", header + "SEC_E_OK,0x80000000,,,,,,,,,,\n", "2: SEC_E_OK is not an error but"},
        {"duplicate name", header + valid_rows + "SEC_E_INTERNAL_ERROR,0x80090399,,,,,,,,,,\n",
         "6: duplicate name SEC_E_INTERNAL_ERROR (first on line 4)"},
        {"one value, two names", header + valid_rows + "SEC_E_OTHER,0x80090304,,,,,,,,,,\n",
         "6: value 0x80090304 already belongs to SEC_E_INTERNAL_ERROR (line 4) and this row is no alias of it"},
        {"alias of nothing", header + valid_rows + "SEC_E_X,0x80090304,SEC_E_MISSING,,,,,,,,,\n",
         "6: alias_of 'SEC_E_MISSING' names no row before this one"},
        {"alias with another value", header + valid_rows + "SEC_E_X,0x80090399,SEC_E_INTERNAL_ERROR,,,,,,,,,\n",
         "6: alias_of names SEC_E_INTERNAL_ERROR, whose value 0x80090304 differs from 0x80090399"},
        {"alias of an alias", header + valid_rows + "SEC_E_X,0x80090304,SEC_E_NO_SPM,,,,,,,,,\n",
         "6: alias_of names SEC_E_NO_SPM, which is itself an alias"},
        {"descending values", header + "SEC_E_LOGON_DENIED,0x8009030C,,,,,,,,,,\nSEC_E_OK,0x00000000,,,,,,,,,,\n",
         "3: rows must be in ascending value order: 0x00000000 follows 0x8009030C"},
        {"names the hash cannot tell apart", header + "SEC_E_ABCDEF,0x80090301,,,,,,,,,,\nSEC_E_AXCDEF,0x80090302,,,,,,,,,,\n",
         "3: SEC_E_AXCDEF hashes like SEC_E_ABCDEF (line 2) under every seed"},
        {"alias away from its target", header + valid_rows + "SEC_E_Y,0x80090399,,,,,,,,,,\nSEC_E_X,0x80090304,SEC_E_INTERNAL_ERROR,,,,,,,,,\n",
         "7: rows must be in ascending value order"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        const auto result = space.generate(bad.csv);
        CHECK(result.exit_code == 1);
        INFO(result.err);
        CHECK(result.err.find("input.csv:" + bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

TEST_CASE("bad command lines and unreadable files are refused without writing") {
    const workspace space;
    files::write(space.root / "input.csv", header + valid_rows);
    const std::string csv = (space.root / "input.csv").string();

    auto result = process::run(SSPI_STATUS_GEN, {});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("usage: sspi-status-gen CSV OUTPUT_DIR") != std::string::npos);
    CHECK(process::run(SSPI_STATUS_GEN, {csv}).exit_code == 2);
    CHECK(process::run(SSPI_STATUS_GEN, {"--bogus", csv}).exit_code == 2);

    result = process::run(SSPI_STATUS_GEN, {(space.root / "missing.csv").string(), space.out.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("missing.csv: cannot read") != std::string::npos);

    result = process::run(SSPI_STATUS_GEN, {csv, (space.root / "no-such-folder").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("cannot write") != std::string::npos);
    CHECK(space.output_untouched());
}

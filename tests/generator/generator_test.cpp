// sspi-status-gen as a user runs it: valid input, and one malformed CSV per rule, each of which
// must be reported as file:line: problem with a non-zero exit and leave the old output untouched.
#include "support/process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Two languages, so that the texts are columns 4 to 7: system_text_en, system_text_de, page_text_en, page_text_de.
const std::string languages =
    "lang,tag,script,regions,windows_language,windows_sublanguages\n"
    "en,en,,,0x09,\n"
    "de,de,,,0x07,\n";
const std::string header = "name,value,alias_of,system_text_en,system_text_de,page_text_en,page_text_de\n";
const std::string valid_rows =
    "SEC_E_OK,0x00000000,,,,The operation completed successfully.,Der Vorgang wurde erfolgreich abgeschlossen.\n"
    "SEC_I_CONTINUE_NEEDED,0x00090312,,\"He said \"\"again\"\".\",,\"Completed, but call again.\",\n"
    "SEC_E_INTERNAL_ERROR,0x80090304,,The Local Security Authority cannot be contacted,Die LSA ist nicht erreichbar,An error "
    "occurred.,\n"
    "SEC_E_NO_SPM,0x80090304,SEC_E_INTERNAL_ERROR,,,,\n";
const std::string crypt_row = "CRYPT_E_REVOKED,0x80092010,,The certificate is revoked.,,,\n";

const std::vector<std::string> outputs{
    "enums.hpp",        "detail/languages.ipp", "detail/table.ipp", "detail/texts.ipp",    "detail/tls_alerts.ipp",
    "detail/calls.ipp", "detail/ntstatus.ipp",  "detail/win32.ipp", "detail/kerberos.ipp", "detail/conditions.ipp",
    "detail/events.ipp"};
const std::string kerberos_header = "number,name,mit_name,text,description,causes,source\n";
const std::string kerberos = kerberos_header +
                             "0,KDC_ERR_NONE,KRB5KDC_ERR_NONE,No error,No error,No errors were found.,m\n"
                             "24,KDC_ERR_PREAUTH_FAILED,KRB5KDC_ERR_PREAUTH_FAILED,Preauthentication failed,Pre-authentication "
                             "information was invalid,The wrong password was provided.,m\n"
                             "37,,KRB5KRB_AP_ERR_SKEW,Clock skew too great,,,m\n";
const std::string ntstatus_of_kerberos = "kerberos,ntstatus,source\nKRB5KDC_ERR_PREAUTH_FAILED,STATUS_LOGON_FAILURE,s\n";
const std::string conditions_header = "condition,family,code,reason\n";
const std::string conditions = conditions_header +
                               "logon_failure,sspi,SEC_E_OK,r\n"
                               "logon_failure,ntstatus,STATUS_LOGON_FAILURE,r\n"
                               "clock_skew,kerberos,KRB5KRB_AP_ERR_SKEW,\"MIT: \"\"Clock skew too great\"\"\"\n";
const std::string events_header = "provider,event,what,account,address,source\n";
const std::string events =
    events_header + "Microsoft-Windows-Security-Auditing,4625,An account failed to log on.,TargetUserName,IpAddress,p\n";
const std::string event_fields_header = "provider,event,field,family,source\n";
const std::string event_fields = event_fields_header + "Microsoft-Windows-Security-Auditing,4625,Status,ntstatus,p\n";
const std::string family_header = "name,value,text,source\n";
const std::string ntstatus = family_header +
                             "STATUS_SUCCESS,0x00000000,The operation completed successfully.,MS-ERREF 2.3.1\n"
                             "STATUS_WAIT_0,0x00000000,The caller specified WaitAny.,MS-ERREF 2.3.1\n"
                             "STATUS_LOGON_FAILURE,0xC000006D,The attempted logon is invalid.,MS-ERREF 2.3.1\n";
const std::string win32 = family_header +
                          "ERROR_SUCCESS,0x00000000,The operation completed successfully.,MS-ERREF 2.2\n"
                          "ERROR_LOGON_FAILURE,0x0000052E,Logon failure: Unknown user name or bad password.,MS-ERREF 2.2\n";
const std::string win32_of_header = "code,win32,source\n";
const std::string win32_of = win32_of_header +
                             "STATUS_LOGON_FAILURE,ERROR_LOGON_FAILURE,Wine make_errors\n"
                             "SEC_E_OK,ERROR_SUCCESS,Wine make_errors\n";
const std::string tls_alerts_header = "alert,name,page_code,page_value,code,note\n";
const std::string tls_alerts = tls_alerts_header +
                               "80,TLS1_ALERT_INTERNAL_ERROR,SEC_E_INTERNAL_ERROR,0x80090304,SEC_E_INTERNAL_ERROR,\n"
                               "default,Default,SEC_E_OK,0x00000000,SEC_E_OK,\n";
const std::string packages =
    "package,name,other_names\n"
    "general,General,\n"
    "schannel,Schannel,Microsoft Unified Security Protocol Provider;UNISP_NAME\n";
const std::string call_texts_header = "call,package,code,page_value,page,note,text_en,text_de\n";
const std::string call_texts =
    call_texts_header +
    "InitializeSecurityContext,general,SEC_E_INTERNAL_ERROR,0x80090304,win32/g.md,,An error occurred.,Ein Fehler.\n"
    "InitializeSecurityContext,schannel,SEC_E_OK,,win32/s.md,,Done.,\n"
    "InitializeSecurityContext,schannel,STATUS_LOGON_FAILURE,0xC000006D,win32/s.md,an NTSTATUS code,Logon failed.,\n"
    "MakeSignature,general,SEC_E_INTERNAL_ERROR,0x80100003,sdk-api/m.md,not its value,\"Failed, internally.\",\n";

// A scratch folder with a data folder and an output folder that already holds "previous output".
struct workspace {
    process::scratch_folder scratch;
    fs::path root = scratch.path;
    fs::path data = root / "data";
    fs::path out = root / "out";
    workspace() {
        fs::create_directories(data);
        fs::create_directories(out);
        for (const auto& file : outputs) {
            fs::create_directories((out / file).parent_path());
            files::write(out / file, "previous " + file);
        }
    }

    // Every data file valid but these, then the generator on them.
    process::result generate(const std::string& csv, const std::string& languages_csv = languages,
                             const std::string& tls_alerts_csv = tls_alerts, const std::string& packages_csv = packages,
                             const std::string& call_texts_csv = call_texts) const {
        write_valid_data();
        files::write(data / "packages.csv", packages_csv);
        files::write(data / "call_texts.csv", call_texts_csv);
        files::write(data / "languages.csv", languages_csv);
        files::write(data / "tls_alerts.csv", tls_alerts_csv);
        files::write(data / "sspi_status.csv", csv);
        return process::run(SSPI_STATUS_GEN, {data.string(), out.string()});
    }
    // Every data file, valid: what a test then spoils one file of.
    void write_valid_data() const {
        files::write(data / "languages.csv", languages);
        files::write(data / "tls_alerts.csv", tls_alerts);
        files::write(data / "packages.csv", packages);
        files::write(data / "call_texts.csv", call_texts);
        files::write(data / "sspi_status.csv", header + valid_rows);
        files::write(data / "ntstatus.csv", ntstatus);
        files::write(data / "win32.csv", win32);
        files::write(data / "win32_of.csv", win32_of);
        files::write(data / "kerberos.csv", kerberos);
        files::write(data / "ntstatus_of_kerberos.csv", ntstatus_of_kerberos);
        files::write(data / "conditions.csv", conditions);
        files::write(data / "events.csv", events);
        files::write(data / "event_fields.csv", event_fields);
    }
    bool output_untouched() const {
        for (const auto& file : outputs)
            if (files::read(out / file) != "previous " + file || fs::exists(out / (file + ".tmp")) ||
                fs::exists(out / (file + ".old")))
                return false;
        return true;
    }
};

struct bad_input {
    const char* rule;
    std::string csv;
    std::string expected;  // after "sspi_status.csv:"
};

}  // namespace

TEST_CASE("valid data gives all eleven headers, byte for byte the same on every run and for CRLF input") {
    const workspace space;
    const auto first = space.generate(header + valid_rows + crypt_row);
    REQUIRE(first.exit_code == 0);
    CHECK(first.err.empty());
    const std::string status = files::read(space.out / "enums.hpp");
    const std::string table = files::read(space.out / "detail/table.ipp");
    const std::string texts = files::read(space.out / "detail/texts.ipp");
    const std::string languages_header = files::read(space.out / "detail/languages.ipp");
    const std::string enums = status;
    for (const auto& file : outputs) {
        INFO(file);
        const std::string text = files::read(space.out / file);
        CHECK(text.rfind("// Generated from data/", 0) == 0);
        CHECK(text.find("\n// by sspi-status-gen (tools/generator). Do not edit.\n") == text.find('\n'));
    }
    CHECK(table.rfind("// Generated from data/sspi_status.csv\n", 0) == 0);
    CHECK(files::read(space.out / "detail/calls.ipp").rfind("// Generated from data/call_texts.csv and data/packages.csv\n", 0) ==
          0);
    // Every text row names its code.
    CHECK(texts.find("    // SEC_I_CONTINUE_NEEDED\n    \"He said") != std::string::npos);
    CHECK(status.find("sec_e_internal_error = -2146893052,  // 0x80090304") != std::string::npos);
    CHECK(status.find("sec_e_no_spm = -2146893052,") != std::string::npos);
    CHECK(status.find("enum class family : std::uint8_t { sec, cert, crypt, trust };") != std::string::npos);
    CHECK(table.find("family::crypt}") != std::string::npos);
    CHECK(texts.find("\"He said \\\"again\\\".\\000\"") != std::string::npos);
    CHECK(texts.find("Der Vorgang wurde erfolgreich abgeschlossen.\\000") != std::string::npos);
    CHECK(texts.find("system_text_fr") == std::string::npos);  // only the languages of languages.csv
    CHECK(enums.find("enum class lang : std::uint8_t { en, de };") != std::string::npos);
    const std::string calls = files::read(space.out / "detail/calls.ipp");
    CHECK(enums.find("enum class call : std::uint8_t {\n    initialize_security_context,\n    make_signature,\n};") !=
          std::string::npos);
    CHECK(enums.find("enum class package : std::uint8_t { general, schannel };") != std::string::npos);
    CHECK(calls.find("{\"Microsoft Unified Security Protocol Provider\"sv, package::schannel}") != std::string::npos);
    CHECK(calls.find("{\"STATUS_LOGON_FAILURE\"sv, -1073741715},  // 0xC000006D") != std::string::npos);
    // A name of the table is served under its value, whatever the page says.
    CHECK(calls.find("{\"SEC_E_INTERNAL_ERROR\"sv, -2146893052},  // 0x80090304\n    {\"SEC_E_OK\"") != std::string::npos);
    CHECK(calls.find("\"Ein Fehler.\\000\"") != std::string::npos);
    CHECK(calls.find("\"Failed, internally.\\000\"") != std::string::npos);
    // Page c * 2 + p starts at: ISC general 0, ISC Schannel 1, MakeSignature general 3, MakeSignature Schannel 4 (none).
    CHECK(calls.find("page_starts{{\n    0, 1, 3, 4, 4,\n}};") != std::string::npos);
    CHECK(enums.find("enum class condition : int {\n    logon_failure = 1,\n    clock_skew,\n};") != std::string::npos);
    const std::string conditions_ipp = files::read(space.out / "detail/conditions.ipp");
    CHECK(conditions_ipp.find("{condition::logon_failure, \"sspi\"sv, 0x00000000u, \"SEC_E_OK\"sv},") != std::string::npos);
    CHECK(conditions_ipp.find("{condition::clock_skew, \"kerberos\"sv, 0x00000025u, \"KRB5KRB_AP_ERR_SKEW\"sv},") !=
          std::string::npos);

    REQUIRE(space.generate(header + valid_rows + crypt_row).exit_code == 0);
    CHECK(files::read(space.out / "enums.hpp") == status);
    CHECK(files::read(space.out / "detail/table.ipp") == table);
    CHECK(files::read(space.out / "detail/texts.ipp") == texts);

    std::string crlf;
    for (const char c : header + valid_rows + crypt_row) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    REQUIRE(space.generate(crlf).exit_code == 0);
    CHECK(files::read(space.out / "enums.hpp") == status);
    CHECK(files::read(space.out / "detail/table.ipp") == table);
    CHECK(files::read(space.out / "detail/texts.ipp") == texts);
}

TEST_CASE("a language is a row of languages.csv and two columns of sspi_status.csv") {
    const workspace space;
    const std::string three = languages + "zh_tw,zh-TW,Hant,TW HK MO,0x04,0x01 0x03 0x05\n";
    const std::string wide_header =
        "name,value,alias_of,system_text_en,system_text_de,system_text_zh_tw,page_text_en,page_text_de,page_text_zh_tw\n";
    const auto result = space.generate(wide_header + "SEC_E_OK,0x00000000,,Done.,,,,,\n", three,
                                       tls_alerts_header + "default,Default,SEC_E_OK,0x00000000,SEC_E_OK,\n", packages,
                                       "call,package,code,page_value,page,note,text_en,text_de,text_zh_tw\n"
                                       "DeleteSecurityContext,general,SEC_E_OK,,p.md,,Done.,,\xE5\xAE\x8C\xE6\x88\x90\n");
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    const std::string languages_header = files::read(space.out / "detail/languages.ipp");
    CHECK(files::read(space.out / "enums.hpp").find("enum class lang : std::uint8_t { en, de, zh_tw };") != std::string::npos);
    CHECK(languages_header.find("{lang::zh_tw, \"zh-TW\"sv, \"Hant\"sv, \"TW HK MO\"sv, 0x004u, 0x000000000000002Au}") !=
          std::string::npos);
    CHECK(files::read(space.out / "detail/texts.ipp").find("case lang::zh_tw:") != std::string::npos);
    CHECK(files::read(space.out / "detail/calls.ipp").find("case lang::zh_tw:") != std::string::npos);
}

TEST_CASE("each malformed languages.csv is reported with its line, and the output stays as it was") {
    const std::string head = "lang,tag,script,regions,windows_language,windows_sublanguages\n";
    const struct {
        const char* rule;
        std::string csv, expected;  // expected: after "languages.csv:"
    } cases[] = {
        {"empty file", "", "1: missing header"},
        {"wrong header", "lang,tag\nen,en\n", "1: wrong header, expected: " + head.substr(0, head.size() - 1)},
        {"no languages", head, "1: no languages after the header"},
        {"English not first", head + "de,de,,,0x07,\nen,en,,,0x09,\n", "2: the first language must be en"},
        {"bad enumerator", head + "en,en,,,0x09,\nPt-BR,pt-BR,,,0x16,\n", "3: lang 'Pt-BR' does not match [a-z][a-z0-9_]*"},
        {"bad tag", head + "en,en,,,0x09,\npt_br,pt_BR,,,0x16,\n", "3: tag 'pt_BR' is not a language subtag"},
        {"same language twice", head + "en,en,,,0x09,\nen_gb,en-GB,,,0x09,\n", "3: language 'en' already on line 2"},
        {"bad script", head + "en,en,,,0x09,\nzh_tw,zh-TW,hant,,0x04,\n", "3: script 'hant' is not a script subtag"},
        {"regions without a script", head + "en,en,,,0x09,\nzh_tw,zh-TW,,TW,0x04,\n", "3: regions without a script"},
        {"bad regions", head + "en,en,,,0x09,\nzh_tw,zh-TW,Hant,TW,HK,0x04,\n", "3: wrong number of fields: 7, expected 6"},
        {"bad LANGID", head + "en,en,,,9,\n", "2: windows_language '9' is not a primary LANGID"},
        {"LANGID out of range", head + "en,en,,,0x400,\n", "2: windows_language '0x400' is not a primary LANGID"},
        {"bad sublanguage", head + "en,en,,,0x09,0x1\n", "2: windows_sublanguages '0x1' is not a list of SUBLANG ids"},
        {"duplicate enumerator", head + "en,en,,,0x09,\nde,de,,,0x07,\nde,fr,,,0x0C,\n", "4: duplicate lang 'de'"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        const auto result = space.generate(header + valid_rows, bad.csv);
        CHECK(result.exit_code == 1);
        INFO(result.err);
        CHECK(result.err.find("languages.csv:" + bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

TEST_CASE("each malformed CSV is reported with its line, and the output stays as it was") {
    const bad_input cases[] = {
        {"empty file", "", "1: missing header"},
        {"wrong header", "name,value,alias,system_text_en,system_text_de,page_text_en,page_text_de\n" + valid_rows,
         "1: wrong header, expected: name,value,alias_of,system_text_en,system_text_de,page_text_en,page_text_de"},
        {"header of other languages",
         "name,value,alias_of,system_text_en,system_text_fr,page_text_en,page_text_fr\n" + valid_rows, "1: wrong header"},
        {"header only", header, "1: no rows after the header"},
        {"too few fields", header + "SEC_E_OK,0x00000000,,,,\n", "2: wrong number of fields: 6, expected 7"},
        {"too many fields", header + valid_rows + "SEC_E_XX,0x80090399,,,,,,\n", "6: wrong number of fields: 8, expected 7"},
        {"blank line", header + "SEC_E_OK,0x00000000,,,,,\n\nSEC_I_XX,0x00090399,,,,,\n", "3: wrong number of fields: 1"},
        {"unterminated quote", header + "SEC_E_OK,0x00000000,,\"never closed,,,\nSEC_I_XX,0x00090399,,,,,\n",
         "2: unterminated quoted field"},
        {"quote inside a field", header + "SEC_E_OK,0x00000000,,say \"hi\",,,\n", "2: quote inside an unquoted field"},
        {"text after a closing quote", header + "SEC_E_OK,0x00000000,,\"hi\" there,,,\n",
         "2: text after the closing quote of a field"},
        {"bare carriage return", header + "SEC_E_OK,0x00000000,,,,\rSEC_I_X,0x00090399,,,,,\n",
         "2: carriage return without line feed"},
        {"invalid UTF-8", header + valid_rows + "SEC_E_XX,0x80090399,,caf\xE9,,,\n", "6: invalid UTF-8"},
        {"overlong UTF-8", header + "SEC_E_OK,0x00000000,,\xC0\xAF,,,\n", "2: invalid UTF-8"},
        {"control character", header + "SEC_E_OK,0x00000000,,\"two\nlines\",,,\n",
         "2: system_text_en contains the control character U+000A"},
        {"control character in a translation", header + "SEC_E_OK,0x00000000,,,,x,\"tab\there\"\n",
         "2: page_text_de contains the control character U+0009"},
        {"C1 control character",
         header + "SEC_E_OK,0x00000000,,a\xC2\x85"
                  "b,,,\n",
         "2: system_text_en contains the control character U+0085"},
        {"line separator",
         header + "SEC_E_OK,0x00000000,,a\xE2\x80\xA8"
                  "b,,,\n",
         "2: system_text_en contains a line or paragraph separator"},
        {"untrimmed translation", header + "SEC_E_OK,0x00000000,,x, text,,\n",
         "2: system_text_de has leading or trailing white space"},
        {"untrimmed text", header + "SEC_E_OK,0x00000000,,Done. ,,,\n", "2: system_text_en has leading or trailing white space"},
        {"trailing no-break space", header + "SEC_E_OK,0x00000000,,Done.\xC2\xA0,,,\n",
         "2: system_text_en has leading or trailing white space"},
        {"leading ideographic space", header + "SEC_E_OK,0x00000000,,,,x,\xE3\x80\x80y\n",
         "2: page_text_de has leading or trailing white space"},
        {"stray quote, reported where it opened",
         header +
             "SEC_E_OK,0x00000000,,\"stray,,,\nSEC_I_A,0x00090312,,,,,\nSEC_I_B,0x00090313,,,,,\nSEC_I_C,0x00090314,,x\" y,,,\n",
         "2: text after the closing quote of a field (the quote opened here closes on line 5)"},
        {"NUL byte", header + "SEC_E_OK,0x00000000,,,,,\nSEC_E_" + std::string(1, '\0') + "X,0x80090301,,,,,\n",
         "3: NUL byte: the file is not text"},
        {"byte order mark", "\xEF\xBB\xBF" + header + valid_rows, "1: the file starts with a UTF-8 byte order mark"},
        {"huge name", header + "SEC_E_" + std::string(200000, 'X') + ",0x80090301,,,,,\n",
         "2: name 'SEC_E_" + std::string(54, 'X') + "\xE2\x80\xA6' (200006 bytes) is longer than 40 characters"},
        {"huge value", header + "SEC_E_XY," + std::string(200000, '9') + ",,,,,\n",
         "2: value '" + std::string(60, '9') + "\xE2\x80\xA6' (200000 bytes) is not 0x followed by"},
        {"translation without English", header + "SEC_E_OK,0x00000000,,,Erledigt.,,\n",
         "2: system_text_de without system_text_en"},
        {"lower-case name", header + "sec_e_ok,0x00000000,,,,,\n",
         "2: name 'sec_e_ok' does not match (SEC|CERT|CRYPT|TRUST)_[EI]_[A-Z0-9_]{2,}"},
        {"name of another family", header + "SEC_X_OK,0x00000000,,,,,\n", "2: name 'SEC_X_OK' does not match"},
        {"name with a hyphen", header + "SEC_E_LOGON-DENIED,0x8009030C,,,,,\n", "2: name 'SEC_E_LOGON-DENIED' does not match"},
        {"lower-case hex", header + "SEC_E_LOGON_DENIED,0x8009030c,,,,,\n",
         "2: value '0x8009030c' is not 0x followed by 8 upper-case hex digits"},
        {"short value", header + "SEC_E_LOGON_DENIED,0x8009030,,,,,\n", "2: value '0x8009030' is not 0x followed by"},
        {"decimal value", header + "SEC_E_LOGON_DENIED,2148074252,,,,,\n", "2: value '2148074252' is not"},
        {"error without the severity bit", header + "SEC_E_LOGON_DENIED,0x0009030C,,,,,\n",
         "2: SEC_E_LOGON_DENIED is an error but 0x0009030C does not have the severity bit set"},
        {"information with the severity bit", header + "SEC_I_RENEGOTIATE,0x80090321,,,,,\n",
         "2: SEC_I_RENEGOTIATE is not an error but 0x80090321 has the severity bit set"},
        {"SEC_E_OK with the severity bit", header + "SEC_E_OK,0x80000000,,,,,\n", "2: SEC_E_OK is not an error but"},
        {"duplicate name", header + valid_rows + "SEC_E_INTERNAL_ERROR,0x80090399,,,,,\n",
         "6: duplicate name SEC_E_INTERNAL_ERROR (first on line 4)"},
        {"one value, two names", header + valid_rows + "SEC_E_OTHER,0x80090304,,,,,\n",
         "6: value 0x80090304 already belongs to SEC_E_INTERNAL_ERROR (line 4) and this row is no alias of it"},
        {"alias of nothing", header + valid_rows + "SEC_E_XX,0x80090304,SEC_E_MISSING,,,,\n",
         "6: alias_of 'SEC_E_MISSING' names no row before this one"},
        {"alias with another value", header + valid_rows + "SEC_E_XX,0x80090399,SEC_E_INTERNAL_ERROR,,,,\n",
         "6: alias_of names SEC_E_INTERNAL_ERROR, whose value 0x80090304 differs from 0x80090399"},
        {"alias of an alias", header + valid_rows + "SEC_E_XX,0x80090304,SEC_E_NO_SPM,,,,\n",
         "6: alias_of names SEC_E_NO_SPM, which is itself an alias"},
        {"descending values", header + "SEC_E_LOGON_DENIED,0x8009030C,,,,,\nSEC_E_OK,0x00000000,,,,,\n",
         "3: rows must be in ascending value order: 0x00000000 follows 0x8009030C"},
        {"names the hash cannot tell apart",  // it reads the first and the last 8 bytes of a key
         header + "SEC_E_OK,0x00000000,,,,,\nSEC_E_INTERNAL_ERROR,0x80090304,,,,,\n"
                  "SEC_E_AAAAAAXAAAAAAAA,0x80090305,,,,,\nSEC_E_AAAAAAYAAAAAAAA,0x80090306,,,,,\n",
         "5: SEC_E_AAAAAAYAAAAAAAA hashes like SEC_E_AAAAAAXAAAAAAAA (line 4) under every seed"},
        {"name too short for the hash", header + "SEC_E_X,0x80090301,,,,,\n", "2: name 'SEC_E_X' does not match"},
        {"name too long to compare", header + "CRYPT_E_" + std::string(33, 'X') + ",0x80090301,,,,,\n",
         "2: name 'CRYPT_E_" + std::string(33, 'X') + "' is longer than 40 characters"},
        {"alias away from its target",
         header + valid_rows + "SEC_E_YY,0x80090399,,,,,\nSEC_E_XX,0x80090304,SEC_E_INTERNAL_ERROR,,,,\n",
         "7: rows must be in ascending value order"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        const auto result = space.generate(bad.csv);
        CHECK(result.exit_code == 1);
        INFO(result.err);
        CHECK(result.err.find("sspi_status.csv:" + bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

TEST_CASE("each malformed tls_alerts.csv is reported with its line, and the output stays as it was") {
    const std::string internal = "SEC_E_INTERNAL_ERROR,0x80090304,";
    const std::string fallback = "default,Default,SEC_E_OK,0x00000000,SEC_E_OK,\n";
    const struct {
        const char* rule;
        std::string csv, expected;  // expected: after "tls_alerts.csv:"
    } cases[] = {
        {"wrong header", "alert,name,code\n" + fallback, "1: wrong header"},
        {"no Default row", tls_alerts_header + "80,TLS1_ALERT_INTERNAL_ERROR," + internal + "SEC_E_INTERNAL_ERROR,\n",
         "2: no Default row at the end"},
        {"row after Default",
         tls_alerts_header + fallback + "80,TLS1_ALERT_INTERNAL_ERROR," + internal + "SEC_E_INTERNAL_ERROR,\n",
         "3: a row after the Default row"},
        {"alert out of range", tls_alerts_header + "256,X," + internal + "SEC_E_INTERNAL_ERROR,\n" + fallback,
         "2: alert '256' is neither a number from 0 to 255 nor default"},
        {"alerts out of order",
         tls_alerts_header + "80,A," + internal + "SEC_E_INTERNAL_ERROR,\n70,B," + internal + "SEC_E_INTERNAL_ERROR,\n" +
             fallback,
         "3: alerts must be in ascending order: 70 follows 80"},
        {"unknown code", tls_alerts_header + "80,A," + internal + "SEC_E_NO_SUCH,\n" + fallback,
         "2: code 'SEC_E_NO_SUCH' is not a name of the table"},
        {"code with another value", tls_alerts_header + "80,A,SEC_E_INTERNAL_ERROR,0x80090326,SEC_E_INTERNAL_ERROR,\n" + fallback,
         "2: code SEC_E_INTERNAL_ERROR is 0x80090304, not the page's 0x80090326: the value wins"},
        {"code changed without a note",
         tls_alerts_header + "80,A,SEC_E_ILLEGAL_MESSAGE,0x80090304,SEC_E_INTERNAL_ERROR,\n" + fallback,
         "2: code differs from page_code without a note saying why"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        const auto result = space.generate(header + valid_rows, languages, bad.csv);
        CHECK(result.exit_code == 1);
        INFO(result.err);
        CHECK(result.err.find("tls_alerts.csv:" + bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

TEST_CASE("bad command lines and unreadable files are refused without writing") {
    const workspace space;
    space.write_valid_data();
    const std::string data = space.data.string();

    auto result = process::run(SSPI_STATUS_GEN, {});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("usage: sspi-status-gen DATA_DIR OUTPUT_DIR") != std::string::npos);
    CHECK(process::run(SSPI_STATUS_GEN, {data}).exit_code == 2);
    CHECK(process::run(SSPI_STATUS_GEN, {"--bogus", data}).exit_code == 2);

    result = process::run(SSPI_STATUS_GEN, {(space.root / "missing").string(), space.out.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("missing/languages.csv: cannot read") != std::string::npos);

    fs::remove(space.data / "sspi_status.csv");
    fs::create_directory(space.data / "sspi_status.csv");
    result = process::run(SSPI_STATUS_GEN, {data, space.out.string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("sspi_status.csv: is a directory, not a CSV file") != std::string::npos);
    CHECK(space.output_untouched());
    fs::remove(space.data / "sspi_status.csv");
    files::write(space.data / "sspi_status.csv", header + valid_rows);

    result = process::run(SSPI_STATUS_GEN, {data, (space.root / "no-such-folder").string()});
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("cannot write") != std::string::npos);
    CHECK(space.output_untouched());
}

TEST_CASE("when one output cannot be replaced, none is") {
    const workspace space;
    // The old table.ipp cannot be set aside: a non-empty folder is where it would go.
    fs::create_directories(space.out / "detail/table.ipp.old" / "in-the-way");
    const auto result = space.generate(header + valid_rows);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("table.ipp: cannot replace") != std::string::npos);
    for (const auto& file : outputs) {
        INFO(file);
        CHECK(files::read(space.out / file) == "previous " + file);
        CHECK_FALSE(fs::exists(space.out / (file + ".tmp")));
        if (file != "detail/table.ipp") CHECK_FALSE(fs::exists(space.out / (file + ".old")));
    }
}

TEST_CASE("the output does not depend on how the data folder is spelled") {
    const workspace space;
    REQUIRE(space.generate(header + valid_rows).exit_code == 0);
    const std::string table = files::read(space.out / "detail/table.ipp");
    const auto result = process::run(SSPI_STATUS_GEN, {(space.data / "." / "..").string() + "/data/", space.out.string()});
    REQUIRE(result.exit_code == 0);
    CHECK(files::read(space.out / "detail/table.ipp") == table);
}

TEST_CASE("each malformed packages.csv or call_texts.csv is reported with its line, and the output stays as it was") {
    const std::string head = "package,name,other_names\n";
    const std::string isc = "InitializeSecurityContext,general,";
    const struct {
        const char* rule;
        std::string packages_csv, call_texts_csv, expected;  // expected: "FILE:LINE: problem"
    } cases[] = {
        {"packages: wrong header", "package,name\ngeneral,General\n", call_texts, "packages.csv:1: wrong header"},
        {"packages: general not first", head + "schannel,Schannel,\ngeneral,General,\n", call_texts,
         "packages.csv:2: the first package must be general"},
        {"packages: bad enumerator", head + "general,General,\nSchannel,Schannel,\n", call_texts,
         "packages.csv:3: package 'Schannel' does not match [a-z][a-z0-9_]*"},
        {"packages: a name twice, in another case", head + "general,General,\nschannel,Schannel,SCHANNEL\n", call_texts,
         "packages.csv:3: package name SCHANNEL already on line 3"},
        {"packages: bad name", head + "general,General,\nschannel,Schannel,Uni-SP\n", call_texts,
         "packages.csv:3: package name 'Uni-SP' is not letters, digits, _ and inner spaces"},
        {"packages: empty other name", head + "general,General,\nschannel,Schannel,A;;B\n", call_texts,
         "packages.csv:3: package name '' is not letters"},
        {"calls: wrong header", packages, "call,package,code,text_en,text_de\n",
         "call_texts.csv:1: wrong header, expected: call,package,code,page_value,page,note,text_en,text_de"},
        {"calls: header only", packages, call_texts_header, "call_texts.csv:1: no rows after the header"},
        {"calls: A suffix", packages, call_texts_header + "InitializeSecurityContextA,general,SEC_E_OK,,p.md,,Done.,\n",
         "call_texts.csv:2: call 'InitializeSecurityContextA' is not a function name without A/W suffix"},
        {"calls: lower-case call", packages, call_texts_header + "initializeSecurityContext,general,SEC_E_OK,,p.md,,Done.,\n",
         "call_texts.csv:2: call 'initializeSecurityContext' is not a function name"},
        {"calls: unknown package", packages, call_texts_header + isc.substr(0, 26) + "kerberos,SEC_E_OK,,p.md,,Done.,\n",
         "call_texts.csv:2: package 'kerberos' is not in packages.csv"},
        {"calls: unknown code without a note", packages, call_texts_header + isc + "STATUS_X,0xC0000001,p.md,,Failed.,\n",
         "call_texts.csv:2: code STATUS_X is not in the table and no note says why the row is kept"},
        {"calls: lower-case code", packages, call_texts_header + isc + "sec_e_ok,,p.md,,Done.,\n",
         "call_texts.csv:2: code 'sec_e_ok' is not a name in upper case"},
        {"calls: another value without a note", packages,
         call_texts_header + isc + "SEC_E_INTERNAL_ERROR,0x80100003,p.md,,Failed.,\n",
         "call_texts.csv:2: page_value 0x80100003 is not SEC_E_INTERNAL_ERROR's 0x80090304 and no note says how the row is "
         "served"},
        {"calls: an unknown name with a known value", packages,
         call_texts_header + isc + "STATUS_X,0x80090304,p.md,why,Failed.,\n",
         "call_texts.csv:2: page_value 0x80090304 belongs to SEC_E_INTERNAL_ERROR, not to STATUS_X"},
        {"calls: bad page value", packages, call_texts_header + isc + "SEC_E_OK,0x0L,p.md,,Done.,\n",
         "call_texts.csv:2: page_value '0x0L' is not 0x followed by 8 upper-case hex digits"},
        {"calls: no page", packages, call_texts_header + isc + "SEC_E_OK,,,,Done.,\n", "call_texts.csv:2: page is empty"},
        {"calls: one call and package, two pages", packages,
         call_texts_header + isc + "SEC_E_OK,,a.md,,Done.,\n" + isc + "SEC_E_INTERNAL_ERROR,,b.md,,Failed.,\n",
         "call_texts.csv:3: InitializeSecurityContext (general) comes from a.md on line 2, not b.md"},
        {"calls: a page's rows apart", packages,
         call_texts_header + isc + "SEC_E_OK,,a.md,,Done.,\nMakeSignature,general,SEC_E_OK,,m.md,,Done.,\n" + isc +
             "SEC_E_INTERNAL_ERROR,,a.md,,Failed.,\n",
         "call_texts.csv:4: the rows of InitializeSecurityContext (general) must be together; they began on line 2"},
        {"calls: duplicate row", packages,
         call_texts_header + isc + "SEC_E_OK,,a.md,,Done.,\n" + isc + "SEC_E_OK,,a.md,,Again.,\n",
         "call_texts.csv:3: duplicate row: SEC_E_OK for InitializeSecurityContext (general) already on line 2"},
        {"calls: an alias and its target on one page", packages,
         call_texts_header + isc + "SEC_E_INTERNAL_ERROR,,a.md,,Failed.,\n" + isc + "SEC_E_NO_SPM,,a.md,,Failed.,\n",
         "call_texts.csv:3: value 0x80090304 for InitializeSecurityContext (general) already on line 2"},
        {"calls: translation without English", packages, call_texts_header + isc + "SEC_E_OK,,a.md,,,Erledigt.\n",
         "call_texts.csv:2: text_en is empty"},
        {"calls: untrimmed text", packages, call_texts_header + isc + "SEC_E_OK,,a.md,,Done. ,\n",
         "call_texts.csv:2: text_en has leading or trailing white space"},
        {"calls: too few fields", packages, call_texts_header + isc + "SEC_E_OK,,a.md,,Done.\n",
         "call_texts.csv:2: wrong number of fields: 7, expected 8"},
        {"calls: a text too long for a literal", packages,
         call_texts_header + isc + "SEC_E_OK,,a.md,," + std::string(70000, 'x') + ",\n",
         "call_texts.csv:2: text_en is longer than 65534 bytes"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        const auto result = space.generate(header + valid_rows, languages, tls_alerts, bad.packages_csv, bad.call_texts_csv);
        CHECK(result.exit_code == 1);
        INFO(result.err);
        CHECK(result.err.find(bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

TEST_CASE(
    "each malformed ntstatus.csv, win32.csv, win32_of.csv, kerberos.csv, ntstatus_of_kerberos.csv or conditions.csv is reported "
    "with its line, "
    "and the output stays as it was") {
    const struct {
        const char* rule;
        std::string file, text, expected;  // expected: "FILE:LINE: problem"
    } cases[] = {
        {"family: wrong header", "ntstatus.csv", "name,value,text\nSTATUS_SUCCESS,0x00000000,Done.\n",
         "ntstatus.csv:1: wrong header"},
        {"family: no rows", "win32.csv", family_header, "win32.csv:1: no rows after the header"},
        {"family: bad name", "ntstatus.csv", family_header + "STATUS-X,0x00000000,Done.,s\n",
         "ntstatus.csv:2: name 'STATUS-X' does not match"},
        {"family: duplicate name", "ntstatus.csv", family_header + "STATUS_A,0x00000000,Done.,s\nSTATUS_A,0x00000001,Done.,s\n",
         "ntstatus.csv:3: duplicate name STATUS_A (first on line 2)"},
        {"family: bad value", "win32.csv", family_header + "ERROR_A,0x52E,Done.,s\n",
         "win32.csv:2: value '0x52E' is not 0x followed by 8"},
        {"family: empty text", "win32.csv", family_header + "ERROR_A,0x00000001,,s\n", "win32.csv:2: text is empty"},
        {"family: text with a tab", "win32.csv", family_header + "ERROR_A,0x00000001,\"a\tb\",s\n",
         "win32.csv:2: text contains the control character U+0009"},
        {"family: no source", "ntstatus.csv", family_header + "STATUS_A,0x00000001,Done.,\n", "ntstatus.csv:2: source is empty"},
        {"pairs: unknown code", "win32_of.csv", win32_of_header + "STATUS_NONE,ERROR_SUCCESS,w\n",
         "win32_of.csv:2: code 'STATUS_NONE' is neither in sspi_status.csv nor in ntstatus.csv"},
        {"pairs: unknown win32", "win32_of.csv", win32_of_header + "STATUS_LOGON_FAILURE,ERROR_NONE,w\n",
         "win32_of.csv:2: win32 'ERROR_NONE' is not in win32.csv"},
        {"pairs: a code twice", "win32_of.csv",
         win32_of_header + "STATUS_LOGON_FAILURE,ERROR_SUCCESS,w\nSTATUS_LOGON_FAILURE,ERROR_LOGON_FAILURE,w\n",
         "win32_of.csv:3: code STATUS_LOGON_FAILURE already on line 2"},
        {"pairs: no source", "win32_of.csv", win32_of_header + "STATUS_LOGON_FAILURE,ERROR_SUCCESS,\n",
         "win32_of.csv:2: source is empty"},
        {"conditions: wrong header", "conditions.csv", "condition,family,code\nlogon_failure,sspi,SEC_E_OK\n",
         "conditions.csv:1: wrong header"},
        {"conditions: no rows", "conditions.csv", conditions_header, "conditions.csv:1: no rows after the header"},
        {"conditions: bad name", "conditions.csv", conditions_header + "Logon-Failure,sspi,SEC_E_OK,r\n",
         "conditions.csv:2: condition 'Logon-Failure' does not match"},
        {"conditions: unknown family", "conditions.csv", conditions_header + "logon_failure,hresult,SEC_E_OK,r\n",
         "conditions.csv:2: family 'hresult' is none of sspi, ntstatus, win32, kerberos"},
        {"conditions: a name of another family", "conditions.csv",
         conditions_header + "logon_failure,win32,STATUS_LOGON_FAILURE,r\n",
         "conditions.csv:2: code 'STATUS_LOGON_FAILURE' is not a name of the win32 family's table"},
        {"conditions: a value twice, through an alias", "conditions.csv",
         conditions_header + "logon_failure,sspi,SEC_E_INTERNAL_ERROR,r\nclock_skew,sspi,SEC_E_NO_SPM,r\n",
         "conditions.csv:3: code SEC_E_NO_SPM (or its value) is already on line 2"},
        {"conditions: rows apart", "conditions.csv",
         conditions_header +
             "logon_failure,sspi,SEC_E_OK,r\nclock_skew,win32,ERROR_SUCCESS,r\nlogon_failure,ntstatus,STATUS_LOGON_FAILURE,r\n",
         "conditions.csv:4: condition logon_failure is not with its other rows"},
        {"conditions: no reason", "conditions.csv", conditions_header + "logon_failure,sspi,SEC_E_OK,\n",
         "conditions.csv:2: reason is empty"},
        {"events: bad event", "events.csv", events_header + "Microsoft-Windows-Security-Auditing,70000,x,,,p\n",
         "events.csv:2: event '70000' is not a number from 0 to 65535"},
        {"events: an event twice", "events.csv", events_header + "P,1,,,,p\nP,1,,,,p\n",
         "events.csv:3: P event 1 already on line 2"},
        {"events: bad field name", "events.csv", events_header + "P,1,,Target User,,p\n",
         "events.csv:2: account 'Target User' is not a field name"},
        {"events: no source", "events.csv", events_header + "P,1,,,,\n", "events.csv:2: source is empty"},
        {"event fields: unknown event", "event_fields.csv",
         event_fields_header + "Microsoft-Windows-Security-Auditing,4771,Status,kerberos,p\n",
         "event_fields.csv:2: Microsoft-Windows-Security-Auditing event 4771 is not in events.csv"},
        {"event fields: unknown family", "event_fields.csv",
         event_fields_header + "Microsoft-Windows-Security-Auditing,4625,Status,hresult,p\n",
         "event_fields.csv:2: family 'hresult' is none of sspi, ntstatus, win32, kerberos"},
        {"event fields: a field twice", "event_fields.csv",
         event_fields_header + "Microsoft-Windows-Security-Auditing,4625,Status,ntstatus,p\n"
                               "Microsoft-Windows-Security-Auditing,4625,Status,ntstatus,p\n",
         "event_fields.csv:3: field Status of Microsoft-Windows-Security-Auditing event 4625 already on line 2"},
    };
    for (const auto& bad : cases) {
        INFO(bad.rule);
        const workspace space;
        space.write_valid_data();
        files::write(space.data / bad.file, bad.text);
        const auto result = process::run(SSPI_STATUS_GEN, {space.data.string(), space.out.string()});
        CHECK(result.exit_code == 1);
        CHECK(result.err.find(bad.expected) != std::string::npos);
        CHECK(space.output_untouched());
    }
}

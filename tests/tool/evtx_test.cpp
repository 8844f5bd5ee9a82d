// --scan of Windows event logs (.evtx) with libevtx: the sample logs' failures, written here from the
// events' own XML (evtxexport -f xml), the summary, JSON, standard input, and damaged copies.
#include "run_tool.hpp"
#include "support/files.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace {

using run_tool::contains;
using run_tool::sspi_status;

const std::string evtx = SSPI_STATUS_TEST_SOURCES "/evtx/";

// From the XML of records 3 and 4 of Security_short_selected.evtx.
const std::string event_4776 =
    "2016-06-29T15:24:36.686000000Z  4776 The computer attempted to validate the credentials for an account.  account: "
    "Administrator  from: TEMPORAL  # Status 0xc000006a = STATUS_WRONG_PASSWORD: When trying to update a password, this return "
    "status indicates that the value provided as the current password is not correct.\n";
const std::string event_4625 =
    "2016-06-29T15:24:36.686000000Z  4625 An account failed to log on.  account: Administrator  from: 23.94.153.202  # Status "
    "0xc000006d = STATUS_LOGON_FAILURE: The attempted logon is invalid. This is either due to a bad username or authentication "
    "information.; SubStatus 0xc000006a = STATUS_WRONG_PASSWORD: When trying to update a password, this return status indicates "
    "that the value provided as the current password is not correct.\n";

}  // namespace

TEST_CASE("evtx: the failures of a Security log, each code in its field's family") {
    const auto result = sspi_status({"--scan", evtx + "Security_short_selected.evtx"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out == event_4776 + event_4625);
}

TEST_CASE("evtx: a busy log of successes gives nothing; --all-lines gives every record") {
    auto result = sspi_status({"--scan", evtx + "security.evtx"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    result = sspi_status({"--scan", "--all-lines", evtx + "Security_short_selected.evtx"});
    CHECK(result.exit_code == 0);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 7);  // evtxinfo: 7 records
    CHECK(contains(result.out, event_4625));
}

TEST_CASE("evtx: CAPI2's revocation results, and the records libevtx cannot read said on stderr") {
    const auto result = sspi_status({"--scan", evtx + "Microsoft-Windows-CAPI2-Operational.evtx"});
    // Records 25, 32 and 142 of 340 hold a token libevtx does not support (evtxexport stops at the first).
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          "2017-05-19T02:02:36.000000000Z  11 CertGetCertificateChain  # RevocationResult 80092012 = "
          "CRYPT_E_NO_REVOCATION_CHECK: The "
          "revocation function was unable to check revocation for the certificate.\n"
          "2017-05-19T02:02:36.046875000Z  11 CertGetCertificateChain  # RevocationResult 80092012 = "
          "CRYPT_E_NO_REVOCATION_CHECK: The "
          "revocation function was unable to check revocation for the certificate.\n");
    CHECK(contains(result.err, "record 25 of 340 cannot be read: "));
    CHECK(contains(result.err, "record 142 of 340 cannot be read: "));
}

TEST_CASE("evtx: --summary counts the failures by event, field, code and account") {
    auto result = sspi_status({"--scan", "--summary", evtx + "Security_short_selected.evtx"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.rfind("  count  event  field       value         code", 0) == 0);
    CHECK(contains(result.out,
                   "\n      1  4625   SubStatus   0xc000006a    STATUS_WRONG_PASSWORD             "
                   "2016-06-29T15:24:36.686000000Z  2016-06-29T15:24:36.686000000Z  Administrator\n"));
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 4);
    result = sspi_status({"--scan", "--summary", "--json", evtx + "Security_short_selected.evtx"});
    CHECK(contains(result.out,
                   "{\"count\":1,\"event\":4625,\"field\":\"Status\",\"value\":\"0xc000006d\",\"code\":"
                   "\"STATUS_LOGON_FAILURE\",\"account\":\"Administrator\",\"first\":"));
    CHECK(sspi_status({"--scan", "--summary", evtx + "provenance.tsv"}).exit_code == 2);  // a text log has no summary
}

TEST_CASE("evtx: JSON names every field; the signature, not the name, makes a log, on standard input too") {
    const auto json = sspi_status({"--scan", "--json", evtx + "Security_short_selected.evtx"});
    CHECK(
        json.out.rfind("{\"records\":[\n{\"record\":3,\"time\":\"2016-06-29T15:24:36.686000000Z\",\"provider\":"
                       "\"Microsoft-Windows-Security-Auditing\",\"event\":4776,\"what\":\"The computer attempted to validate "
                       "the credentials for an account.\",\"account\":\"Administrator\",\"address\":\"TEMPORAL\",\"codes\":"
                       "[{\"field\":\"Status\",\"text\":\"0xc000006a\",\"family\":\"ntstatus\",\"code\":{\"family\":\"ntstatus\","
                       "\"name\":\"STATUS_WRONG_PASSWORD\"",
                       0) == 0);
    const process::scratch_folder scratch;
    const auto renamed = (scratch.path / "notes.txt").string();
    std::filesystem::copy_file(evtx + "Security_short_selected.evtx", renamed);
    CHECK(sspi_status({"--scan", renamed}).out == event_4776 + event_4625);
    const auto piped = sspi_status({"--scan"}, evtx + "Security_short_selected.evtx");
    CHECK(piped.exit_code == 0);
    CHECK(piped.out == event_4776 + event_4625);
}

TEST_CASE("evtx: a damaged log is read as far as it can be, and the damage said with exit status 2") {
    const process::scratch_folder scratch;
    const std::string log = files::read(evtx + "Security_short_selected.evtx");
    // Bytes overwritten inside the chunk, after the two failures' records.
    std::string damaged = log;
    for (std::size_t i = 4096 + 512 + 200; i < 4096 + 512 + 216; ++i) damaged[i] = '\xFF';
    const auto damaged_path = (scratch.path / "damaged.evtx").string();
    files::write(damaged_path, damaged);
    auto result = sspi_status({"--scan", damaged_path});
    CHECK(result.exit_code == 2);
    CHECK(result.out == event_4776 + event_4625);
    CHECK(contains(result.err, "the log is damaged; 7 records were read"));
    // Cut short inside its only chunk: no record can be read.
    const auto cut_path = (scratch.path / "cut.evtx").string();
    files::write(cut_path, log.substr(0, 40000));
    result = sspi_status({"--scan", cut_path});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(contains(result.err, "the log is damaged; 0 records were read"));
    // Only the signature: no event log at all.
    const auto header_path = (scratch.path / "header.evtx").string();
    files::write(header_path, log.substr(0, 100));
    result = sspi_status({"--scan", header_path});
    CHECK(result.exit_code == 2);
    CHECK(result.err.rfind("sspi-status: --scan '" + header_path + "': not a readable event log: ", 0) == 0);
}

// What a code the SSPI table does not know means in the other families: an NTSTATUS, a Win32 error,
// a Kerberos error (by protocol number or as MIT's library returns it), or a Win32 error or NTSTATUS
// wrapped in an HRESULT. Each reading in text and in JSON.
#ifndef SSPI_STATUS_TOOL_READINGS_HPP
#define SSPI_STATUS_TOOL_READINGS_HPP

#include "code_argument.hpp"
#include "related.hpp"
#include "report.hpp"

#include <sspi_status/kerberos.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tool {

struct reading {
    const sspi::nt::entry* ntstatus = nullptr;  // exactly one of the three is set
    const sspi::win32::entry* win32 = nullptr;
    const sspi::kerberos::entry* kerberos = nullptr;
    std::uint32_t hresult = 0;  // the HRESULT that wraps the code, where the input was one
};

// --as: the one family a code is read in; hresult reads an SSPI code (an HRESULT itself) and the
// Win32 error or NTSTATUS an HRESULT wraps.
enum class family_choice { sspi, ntstatus, win32, kerberos, hresult };

// "sspi", "ntstatus", "win32", "kerberos", "hresult", any case; nullopt for another word.
std::optional<family_choice> parse_family_choice(std::string_view word);

// The word parse_family_choice reads: "ntstatus".
std::string_view family_choice_name(family_choice family);

// Whether the command line's code is explained as an SSPI code: a code of the table, read so.
bool reads_as_sspi(const code_argument& code, std::optional<family_choice> as);

// The name a Kerberos error is shown by: Windows' (the event pages'), else MIT's.
std::string_view kerberos_name(const sspi::kerberos::entry& e);

// The name and the text of a reading: [MS-ERREF]'s for an NTSTATUS or a Win32 error, MIT's for a Kerberos error.
std::string_view reading_name(const reading& r);
std::string_view reading_message(const reading& r);

// The readings of a command-line code, likelier first: a value of 0 to 127 as a Kerberos error (the
// Failure and Result Codes of events 4768 to 4771) before a Win32 error; a name in every family that
// has it. None for a code of the SSPI table. With --as, the readings in that family only.
std::vector<reading> other_readings(std::string_view input, const code_argument& code,
                                    std::optional<family_choice> as = std::nullopt);

// The block that explains a reading, as explain_text explains an SSPI code; with a call, what that
// call's page says of an NTSTATUS it lists (STATUS_LOGON_FAILURE under AcceptSecurityContext).
void reading_text(std::string& out, const reading& r, const call_context& context = {});

// {"family":"ntstatus","name":...,"value":"0xC000006D","decimal":...,"message":...,...}
void reading_json(std::string& out, const reading& r);

// The family a log's field label gives the number after it: "Status:", "Sub Status:" and "Error Code:"
// an NTSTATUS (events 4625, 4776), "Failure Code:" and "Result Code:" a Kerberos error (4771, 4768),
// "System error" a Win32 error (net use).
enum class log_field { none, ntstatus, kerberos, win32 };

// What a number of a log means beyond the SSPI table: after a field label, in the field's family (0 is
// no failure); alone, only in its long form (long_form: "0x" and 8 digits, or 10 decimal digits), as an
// HRESULT wrapper, an NTSTATUS with its severity bits set or a code of MIT's library. A small number
// alone is none.
std::optional<reading> log_number_reading(std::uint32_t value, bool long_form, log_field field);

// A name of the NTSTATUS, Win32 or Kerberos tables in a log, spelled as they spell it: a log's
// lower-case word is a variable's name more often than a code's.
std::optional<reading> log_name_reading(std::string_view word);

// "STATUS_LOGON_FAILURE (NTSTATUS 0xC000006D): text" appended to a scanned line; with a call whose page
// lists the NTSTATUS, " | Call (Package): text".
void reading_note(std::string& out, const reading& r, const call_context& context);

// Whether two readings are the same code read the same way.
bool same_reading(const reading& a, const reading& b);

// The entries of the ntstatus, win32 or kerberos family whose name or text holds the folded text (every
// entry for an empty text), in the family's order, as readings; none for another choice.
std::vector<reading> family_entries(family_choice family, std::string_view folded_text);

// "0xC000006D  NTSTATUS  STATUS_LOGON_FAILURE                      text" for --list and --search.
void reading_summary_line(std::string& out, const reading& r);

}  // namespace tool

#endif

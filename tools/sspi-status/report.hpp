// What sspi-status prints for codes, in text and in JSON (schema in docs/tool.md).
#ifndef SSPI_STATUS_TOOL_REPORT_HPP
#define SSPI_STATUS_TOOL_REPORT_HPP

#include "code_argument.hpp"

#include <sspi_status/calls.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tool {

using languages = std::vector<sspi::lang>;

// The function and package a code came from, where the command line or a log line names them.
struct call_context {
    std::optional<sspi::call> call;
    sspi::package package = sspi::package::general;
};

// The block that explains one command-line code: with a call, that call's text; without, the calls
// that document the code and what their pages say beyond its general text.
void explain_text(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context = {});
// What --tls-alert prints: the alert, the code Schannel returns for it, and the code explained.
void tls_alert_text(std::string& out, int alert, const languages& shown);
void tls_alert_json(std::string& out, int alert, const languages& shown);

// "0x8009030C  SEC    SEC_E_LOGON_DENIED  message" for --list and --search.
void summary_line(std::string& out, const sspi::entry& e, const languages& shown);
// "NAME (0x...): message" appended to a scanned line, and " | Call (Package): text" where the line
// names a call whose page lists the code and says something else.
void scan_note(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context = {});

// "  call:           AcquireCredentialsHandle's pages do not list it\n": what --call says where
// neither the package's page nor the general one lists the code.
void call_not_listed(std::string& out, const call_context& context);

// The JSON object of one entry.
void entry_json(std::string& out, const sspi::entry& e, const languages& shown, const call_context& context = {});
// The JSON object of one command-line code, known or not.
void argument_json(std::string& out, std::string_view input, const code_argument& code, const languages& shown,
                   const call_context& context = {});

// The JSON document of every mode: {MEMBERS"LIST":[ITEM,ITEM]} (schema in docs/tool.md), written into
// out item by item; --scan puts each item on a line of its own.
class json_list {
public:
    json_list(std::string& out, std::string_view members_and_list, std::string_view item_separator = "");
    void next_item();  // before each item
    void close();

private:
    std::string& out_;
    std::string_view separator_;
    bool first_ = true;
};

// Whether the folded text occurs in the entry's name or any of its texts in any language, the texts of
// the calls' pages included.
bool entry_contains(const sspi::entry& e, std::string_view folded_text);

}  // namespace tool

#endif

// How a code relates to the codes of the other families, each relation with where it comes from: the
// Win32 error Windows reports it as, the codes Windows reports a Win32 error for (Wine's table),
// Samba's Kerberos pairs, and the condition the code is in, with the condition's other members.
#ifndef SSPI_STATUS_TOOL_RELATED_HPP
#define SSPI_STATUS_TOOL_RELATED_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace tool {

// The family of a code, named as its category is: "sspi", "ntstatus", "win32" or "kerberos" (whose
// value is the protocol number).
struct family_code {
    std::string_view family;
    std::uint32_t value;
};

// One line per relation, "  LABEL:          text\n", as the explanations write their lines.
void related_text(std::string& out, family_code code);

// ,"MEMBER":... for each relation of the code's family (docs/tool.md, "JSON"), always with "condition".
void related_json(std::string& out, family_code code);

}  // namespace tool

#endif

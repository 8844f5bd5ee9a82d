// The user's language, from the environment on POSIX and the UI language on Windows.
#ifndef SSPI_STATUS_LOCALE_HPP
#define SSPI_STATUS_LOCALE_HPP

#include <sspi_status/sspi_status.hpp>

#include <cstdlib>
#include <optional>

#ifdef _WIN32
extern "C" __declspec(dllimport) unsigned short __stdcall GetUserDefaultUILanguage(void);
#endif

namespace sspi {

// A Windows LANGID (primary language in the low 10 bits, sublanguage above), or std::nullopt when it
// is none of ours; Chinese must be Traditional (Taiwan, Hong Kong, Macao).
constexpr std::optional<lang> lang_from_langid(unsigned short langid) noexcept {
    const unsigned primary = langid & 0x3FFu, sublanguage = static_cast<unsigned>(langid) >> 10;
    switch (primary) {
    case 0x09: return lang::en;
    case 0x07: return lang::de;
    case 0x0A: return lang::es;
    case 0x0C: return lang::fr;
    case 0x10: return lang::it;
    case 0x16: return lang::pt_br;
    case 0x19: return lang::ru;
    case 0x04:
        if (sublanguage == 0x01 || sublanguage == 0x03 || sublanguage == 0x05) return lang::zh_tw;
        return std::nullopt;
    default: return std::nullopt;
    }
}

// The user's language when it is one of ours: on Windows the user's UI language; elsewhere the first
// of LC_ALL, LC_MESSAGES and LANG that is set and not empty, as POSIX orders them.
inline std::optional<lang> user_lang() noexcept {
#ifdef _WIN32
    return lang_from_langid(GetUserDefaultUILanguage());
#else
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0') return parse_lang(value);
    }
    return std::nullopt;
#endif
}

}  // namespace sspi

#endif

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
// is none of ours; a language with sublanguages in data/languages.csv (Traditional Chinese: Taiwan,
// Hong Kong, Macao) only with one of them.
constexpr std::optional<lang> lang_from_langid(unsigned short langid) noexcept {
    const unsigned primary = langid & 0x3FFu, sublanguage = static_cast<unsigned>(langid) >> 10;
    for (const auto& language : detail::language_table)
        if (language.windows_language == primary)
            return language.windows_sublanguages == 0 || (language.windows_sublanguages >> sublanguage & 1u) != 0
                       ? std::optional<lang>(language.id)
                       : std::nullopt;
    return std::nullopt;
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

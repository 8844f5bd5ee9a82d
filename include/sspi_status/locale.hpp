// Languages as people and systems name them: a tag as written ("pt_BR", "de_DE.UTF-8"), a Windows
// LANGID, and the user's language, from the environment on POSIX and the UI language on Windows.
#ifndef SSPI_STATUS_LOCALE_HPP
#define SSPI_STATUS_LOCALE_HPP

#include <sspi_status/detail/locale.hpp>
#include <sspi_status/sspi_status.hpp>

#include <optional>

namespace sspi {

// A language tag as people write it ("fr", "fr-FR", "pt_BR", "zh-Hant-TW", "de_DE.UTF-8", any case),
// or std::nullopt when it is none of ours. A language with a script in data/languages.csv (Traditional
// Chinese: Hant) is read only from a tag with that script, or without a script and with one of its regions.
constexpr std::optional<lang> parse_lang(std::string_view tag) noexcept { return detail::parse_lang(tag); }

// A Windows LANGID (primary language in the low 10 bits, sublanguage above), or std::nullopt when it
// is none of ours; a language with sublanguages in data/languages.csv (Traditional Chinese: Taiwan,
// Hong Kong, Macao) only with one of them.
constexpr std::optional<lang> lang_from_langid(unsigned short langid) noexcept { return detail::lang_from_langid(langid); }

// The user's language when it is one of ours: on Windows the user's UI language; elsewhere the first
// of LC_ALL, LC_MESSAGES and LANG that is set and not empty, as POSIX orders them.
inline std::optional<lang> user_lang() noexcept { return detail::user_lang(); }

}  // namespace sspi

#endif

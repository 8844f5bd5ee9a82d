// Generated from data/ (sspi_status.csv, languages.csv, tls_alerts.csv, packages.csv, call_texts.csv)
// by sspi-status-gen (tools/generator). Do not edit.
#ifndef SSPI_STATUS_DETAIL_LANGUAGES_HPP
#define SSPI_STATUS_DETAIL_LANGUAGES_HPP

#include <array>
#include <cstdint>
#include <string_view>

namespace sspi {

// The languages of the texts: English first, then Microsoft's translations.
enum class lang : std::uint8_t { en, de, es, fr, it, pt_br, ru, zh_tw };

namespace detail {

// What a language tag or a Windows LANGID must say to mean a language (README, "Languages").
struct language_info {
    lang id;
    std::string_view tag;              // BCP 47
    std::string_view script;           // a tag with another script is not this language; empty: any
    std::string_view regions;          // without a script subtag, one of these regions; empty: any
    std::uint16_t windows_language;    // primary LANGID
    std::uint64_t windows_sublanguages;  // bit n: SUBLANG n; 0: any
};

using namespace std::string_view_literals;

inline constexpr std::array<language_info, 8> language_table{{
    {lang::en, "en"sv, ""sv, ""sv, 0x009u, 0x0000000000000000u},
    {lang::de, "de"sv, ""sv, ""sv, 0x007u, 0x0000000000000000u},
    {lang::es, "es"sv, ""sv, ""sv, 0x00Au, 0x0000000000000000u},
    {lang::fr, "fr"sv, ""sv, ""sv, 0x00Cu, 0x0000000000000000u},
    {lang::it, "it"sv, ""sv, ""sv, 0x010u, 0x0000000000000000u},
    {lang::pt_br, "pt-BR"sv, ""sv, ""sv, 0x016u, 0x0000000000000000u},
    {lang::ru, "ru"sv, ""sv, ""sv, 0x019u, 0x0000000000000000u},
    {lang::zh_tw, "zh-TW"sv, "Hant"sv, "TW HK MO"sv, 0x004u, 0x000000000000002Au},
}};
inline constexpr std::array<lang, 8> all_languages{{lang::en, lang::de, lang::es, lang::fr, lang::it, lang::pt_br, lang::ru, lang::zh_tw}};

}  // namespace detail
}  // namespace sspi

#endif

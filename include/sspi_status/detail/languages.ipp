// Generated from data/languages.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/detail/languages.hpp>.

namespace sspi {
namespace detail {

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
inline constexpr std::array<lang, 8> all_languages{{
    lang::en, lang::de, lang::es, lang::fr, lang::it, lang::pt_br, lang::ru, lang::zh_tw,
}};

}  // namespace detail
}  // namespace sspi

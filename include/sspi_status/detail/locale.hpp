// How <sspi_status/locale.hpp> reads language tags, LANGIDs and the user's language, from the
// rules of data/languages.csv.
#ifndef SSPI_STATUS_DETAIL_LOCALE_HPP
#define SSPI_STATUS_DETAIL_LOCALE_HPP

#include <sspi_status/detail/chars.hpp>
#include <sspi_status/detail/languages.hpp>

#include <cstdlib>
#include <optional>
#include <string_view>

#ifdef _WIN32
extern "C" __declspec(dllimport) unsigned short __stdcall GetUserDefaultUILanguage(void);
#endif

namespace sspi {
namespace detail {

constexpr std::optional<lang> parse_lang(std::string_view tag) noexcept {
    tag = tag.substr(0, tag.find_first_of(".@"));  // POSIX locale: encoding and modifier
    std::string_view subtags[4];
    std::size_t count = 0;
    for (std::size_t start = 0; start <= tag.size();) {
        const std::size_t separator = tag.find_first_of("-_", start);
        const std::size_t end = separator == std::string_view::npos ? tag.size() : separator;
        const std::string_view subtag = tag.substr(start, end - start);
        if (count == 4 || subtag.empty() || subtag.size() > 8) return std::nullopt;
        for (const char c : subtag)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return std::nullopt;
        subtags[count++] = subtag;
        start = end + 1;
    }
    for (const auto& language : language_table) {
        if (!equals_ignoring_case(subtags[0], language.tag.substr(0, language.tag.find('-')))) continue;
        if (language.script.empty()) return language.id;
        bool region = false;
        for (std::size_t i = 1; i < count; ++i) {
            const bool is_script = subtags[i].size() == 4 && !(subtags[i][0] >= '0' && subtags[i][0] <= '9');
            if (is_script)
                return equals_ignoring_case(subtags[i], language.script) ? std::optional<lang>(language.id) : std::nullopt;
            for (std::size_t at = 0; at + 2 <= language.regions.size(); at += 3)
                region = region || equals_ignoring_case(subtags[i], language.regions.substr(at, 2));
        }
        return region ? std::optional<lang>(language.id) : std::nullopt;
    }
    return std::nullopt;
}

constexpr std::optional<lang> lang_from_langid(unsigned short langid) noexcept {
    const unsigned primary = langid & 0x3FFu, sublanguage = static_cast<unsigned>(langid) >> 10;
    for (const auto& language : language_table)
        if (language.windows_language == primary)
            return language.windows_sublanguages == 0 || (language.windows_sublanguages >> sublanguage & 1u) != 0
                       ? std::optional<lang>(language.id)
                       : std::nullopt;
    return std::nullopt;
}

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

}  // namespace detail
}  // namespace sspi

#endif

// The languages of the texts as data: what a tag or a LANGID must say to mean each.
#ifndef SSPI_STATUS_DETAIL_LANGUAGES_HPP
#define SSPI_STATUS_DETAIL_LANGUAGES_HPP

#include <sspi_status/enums.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sspi {
namespace detail {

// What a language tag or a Windows LANGID must say to mean a language (docs/languages.md).
struct language_info {
    lang id;
    std::string_view tag;                // BCP 47
    std::string_view script;             // a tag with another script is not this language; empty: any
    std::string_view regions;            // without a script subtag, one of these regions; empty: any
    std::uint16_t windows_language;      // primary LANGID
    std::uint64_t windows_sublanguages;  // bit n: SUBLANG n; 0: any
};

using namespace std::string_view_literals;

}  // namespace detail
}  // namespace sspi

#include <sspi_status/detail/languages.ipp>

#endif

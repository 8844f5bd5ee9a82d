// message(): which text speaks, in every language; aliases, unknown values and languages outside sspi::lang.
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

using sspi::lang;
using sspi::status;

namespace {
const sspi::entry& entry(std::string_view name) { return *sspi::find_name(name); }
}  // namespace

TEST_CASE("what Windows says comes first, in the language asked for") {
    // SEC_E_LOGON_DENIED: the page only says the code is obsolete.
    CHECK(sspi::page_text(entry("SEC_E_LOGON_DENIED"), lang::en) == "This status code is obsolete.");
    CHECK(sspi::message(status::sec_e_logon_denied) == "The logon attempt failed");
    CHECK(sspi::message(status::sec_e_logon_denied, lang::de) == "Fehler beim Anmeldeversuch");
    CHECK(sspi::message(0x8009030Cu, lang::zh_tw) ==
          "\xE7\x99\xBB\xE5\x85\xA5\xE5\x98\x97\xE8\xA9\xA6\xE5\xA4\xB1\xE6\x95\x97");  // 登入嘗試失敗
    // SEC_E_INTERNAL_ERROR: Windows' text and the page's say different things.
    CHECK(sspi::message(status::sec_e_internal_error) == "The Local Security Authority cannot be contacted");
    CHECK(sspi::page_text(entry("SEC_E_INTERNAL_ERROR"), lang::en) ==
          "An error occurred that did not map to an SSPI error code.");
}

TEST_CASE("a system text that is only the code's name says nothing, in any language") {
    const sspi::entry& no_kerb_key = entry("SEC_E_NO_KERB_KEY");
    CHECK(sspi::system_text(no_kerb_key, lang::en) == "SEC_E_NO_KERB_KEY");
    CHECK(sspi::system_text(no_kerb_key, lang::de) == "SEC _ E _ NO _ KERB _ KEY");  // kept as the page has it
    CHECK(sspi::message(no_kerb_key) == "No Kerberos key was found.");
    CHECK(sspi::message(no_kerb_key, lang::de) ==
          "Es wurde kein Kerberos-Schl\xC3\xBC"
          "ssel gefunden.");
}

TEST_CASE("where Windows has no text in a language, the page's text in that language, then English") {
    // SEC_E_OK is not on the COM error page: Windows' text in English only.
    CHECK(sspi::system_text(entry("SEC_E_OK"), lang::de).empty());
    CHECK(sspi::message(status::sec_e_ok, lang::de) == "Der Vorgang wurde erfolgreich abgeschlossen.");
    // SEC_E_NOT_SUPPORTED has a page text and no system text of its own.
    CHECK(sspi::message(entry("SEC_E_NOT_SUPPORTED")) == "The request is not supported.");
    CHECK(sspi::message(entry("SEC_E_NOT_SUPPORTED"), lang::fr) == "La demande n'est pas prise en charge.");
    // No translation at all: winerror.h's English text.
    CHECK(sspi::message(status::crypt_e_object_locator_object_not_found, lang::ru) ==
          "An object could not be located using the object locator infrastructure with the given name.");
}

TEST_CASE("an alias without texts of its own speaks with its target's") {
    const sspi::entry& no_spm = entry("SEC_E_NO_SPM");
    for (const lang language : sspi::languages()) {
        INFO(sspi::lang_tag(language));
        CHECK(sspi::system_text(no_spm, language).empty());
        CHECK(sspi::page_text(no_spm, language).empty());
        CHECK(sspi::message(no_spm, language) == sspi::message(entry("SEC_E_INTERNAL_ERROR"), language));
    }
    CHECK(sspi::message(no_spm) == "The Local Security Authority cannot be contacted");
}

TEST_CASE("message() is the first of the four texts that says something, for every code and language") {
    for (const auto& e : sspi::entries()) {
        const sspi::entry& speaker =
            e.alias_of.empty() || !sspi::system_text(e, lang::en).empty() || !sspi::page_text(e, lang::en).empty()
                ? e
                : entry(e.alias_of);
        const bool windows_speaks = sspi::system_text(speaker, lang::en) != speaker.name;
        for (const lang language : sspi::languages()) {
            INFO(e.name << " " << sspi::lang_tag(language));
            std::string_view expected = speaker.name;
            for (const auto text :
                 {windows_speaks ? sspi::system_text(speaker, language) : std::string_view{}, sspi::page_text(speaker, language),
                  windows_speaks ? sspi::system_text(speaker, lang::en) : std::string_view{}, sspi::page_text(speaker, lang::en)})
                if (!text.empty()) {
                    expected = text;
                    break;
                }
            CHECK(sspi::message(e, language) == expected);
            CHECK_FALSE(sspi::message(e, language).empty());
        }
    }
}

TEST_CASE("unknown values say they are unknown") {
    for (const long long unknown : {0x80090399LL, 0x12345678LL, 0xFFFFFFFFLL, 0x100000000LL, -1LL}) {
        INFO(unknown);
        CHECK(sspi::message(unknown) == "This value is not an SSPI status code.");
        CHECK(sspi::message(unknown, lang::de) == "This value is not an SSPI status code.");
    }
}

TEST_CASE("a language outside sspi::lang has no texts and message() falls back to English") {
    const auto outside = static_cast<lang>(sspi::languages().size());
    const sspi::entry& logon_denied = entry("SEC_E_LOGON_DENIED");
    CHECK(sspi::system_text(logon_denied, outside).empty());
    CHECK(sspi::page_text(logon_denied, outside).empty());
    CHECK(sspi::message(logon_denied, outside) == "The logon attempt failed");
    CHECK(sspi::message(logon_denied, static_cast<lang>(255)) == "The logon attempt failed");
    CHECK(sspi::lang_tag(outside).empty());
}

TEST_CASE("a copy of an entry reads its row's texts; an entry of no row has none and speaks with its name") {
    const sspi::entry copy = entry("SEC_E_NOT_SUPPORTED");
    CHECK(sspi::page_text(copy, lang::de) == "Die Anforderung wird nicht unterst\xC3\xBCtzt.");
    constexpr sspi::entry custom{status::sec_e_ok, 0x12345678u, "SEC_E_NOT_IN_THE_TABLE", "", sspi::family::sec};
    CHECK(sspi::page_text(custom, lang::en).empty());
    CHECK(sspi::message(custom, lang::fr) == "SEC_E_NOT_IN_THE_TABLE");
}

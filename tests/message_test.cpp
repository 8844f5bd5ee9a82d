// message(): the fallback chain in both languages, aliases and unknown values.
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

using sspi::lang;
using sspi::status;

TEST_CASE("a documented code speaks in the language asked for") {
    CHECK(sspi::message(status::sec_e_time_skew) == "The clocks on the client and server computers do not match.");
    CHECK(sspi::message(status::sec_e_time_skew, lang::de) ==
          "Die Uhren auf den Client- und Servercomputern sind nicht \xC3\xBC" "bereinstimmend.");
    CHECK(sspi::message(0x8009030Cu, lang::en) == "This status code is obsolete.");
    CHECK(sspi::message(*sspi::find_name("SEC_E_NOT_SUPPORTED")) == "The request is not supported.");
}

TEST_CASE("a code the pages do not list falls back to winerror.h's text in every language") {
    const char* expected = "The required security context does not exist.";
    CHECK(sspi::message(status::sec_e_no_context) == expected);
    CHECK(sspi::message(status::sec_e_no_context, lang::de) == expected);
    CHECK(sspi::message(0x80090369u, lang::de) == "You can't sign in with a user ID in this format. Try using your email address instead.");
}

TEST_CASE("an alias without text of its own uses its target's") {
    const sspi::entry& no_spm = *sspi::find_name("SEC_E_NO_SPM");
    CHECK(no_spm.message_en.empty());
    CHECK(no_spm.system_message.empty());
    CHECK(sspi::message(no_spm) == "An error occurred that did not map to an SSPI error code.");
    CHECK(sspi::message(no_spm, lang::de) ==
          "Es ist ein Fehler aufgetreten, der einem SSPI-Fehlercode nicht zuordnen konnte.");
}

TEST_CASE("the name is the last resort") {
    constexpr sspi::entry bare{status::sec_e_ok, 0x00000000u, "SEC_E_SOMETHING", "", "", "", ""};
    CHECK(sspi::message(bare) == "SEC_E_SOMETHING");
    constexpr sspi::entry english_only{status::sec_e_ok, 0x00000000u, "SEC_E_SOMETHING", "english", "", "sys", ""};
    CHECK(sspi::message(english_only, lang::de) == "english");
}

TEST_CASE("no message is ever empty, and unknown values say they are unknown") {
    for (const auto& e : sspi::entries()) {
        INFO(e.name);
        CHECK_FALSE(sspi::message(e, lang::en).empty());
        CHECK_FALSE(sspi::message(e, lang::de).empty());
    }
    for (const long long unknown : {0x80090399LL, 0x12345678LL, 0xFFFFFFFFLL, 0x100000000LL, -1LL}) {
        INFO(unknown);
        CHECK(sspi::message(unknown) == "This value is not an SSPI status code.");
        CHECK(sspi::message(unknown, lang::de) == "This value is not an SSPI status code.");
    }
}

TEST_CASE("every language of the page, and the fallback where a page has no text") {
    const sspi::entry& logon_denied = *sspi::find(status::sec_e_logon_denied);
    CHECK(sspi::message(logon_denied, lang::es) == "Este c\xC3\xB3" "digo de estado est\xC3\xA1 obsoleto.");
    CHECK(sspi::message(logon_denied, lang::fr) == "Ce code d\xE2\x80\x99\xC3\x89tat est obsol\xC3\xA8te.");
    CHECK(sspi::message(logon_denied, lang::it) == "Questo codice di stato \xC3\xA8 obsoleto.");
    CHECK(sspi::message(logon_denied, lang::pt_br) == "Esse c\xC3\xB3" "digo de status est\xC3\xA1 obsoleto.");
    CHECK(sspi::message(logon_denied, lang::ru) ==
          "\xD0\xAD\xD1\x82\xD0\xBE\xD1\x82 \xD0\xBA\xD0\xBE\xD0\xB4 \xD1\x81\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD1\x8F\xD0\xBD\xD0\xB8\xD1\x8F "
          "\xD1\x83\xD1\x81\xD1\x82\xD0\xB0\xD1\x80\xD0\xB5\xD0\xBB.");  // Этот код состояния устарел.
    CHECK(sspi::message(logon_denied, lang::zh_tw) == "\xE6\xAD\xA4\xE7\x8B\x80\xE6\x85\x8B\xE7\xA2\xBC\xE5\xB7\xB2\xE9\x81\x8E\xE6\x99\x82\xE3\x80\x82");

    // The codes the pages do not list: winerror.h's English text in every language.
    std::size_t undocumented = 0;
    for (const auto& e : sspi::entries()) {
        if (sspi::is_documented(e) || !e.alias_of.empty()) continue;  // aliases: below
        ++undocumented;
        for (const lang language : {lang::es, lang::fr, lang::it, lang::pt_br, lang::ru, lang::zh_tw}) {
            INFO(e.name);
            CHECK(sspi::page_text(e, language).empty());
            CHECK(sspi::message(e, language) == (e.system_message.empty() ? sspi::message(e, lang::en) : e.system_message));
        }
    }
    CHECK(undocumented == 17);
    // An alias without text of its own speaks with its target's, in every language.
    CHECK(sspi::message(*sspi::find_name("SEC_E_NO_SPM"), lang::it) == sspi::message(status::sec_e_internal_error, lang::it));
    CHECK_FALSE(sspi::message(status::sec_e_internal_error, lang::it).empty());
    CHECK(sspi::message(status::sec_e_internal_error, lang::it) != sspi::message(status::sec_e_internal_error, lang::en));
}

TEST_CASE("an entry that is not in the table has no translations") {
    constexpr sspi::entry custom{status::sec_e_ok, 0x00000000u, "SEC_E_NOT_IN_THE_TABLE", "english", "deutsch", "", ""};
    CHECK(sspi::page_text(custom, lang::fr).empty());
    CHECK(sspi::message(custom, lang::fr) == "english");
    CHECK(sspi::message(custom, lang::de) == "deutsch");
}

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

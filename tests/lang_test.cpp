// Languages: tags as people write them, Windows LANGIDs, and the user's language from the environment.
#include <sspi_status/locale.hpp>
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using sspi::lang;

static_assert(sspi::parse_lang("de_DE.UTF-8") == lang::de);
static_assert(!sspi::parse_lang("zh-CN"));

TEST_CASE("parse_lang reads tags in every usual spelling") {
    const struct {
        const char* tag;
        lang expected;
    } tags[] = {
        {"en", lang::en},
        {"EN-us", lang::en},
        {"de", lang::de},
        {"de_DE.UTF-8", lang::de},
        {"de_AT@euro", lang::de},
        {"es-419", lang::es},
        {"es_ES", lang::es},
        {"fr", lang::fr},
        {"fr-FR", lang::fr},
        {"fr_CA.utf8", lang::fr},
        {"it_IT", lang::it},
        {"pt_BR", lang::pt_br},
        {"pt-br", lang::pt_br},
        {"pt", lang::pt_br},
        {"pt_PT", lang::pt_br},
        {"ru", lang::ru},
        {"ru_RU.KOI8-R", lang::ru},
        {"zh-TW", lang::zh_tw},
        {"zh_tw", lang::zh_tw},
        {"zh-Hant", lang::zh_tw},
        {"zh-Hant-TW", lang::zh_tw},
        {"zh_HK.UTF-8", lang::zh_tw},
        {"ZH-hant-hk", lang::zh_tw},
    };
    for (const auto& t : tags) {
        INFO(t.tag);
        const auto parsed = sspi::parse_lang(t.tag);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == t.expected);
    }
}

TEST_CASE("parse_lang says when a tag is none of ours") {
    for (const char* tag :
         {"",           "C",     "POSIX", "C.UTF-8", "ja_JP", "nl",  "english", "zh",     "zh-CN",        "zh-Hans",
          "zh-Hans-TW", "zh_SG", "e",     "en--US",  "-en",   "en-", "en US",   "de_DE!", "en-abcdefghi", "en-a-b-c-d"}) {
        INFO(tag);
        CHECK_FALSE(sspi::parse_lang(tag).has_value());
    }
}

TEST_CASE("lang_tag gives the BCP 47 tag, which parse_lang reads back") {
    CHECK(sspi::lang_tag(lang::en) == "en");
    CHECK(sspi::lang_tag(lang::pt_br) == "pt-BR");
    CHECK(sspi::lang_tag(lang::zh_tw) == "zh-TW");
    for (const lang language : sspi::languages()) CHECK(sspi::parse_lang(sspi::lang_tag(language)) == language);
}

TEST_CASE("lang_from_langid maps Windows UI languages") {
    CHECK(sspi::lang_from_langid(0x0409) == lang::en);     // en-US
    CHECK(sspi::lang_from_langid(0x0407) == lang::de);     // de-DE
    CHECK(sspi::lang_from_langid(0x0C07) == lang::de);     // de-AT
    CHECK(sspi::lang_from_langid(0x0C0A) == lang::es);     // es-ES
    CHECK(sspi::lang_from_langid(0x040C) == lang::fr);     // fr-FR
    CHECK(sspi::lang_from_langid(0x0410) == lang::it);     // it-IT
    CHECK(sspi::lang_from_langid(0x0416) == lang::pt_br);  // pt-BR
    CHECK(sspi::lang_from_langid(0x0419) == lang::ru);     // ru-RU
    CHECK(sspi::lang_from_langid(0x0404) == lang::zh_tw);  // zh-TW
    CHECK(sspi::lang_from_langid(0x0C04) == lang::zh_tw);  // zh-HK
    CHECK_FALSE(sspi::lang_from_langid(0x0804));           // zh-CN
    CHECK_FALSE(sspi::lang_from_langid(0x0411));           // ja-JP
}

#ifndef _WIN32
namespace {
// Sets the locale variables for one check and restores them after.
struct locale_environment {
    locale_environment(const char* lc_all, const char* lc_messages, const char* lang_value) {
        set("LC_ALL", lc_all);
        set("LC_MESSAGES", lc_messages);
        set("LANG", lang_value);
    }
    ~locale_environment() {
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) unsetenv(name);
    }
    static void set(const char* name, const char* value) {
        if (value != nullptr)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
};
}  // namespace

TEST_CASE("user_lang follows LC_ALL, then LC_MESSAGES, then LANG") {
    {
        const locale_environment env("fr_FR.UTF-8", "de_DE.UTF-8", "ru_RU.UTF-8");
        CHECK(sspi::user_lang() == lang::fr);
    }
    {
        const locale_environment env("", "de_DE.UTF-8", "ru_RU.UTF-8");  // empty counts as unset
        CHECK(sspi::user_lang() == lang::de);
    }
    {
        const locale_environment env(nullptr, nullptr, "zh_TW.UTF-8");
        CHECK(sspi::user_lang() == lang::zh_tw);
    }
    {
        const locale_environment env("ja_JP.UTF-8", "de_DE.UTF-8", nullptr);  // the first set one decides
        CHECK_FALSE(sspi::user_lang().has_value());
    }
    {
        const locale_environment env(nullptr, nullptr, nullptr);
        CHECK_FALSE(sspi::user_lang().has_value());
    }
}
#endif

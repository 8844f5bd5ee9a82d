// The generated table against Microsoft's documents themselves (tests/sources/): every one of
// winerror.h's SEC_ names with its value, alias, English, German and system text.
#include <sspi_status/sspi_status.hpp>

#include "support/doc_sources.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

namespace {

const std::string sources = SSPI_STATUS_TEST_SOURCES;

struct page_texts {
    std::string en, de;
};

// name -> meaning on each page; the n-th German row belongs to the n-th English row.
std::map<std::string, page_texts> documented_codes() {
    const auto en = doc_sources::page_rows(sources + "/sspi-status-codes.en.md");
    const auto de = doc_sources::page_rows(sources + "/sspi-status-codes.de.md");
    REQUIRE(en.size() == 77);
    REQUIRE(de.size() == en.size());
    std::map<std::string, page_texts> texts;
    for (std::size_t i = 0; i < en.size(); ++i) texts[en[i].code] = {en[i].meaning, de[i].meaning};
    return texts;
}

std::string hex(std::uint32_t value) {
    const auto digits = sspi::detail::hex(value);
    return {digits.data(), digits.size()};
}

}  // namespace

TEST_CASE("every translated page, row by row, for all 77 documented codes") {
    const auto english = doc_sources::page_rows(sources + "/sspi-status-codes.en.md");
    const struct {
        const char* file;
        sspi::lang language;
    } pages[] = {{"i18n/sspi-status-codes.es-es.md", sspi::lang::es}, {"i18n/sspi-status-codes.fr-fr.md", sspi::lang::fr},
                 {"i18n/sspi-status-codes.it-it.md", sspi::lang::it}, {"i18n/sspi-status-codes.pt-br.md", sspi::lang::pt_br},
                 {"i18n/sspi-status-codes.ru-ru.md", sspi::lang::ru}, {"i18n/sspi-status-codes.zh-tw.md", sspi::lang::zh_tw}};
    for (const auto& page : pages) {
        const auto rows = doc_sources::page_rows(sources + "/" + page.file);
        REQUIRE(rows.size() == english.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            INFO(page.file << ": " << english[i].code);
            const sspi::entry* e = sspi::find_name(english[i].code);
            REQUIRE(e != nullptr);
            CHECK(sspi::page_text(*e, page.language) == rows[i].meaning);
            CHECK(sspi::message(*e, page.language) == rows[i].meaning);
        }
    }
}

TEST_CASE("page text is read as a reader sees it") {
    CHECK(doc_sources::plain_text("SEC\\_E\\_OK<br/>   ") == "SEC_E_OK");
    CHECK(doc_sources::plain_text("The [*security package*](../secgloss/s-gly.md) cannot<br/>") ==
          "The security package cannot");
    CHECK(doc_sources::plain_text("Beim Verarbeiten [](../secgloss/c-gly.md) des") == "Beim Verarbeiten des");
    CHECK(doc_sources::plain_text("contacted.<br/><b>NOTE:</b> This") == "contacted. NOTE: This");
    CHECK(doc_sources::plain_text("[*certificação)*](../secgloss/c-gly.md) x") == "certificação) x");
}

TEST_CASE("every winerror.h SEC_ name is in the table, in value order, aliases after their target") {
    const auto winerror = doc_sources::winerror_rows(sources + "/winerror-sec.tsv");
    REQUIRE(winerror.size() == 95);
    REQUIRE(sspi::entries().size() == winerror.size());
    for (std::size_t i = 1; i < sspi::entries().size(); ++i) {
        const auto& previous = sspi::entries()[i - 1];
        const auto& current = sspi::entries()[i];
        INFO(current.name);
        CHECK((previous.value < current.value || (previous.value == current.value && !current.alias_of.empty())));
    }
}

TEST_CASE("each entry matches winerror.h and the English and German pages") {
    const auto documented = documented_codes();
    const auto winerror = doc_sources::winerror_rows(sources + "/winerror-sec.tsv");
    std::size_t on_pages = 0;
    for (const auto& row : winerror) {
        INFO(row.name);
        const sspi::entry* e = sspi::find_name(row.name);
        REQUIRE(e != nullptr);
        CHECK(e->name == row.name);
        CHECK(hex(e->value) == row.value);
        CHECK(static_cast<std::uint32_t>(e->code) == e->value);
        CHECK(e->alias_of == row.alias_of);
        CHECK(e->system_message == row.message_text);
        const auto page = documented.find(row.name);
        if (page != documented.end()) ++on_pages;
        CHECK(e->message_en == (page != documented.end() ? page->second.en : ""));
        CHECK(e->message_de == (page != documented.end() ? page->second.de : ""));
    }
    CHECK(on_pages == documented.size());
}

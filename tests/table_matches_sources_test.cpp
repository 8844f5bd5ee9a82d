// The generated table against Microsoft's documents themselves (tests/sources/): every name of
// winerror.h's SEC_, CERT_E_, CRYPT_E_ and TRUST_E_ codes with its value, alias and family, the
// "SSPI Status Codes" pages in every language, and what Windows says in every language.
#include <sspi_status/sspi_status.hpp>

#include "support/doc_sources.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

const std::string sources = SSPI_STATUS_TEST_SOURCES;

std::string page_path(sspi::lang language) {
    if (language == sspi::lang::en) return sources + "/sspi-status-codes.en.md";
    if (language == sspi::lang::de) return sources + "/sspi-status-codes.de.md";
    return sources + "/i18n/sspi-status-codes." + doc_sources::folder_of_tag(sspi::lang_tag(language)) + ".md";
}

std::string com_path(sspi::lang language) {
    return sources + "/com-error-codes-4/" +
           (language == sspi::lang::en ? std::string("en") : doc_sources::folder_of_tag(sspi::lang_tag(language))) + ".md";
}

std::vector<doc_sources::winerror_row> winerror() {
    auto rows = doc_sources::winerror_rows(sources + "/winerror-sec.tsv");
    const auto trust = doc_sources::winerror_rows(sources + "/winerror-trust.tsv");
    REQUIRE(rows.size() == 95);
    REQUIRE(trust.size() == 105);
    rows.insert(rows.end(), trust.begin(), trust.end());
    return rows;
}

std::string hex(std::uint32_t value) {
    const auto digits = sspi::detail::hex(value);
    return {digits.data(), digits.size()};
}

}  // namespace

TEST_CASE("every winerror.h name is in the table with its value, alias and family") {
    const auto rows = winerror();
    REQUIRE(sspi::entries().size() == rows.size());
    for (const auto& row : rows) {
        INFO(row.name);
        const sspi::entry* e = sspi::find_name(row.name);
        REQUIRE(e != nullptr);
        CHECK(e->name == row.name);
        CHECK(hex(e->value) == row.value);
        CHECK(static_cast<std::uint32_t>(e->code) == e->value);
        CHECK(e->alias_of == row.alias_of);
        CHECK(row.name.rfind(std::string(sspi::family_name(e->family)) + "_", 0) == 0);
        CHECK(sspi::system_text(*e, sspi::lang::en) == row.message_text);
    }
    for (std::size_t i = 1; i < sspi::entries().size(); ++i) {
        const auto& previous = sspi::entries()[i - 1];
        const auto& current = sspi::entries()[i];
        INFO(current.name);
        CHECK((previous.value < current.value || (previous.value == current.value && !current.alias_of.empty())));
    }
}

TEST_CASE("every page text in every language, row by row, for all 77 documented codes") {
    const auto english = doc_sources::page_rows(page_path(sspi::lang::en));
    REQUIRE(english.size() == 77);
    std::set<std::string> documented;
    for (const auto& row : english) documented.insert(row.code);
    for (const sspi::lang language : sspi::languages()) {
        // The n-th row of a translated page belongs to the n-th English row: its name column is garbled.
        const auto rows = doc_sources::page_rows(page_path(language));
        REQUIRE(rows.size() == english.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            INFO(page_path(language) << ": " << english[i].code);
            const sspi::entry* e = sspi::find_name(english[i].code);
            REQUIRE(e != nullptr);
            CHECK(sspi::page_text(*e, language) == rows[i].meaning);
        }
        for (const auto& e : sspi::entries()) {
            INFO(e.name);
            if (documented.count(std::string(e.name)) == 0) CHECK(sspi::page_text(e, language).empty());
        }
    }
}

TEST_CASE("every system text in every language is the COM error page's row of that name") {
    for (const sspi::lang language : sspi::languages()) {
        if (language == sspi::lang::en) continue;  // English: winerror.h, above
        const auto texts = doc_sources::com_error_texts(com_path(language));
        std::size_t found = 0;
        for (const auto& e : sspi::entries()) {
            INFO(com_path(language) << ": " << e.name);
            const auto row = texts.find(std::string(e.name));
            found += row != texts.end();
            CHECK(sspi::system_text(e, language) == (row != texts.end() ? row->second : ""));
        }
        CHECK(found == 189);  // 86 SEC_ names and 103 of the 105 others
    }
}

TEST_CASE("the English COM error page and winerror.h differ in three texts; winerror.h is the source") {
    const auto texts = doc_sources::com_error_texts(com_path(sspi::lang::en));
    std::map<std::string, std::string> differences;
    for (const auto& e : sspi::entries()) {
        const auto row = texts.find(std::string(e.name));
        if (row != texts.end() && row->second != sspi::system_text(e, sspi::lang::en)) differences[row->first] = row->second;
    }
    CHECK(differences ==
          std::map<std::string, std::string>{
              {"CERT_E_ROLE", "A certificate that can only be used as an end-entity is being used as a CA or visa versa."},
              {"SEC_E_CANNOT_PACK",
               "The security package is not able to marshal the logon buffer, so the logon attempt has failed"},
              {"SEC_E_ISSUING_CA_UNTRUSTED",
               "An untrusted certificate authority was detected While processing the smartcard certificate used for "
               "authentication. Please contact your system administrator."}});
    // Rows under another name: 0x8009202D under its older name; a DPAPI code the table does not hold.
    CHECK(texts.count("CRYPT_E_OBJECT_LOCATOR_NOT_FOUND") == 1);
    CHECK(sspi::find_name("CRYPT_E_OBJECT_LOCATOR_NOT_FOUND") == nullptr);
    CHECK(texts.count("CRYPT_I_NEW_PROTECTION_REQUIRED") == 1);
}

TEST_CASE("every text of every language ends in a NUL, so that data() may go to a C API") {
    std::size_t texts = 0;
    for (const auto& e : sspi::entries())
        for (const sspi::lang language : sspi::languages())
            for (const auto text : {sspi::system_text(e, language), sspi::page_text(e, language), sspi::message(e, language)}) {
                INFO(e.name << " " << sspi::lang_tag(language) << ": " << text);
                REQUIRE(text.data() != nullptr);
                CHECK(text.data()[text.size()] == '\0');
                CHECK(text.find('\0') == std::string_view::npos);
                ++texts;
            }
    CHECK(texts == 200 * sspi::languages().size() * 3);
}

TEST_CASE("page text is read as a reader sees it") {
    CHECK(doc_sources::plain_text("SEC\\_E\\_OK<br/>   ") == "SEC_E_OK");
    CHECK(doc_sources::plain_text("The [*security package*](../secgloss/s-gly.md) cannot<br/>") == "The security package cannot");
    CHECK(doc_sources::plain_text("Beim Verarbeiten [](../secgloss/c-gly.md) des") == "Beim Verarbeiten des");
    CHECK(doc_sources::plain_text("contacted.<br/><b>NOTE:</b> This") == "contacted. NOTE: This");
    CHECK(doc_sources::plain_text("[*certificação)*](../secgloss/c-gly.md) x") == "certificação) x");
}

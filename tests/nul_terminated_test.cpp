// Every text the API returns points at a NUL-terminated string, empty ones included, so that data()
// may go to printf("%s") or any C API: for every code, language, call and package, and for values
// outside the enumerations.
#include <sspi_status/calls.hpp>
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

#include <cstring>
#include <string_view>

namespace {

bool nul_terminated(std::string_view text) { return text.data() != nullptr && text.data()[text.size()] == '\0'; }

const auto outside_lang = static_cast<sspi::lang>(200);
const auto outside_call = static_cast<sspi::call>(200);
const auto outside_package = static_cast<sspi::package>(200);

}  // namespace

TEST_CASE("every text of every entry is NUL-terminated, in every language and outside them", "[nul]") {
    for (const auto& e : sspi::entries()) {
        CHECK(nul_terminated(e.name));
        CHECK(nul_terminated(e.alias_of));
        for (const auto language : {sspi::lang::en, sspi::lang::de, sspi::lang::zh_tw, outside_lang}) {
            INFO(e.name << " in language " << static_cast<int>(language));
            CHECK(nul_terminated(sspi::system_text(e, language)));
            CHECK(nul_terminated(sspi::page_text(e, language)));
            CHECK(nul_terminated(sspi::message(e, language)));
            CHECK(nul_terminated(sspi::message(e.value, language)));
        }
        for (const auto& alert : sspi::tls_alerts(e)) CHECK(nul_terminated(alert.name));
    }
}

TEST_CASE("the names of unknown codes and of values outside the enumerations are NUL-terminated", "[nul]") {
    CHECK(nul_terminated(sspi::name(0x12345678u)));
    CHECK(nul_terminated(sspi::message(0x12345678u)));
    CHECK(nul_terminated(sspi::family_name(static_cast<sspi::family>(200))));
    CHECK(nul_terminated(sspi::lang_tag(outside_lang)));
    CHECK(nul_terminated(sspi::call_name(outside_call)));
    CHECK(nul_terminated(sspi::package_name(outside_package)));
}

TEST_CASE("call texts are NUL-terminated where no page lists the code", "[nul]") {
    // MakeSignature's page does not list SEC_E_CERT_UNKNOWN: once a crash in strlen.
    CHECK(std::strlen(sspi::call_text(0x80090327u, sspi::call::make_signature).data()) == 0);
    for (const auto& e : sspi::entries())
        for (const auto c : {sspi::call::make_signature, sspi::call::accept_security_context, outside_call})
            for (const auto p : {sspi::package::general, sspi::package::schannel, outside_package})
                for (const auto language : {sspi::lang::en, sspi::lang::ru, outside_lang}) {
                    INFO(e.name << " call " << static_cast<int>(c) << " package " << static_cast<int>(p));
                    CHECK(nul_terminated(sspi::call_text(e, c, p, language)));
                    CHECK(nul_terminated(sspi::call_text(e.value, c, p, language)));
                }
}

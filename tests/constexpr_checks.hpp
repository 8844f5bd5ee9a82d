// Everything the API promises at compile time, as static_asserts at namespace scope; included by
// constexpr_test.cpp and by the header-only check that every compiler of the matrix builds.
#ifndef SSPI_STATUS_TESTS_CONSTEXPR_CHECKS_HPP
#define SSPI_STATUS_TESTS_CONSTEXPR_CHECKS_HPP

#include <sspi_status/sspi_status.hpp>

namespace constexpr_checks {

using sspi::lang;
using sspi::status;

static_assert(sspi::find(0x8009030Cu)->code == status::sec_e_logon_denied);
static_assert(sspi::find(-2146893044)->name == "SEC_E_LOGON_DENIED");
static_assert(sspi::find(-2146893044L) == sspi::find(status::sec_e_logon_denied));
static_assert(sspi::find(0x12345678) == nullptr);
static_assert(sspi::find(0x1FFFFFFFFLL) == nullptr);
static_assert(sspi::find(status::sec_e_no_spm)->name == "SEC_E_INTERNAL_ERROR");
static_assert(sspi::find_name("e_logon_denied")->value == 0x8009030Cu);
static_assert(sspi::find_name("SEC_E_NOT_SUPPORTED")->alias_of == "SEC_E_UNSUPPORTED_FUNCTION");
static_assert(sspi::find_name("nonsense") == nullptr);
static_assert(sspi::find(0x80092012u)->name == "CRYPT_E_NO_REVOCATION_CHECK");
static_assert(sspi::find_name("crypt_e_revoked")->family == sspi::family::crypt);
static_assert(sspi::find_name("SEC_CRYPT_E_REVOKED") == nullptr);
static_assert(sspi::message(status::sec_e_logon_denied) == "The logon attempt failed");
static_assert(sspi::message(status::sec_e_logon_denied, lang::de) == "Fehler beim Anmeldeversuch");
static_assert(sspi::page_text(*sspi::find(status::sec_e_logon_denied), lang::de) == "Dieser Statuscode ist veraltet.");
static_assert(sspi::message(status::sec_e_no_kerb_key) == "No Kerberos key was found.");
static_assert(sspi::message(0x80090361u, lang::de) == "Der erforderliche Sicherheitskontext ist nicht vorhanden.");
static_assert(sspi::message(0x8009202Du, lang::de) ==
              "An object could not be located using the object locator infrastructure with the given name.");
static_assert(sspi::system_text(*sspi::find(status::crypt_e_revoked), lang::en).data()[27] == '\0');
static_assert(sspi::message(0x12345678) == "This value is not an SSPI status code.");
static_assert(sspi::name(status::sec_i_renegotiate) == "SEC_I_RENEGOTIATE");
static_assert(sspi::succeeded(status::sec_i_continue_needed));
static_assert(sspi::failed(status::sec_e_time_skew));
static_assert(sspi::is_documented(status::sec_e_time_skew));
static_assert(!sspi::is_documented(status::sec_e_no_context));
static_assert(sspi::entries().size() == 200);
static_assert(sspi::from_tls_alert(48)->code == status::sec_e_untrusted_root);
static_assert(sspi::from_tls_alert(44)->code == status::crypt_e_revoked);
static_assert(sspi::from_tls_alert(200)->code == status::sec_e_illegal_message && sspi::from_tls_alert(300) == nullptr);
static_assert(sspi::tls_alerts(*sspi::find(status::sec_e_untrusted_root)).size() == 1);
static_assert(sspi::languages().size() == 8 && sspi::languages()[0] == lang::en);
static_assert(sspi::family_name(sspi::family::trust) == "TRUST");
static_assert(sspi::entries()[0].name == "SEC_E_OK");
static_assert(std::is_error_code_enum<status>::value);
static_assert(noexcept(sspi::find(0)) && noexcept(sspi::find_name(std::string_view())) && noexcept(sspi::message(0)));

namespace {
// Computed from the table by the compiler: no entry's message is empty.
constexpr bool every_message_is_present() {
    for (const auto& e : sspi::entries())
        for (const lang language : sspi::languages())
            if (sspi::message(e, language).empty()) return false;
    return true;
}
static_assert(every_message_is_present());
}  // namespace

}  // namespace constexpr_checks

#endif

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
static_assert(sspi::message(status::sec_e_logon_denied) == "This status code is obsolete.");
static_assert(sspi::message(status::sec_e_logon_denied, lang::de) == "Dieser Statuscode ist veraltet.");
static_assert(sspi::message(0x80090361u, lang::de) == "The required security context does not exist.");
static_assert(sspi::message(0x12345678) == "This value is not an SSPI status code.");
static_assert(sspi::name(status::sec_i_renegotiate) == "SEC_I_RENEGOTIATE");
static_assert(sspi::succeeded(status::sec_i_continue_needed));
static_assert(sspi::failed(status::sec_e_time_skew));
static_assert(sspi::is_documented(status::sec_e_time_skew));
static_assert(!sspi::is_documented(status::sec_e_no_context));
static_assert(sspi::entries().size() == 95);
static_assert(sspi::entries()[0].name == "SEC_E_OK");
static_assert(std::is_error_code_enum<status>::value);
static_assert(noexcept(sspi::find(0)) && noexcept(sspi::find_name(std::string_view())) && noexcept(sspi::message(0)));

namespace {
// Computed from the table by the compiler: no entry's message is empty.
constexpr bool every_message_is_present() {
    for (const auto& e : sspi::entries())
        if (sspi::message(e, lang::en).empty() || sspi::message(e, lang::de).empty()) return false;
    return true;
}
static_assert(every_message_is_present());
}  // namespace

}  // namespace constexpr_checks

#endif

// Real SSPI calls: the SECURITY_STATUS Windows returns must be found by sspi::find without a cast and
// convert to an error_code in the sspi category with that code's text.
#define SECURITY_WIN32
#include <windows.h>  // before <sspi.h>, which needs its types

#include <sspi.h>

#include <sspi_status/conditions.hpp>
#include <sspi_status/locale.hpp>
#include <sspi_status/sspi_status.hpp>

#include <cstdio>
#include <string>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    failures += ok ? 0 : 1;
}

void check_status(SECURITY_STATUS returned, sspi::status expected, const char* system_text, const char* page_text) {
    const sspi::entry* e = sspi::find(returned);  // SECURITY_STATUS is long: no cast
    check(e != nullptr && e->code == expected, "sspi::find knows the returned SECURITY_STATUS");
    if (e == nullptr) return;
    std::printf("  returned 0x%08lX = %s\n", static_cast<unsigned long>(returned), std::string(e->name).c_str());
    const std::error_code ec = e->code;
    check(ec.category() == sspi::category() && ec.value() == returned, "it converts to an error_code in the sspi category");
    check(ec.message() == system_text && sspi::message(returned) == system_text, "its message is winerror.h's text");
    check(sspi::page_text(*e, sspi::lang::en) == page_text, "sspi::page_text gives the documented text");
    check(sspi::failed(returned) && FAILED(returned), "sspi::failed agrees with FAILED()");
    check(sspi::find(static_cast<HRESULT>(returned)) == e, "an HRESULT finds it too");
}

}  // namespace

int main() {
    CredHandle credentials{};
    TimeStamp expiry{};
    wchar_t no_such_package[] = L"NoSuchPackage";
    const SECURITY_STATUS acquire = AcquireCredentialsHandleW(nullptr, no_such_package, SECPKG_CRED_OUTBOUND, nullptr, nullptr,
                                                              nullptr, nullptr, &credentials, &expiry);
    check_status(acquire, sspi::status::sec_e_secpkg_not_found, "The requested security package does not exist",
                 "The security package was not recognized.");

    CtxtHandle context{};
    SecBufferDesc output{};
    unsigned long attributes = 0;
    wchar_t target[] = L"host/example";
    const SECURITY_STATUS initialize = InitializeSecurityContextW(nullptr, nullptr, target, 0, 0, SECURITY_NATIVE_DREP, nullptr,
                                                                  0, &context, &output, &attributes, &expiry);
    check_status(initialize, sspi::status::sec_e_invalid_handle, "The handle specified is invalid",
                 "The handle passed to the function is not valid.");

    // GetLastError()'s codes are Win32 errors in std::system_category() on Windows: in their conditions.
    check(std::error_code(ERROR_LOGON_FAILURE, std::system_category()) == sspi::condition::logon_failure,
          "a Win32 error in system_category is in its condition");
    check(std::error_code(ERROR_ACCOUNT_LOCKED_OUT, std::system_category()) != sspi::condition::logon_failure, "and in no other");

    // The user's UI language, through the library's own declaration of GetUserDefaultUILanguage.
    const LANGID ui_language = GetUserDefaultUILanguage();
    std::printf("  UI language 0x%04X\n", static_cast<unsigned>(ui_language));
    check(sspi::user_lang() == sspi::lang_from_langid(ui_language), "user_lang reads the Windows UI language");

    std::puts(failures == 0 ? "all SSPI checks passed" : "some SSPI checks failed");
    return failures == 0 ? 0 : 1;
}

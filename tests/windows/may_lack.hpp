// The names of the Windows SDK's winerror.h that MinGW-w64's (Debian 12) does not define; the
// sources README (../shared/sources) lists them. Any other missing macro fails the checks.
#ifndef SSPI_STATUS_TESTS_WINDOWS_MAY_LACK_HPP
#define SSPI_STATUS_TESTS_WINDOWS_MAY_LACK_HPP

#include <string_view>

namespace sspi_windows_check {

constexpr bool may_lack(std::string_view name) {
    return name == "CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND" || name == "TRUST_E_MALFORMED_SIGNATURE";
}

}  // namespace sspi_windows_check

#endif

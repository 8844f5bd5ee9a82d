// <windows.h> and <sspi.h> before the library: the macros must not touch it, and every enumerator
// must equal the macro of the same name.
#define SECURITY_WIN32
#include <windows.h>  // before <sspi.h>, which needs its types

#include <sspi.h>

#include <sspi_status/locale.hpp>
#include <sspi_status/sspi_status.hpp>

#include "may_lack.hpp"
#include "windows_check.ipp"

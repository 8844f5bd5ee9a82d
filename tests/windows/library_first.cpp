// The library before <windows.h> and <sspi.h>.
#include <sspi_status/locale.hpp>
#include <sspi_status/sspi_status.hpp>

#define SECURITY_WIN32
#include <windows.h>  // before <sspi.h>, which needs its types

#include <sspi.h>

#include "may_lack.hpp"
#include "windows_check.ipp"

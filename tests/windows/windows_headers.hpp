// The Windows headers whose SEC_E_*/SEC_I_*, CERT_E_*, CRYPT_E_* and TRUST_E_* macros the table must
// cover; preprocessed with -dM.
#define SECURITY_WIN32
#include <windows.h>  // before <sspi.h>, which needs its types

#include <sspi.h>

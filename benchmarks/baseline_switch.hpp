// The switch a user would write instead of the library: one case per distinct value, written out by hand.
// Checked against sspi::find before the benchmark runs.
#ifndef SSPI_STATUS_BENCHMARKS_BASELINE_SWITCH_HPP
#define SSPI_STATUS_BENCHMARKS_BASELINE_SWITCH_HPP

#include <sspi_status/sspi_status.hpp>

#include <cstdint>

inline const sspi::entry* switch_find(std::uint32_t value) {
    const auto& t = sspi::entries();
    switch (value) {
    case 0x00000000u: return &t[0];  // SEC_E_OK
    case 0x00090312u: return &t[1];  // SEC_I_CONTINUE_NEEDED
    case 0x00090313u: return &t[2];  // SEC_I_COMPLETE_NEEDED
    case 0x00090314u: return &t[3];  // SEC_I_COMPLETE_AND_CONTINUE
    case 0x00090315u: return &t[4];  // SEC_I_LOCAL_LOGON
    case 0x00090316u: return &t[5];  // SEC_I_GENERIC_EXTENSION_RECEIVED
    case 0x00090317u: return &t[6];  // SEC_I_CONTEXT_EXPIRED
    case 0x00090320u: return &t[7];  // SEC_I_INCOMPLETE_CREDENTIALS
    case 0x00090321u: return &t[8];  // SEC_I_RENEGOTIATE
    case 0x00090323u: return &t[9];  // SEC_I_NO_LSA_CONTEXT
    case 0x0009035Cu: return &t[10];  // SEC_I_SIGNATURE_NEEDED
    case 0x00090360u: return &t[11];  // SEC_I_NO_RENEGOTIATION
    case 0x00090364u: return &t[12];  // SEC_I_MESSAGE_FRAGMENT
    case 0x00090366u: return &t[13];  // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    case 0x00090368u: return &t[14];  // SEC_I_ASYNC_CALL_PENDING
    case 0x80090300u: return &t[15];  // SEC_E_INSUFFICIENT_MEMORY
    case 0x80090301u: return &t[16];  // SEC_E_INVALID_HANDLE
    case 0x80090302u: return &t[17];  // SEC_E_UNSUPPORTED_FUNCTION
    case 0x80090303u: return &t[19];  // SEC_E_TARGET_UNKNOWN
    case 0x80090304u: return &t[20];  // SEC_E_INTERNAL_ERROR
    case 0x80090305u: return &t[22];  // SEC_E_SECPKG_NOT_FOUND
    case 0x80090306u: return &t[23];  // SEC_E_NOT_OWNER
    case 0x80090307u: return &t[24];  // SEC_E_CANNOT_INSTALL
    case 0x80090308u: return &t[25];  // SEC_E_INVALID_TOKEN
    case 0x80090309u: return &t[26];  // SEC_E_CANNOT_PACK
    case 0x8009030Au: return &t[27];  // SEC_E_QOP_NOT_SUPPORTED
    case 0x8009030Bu: return &t[28];  // SEC_E_NO_IMPERSONATION
    case 0x8009030Cu: return &t[29];  // SEC_E_LOGON_DENIED
    case 0x8009030Du: return &t[30];  // SEC_E_UNKNOWN_CREDENTIALS
    case 0x8009030Eu: return &t[31];  // SEC_E_NO_CREDENTIALS
    case 0x8009030Fu: return &t[32];  // SEC_E_MESSAGE_ALTERED
    case 0x80090310u: return &t[33];  // SEC_E_OUT_OF_SEQUENCE
    case 0x80090311u: return &t[34];  // SEC_E_NO_AUTHENTICATING_AUTHORITY
    case 0x80090316u: return &t[35];  // SEC_E_BAD_PKGID
    case 0x80090317u: return &t[36];  // SEC_E_CONTEXT_EXPIRED
    case 0x80090318u: return &t[37];  // SEC_E_INCOMPLETE_MESSAGE
    case 0x80090320u: return &t[38];  // SEC_E_INCOMPLETE_CREDENTIALS
    case 0x80090321u: return &t[39];  // SEC_E_BUFFER_TOO_SMALL
    case 0x80090322u: return &t[40];  // SEC_E_WRONG_PRINCIPAL
    case 0x80090324u: return &t[41];  // SEC_E_TIME_SKEW
    case 0x80090325u: return &t[42];  // SEC_E_UNTRUSTED_ROOT
    case 0x80090326u: return &t[43];  // SEC_E_ILLEGAL_MESSAGE
    case 0x80090327u: return &t[44];  // SEC_E_CERT_UNKNOWN
    case 0x80090328u: return &t[45];  // SEC_E_CERT_EXPIRED
    case 0x80090329u: return &t[46];  // SEC_E_ENCRYPT_FAILURE
    case 0x80090330u: return &t[47];  // SEC_E_DECRYPT_FAILURE
    case 0x80090331u: return &t[48];  // SEC_E_ALGORITHM_MISMATCH
    case 0x80090332u: return &t[49];  // SEC_E_SECURITY_QOS_FAILED
    case 0x80090333u: return &t[50];  // SEC_E_UNFINISHED_CONTEXT_DELETED
    case 0x80090334u: return &t[51];  // SEC_E_NO_TGT_REPLY
    case 0x80090335u: return &t[52];  // SEC_E_NO_IP_ADDRESSES
    case 0x80090336u: return &t[53];  // SEC_E_WRONG_CREDENTIAL_HANDLE
    case 0x80090337u: return &t[54];  // SEC_E_CRYPTO_SYSTEM_INVALID
    case 0x80090338u: return &t[55];  // SEC_E_MAX_REFERRALS_EXCEEDED
    case 0x80090339u: return &t[56];  // SEC_E_MUST_BE_KDC
    case 0x8009033Au: return &t[57];  // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    case 0x8009033Bu: return &t[58];  // SEC_E_TOO_MANY_PRINCIPALS
    case 0x8009033Cu: return &t[59];  // SEC_E_NO_PA_DATA
    case 0x8009033Du: return &t[60];  // SEC_E_PKINIT_NAME_MISMATCH
    case 0x8009033Eu: return &t[61];  // SEC_E_SMARTCARD_LOGON_REQUIRED
    case 0x8009033Fu: return &t[62];  // SEC_E_SHUTDOWN_IN_PROGRESS
    case 0x80090340u: return &t[63];  // SEC_E_KDC_INVALID_REQUEST
    case 0x80090341u: return &t[64];  // SEC_E_KDC_UNABLE_TO_REFER
    case 0x80090342u: return &t[65];  // SEC_E_KDC_UNKNOWN_ETYPE
    case 0x80090343u: return &t[66];  // SEC_E_UNSUPPORTED_PREAUTH
    case 0x80090345u: return &t[67];  // SEC_E_DELEGATION_REQUIRED
    case 0x80090346u: return &t[68];  // SEC_E_BAD_BINDINGS
    case 0x80090347u: return &t[69];  // SEC_E_MULTIPLE_ACCOUNTS
    case 0x80090348u: return &t[70];  // SEC_E_NO_KERB_KEY
    case 0x80090349u: return &t[71];  // SEC_E_CERT_WRONG_USAGE
    case 0x80090350u: return &t[72];  // SEC_E_DOWNGRADE_DETECTED
    case 0x80090351u: return &t[73];  // SEC_E_SMARTCARD_CERT_REVOKED
    case 0x80090352u: return &t[74];  // SEC_E_ISSUING_CA_UNTRUSTED
    case 0x80090353u: return &t[75];  // SEC_E_REVOCATION_OFFLINE_C
    case 0x80090354u: return &t[76];  // SEC_E_PKINIT_CLIENT_FAILURE
    case 0x80090355u: return &t[77];  // SEC_E_SMARTCARD_CERT_EXPIRED
    case 0x80090356u: return &t[78];  // SEC_E_NO_S4U_PROT_SUPPORT
    case 0x80090357u: return &t[79];  // SEC_E_CROSSREALM_DELEGATION_FAILURE
    case 0x80090358u: return &t[80];  // SEC_E_REVOCATION_OFFLINE_KDC
    case 0x80090359u: return &t[81];  // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    case 0x8009035Au: return &t[82];  // SEC_E_KDC_CERT_EXPIRED
    case 0x8009035Bu: return &t[83];  // SEC_E_KDC_CERT_REVOKED
    case 0x8009035Du: return &t[84];  // SEC_E_INVALID_PARAMETER
    case 0x8009035Eu: return &t[85];  // SEC_E_DELEGATION_POLICY
    case 0x8009035Fu: return &t[86];  // SEC_E_POLICY_NLTM_ONLY
    case 0x80090361u: return &t[87];  // SEC_E_NO_CONTEXT
    case 0x80090362u: return &t[88];  // SEC_E_PKU2U_CERT_FAILURE
    case 0x80090363u: return &t[89];  // SEC_E_MUTUAL_AUTH_FAILED
    case 0x80090365u: return &t[90];  // SEC_E_ONLY_HTTPS_ALLOWED
    case 0x80090367u: return &t[91];  // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    case 0x80090369u: return &t[92];  // SEC_E_INVALID_UPN_NAME
    case 0x8009036Au: return &t[93];  // SEC_E_EXT_BUFFER_TOO_SMALL
    case 0x8009036Bu: return &t[94];  // SEC_E_INSUFFICIENT_BUFFERS
    default: return nullptr;
    }
}

#endif

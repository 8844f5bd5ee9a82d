// Generated from data/kerberos.csv and data/ntstatus_of_kerberos.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/detail/kerberos.hpp>.

namespace sspi {
namespace detail {

inline constexpr std::array<kerberos::entry, 80> kerberos_table{{
    {0, "KDC_ERR_NONE"sv, "KRB5KDC_ERR_NONE"sv},
    {1, "KDC_ERR_NAME_EXP"sv, "KRB5KDC_ERR_NAME_EXP"sv},
    {2, "KDC_ERR_SERVICE_EXP"sv, "KRB5KDC_ERR_SERVICE_EXP"sv},
    {3, "KDC_ERR_BAD_PVNO"sv, "KRB5KDC_ERR_BAD_PVNO"sv},
    {4, "KDC_ERR_C_OLD_MAST_KVNO"sv, "KRB5KDC_ERR_C_OLD_MAST_KVNO"sv},
    {5, "KDC_ERR_S_OLD_MAST_KVNO"sv, "KRB5KDC_ERR_S_OLD_MAST_KVNO"sv},
    {6, "KDC_ERR_C_PRINCIPAL_UNKNOWN"sv, "KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN"sv},
    {7, "KDC_ERR_S_PRINCIPAL_UNKNOWN"sv, "KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN"sv},
    {8, "KDC_ERR_PRINCIPAL_NOT_UNIQUE"sv, "KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE"sv},
    {9, "KDC_ERR_NULL_KEY"sv, "KRB5KDC_ERR_NULL_KEY"sv},
    {10, "KDC_ERR_CANNOT_POSTDATE"sv, "KRB5KDC_ERR_CANNOT_POSTDATE"sv},
    {11, "KDC_ERR_NEVER_VALID"sv, "KRB5KDC_ERR_NEVER_VALID"sv},
    {12, "KDC_ERR_POLICY"sv, "KRB5KDC_ERR_POLICY"sv},
    {13, "KDC_ERR_BADOPTION"sv, "KRB5KDC_ERR_BADOPTION"sv},
    {14, "KDC_ERR_ETYPE_NOTSUPP"sv, "KRB5KDC_ERR_ETYPE_NOSUPP"sv},
    {15, "KDC_ERR_SUMTYPE_NOSUPP"sv, "KRB5KDC_ERR_SUMTYPE_NOSUPP"sv},
    {16, "KDC_ERR_PADATA_TYPE_NOSUPP"sv, "KRB5KDC_ERR_PADATA_TYPE_NOSUPP"sv},
    {17, "KDC_ERR_TRTYPE_NO_SUPP"sv, "KRB5KDC_ERR_TRTYPE_NOSUPP"sv},
    {18, "KDC_ERR_CLIENT_REVOKED"sv, "KRB5KDC_ERR_CLIENT_REVOKED"sv},
    {19, "KDC_ERR_SERVICE_REVOKED"sv, "KRB5KDC_ERR_SERVICE_REVOKED"sv},
    {20, "KDC_ERR_TGT_REVOKED"sv, "KRB5KDC_ERR_TGT_REVOKED"sv},
    {21, "KDC_ERR_CLIENT_NOTYET"sv, "KRB5KDC_ERR_CLIENT_NOTYET"sv},
    {22, "KDC_ERR_SERVICE_NOTYET"sv, "KRB5KDC_ERR_SERVICE_NOTYET"sv},
    {23, "KDC_ERR_KEY_EXPIRED"sv, "KRB5KDC_ERR_KEY_EXP"sv},
    {24, "KDC_ERR_PREAUTH_FAILED"sv, "KRB5KDC_ERR_PREAUTH_FAILED"sv},
    {25, "KDC_ERR_PREAUTH_REQUIRED"sv, "KRB5KDC_ERR_PREAUTH_REQUIRED"sv},
    {26, "KDC_ERR_SERVER_NOMATCH"sv, "KRB5KDC_ERR_SERVER_NOMATCH"sv},
    {27, ""sv, "KRB5KDC_ERR_MUST_USE_USER2USER"sv},
    {28, ""sv, "KRB5KDC_ERR_PATH_NOT_ACCEPTED"sv},
    {29, "KDC_ERR_SVC_UNAVAILABLE"sv, "KRB5KDC_ERR_SVC_UNAVAILABLE"sv},
    {31, "KRB_AP_ERR_BAD_INTEGRITY"sv, "KRB5KRB_AP_ERR_BAD_INTEGRITY"sv},
    {32, "KRB_AP_ERR_TKT_EXPIRED"sv, "KRB5KRB_AP_ERR_TKT_EXPIRED"sv},
    {33, "KRB_AP_ERR_TKT_NYV"sv, "KRB5KRB_AP_ERR_TKT_NYV"sv},
    {34, "KRB_AP_ERR_REPEAT"sv, "KRB5KRB_AP_ERR_REPEAT"sv},
    {35, "KRB_AP_ERR_NOT_US"sv, "KRB5KRB_AP_ERR_NOT_US"sv},
    {36, "KRB_AP_ERR_BADMATCH"sv, "KRB5KRB_AP_ERR_BADMATCH"sv},
    {37, "KRB_AP_ERR_SKEW"sv, "KRB5KRB_AP_ERR_SKEW"sv},
    {38, "KRB_AP_ERR_BADADDR"sv, "KRB5KRB_AP_ERR_BADADDR"sv},
    {39, "KRB_AP_ERR_BADVERSION"sv, "KRB5KRB_AP_ERR_BADVERSION"sv},
    {40, "KRB_AP_ERR_MSG_TYPE"sv, "KRB5KRB_AP_ERR_MSG_TYPE"sv},
    {41, "KRB_AP_ERR_MODIFIED"sv, "KRB5KRB_AP_ERR_MODIFIED"sv},
    {42, "KRB_AP_ERR_BADORDER"sv, "KRB5KRB_AP_ERR_BADORDER"sv},
    {43, ""sv, "KRB5KRB_AP_ERR_ILL_CR_TKT"sv},
    {44, "KRB_AP_ERR_BADKEYVER"sv, "KRB5KRB_AP_ERR_BADKEYVER"sv},
    {45, "KRB_AP_ERR_NOKEY"sv, "KRB5KRB_AP_ERR_NOKEY"sv},
    {46, "KRB_AP_ERR_MUT_FAIL"sv, "KRB5KRB_AP_ERR_MUT_FAIL"sv},
    {47, "KRB_AP_ERR_BADDIRECTION"sv, "KRB5KRB_AP_ERR_BADDIRECTION"sv},
    {48, "KRB_AP_ERR_METHOD"sv, "KRB5KRB_AP_ERR_METHOD"sv},
    {49, "KRB_AP_ERR_BADSEQ"sv, "KRB5KRB_AP_ERR_BADSEQ"sv},
    {50, "KRB_AP_ERR_INAPP_CKSUM"sv, "KRB5KRB_AP_ERR_INAPP_CKSUM"sv},
    {51, "KRB_AP_PATH_NOT_ACCEPTED"sv, "KRB5KRB_AP_PATH_NOT_ACCEPTED"sv},
    {52, "KRB_ERR_RESPONSE_TOO_BIG"sv, "KRB5KRB_ERR_RESPONSE_TOO_BIG"sv},
    {60, "KRB_ERR_GENERIC"sv, "KRB5KRB_ERR_GENERIC"sv},
    {61, "KRB_ERR_FIELD_TOOLONG"sv, "KRB5KRB_ERR_FIELD_TOOLONG"sv},
    {62, "KDC_ERR_CLIENT_NOT_TRUSTED"sv, "KRB5KDC_ERR_CLIENT_NOT_TRUSTED"sv},
    {63, "KDC_ERR_KDC_NOT_TRUSTED"sv, "KRB5KDC_ERR_KDC_NOT_TRUSTED"sv},
    {64, "KDC_ERR_INVALID_SIG"sv, "KRB5KDC_ERR_INVALID_SIG"sv},
    {65, "KDC_ERR_KEY_TOO_WEAK"sv, "KRB5KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED"sv},
    {66, "KRB_AP_ERR_USER_TO_USER_REQUIRED"sv, "KRB5KDC_ERR_CERTIFICATE_MISMATCH"sv},
    {67, "KRB_AP_ERR_NO_TGT"sv, "KRB5KRB_AP_ERR_NO_TGT"sv},
    {68, "KDC_ERR_WRONG_REALM"sv, "KRB5KDC_ERR_WRONG_REALM"sv},
    {69, ""sv, "KRB5KRB_AP_ERR_USER_TO_USER_REQUIRED"sv},
    {70, ""sv, "KRB5KDC_ERR_CANT_VERIFY_CERTIFICATE"sv},
    {71, ""sv, "KRB5KDC_ERR_INVALID_CERTIFICATE"sv},
    {72, ""sv, "KRB5KDC_ERR_REVOKED_CERTIFICATE"sv},
    {73, ""sv, "KRB5KDC_ERR_REVOCATION_STATUS_UNKNOWN"sv},
    {74, ""sv, "KRB5KDC_ERR_REVOCATION_STATUS_UNAVAILABLE"sv},
    {75, ""sv, "KRB5KDC_ERR_CLIENT_NAME_MISMATCH"sv},
    {76, ""sv, "KRB5KDC_ERR_KDC_NAME_MISMATCH"sv},
    {77, ""sv, "KRB5KDC_ERR_INCONSISTENT_KEY_PURPOSE"sv},
    {78, ""sv, "KRB5KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED"sv},
    {79, ""sv, "KRB5KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED"sv},
    {80, ""sv, "KRB5KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED"sv},
    {81, ""sv, "KRB5KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED"sv},
    {85, ""sv, "KRB5KRB_AP_ERR_IAKERB_KDC_NOT_FOUND"sv},
    {86, ""sv, "KRB5KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE"sv},
    {90, ""sv, "KRB5KDC_ERR_PREAUTH_EXPIRED"sv},
    {91, ""sv, "KRB5KDC_ERR_MORE_PREAUTH_DATA_REQUIRED"sv},
    {93, ""sv, "KRB5KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTION"sv},
    {100, ""sv, "KRB5KDC_ERR_NO_ACCEPTABLE_KDF"sv},
}};

// 1 + the row of each protocol number, or 0.
inline constexpr char kerberos_rows[] =
    "\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017\020\021\022\023\024\025\026\027\030\031\032"
    "\033\034\035\036\000\037 !\"#$%&'()*+,-./01234\000\000\000\000\000\000\00056789:;<=>\077@ABCDEFGHIJ\000"
    "\000\000KL\000\000\000MN\000O\000\000\000\000\000\000P\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000";

inline constexpr std::uint64_t kerberos_name_seed = 11400714819323198485u;
inline constexpr unsigned kerberos_name_bits = 9;
inline constexpr char kerberos_name_starts[] =
    "\000\000\001\000\001\000\002\000\002\000\003\000\004\000\004\000\004\000\005\000\005\000\005\000\005\000"
    "\006\000\006\000\007\000\007\000\007\000\007\000\010\000\010\000\010\000\010\000\010\000\010\000\010\000"
    "\010\000\010\000\012\000\013\000\013\000\014\000\015\000\016\000\016\000\016\000\020\000\020\000\021\000"
    "\021\000\023\000\024\000\024\000\024\000\024\000\024\000\024\000\025\000\025\000\025\000\026\000\027\000"
    "\030\000\032\000\032\000\032\000\032\000\032\000\032\000\032\000\032\000\032\000\032\000\033\000\033\000"
    "\034\000\034\000\036\000\036\000\037\000\037\000\037\000\037\000\037\000\037\000\037\000\037\000 \000 "
    "\000!\000!\000\"\000#\000#\000#\000#\000#\000#\000#\000#\000#\000#\000#\000#\000%\000%\000&\000&\000'"
    "\000(\000(\000(\000(\000(\000(\000(\000(\000)\000)\000)\000*\000*\000*\000*\000*\000*\000*\000*\000*\000"
    "*\000+\000-\000-\000-\000-\000-\000-\000-\000.\000.\000.\000/\000/\000/\000/\000/\000/\0001\0001\0001"
    "\0001\0001\0001\0001\0001\0002\0002\0002\0003\0004\0004\0004\0005\0005\0005\0005\0005\0005\0006\0007\000"
    "7\0007\0007\0007\0007\0007\0008\0008\0009\0009\0009\000:\000:\000:\000:\000:\000:\000:\000:\000:\000:"
    "\000;\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000<\000"
    "<\000<\000>\000\077\000\077\000\077\000\077\000\077\000\077\000\077\000\077\000@\000@\000@\000A\000A\000"
    "A\000B\000B\000B\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C\000C"
    "\000E\000E\000F\000F\000F\000F\000F\000F\000G\000G\000G\000G\000H\000H\000H\000I\000J\000K\000K\000L\000"
    "L\000L\000L\000M\000M\000M\000M\000M\000M\000M\000M\000N\000N\000N\000N\000N\000N\000N\000N\000N\000N"
    "\000N\000N\000N\000O\000P\000P\000P\000S\000S\000S\000T\000T\000T\000T\000T\000T\000T\000T\000U\000U\000"
    "V\000V\000V\000V\000V\000V\000V\000V\000V\000V\000V\000W\000W\000W\000W\000X\000X\000X\000X\000X\000X"
    "\000X\000X\000X\000X\000X\000Y\000Y\000Y\000Z\000Z\000Z\000[\000[\000[\000[\000\\\000\\\000\\\000\\\000"
    "\\\000\\\000]\000]\000]\000]\000]\000^\000`\000`\000`\000`\000`\000a\000a\000a\000a\000a\000b\000b\000b"
    "\000c\000d\000d\000e\000e\000e\000e\000e\000f\000f\000f\000f\000f\000f\000f\000g\000g\000g\000g\000g\000"
    "h\000h\000h\000h\000h\000h\000h\000h\000j\000j\000j\000j\000j\000j\000j\000j\000j\000k\000k\000k\000l"
    "\000l\000l\000l\000l\000m\000m\000m\000m\000n\000o\000q\000q\000q\000r\000r\000r\000r\000r\000s\000s\000"
    "s\000t\000t\000t\000t\000u\000u\000u\000w\000w\000w\000w\000w\000w\000w\000w\000w\000x\000x\000x\000x"
    "\000x\000x\000x\000y\000y\000y\000y\000y\000z\000z\000z\000z\000{\000|\000|\000|\000|\000|\000|\000|\000"
    "|\000|\000}\000}\000}\000}\000}\000~\000~\000\177\000\177\000\177\000\200\000\200\000\200\000\200\000"
    "\202\000\202\000\202\000\202\000\202\000\202\000\203\000\203\000\203\000\204\000\204\000\204\000\204\000"
    "\204\000\204\000\204\000\204\000\204\000\204\000\205\000\206\000\206\000\206\000\206\000\206\000\211\000"
    "\211\000\212\000\212\000\212\000\212\000\212\000\212\000\212\000\212\000";
inline constexpr char kerberos_name_rows[] =
    "\033\000\013\000\"\0009\000\007\000<\000\003\000\023\0002\0008\000L\000\022\000\035\000)\000\027\000("
    "\000\011\000&\000<\0000\000\037\000D\000!\000\007\000!\0003\000\005\000@\000\035\0009\0007\000+\000\000"
    "\000\"\000\031\000\010\000\016\0001\000\013\0003\000\027\000(\000\022\000\030\000>\000+\000,\000\003\000"
    "\011\000-\000\031\000\017\000\020\000\021\000*\000\021\000\037\000$\000\017\0007\000\025\000G\000\001"
    "\000\026\0005\0000\000%\000\004\000O\000)\000 \0002\000\025\000\015\0008\000C\0001\000\016\000;\000\034"
    "\000\026\000\036\000;\000&\000\000\000'\000K\000B\000N\000,\000\002\000\024\000.\000=\000.\000H\000/\000"
    "\023\000#\0006\000\020\000\006\000:\000A\000#\0006\000/\000J\000\015\000\032\000%\000\030\000I\000E\000$"
    "\000\014\000\036\000\004\000\014\0004\000 \000\006\000\002\0004\000\010\000\001\000\012\000-\000\012\000"
    "5\000\032\000\005\000\077\000\024\000'\000:\000M\000F\000";
inline constexpr std::size_t kerberos_name_largest = 3;  // keys in the fullest bucket

inline constexpr std::string_view kerberos_text =
    // KRB5KDC_ERR_NONE
    "No error\000"
    // KRB5KDC_ERR_NAME_EXP
    "Client's entry in database has expired\000"
    // KRB5KDC_ERR_SERVICE_EXP
    "Server's entry in database has expired\000"
    // KRB5KDC_ERR_BAD_PVNO
    "Requested protocol version not supported\000"
    // KRB5KDC_ERR_C_OLD_MAST_KVNO
    "Client's key is encrypted in an old master key\000"
    // KRB5KDC_ERR_S_OLD_MAST_KVNO
    "Server's key is encrypted in an old master key\000"
    // KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN
    "Client not found in Kerberos database\000"
    // KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN
    "Server not found in Kerberos database\000"
    // KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE
    "Principal has multiple entries in Kerberos database\000"
    // KRB5KDC_ERR_NULL_KEY
    "Client or server has a null key\000"
    // KRB5KDC_ERR_CANNOT_POSTDATE
    "Ticket is ineligible for postdating\000"
    // KRB5KDC_ERR_NEVER_VALID
    "Requested effective lifetime is negative or too short\000"
    // KRB5KDC_ERR_POLICY
    "KDC policy rejects request\000"
    // KRB5KDC_ERR_BADOPTION
    "KDC can't fulfill requested option\000"
    // KRB5KDC_ERR_ETYPE_NOSUPP
    "KDC has no support for encryption type\000"
    // KRB5KDC_ERR_SUMTYPE_NOSUPP
    "KDC has no support for checksum type\000"
    // KRB5KDC_ERR_PADATA_TYPE_NOSUPP
    "KDC has no support for padata type\000"
    // KRB5KDC_ERR_TRTYPE_NOSUPP
    "KDC has no support for transited type\000"
    // KRB5KDC_ERR_CLIENT_REVOKED
    "Client's credentials have been revoked\000"
    // KRB5KDC_ERR_SERVICE_REVOKED
    "Credentials for server have been revoked\000"
    // KRB5KDC_ERR_TGT_REVOKED
    "TGT has been revoked\000"
    // KRB5KDC_ERR_CLIENT_NOTYET
    "Client not yet valid - try again later\000"
    // KRB5KDC_ERR_SERVICE_NOTYET
    "Server not yet valid - try again later\000"
    // KRB5KDC_ERR_KEY_EXP
    "Password has expired\000"
    // KRB5KDC_ERR_PREAUTH_FAILED
    "Preauthentication failed\000"
    // KRB5KDC_ERR_PREAUTH_REQUIRED
    "Additional pre-authentication required\000"
    // KRB5KDC_ERR_SERVER_NOMATCH
    "Requested server and ticket don't match\000"
    // KRB5KDC_ERR_MUST_USE_USER2USER
    "Server principal valid for user2user only\000"
    // KRB5KDC_ERR_PATH_NOT_ACCEPTED
    "KDC policy rejects transited path\000"
    // KRB5KDC_ERR_SVC_UNAVAILABLE
    "A service is not available that is required to process the request\000"
    // KRB5KRB_AP_ERR_BAD_INTEGRITY
    "Decrypt integrity check failed\000"
    // KRB5KRB_AP_ERR_TKT_EXPIRED
    "Ticket expired\000"
    // KRB5KRB_AP_ERR_TKT_NYV
    "Ticket not yet valid\000"
    // KRB5KRB_AP_ERR_REPEAT
    "Request is a replay\000"
    // KRB5KRB_AP_ERR_NOT_US
    "The ticket isn't for us\000"
    // KRB5KRB_AP_ERR_BADMATCH
    "Ticket/authenticator don't match\000"
    // KRB5KRB_AP_ERR_SKEW
    "Clock skew too great\000"
    // KRB5KRB_AP_ERR_BADADDR
    "Incorrect net address\000"
    // KRB5KRB_AP_ERR_BADVERSION
    "Protocol version mismatch\000"
    // KRB5KRB_AP_ERR_MSG_TYPE
    "Invalid message type\000"
    // KRB5KRB_AP_ERR_MODIFIED
    "Message stream modified\000"
    // KRB5KRB_AP_ERR_BADORDER
    "Message out of order\000"
    // KRB5KRB_AP_ERR_ILL_CR_TKT
    "Illegal cross-realm ticket\000"
    // KRB5KRB_AP_ERR_BADKEYVER
    "Key version is not available\000"
    // KRB5KRB_AP_ERR_NOKEY
    "Service key not available\000"
    // KRB5KRB_AP_ERR_MUT_FAIL
    "Mutual authentication failed\000"
    // KRB5KRB_AP_ERR_BADDIRECTION
    "Incorrect message direction\000"
    // KRB5KRB_AP_ERR_METHOD
    "Alternative authentication method required\000"
    // KRB5KRB_AP_ERR_BADSEQ
    "Incorrect sequence number in message\000"
    // KRB5KRB_AP_ERR_INAPP_CKSUM
    "Inappropriate type of checksum in message\000"
    // KRB5KRB_AP_PATH_NOT_ACCEPTED
    "Policy rejects transited path\000"
    // KRB5KRB_ERR_RESPONSE_TOO_BIG
    "Response too big for UDP, retry with TCP\000"
    // KRB5KRB_ERR_GENERIC
    "Generic error (see e-text)\000"
    // KRB5KRB_ERR_FIELD_TOOLONG
    "Field is too long for this implementation\000"
    // KRB5KDC_ERR_CLIENT_NOT_TRUSTED
    "Client not trusted\000"
    // KRB5KDC_ERR_KDC_NOT_TRUSTED
    "KDC not trusted\000"
    // KRB5KDC_ERR_INVALID_SIG
    "Invalid signature\000"
    // KRB5KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED
    "Key parameters not accepted\000"
    // KRB5KDC_ERR_CERTIFICATE_MISMATCH
    "Certificate mismatch\000"
    // KRB5KRB_AP_ERR_NO_TGT
    "No ticket granting ticket\000"
    // KRB5KDC_ERR_WRONG_REALM
    "Realm not local to KDC\000"
    // KRB5KRB_AP_ERR_USER_TO_USER_REQUIRED
    "User to user required\000"
    // KRB5KDC_ERR_CANT_VERIFY_CERTIFICATE
    "Can't verify certificate\000"
    // KRB5KDC_ERR_INVALID_CERTIFICATE
    "Invalid certificate\000"
    // KRB5KDC_ERR_REVOKED_CERTIFICATE
    "Revoked certificate\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNKNOWN
    "Revocation status unknown\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNAVAILABLE
    "Revocation status unavailable\000"
    // KRB5KDC_ERR_CLIENT_NAME_MISMATCH
    "Client name mismatch\000"
    // KRB5KDC_ERR_KDC_NAME_MISMATCH
    "KDC name mismatch\000"
    // KRB5KDC_ERR_INCONSISTENT_KEY_PURPOSE
    "Inconsistent key purpose\000"
    // KRB5KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED
    "Digest in certificate not accepted\000"
    // KRB5KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED
    "Checksum must be included\000"
    // KRB5KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED
    "Digest in signed-data not accepted\000"
    // KRB5KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED
    "Public key encryption not supported\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NOT_FOUND
    "The IAKERB proxy could not find a KDC\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE
    "The KDC did not respond to the IAKERB proxy\000"
    // KRB5KDC_ERR_PREAUTH_EXPIRED
    "Preauthentication expired\000"
    // KRB5KDC_ERR_MORE_PREAUTH_DATA_REQUIRED
    "More preauthentication data is required\000"
    // KRB5KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTION
    "An unsupported critical FAST option was requested\000"
    // KRB5KDC_ERR_NO_ACCEPTABLE_KDF
    "No acceptable KDF offered\000"sv;
inline constexpr char kerberos_text_starts[] =
    "\000\000\011\0000\000W\000\200\000\257\000\336\000\004\001*\001^\001~\001\242\001\330\001\363\001\026"
    "\002=\002b\002\205\002\253\002\322\002\373\002\020\0037\003^\003s\003\214\003\263\003\333\003\005\004'"
    "\004j\004\211\004\230\004\255\004\301\004\331\004\372\004\017\005%\005\077\005T\005l\005\201\005\234\005"
    "\271\005\323\005\360\005\014\0067\006\\\006\206\006\244\006\315\006\350\006\022\007%\0075\007G\007c\007x"
    "\007\222\007\251\007\277\007\330\007\354\007\000\010\032\0108\010M\010_\010x\010\233\010\265\010\330\010"
    "\374\010\"\011N\011h\011\220\011\302\011\334\011";

inline constexpr std::string_view kerberos_description =
    // KRB5KDC_ERR_NONE
    "No error\000"
    // KRB5KDC_ERR_NAME_EXP
    "Client's entry in KDC database has expired\000"
    // KRB5KDC_ERR_SERVICE_EXP
    "Server's entry in KDC database has expired\000"
    // KRB5KDC_ERR_BAD_PVNO
    "Requested Kerberos version number not supported\000"
    // KRB5KDC_ERR_C_OLD_MAST_KVNO
    "Client's key encrypted in old master key\000"
    // KRB5KDC_ERR_S_OLD_MAST_KVNO
    "Server's key encrypted in old master key\000"
    // KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN
    "Client not found in Kerberos database\000"
    // KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN
    "Server not found in Kerberos database\000"
    // KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE
    "Multiple principal entries in KDC database\000"
    // KRB5KDC_ERR_NULL_KEY
    "The client or server has a null key (master key)\000"
    // KRB5KDC_ERR_CANNOT_POSTDATE
    "Ticket (TGT) not eligible for postdating\000"
    // KRB5KDC_ERR_NEVER_VALID
    "Requested start time is later than end time\000"
    // KRB5KDC_ERR_POLICY
    "Requested start time is later than end time\000"
    // KRB5KDC_ERR_BADOPTION
    "KDC cannot accommodate requested option\000"
    // KRB5KDC_ERR_ETYPE_NOSUPP
    "KDC has no support for encryption type\000"
    // KRB5KDC_ERR_SUMTYPE_NOSUPP
    "KDC has no support for checksum type\000"
    // KRB5KDC_ERR_PADATA_TYPE_NOSUPP
    "KDC has no support for PADATA type (pre-authentication data)\000"
    // KRB5KDC_ERR_TRTYPE_NOSUPP
    "KDC has no support for transited type\000"
    // KRB5KDC_ERR_CLIENT_REVOKED
    "Client\342\200\231s credentials have been revoked\000"
    // KRB5KDC_ERR_SERVICE_REVOKED
    "Credentials for server have been revoked\000"
    // KRB5KDC_ERR_TGT_REVOKED
    "TGT has been revoked\000"
    // KRB5KDC_ERR_CLIENT_NOTYET
    "Client not yet valid\342\200\224try again later\000"
    // KRB5KDC_ERR_SERVICE_NOTYET
    "Server not yet valid\342\200\224try again later\000"
    // KRB5KDC_ERR_KEY_EXP
    "Password has expired\342\200\224change password to reset\000"
    // KRB5KDC_ERR_PREAUTH_FAILED
    "Pre-authentication information was invalid\000"
    // KRB5KDC_ERR_PREAUTH_REQUIRED
    "Additional pre-authentication required\000"
    // KRB5KDC_ERR_SERVER_NOMATCH
    "KDC does not know about the requested server\000"
    // KRB5KDC_ERR_MUST_USE_USER2USER
    "\000"
    // KRB5KDC_ERR_PATH_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_SVC_UNAVAILABLE
    "KDC is unavailable\000"
    // KRB5KRB_AP_ERR_BAD_INTEGRITY
    "Integrity check on decrypted field failed\000"
    // KRB5KRB_AP_ERR_TKT_EXPIRED
    "The ticket has expired\000"
    // KRB5KRB_AP_ERR_TKT_NYV
    "The ticket is not yet valid\000"
    // KRB5KRB_AP_ERR_REPEAT
    "The request is a replay\000"
    // KRB5KRB_AP_ERR_NOT_US
    "The ticket is not for us\000"
    // KRB5KRB_AP_ERR_BADMATCH
    "The ticket and authenticator do not match\000"
    // KRB5KRB_AP_ERR_SKEW
    "The clock skew is too great\000"
    // KRB5KRB_AP_ERR_BADADDR
    "Network address in network layer header doesn't match address inside ticket\000"
    // KRB5KRB_AP_ERR_BADVERSION
    "Protocol version numbers don't match (PVNO)\000"
    // KRB5KRB_AP_ERR_MSG_TYPE
    "Message type is unsupported\000"
    // KRB5KRB_AP_ERR_MODIFIED
    "Message stream modified and checksum didn't match\000"
    // KRB5KRB_AP_ERR_BADORDER
    "Message out of order (possible tampering)\000"
    // KRB5KRB_AP_ERR_ILL_CR_TKT
    "\000"
    // KRB5KRB_AP_ERR_BADKEYVER
    "Specified version of key isn't available\000"
    // KRB5KRB_AP_ERR_NOKEY
    "Service key not available\000"
    // KRB5KRB_AP_ERR_MUT_FAIL
    "Mutual authentication failed\000"
    // KRB5KRB_AP_ERR_BADDIRECTION
    "Incorrect message direction\000"
    // KRB5KRB_AP_ERR_METHOD
    "Alternative authentication method required\000"
    // KRB5KRB_AP_ERR_BADSEQ
    "Incorrect sequence number in message\000"
    // KRB5KRB_AP_ERR_INAPP_CKSUM
    "Inappropriate type of checksum in message (checksum may be unsupported)\000"
    // KRB5KRB_AP_PATH_NOT_ACCEPTED
    "Desired path is unreachable\000"
    // KRB5KRB_ERR_RESPONSE_TOO_BIG
    "Too much data\000"
    // KRB5KRB_ERR_GENERIC
    "Generic error\000"
    // KRB5KRB_ERR_FIELD_TOOLONG
    "Field is too long for this implementation\000"
    // KRB5KDC_ERR_CLIENT_NOT_TRUSTED
    "The client trust failed or isn't implemented\000"
    // KRB5KDC_ERR_KDC_NOT_TRUSTED
    "The KDC server trust failed or could not be verified\000"
    // KRB5KDC_ERR_INVALID_SIG
    "The signature is invalid\000"
    // KRB5KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED
    "A higher encryption level is needed\000"
    // KRB5KDC_ERR_CERTIFICATE_MISMATCH
    "User-to-user authorization is required\000"
    // KRB5KRB_AP_ERR_NO_TGT
    "No TGT was presented or available\000"
    // KRB5KDC_ERR_WRONG_REALM
    "Incorrect domain or principal\000"
    // KRB5KRB_AP_ERR_USER_TO_USER_REQUIRED
    "\000"
    // KRB5KDC_ERR_CANT_VERIFY_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_INVALID_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_REVOKED_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNKNOWN
    "\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNAVAILABLE
    "\000"
    // KRB5KDC_ERR_CLIENT_NAME_MISMATCH
    "\000"
    // KRB5KDC_ERR_KDC_NAME_MISMATCH
    "\000"
    // KRB5KDC_ERR_INCONSISTENT_KEY_PURPOSE
    "\000"
    // KRB5KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED
    "\000"
    // KRB5KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED
    "\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NOT_FOUND
    "\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE
    "\000"
    // KRB5KDC_ERR_PREAUTH_EXPIRED
    "\000"
    // KRB5KDC_ERR_MORE_PREAUTH_DATA_REQUIRED
    "\000"
    // KRB5KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTION
    "\000"
    // KRB5KDC_ERR_NO_ACCEPTABLE_KDF
    "\000"sv;
inline constexpr char kerberos_description_starts[] =
    "\000\000\011\0004\000_\000\217\000\270\000\341\000\007\001-\001X\001\211\001\262\001\336\001\012\0022"
    "\002Y\002~\002\273\002\341\002\012\0033\003H\003o\003\226\003\306\003\361\003\030\004E\004F\004G\004Z"
    "\004\204\004\233\004\267\004\317\004\350\004\022\005.\005z\005\246\005\302\005\364\005\036\006\037\006H"
    "\006b\006\177\006\233\006\306\006\353\0063\007O\007]\007k\007\225\007\302\007\367\007\020\0104\010[\010}"
    "\010\233\010\234\010\235\010\236\010\237\010\240\010\241\010\242\010\243\010\244\010\245\010\246\010\247"
    "\010\250\010\251\010\252\010\253\010\254\010\255\010\256\010";

inline constexpr std::string_view kerberos_causes =
    // KRB5KDC_ERR_NONE
    "No errors were found.\000"
    // KRB5KDC_ERR_NAME_EXP
    "No information.\000"
    // KRB5KDC_ERR_SERVICE_EXP
    "No information.\000"
    // KRB5KDC_ERR_BAD_PVNO
    "No information.\000"
    // KRB5KDC_ERR_C_OLD_MAST_KVNO
    "No information.\000"
    // KRB5KDC_ERR_S_OLD_MAST_KVNO
    "No information.\000"
    // KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN
    "The username doesn\342\200\231t exist.\000"
    // KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN
    "This error can occur if the domain controller cannot find the server\342\200\231s name in Active Directo"
    "ry. This error is similar to KDC_ERR_C_PRINCIPAL_UNKNOWN except that it occurs when the server name cann"
    "ot be found.\000"
    // KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE
    "This error occurs if duplicate principal names exist. Unique principal names are crucial for ensuring mu"
    "tual authentication. Thus, duplicate principal names are strictly forbidden, even across multiple realms"
    ". Without unique principal names, the client has no way of ensuring that the server it is communicating "
    "with is the correct one.\000"
    // KRB5KDC_ERR_NULL_KEY
    "No master key was found for client or server. Usually it means that administrator should reset the passw"
    "ord on the account.\000"
    // KRB5KDC_ERR_CANNOT_POSTDATE
    "This error can occur if a client requests postdating of a Kerberos ticket. Postdating is the act of requ"
    "esting that a ticket\342\200\231s start time be set into the future. It also can occur if there is a tim"
    "e difference between the client and the KDC.\000"
    // KRB5KDC_ERR_NEVER_VALID
    "There is a time difference between the KDC and the client.\000"
    // KRB5KDC_ERR_POLICY
    "This error is usually the result of logon restrictions in place on a user\342\200\231s account. For exam"
    "ple workstation restriction, smart card authentication requirement or logon time restriction.\000"
    // KRB5KDC_ERR_BADOPTION
    "Impending expiration of a TGT. The SPN to which the client is attempting to delegate credentials isn't i"
    "n its Allowed-to-delegate-to list\000"
    // KRB5KDC_ERR_ETYPE_NOSUPP
    "In general, this error occurs when the KDC or a client receives a packet that it cannot decrypt.\000"
    // KRB5KDC_ERR_SUMTYPE_NOSUPP
    "The KDC, server, or client receives a packet for which it does not have a key of the appropriate encrypt"
    "ion type. The result is that the computer is unable to decrypt the ticket.\000"
    // KRB5KDC_ERR_PADATA_TYPE_NOSUPP
    "Smart card logon is being attempted and the proper certificate cannot be located. This can happen becaus"
    "e the wrong certification authority (CA) is being queried or the proper CA cannot be contacted. It can a"
    "lso happen when a domain controller doesn\342\200\231t have a certificate installed for smart cards (Dom"
    "ain Controller or Domain Controller Authentication templates). This error code cannot occur in event "
    "\342\200\2344768. A Kerberos authentication ticket (TGT) was requested\342\200\235. It occurs in \342"
    "\200\2344771. Kerberos pre-authentication failed\342\200\235 event.\000"
    // KRB5KDC_ERR_TRTYPE_NOSUPP
    "No information.\000"
    // KRB5KDC_ERR_CLIENT_REVOKED
    "This might be because of an explicit disabling or because of other restrictions in place on the account."
    " For example: account disabled, expired, or locked out.\000"
    // KRB5KDC_ERR_SERVICE_REVOKED
    "No information.\000"
    // KRB5KDC_ERR_TGT_REVOKED
    "Since the remote KDC may change its PKCROSS key while there are PKCROSS tickets still active, it SHOULD "
    "cache the old PKCROSS keys until the last issued PKCROSS ticket expires. Otherwise, the remote KDC will "
    "respond to a client with a KRB-ERROR message of type KDC_ERR_TGT_REVOKED. See RFC1510 for more details."
    "\000"
    // KRB5KDC_ERR_CLIENT_NOTYET
    "No information.\000"
    // KRB5KDC_ERR_SERVICE_NOTYET
    "No information.\000"
    // KRB5KDC_ERR_KEY_EXP
    "The user\342\200\231s password has expired.\000"
    // KRB5KDC_ERR_PREAUTH_FAILED
    "The wrong password was provided. This error code cannot occur in event \342\200\2344768. A Kerberos auth"
    "entication ticket (TGT) was requested\342\200\235. It occurs in \342\200\2344771. Kerberos pre-authentic"
    "ation failed\342\200\235 event.\000"
    // KRB5KDC_ERR_PREAUTH_REQUIRED
    "This error often occurs in UNIX interoperability scenarios. MIT-Kerberos clients do not request pre-auth"
    "entication when they send a KRB_AS_REQ message. If pre-authentication is required (the default), Windows"
    " systems will send this error. Most MIT-Kerberos clients will respond to this error by giving the pre-au"
    "thentication, in which case the error can be ignored, but some clients might not respond in this way."
    "\000"
    // KRB5KDC_ERR_SERVER_NOMATCH
    "No information.\000"
    // KRB5KDC_ERR_MUST_USE_USER2USER
    "\000"
    // KRB5KDC_ERR_PATH_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_SVC_UNAVAILABLE
    "No information.\000"
    // KRB5KRB_AP_ERR_BAD_INTEGRITY
    "The authenticator was encrypted with something other than the session key. The result is that the client"
    " cannot decrypt the resulting message. The modification of the message could be the result of an attack "
    "or it could be because of network noise.\000"
    // KRB5KRB_AP_ERR_TKT_EXPIRED
    "The smaller the value for the \342\200\234Maximum lifetime for user ticket\342\200\235 Kerberos policy s"
    "etting, the more likely it is that this error will occur. Because ticket renewal is automatic, you shoul"
    "d not have to do anything if you get this message.\000"
    // KRB5KRB_AP_ERR_TKT_NYV
    "The ticket presented to the server isn't yet valid (in relationship to the server time). The most probab"
    "le cause is that the clocks on the KDC and the client are not synchronized. If cross-realm Kerberos auth"
    "entication is being attempted, then you should verify time synchronization between the KDC in the target"
    " realm and the KDC in the client realm, as well.\000"
    // KRB5KRB_AP_ERR_REPEAT
    "This error indicates that a specific authenticator showed up twice \342\200\224 the KDC has detected tha"
    "t this session ticket duplicates one that it has already received.\000"
    // KRB5KRB_AP_ERR_NOT_US
    "The server has received a ticket that was meant for a different realm.\000"
    // KRB5KRB_AP_ERR_BADMATCH
    "The KRB_TGS_REQ is being sent to the wrong KDC. There is an account mismatch during protocol transition."
    "\000"
    // KRB5KRB_AP_ERR_SKEW
    "This error is logged if a client computer sends a timestamp whose value differs from that of the server"
    "\342\200\231s timestamp by more than the number of minutes found in the \342\200\234Maximum tolerance fo"
    "r computer clock synchronization\342\200\235 setting in Kerberos policy.\000"
    // KRB5KRB_AP_ERR_BADADDR
    "Session tickets MAY include the addresses from which they are valid. This error can occur if the address"
    " of the computer sending the ticket is different from the valid address in the ticket. A possible cause "
    "of this could be an Internet Protocol (IP) address change. Another possible cause is when a ticket is pa"
    "ssed through a proxy server or NAT. The client is unaware of the address scheme used by the proxy server"
    ", so unless the program caused the client to request a proxy server ticket with the proxy server's sourc"
    "e address, the ticket could be invalid.\000"
    // KRB5KRB_AP_ERR_BADVERSION
    "When an application receives a KRB_SAFE message, it verifies it. If any error occurs, an error code is r"
    "eported for use by the application. The message is first checked by verifying that the protocol version "
    "and type fields match the current version and KRB_SAFE, respectively. A mismatch generates a KRB_AP_ERR_"
    "BADVERSION. See RFC4120 for more details.\000"
    // KRB5KRB_AP_ERR_MSG_TYPE
    "This message is generated when target server finds that message format is wrong. This applies to KRB_AP_"
    "REQ, KRB_SAFE, KRB_PRIV and KRB_CRED messages. This error also generated if use of UDP protocol is being"
    " attempted with User-to-User authentication.\000"
    // KRB5KRB_AP_ERR_MODIFIED
    "The authentication data was encrypted with the wrong key for the intended server. The authentication dat"
    "a was modified in transit by a hardware or software error, or by an attacker. The client sent the authen"
    "tication data to the wrong server because incorrect DNS data caused the client to send the request to th"
    "e wrong server. The client sent the authentication data to the wrong server because DNS data was out-of-"
    "date on the client.\000"
    // KRB5KRB_AP_ERR_BADORDER
    "This event generates for KRB_SAFE and KRB_PRIV messages if an incorrect sequence number is included, or "
    "if a sequence number is expected but not present. See RFC4120 for more details.\000"
    // KRB5KRB_AP_ERR_ILL_CR_TKT
    "\000"
    // KRB5KRB_AP_ERR_BADKEYVER
    "This error might be generated on server side during receipt of invalid KRB_AP_REQ message. If the key ve"
    "rsion indicated by the Ticket in the KRB_AP_REQ isn't one the server can use (e.g., it indicates an old "
    "key, and the server no longer possesses a copy of the old key), the KRB_AP_ERR_BADKEYVER error is return"
    "ed.\000"
    // KRB5KRB_AP_ERR_NOKEY
    "This error might be generated on server side during receipt of invalid KRB_AP_REQ message. Because it is"
    " possible for the server to be registered in multiple realms, with different keys in each, the realm fie"
    "ld in the unencrypted portion of the ticket in the KRB_AP_REQ is used to specify which secret key the se"
    "rver should use to decrypt that ticket. The KRB_AP_ERR_NOKEY error code is returned if the server doesn'"
    "t have the proper key to decipher the ticket.\000"
    // KRB5KRB_AP_ERR_MUT_FAIL
    "No information.\000"
    // KRB5KRB_AP_ERR_BADDIRECTION
    "No information.\000"
    // KRB5KRB_AP_ERR_METHOD
    "According to RFC4120 this error message is obsolete.\000"
    // KRB5KRB_AP_ERR_BADSEQ
    "No information.\000"
    // KRB5KRB_AP_ERR_INAPP_CKSUM
    "When KDC receives KRB_TGS_REQ message it decrypts it, and after that, the user-supplied checksum in the "
    "Authenticator MUST be verified against the contents of the request. The message MUST be rejected either "
    "if the checksums do not match (with an error code of KRB_AP_ERR_MODIFIED) or if the checksum isn't colli"
    "sion-proof (with an error code of KRB_AP_ERR_INAPP_CKSUM).\000"
    // KRB5KRB_AP_PATH_NOT_ACCEPTED
    "No information.\000"
    // KRB5KRB_ERR_RESPONSE_TOO_BIG
    "The size of a ticket is too large to be transmitted reliably via UDP. In a Windows environment, this mes"
    "sage is purely informational. A computer running a Windows operating system will automatically try TCP i"
    "f UDP fails.\000"
    // KRB5KRB_ERR_GENERIC
    "Group membership has overloaded the PAC. Multiple recent password changes have not propagated. Crypto su"
    "bsystem error caused by running out of memory. SPN too long. SPN has too many parts.\000"
    // KRB5KRB_ERR_FIELD_TOOLONG
    "Each request (KRB_KDC_REQ) and response (KRB_KDC_REP or KRB_ERROR) sent over the TCP stream is preceded "
    "by the length of the request as 4 octets in network byte order. The high bit of the length is reserved f"
    "or future expansion and MUST currently be set to zero. If a KDC that does not understand how to interpre"
    "t a set high bit of the length encoding receives a request with the high order bit of the length set, it"
    " MUST return a KRB-ERROR message with the error KRB_ERR_FIELD_TOOLONG and MUST close the TCP stream.\000"
    // KRB5KDC_ERR_CLIENT_NOT_TRUSTED
    "This typically happens when user\342\200\231s smart-card certificate is revoked or the root Certificatio"
    "n Authority that issued the smart card certificate (in a chain) isn't trusted by the domain controller."
    "\000"
    // KRB5KDC_ERR_KDC_NOT_TRUSTED
    "The trustedCertifiers field contains a list of certification authorities trusted by the client, in the c"
    "ase that the client does not possess the KDC's public key certificate. If the KDC has no certificate sig"
    "ned by any of the trustedCertifiers, then it returns an error of type KDC_ERR_KDC_NOT_TRUSTED. See RFC15"
    "10 for more details.\000"
    // KRB5KDC_ERR_INVALID_SIG
    "This error is related to PKINIT. If a PKI trust relationship exists, the KDC then verifies the client's "
    "signature on AuthPack (TGT request signature). If that fails, the KDC returns an error message of type K"
    "DC_ERR_INVALID_SIG.\000"
    // KRB5KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED
    "If the clientPublicValue field is filled in, indicating that the client wishes to use Diffie-Hellman key"
    " agreement, then the KDC checks to see that the parameters satisfy its policy. If they do not (e.g., the"
    " prime size is insufficient for the expected encryption type), then the KDC sends back an error message "
    "of type KDC_ERR_KEY_TOO_WEAK.\000"
    // KRB5KDC_ERR_CERTIFICATE_MISMATCH
    "In the case that the client application doesn't know that a service requires user-to-user authentication"
    ", and requests and receives a conventional KRB_AP_REP, the client will send the KRB_AP_REP request, and "
    "the server will respond with a KRB_ERROR token as described in RFC1964, with a msg-type of KRB_AP_ERR_US"
    "ER_TO_USER_REQUIRED.\000"
    // KRB5KRB_AP_ERR_NO_TGT
    "In user-to-user authentication if the service does not possess a ticket granting ticket, it should retur"
    "n the error KRB_AP_ERR_NO_TGT.\000"
    // KRB5KDC_ERR_WRONG_REALM
    "Although this error rarely occurs, it occurs when a client presents a cross-realm TGT to a realm other t"
    "han the one specified in the TGT. Typically, this results from incorrectly configured DNS.\000"
    // KRB5KRB_AP_ERR_USER_TO_USER_REQUIRED
    "\000"
    // KRB5KDC_ERR_CANT_VERIFY_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_INVALID_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_REVOKED_CERTIFICATE
    "\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNKNOWN
    "\000"
    // KRB5KDC_ERR_REVOCATION_STATUS_UNAVAILABLE
    "\000"
    // KRB5KDC_ERR_CLIENT_NAME_MISMATCH
    "\000"
    // KRB5KDC_ERR_KDC_NAME_MISMATCH
    "\000"
    // KRB5KDC_ERR_INCONSISTENT_KEY_PURPOSE
    "\000"
    // KRB5KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED
    "\000"
    // KRB5KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED
    "\000"
    // KRB5KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED
    "\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NOT_FOUND
    "\000"
    // KRB5KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE
    "\000"
    // KRB5KDC_ERR_PREAUTH_EXPIRED
    "\000"
    // KRB5KDC_ERR_MORE_PREAUTH_DATA_REQUIRED
    "\000"
    // KRB5KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTION
    "\000"
    // KRB5KDC_ERR_NO_ACCEPTABLE_KDF
    "\000"sv;
inline constexpr char kerberos_causes_starts[] =
    "\000\000\026\000&\0006\000F\000V\000f\000\204\000X\001\251\002%\003\031\004T\004\021\005\233\005\374\005"
    "\257\006\310\010\330\010x\011\210\011\300\012\320\012\340\012\003\013\317\013m\015}\015~\015\177\015\217"
    "\015\210\016y\017\342\020\204\021\313\0214\0221\023a\025\303\026\300\027t\031,\032-\032i\0337\035G\035W"
    "\035\214\035\234\035\017\037\037\037\374\037\271 \276\"\205#\322$\266%\014'Y(\340(\243)\244)\245)\246)"
    "\247)\250)\251)\252)\253)\254)\255)\256)\257)\260)\261)\262)\263)\264)\265)\266)";

// 1 + the row in ntstatus_table of the NTSTATUS Samba reports for each row, or 0.
inline constexpr char ntstatus_of_kerberos[] =
    "\000\000\000\000\000\000\000\000\000\000\000\000(\001\337\001\000\0003\001\000\000\000\0006\001\324\0003"
    "\0013\001\000\000\000\000\221\002\351\000\351\000\000\000\000\0007\0013\0017\001\000\000\000\000\000\000"
    "\000\0003\0013\001\000\000\000\000\000\000\000\000\360\001\000\000\000\000\000\0003\001\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\233\002\310\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000";

}  // namespace detail
}  // namespace sspi

// Generated from data/sspi_status.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/detail/lookup.hpp>, after the table.

namespace sspi {
namespace detail {

inline constexpr std::string_view system_text_en =
    // SEC_E_OK
    "The operation completed successfully.\000"
    // SEC_I_CONTINUE_NEEDED
    "The function completed successfully, but must be called again to complete the context\000"
    // SEC_I_COMPLETE_NEEDED
    "The function completed successfully, but CompleteToken must be called\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "The function completed successfully, but both CompleteToken and this function must be called to complete"
    " the context\000"
    // SEC_I_LOCAL_LOGON
    "The logon was completed, but no network authority was available. The logon was made using locally known "
    "information\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "Schannel has received a TLS extension the SSPI caller subscribed to.\000"
    // SEC_I_CONTEXT_EXPIRED
    "The context has expired and can no longer be used.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "The credentials supplied were not complete, and could not be verified. Additional information can be ret"
    "urned from the context.\000"
    // SEC_I_RENEGOTIATE
    "The context data must be renegotiated with the peer.\000"
    // SEC_I_NO_LSA_CONTEXT
    "There is no LSA mode context associated with this context.\000"
    // SEC_I_SIGNATURE_NEEDED
    "A signature operation must be performed before the user can authenticate.\000"
    // SEC_I_NO_RENEGOTIATION
    "The recipient rejected the renegotiation request.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "The returned buffer is only a fragment of the message. More fragments need to be returned.\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "The function completed successfully, but must be called again to complete the context. Early start can b"
    "e used.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "An asynchronous SSPI routine has been called and the work is pending completion.\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Not enough memory is available to complete this request\000"
    // SEC_E_INVALID_HANDLE
    "The handle specified is invalid\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "The function requested is not supported\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "The specified target is unknown or unreachable\000"
    // SEC_E_INTERNAL_ERROR
    "The Local Security Authority cannot be contacted\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "The requested security package does not exist\000"
    // SEC_E_NOT_OWNER
    "The caller is not the owner of the desired credentials\000"
    // SEC_E_CANNOT_INSTALL
    "The security package failed to initialize, and cannot be installed\000"
    // SEC_E_INVALID_TOKEN
    "The token supplied to the function is invalid\000"
    // SEC_E_CANNOT_PACK
    "The security package is not able to marshall the logon buffer, so the logon attempt has failed\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "The per-message Quality of Protection is not supported by the security package\000"
    // SEC_E_NO_IMPERSONATION
    "The security context does not allow impersonation of the client\000"
    // SEC_E_LOGON_DENIED
    "The logon attempt failed\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "The credentials supplied to the package were not recognized\000"
    // SEC_E_NO_CREDENTIALS
    "No credentials are available in the security package\000"
    // SEC_E_MESSAGE_ALTERED
    "The message or signature supplied for verification has been altered\000"
    // SEC_E_OUT_OF_SEQUENCE
    "The message supplied for verification is out of sequence\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "No authority could be contacted for authentication.\000"
    // SEC_E_BAD_PKGID
    "The requested security package does not exist\000"
    // SEC_E_CONTEXT_EXPIRED
    "The context has expired and can no longer be used.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "The supplied message is incomplete. The signature was not verified.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "The credentials supplied were not complete, and could not be verified. The context could not be initiali"
    "zed.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "The buffers supplied to a function was too small.\000"
    // SEC_E_WRONG_PRINCIPAL
    "The target principal name is incorrect.\000"
    // SEC_E_TIME_SKEW
    "The clocks on the client and server machines are skewed.\000"
    // SEC_E_UNTRUSTED_ROOT
    "The certificate chain was issued by an authority that is not trusted.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "The message received was unexpected or badly formatted.\000"
    // SEC_E_CERT_UNKNOWN
    "An unknown error occurred while processing the certificate.\000"
    // SEC_E_CERT_EXPIRED
    "The received certificate has expired.\000"
    // SEC_E_ENCRYPT_FAILURE
    "The specified data could not be encrypted.\000"
    // SEC_E_DECRYPT_FAILURE
    "The specified data could not be decrypted.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "The client and server cannot communicate, because they do not possess a common algorithm.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "The security context could not be established due to a failure in the requested quality of service (e.g."
    " mutual authentication or delegation).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "A security context was deleted before the context was completed. This is considered a logon failure.\000"
    // SEC_E_NO_TGT_REPLY
    "The client is trying to negotiate a context and the server requires user-to-user but didn't send a TGT r"
    "eply.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Unable to accomplish the requested task because the local machine does not have any IP addresses.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "The supplied credential handle does not match the credential associated with the security context.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "The crypto system or checksum function is invalid because a required function is unavailable.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "The number of maximum ticket referrals has been exceeded.\000"
    // SEC_E_MUST_BE_KDC
    "The local machine must be a Kerberos KDC (domain controller) and it is not.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "The other end of the security negotiation is requires strong crypto but it is not supported on the local"
    " machine.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "The KDC reply contained more than one principal name.\000"
    // SEC_E_NO_PA_DATA
    "Expected to find PA data for a hint of what etype to use, but it was not found.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "The client certificate does not contain a valid UPN, or does not match the client name in the logon requ"
    "est. Please contact your administrator.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "Smartcard logon is required and was not used.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "A system shutdown is in progress.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "An invalid request was sent to the KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "The KDC was unable to generate a referral for the service requested.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "The encryption type requested is not supported by the KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "An unsupported preauthentication mechanism was presented to the Kerberos package.\000"
    // SEC_E_DELEGATION_REQUIRED
    "The requested operation cannot be completed. The computer must be trusted for delegation and the current"
    " user account must be configured to allow delegation.\000"
    // SEC_E_BAD_BINDINGS
    "Client's supplied SSPI channel bindings were incorrect.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "The received certificate was mapped to multiple accounts.\000"
    // SEC_E_NO_KERB_KEY
    "SEC_E_NO_KERB_KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "The certificate is not valid for the requested usage.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "The system cannot contact a domain controller to service the authentication request. Please try again la"
    "ter.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "The smartcard certificate used for authentication has been revoked. Please contact your system administr"
    "ator. There may be additional information in the event log.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "An untrusted certificate authority was detected while processing the smartcard certificate used for auth"
    "entication. Please contact your system administrator.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "The revocation status of the smartcard certificate used for authentication could not be determined. Plea"
    "se contact your system administrator.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "The smartcard certificate used for authentication was not trusted. Please contact your system administra"
    "tor.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "The smartcard certificate used for authentication has expired. Please contact your system administrator."
    "\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "The Kerberos subsystem encountered an error. A service for user protocol request was made against a doma"
    "in controller which does not support service for user.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "An attempt was made by this server to make a Kerberos constrained delegation request for a target outsid"
    "e of the server's realm. This is not supported, and indicates a misconfiguration on this server's allowe"
    "d to delegate to list. Please contact your administrator.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "The revocation status of the domain controller certificate used for smartcard authentication could not b"
    "e determined. There is additional information in the system event log. Please contact your system admini"
    "strator.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "An untrusted certificate authority was detected while processing the domain controller certificate used "
    "for authentication. There is additional information in the system event log. Please contact your system "
    "administrator.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "The domain controller certificate used for smartcard logon has expired. Please contact your system admin"
    "istrator with the contents of your system event log.\000"
    // SEC_E_KDC_CERT_REVOKED
    "The domain controller certificate used for smartcard logon has been revoked. Please contact your system "
    "administrator with the contents of your system event log.\000"
    // SEC_E_INVALID_PARAMETER
    "One or more of the parameters passed to the function was invalid.\000"
    // SEC_E_DELEGATION_POLICY
    "Client policy does not allow credential delegation to target server.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "Client policy does not allow credential delegation to target server with NLTM only authentication.\000"
    // SEC_E_NO_CONTEXT
    "The required security context does not exist.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "The PKU2U protocol encountered an error while attempting to utilize the associated certificates.\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "The identity of the server computer could not be verified.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "Only https scheme is allowed.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "No common application protocol exists between the client and the server. Application protocol negotiatio"
    "n failed.\000"
    // SEC_E_INVALID_UPN_NAME
    "You can't sign in with a user ID in this format. Try using your email address instead.\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "The buffer supplied by the SSPI caller to receive generic extensions is too small.\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "Not enough secbuffers were supplied to generate a token.\000"
    // CRYPT_E_MSG_ERROR
    "An error occurred while performing an operation on a cryptographic message.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Unknown cryptographic algorithm.\000"
    // CRYPT_E_OID_FORMAT
    "The object identifier is poorly formatted.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Invalid cryptographic message type.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Unexpected cryptographic message encoding.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "The cryptographic message does not contain an expected authenticated attribute.\000"
    // CRYPT_E_HASH_VALUE
    "The hash value is not correct.\000"
    // CRYPT_E_INVALID_INDEX
    "The index value is not valid.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "The content of the cryptographic message has already been decrypted.\000"
    // CRYPT_E_NOT_DECRYPTED
    "The content of the cryptographic message has not been decrypted yet.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "The enveloped-data message does not contain the specified recipient.\000"
    // CRYPT_E_CONTROL_TYPE
    "Invalid control type.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "Invalid issuer and/or serial number.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "Cannot find the original signer.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "The cryptographic message does not contain all of the requested attributes.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "The streamed cryptographic message is not ready to return data.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "The streamed cryptographic message requires more data to complete the decode operation.\000"
    // CRYPT_E_BAD_LEN
    "The length specified for the output data was insufficient.\000"
    // CRYPT_E_BAD_ENCODE
    "An error occurred during encode or decode operation.\000"
    // CRYPT_E_FILE_ERROR
    "An error occurred while reading or writing to a file.\000"
    // CRYPT_E_NOT_FOUND
    "Cannot find object or property.\000"
    // CRYPT_E_EXISTS
    "The object or property already exists.\000"
    // CRYPT_E_NO_PROVIDER
    "No provider was specified for the store or object.\000"
    // CRYPT_E_SELF_SIGNED
    "The specified certificate is self signed.\000"
    // CRYPT_E_DELETED_PREV
    "The previous certificate or CRL context was deleted.\000"
    // CRYPT_E_NO_MATCH
    "Cannot find the requested object.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "The certificate does not have a property that references a private key.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "Cannot find the certificate and private key for decryption.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "Cannot find the certificate and private key to use for decryption.\000"
    // CRYPT_E_BAD_MSG
    "Not a cryptographic message or the cryptographic message is not formatted correctly.\000"
    // CRYPT_E_NO_SIGNER
    "The signed cryptographic message does not have a signer for the specified signer index.\000"
    // CRYPT_E_PENDING_CLOSE
    "Final closure is pending until additional frees or closes.\000"
    // CRYPT_E_REVOKED
    "The certificate is revoked.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "No Dll or exported function was found to verify revocation.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "The revocation function was unable to check revocation for the certificate.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "The revocation function was unable to check revocation because the revocation server was offline.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "The certificate is not in the revocation server's database.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "The string contains a non-numeric character.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "The string contains a non-printable character.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "The string contains a character not in the 7 bit ASCII character set.\000"
    // CRYPT_E_INVALID_X500_STRING
    "The string contains an invalid X500 name attribute key, oid, value or delimiter.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "The dwValueType for the CERT_NAME_VALUE is not one of the character strings. Most likely it is either a "
    "CERT_RDN_ENCODED_BLOB or CERT_RDN_OCTET_STRING.\000"
    // CRYPT_E_FILERESIZED
    "The Put operation cannot continue. The file needs to be resized. However, there is already a signature p"
    "resent. A complete signing operation must be done.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "The cryptographic operation failed due to a local security option setting.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "No DLL or exported function was found to verify subject usage.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "The called function was unable to do a usage check on the subject.\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "Since the server was offline, the called function was unable to complete the usage check.\000"
    // CRYPT_E_NOT_IN_CTL
    "The subject was not found in a Certificate Trust List (CTL).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "None of the signers of the cryptographic message or certificate trust list is trusted.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "The public key's algorithm parameters are missing.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "An object could not be located using the object locator infrastructure with the given name.\000"
    // CRYPT_E_OSS_ERROR
    "OSS Certificate encode/decode error code base See asn1code.h for a definition of the OSS runtime errors."
    " The OSS error values are offset by CRYPT_E_OSS_ERROR.\000"
    // CRYPT_E_ASN1_ERROR
    "ASN1 Certificate encode/decode error code base. The ASN1 error values are offset by CRYPT_E_ASN1_ERROR."
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "ASN1 internal encode or decode error.\000"
    // CRYPT_E_ASN1_EOD
    "ASN1 unexpected end of data.\000"
    // CRYPT_E_ASN1_CORRUPT
    "ASN1 corrupted data.\000"
    // CRYPT_E_ASN1_LARGE
    "ASN1 value too large.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "ASN1 constraint violated.\000"
    // CRYPT_E_ASN1_MEMORY
    "ASN1 out of memory.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "ASN1 buffer overflow.\000"
    // CRYPT_E_ASN1_BADPDU
    "ASN1 function not supported for this PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "ASN1 bad arguments to function call.\000"
    // CRYPT_E_ASN1_BADREAL
    "ASN1 bad real value.\000"
    // CRYPT_E_ASN1_BADTAG
    "ASN1 bad tag value met.\000"
    // CRYPT_E_ASN1_CHOICE
    "ASN1 bad choice value.\000"
    // CRYPT_E_ASN1_RULE
    "ASN1 bad encoding rule.\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 bad unicode (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "ASN1 bad PDU type.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 not yet implemented.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 skipped unknown extension(s).\000"
    // CRYPT_E_ASN1_NOEOD
    "ASN1 end of data expected\000"
    // TRUST_E_SYSTEM_ERROR
    "A system-level error occurred while verifying trust.\000"
    // TRUST_E_NO_SIGNER_CERT
    "The certificate for the signer of the message is invalid or not found.\000"
    // TRUST_E_COUNTER_SIGNER
    "One of the counter signatures was invalid.\000"
    // TRUST_E_CERT_SIGNATURE
    "The signature of the certificate cannot be verified.\000"
    // TRUST_E_TIME_STAMP
    "The timestamp signature and/or certificate could not be verified or is malformed.\000"
    // TRUST_E_BAD_DIGEST
    "The digital signature of the object did not verify.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "The digital signature of the object is malformed. For technical detail, see security bulletin MS13-098."
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "A certificate's basic constraint extension has not been observed.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "The certificate does not meet or contain the Authenticode(tm) financial extensions.\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Unknown trust provider.\000"
    // TRUST_E_ACTION_UNKNOWN
    "The trust verification action specified is not supported by the specified trust provider.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "The form specified for the subject is not one supported or known by the specified trust provider.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "The subject is not trusted for the specified action.\000"
    // TRUST_E_NOSIGNATURE
    "No signature was present in the subject.\000"
    // CERT_E_EXPIRED
    "A required certificate is not within its validity period when verifying against the current system clock"
    " or the timestamp in the signed file.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "The validity periods of the certification chain do not nest correctly.\000"
    // CERT_E_ROLE
    "A certificate that can only be used as an end-entity is being used as a CA or vice versa.\000"
    // CERT_E_PATHLENCONST
    "A path length constraint in the certification chain has been violated.\000"
    // CERT_E_CRITICAL
    "A certificate contains an unknown extension that is marked 'critical'.\000"
    // CERT_E_PURPOSE
    "A certificate being used for a purpose other than the ones specified by its CA.\000"
    // CERT_E_ISSUERCHAINING
    "A parent of a given certificate in fact did not issue that child certificate.\000"
    // CERT_E_MALFORMED
    "A certificate is missing or has an empty value for an important field, such as a subject or issuer name."
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "A certificate chain processed, but terminated in a root certificate which is not trusted by the trust pr"
    "ovider.\000"
    // CERT_E_CHAINING
    "A certificate chain could not be built to a trusted root authority.\000"
    // TRUST_E_FAIL
    "Generic trust failure.\000"
    // CERT_E_REVOKED
    "A certificate was explicitly revoked by its issuer.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "The certification path terminates with the test root which is not trusted with the current policy settin"
    "gs.\000"
    // CERT_E_REVOCATION_FAILURE
    "The revocation process could not continue - the certificate(s) could not be checked.\000"
    // CERT_E_CN_NO_MATCH
    "The certificate's CN name does not match the passed value.\000"
    // CERT_E_WRONG_USAGE
    "The certificate is not valid for the requested usage.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "The certificate was explicitly marked as untrusted by the user.\000"
    // CERT_E_UNTRUSTEDCA
    "A certification chain processed correctly, but one of the CA certificates is not trusted by the policy p"
    "rovider.\000"
    // CERT_E_INVALID_POLICY
    "The certificate has invalid policy.\000"
    // CERT_E_INVALID_NAME
    "The certificate has an invalid name. The name is not included in the permitted list or is explicitly exc"
    "luded.\000"sv;
inline constexpr char system_text_en_starts[] =
    "\000\000&\000|\000\302\0007\001\253\001\360\001#\002\243\002\330\002\023\003]\003\217\003\352\003Z\004"
    "\253\004\343\004\003\005+\005,\005[\005\214\005\215\005\273\005\362\0055\006c\006\302\006\021\007Q\007j"
    "\007\246\007\333\007\037\010X\010\214\010\272\010\355\0101\011\236\011\320\011\370\0111\012w\012\257\012"
    "\353\012\021\013<\013g\013\301\013P\014\265\014#\015\205\015\350\015F\016\200\016\314\016>\017t\017\304"
    "\017T\020\202\020\244\020\314\020\021\021L\021\236\021<\022t\022\256\022\300\022\366\022c\023\007\024"
    "\245\0243\025\240\025\011\026\250\026\262\027\213\030j\031\007\032\251\032\353\0320\033\223\033\301\033"
    "\"\034]\034{\034\355\034D\035\227\035\320\035\034\036=\036h\036\214\036\267\036\007\037&\037D\037\211"
    "\037\316\037\023 ) N o \273 \373 S!\216!\303!\371!\031\"@\"s\"\235\"\322\"\364\"<#x#\273#\020$h$\243$"
    "\277$\373$G%\251%\345%\022&A&\207&\330&p'\013(V(\225(\330(2)o)\306)\371)U*\364*\\+\202+\237+\264+\312+"
    "\344+\370+\016,8,],r,\212,\241,\271,\322,\345,\377,\"-<-q-\270-\343-\030.j.\236.\006/H/\234/\264/\0160p0"
    "\2450\3160\\1\2431\3751D2\2132\3332)3\2223\0024F4]4\2214\3754R5\2155\3035\0036t6\2306\0077";

inline constexpr std::string_view page_text_en =
    // SEC_E_OK
    "The operation completed successfully.\000"
    // SEC_I_CONTINUE_NEEDED
    "The function completed successfully, but you must call this function again to complete the context.\000"
    // SEC_I_COMPLETE_NEEDED
    "The function completed successfully, but you must call the CompleteAuthToken function on the final messa"
    "ge.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "The function completed successfully, but the application must call both CompleteAuthToken and then eithe"
    "r InitializeSecurityContext (General) or AcceptSecurityContext (General) again to complete the context."
    "\000"
    // SEC_I_LOCAL_LOGON
    "The logon was completed, but no network authority was available. The logon was made using locally known "
    "information.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "The message sender has finished using the connection and has initiated a shutdown. For information about"
    " initiating or recognizing a shutdown, see Shutting Down an Schannel Connection.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "The credentials supplied were not complete and could not be verified. Additional information can be retu"
    "rned from the context.\000"
    // SEC_I_RENEGOTIATE
    "The context data must be renegotiated with the peer.\000"
    // SEC_I_NO_LSA_CONTEXT
    "There is no LSA mode context associated with this context.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Not enough memory is available to complete the request.\000"
    // SEC_E_INVALID_HANDLE
    "The handle passed to the function is not valid.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "The requested function is not supported.\000"
    // SEC_E_NOT_SUPPORTED
    "The request is not supported.\000"
    // SEC_E_TARGET_UNKNOWN
    "The target was not recognized.\000"
    // SEC_E_INTERNAL_ERROR
    "An error occurred that did not map to an SSPI error code.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "The security package was not recognized.\000"
    // SEC_E_NOT_OWNER
    "The caller of the function does not own the credentials.\000"
    // SEC_E_CANNOT_INSTALL
    "The security package cannot initialize successfully and should not be installed.\000"
    // SEC_E_INVALID_TOKEN
    "The token passed to the function is not valid.\000"
    // SEC_E_CANNOT_PACK
    "The package is unable to pack the context.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "The quality of protection attribute is not supported by this package.\000"
    // SEC_E_NO_IMPERSONATION
    "No impersonation is allowed for this context.\000"
    // SEC_E_LOGON_DENIED
    "This status code is obsolete.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "The credentials provided were not recognized.\000"
    // SEC_E_NO_CREDENTIALS
    "No credentials are available.\000"
    // SEC_E_MESSAGE_ALTERED
    "The message supplied for verification has been altered.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "The message supplied for verification is out of sequence.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "No authority could be contacted for authentication.\000"
    // SEC_E_BAD_PKGID
    "The requested package identifier does not exist.\000"
    // SEC_E_CONTEXT_EXPIRED
    "The application is referencing a context that has already been closed. A properly written application sh"
    "ould not receive this error.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "The message supplied was incomplete. The signature was not verified.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "The credentials supplied were not complete and could not be verified. The context could not be initializ"
    "ed.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "The buffers supplied to the function are not large enough to contain the information.\000"
    // SEC_E_WRONG_PRINCIPAL
    "The target principal name is incorrect.\000"
    // SEC_E_TIME_SKEW
    "The clocks on the client and server computers do not match.\000"
    // SEC_E_UNTRUSTED_ROOT
    "The certificate chain was issued by an authority that is not trusted.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "The message received was unexpected or badly formatted.\000"
    // SEC_E_CERT_UNKNOWN
    "An unknown error occurred while processing the certificate.\000"
    // SEC_E_CERT_EXPIRED
    "The received certificate has expired.\000"
    // SEC_E_ENCRYPT_FAILURE
    "The specified data could not be encrypted.\000"
    // SEC_E_DECRYPT_FAILURE
    "The specified data could not be decrypted.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "The client and server cannot communicate because they do not possess a common algorithm.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "The security context could not be established due to a failure in the requested quality of service (for "
    "example, mutual authentication or delegation).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "A security context was deleted before the context was completed. This is considered a logon failure.\000"
    // SEC_E_NO_TGT_REPLY
    "The client is trying to negotiate a context and the server requires a user-to-user connection, but did n"
    "ot send a TGT reply.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Unable to accomplish the requested task because the local computer does not have any IP addresses.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "The supplied credential handle does not match the credential associated with the security context.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "The cryptographic system or checksum function is not valid because a required function is unavailable."
    "\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "The number of maximum ticket referrals has been exceeded.\000"
    // SEC_E_MUST_BE_KDC
    "The local computer must be a Kerberos domain controller (KDC), but it is not.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "The other end of the security negotiation requires strong cryptography, but it is not supported on the l"
    "ocal machine.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "The KDC reply contained more than one principal name.\000"
    // SEC_E_NO_PA_DATA
    "Policy administrator (PA) data is needed to determine the encryption type, but cannot be found.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "The client certificate does not contain a valid UPN or does not match the client name in the logon reque"
    "st.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "Smart card logon is required and was not used.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "A system shutdown is in progress.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "A request that is not valid was sent to the KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "The KDC was unable to generate a referral for the service requested.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "The requested encryption type is not supported by the KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "An unsupported preauthentication mechanism was presented to the Kerberos package.\000"
    // SEC_E_DELEGATION_REQUIRED
    "The requested operation cannot be completed. The computer must be trusted for delegation, and the curren"
    "t user account must be configured to allow delegation.\000"
    // SEC_E_BAD_BINDINGS
    "The SSPI channel bindings supplied by the client are incorrect.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "The received certificate was mapped to multiple accounts.\000"
    // SEC_E_NO_KERB_KEY
    "No Kerberos key was found.\000"
    // SEC_E_CERT_WRONG_USAGE
    "The certificate is not valid for the requested usage.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "The system detected a possible attempt to compromise security. Verify that the server that authenticated"
    " you can be contacted. NOTE: This error can be generated simply due to lack of connectivity to a domain "
    "controller and may not be indicative of malicious activity.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "The smart card certificate used for authentication has been revoked. Additional information may exist in"
    " the event log.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "An untrusted certification authority (CA) was detected while processing the smart card certificate used "
    "for authentication.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "The revocation status of the smart card certificate used for authentication could not be determined.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "The smart card certificate used for authentication is not trusted.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "The smart card certificate used for authentication has expired.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "The Kerberos subsystem encountered an error. A service for user protocol request was made against a doma"
    "in controller which does not support service for a user.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "The server attempted to make a Kerberos-constrained delegation request for a target outside the server's"
    " realm.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "The revocation status of the domain controller certificate used for smart card authentication could not "
    "be determined. The system event log contains additional information.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "An untrusted CA was detected while processing the domain controller certificate used for authentication."
    " The system event log contains additional information.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "The domain controller certificate used for smart card logon has expired.\000"
    // SEC_E_KDC_CERT_REVOKED
    "The domain controller certificate used for smart card logon has been revoked.\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_en_starts[] =
    "\000\000&\000\212\000\366\000\306\001;\002<\002\365\002t\003\251\003\344\003\345\003\346\003\347\003\350"
    "\003\351\003!\004Q\004z\004\230\004\267\004\361\004\362\004\033\005T\005\245\005\324\005\377\005E\006s"
    "\006\221\006\277\006\335\006\025\007O\007\203\007\264\0079\010~\010\352\010@\011h\011\244\011\352\011\""
    "\012^\012\204\012\257\012\332\0123\013\312\013/\014\254\014\017\015r\015\331\015\023\016a\016\327\016"
    "\015\017m\017\331\017\010\020*\020[\020\240\020\333\020-\021\314\021\014\022F\022a\022\227\022\243\023"
    "\033\024\227\024\374\024\077\025\177\025 \026\220\026=\027\334\027%\030s\030t\030u\030v\030w\030x\030y"
    "\030z\030{\030|\030}\030~\030\177\030\200\030\201\030\202\030\203\030\204\030\205\030\206\030\207\030"
    "\210\030\211\030\212\030\213\030\214\030\215\030\216\030\217\030\220\030\221\030\222\030\223\030\224\030"
    "\225\030\226\030\227\030\230\030\231\030\232\030\233\030\234\030\235\030\236\030\237\030\240\030\241\030"
    "\242\030\243\030\244\030\245\030\246\030\247\030\250\030\251\030\252\030\253\030\254\030\255\030\256\030"
    "\257\030\260\030\261\030\262\030\263\030\264\030\265\030\266\030\267\030\270\030\271\030\272\030\273\030"
    "\274\030\275\030\276\030\277\030\300\030\301\030\302\030\303\030\304\030\305\030\306\030\307\030\310\030"
    "\311\030\312\030\313\030\314\030\315\030\316\030\317\030\320\030\321\030\322\030\323\030\324\030\325\030"
    "\326\030\327\030\330\030\331\030\332\030\333\030\334\030\335\030\336\030\337\030\340\030\341\030\342\030"
    "\343\030\344\030\345\030\346\030\347\030";

inline constexpr std::string_view system_text_de =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "Die Funktion wurde erfolgreich abgeschlossen, muss aber erneut aufgerufen werden, um den Kontext abzusch"
    "lie\303\237en.\000"
    // SEC_I_COMPLETE_NEEDED
    "Die Funktion wurde erfolgreich abgeschlossen, aber CompleteToken muss aufgerufen werden.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "Die Funktion wurde erfolgreich abgeschlossen, aber sowohl CompleteToken als auch diese Funktion m\303"
    "\274ssen aufgerufen werden, um den Kontext abzuschlie\303\237en.\000"
    // SEC_I_LOCAL_LOGON
    "Die Anmeldung wurde abgeschlossen, aber es war keine Netzwerkautorit\303\244t verf\303\274gbar. Die Anme"
    "ldung wurde mithilfe lokal bekannter Informationen vorgenommen.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "Der Kontext ist abgelaufen und kann nicht mehr verwendet werden.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Die angegebenen Anmeldeinformationen waren nicht vollst\303\244ndig und konnten nicht \303\274berpr\303"
    "\274ft werden. Zus\303\244tzliche Informationen k\303\266nnen aus dem Kontext zur\303\274ckgegeben werde"
    "n.\000"
    // SEC_I_RENEGOTIATE
    "Die Kontextdaten m\303\274ssen mit dem Peer neu ausgehandelt werden.\000"
    // SEC_I_NO_LSA_CONTEXT
    "Diesem Kontext ist kein LSA-Moduskontext zugeordnet.\000"
    // SEC_I_SIGNATURE_NEEDED
    "Bevor sich der Benutzer authentifizieren kann, muss ein Signaturvorgang ausgef\303\274hrt werden.\000"
    // SEC_I_NO_RENEGOTIATION
    "Der Empf\303\244nger hat die Neuaushandlungsanforderung abgelehnt.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "Der zur\303\274ckgegebene Puffer ist nur ein Fragment der Nachricht. Es m\303\274ssen weitere Fragmente "
    "zur\303\274ckgegeben werden.\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "Die Funktion wurde erfolgreich abgeschlossen, muss aber erneut aufgerufen werden, um den Kontext abzusch"
    "lie\303\237en. Der fr\303\274he Start kann verwendet werden.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Es ist nicht gen\303\274gend Arbeitsspeicher verf\303\274gbar, um diese Anforderung abzuschlie\303\237en"
    ".\000"
    // SEC_E_INVALID_HANDLE
    "Das angegebene Handle ist ung\303\274ltig.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "Die angeforderte Funktion wird nicht unterst\303\274tzt.\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "Das angegebene Ziel ist unbekannt oder nicht erreichbar.\000"
    // SEC_E_INTERNAL_ERROR
    "Die lokale Sicherheitsautorit\303\244t kann nicht kontaktiert werden.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Das angeforderte Sicherheitspaket ist nicht vorhanden.\000"
    // SEC_E_NOT_OWNER
    "Der Aufrufer ist nicht der Besitzer der gew\303\274nschten Anmeldeinformationen.\000"
    // SEC_E_CANNOT_INSTALL
    "Das Sicherheitspaket konnte nicht initialisiert werden und kann nicht installiert werden.\000"
    // SEC_E_INVALID_TOKEN
    "Das f\303\274r die Funktion angegebene Token ist ung\303\274ltig.\000"
    // SEC_E_CANNOT_PACK
    "Das Sicherheitspaket kann den Anmeldepuffer nicht marshallen, sodass der Anmeldeversuch fehlgeschlagen i"
    "st.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "Die Pro-Nachricht-Schutzqualit\303\244t wird vom Sicherheitspaket nicht unterst\303\274tzt.\000"
    // SEC_E_NO_IMPERSONATION
    "Der Sicherheitskontext l\303\244sst keinen Identit\303\244tswechsel des Clients zu.\000"
    // SEC_E_LOGON_DENIED
    "Fehler beim Anmeldeversuch\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Die f\303\274r das Paket angegebenen Anmeldeinformationen wurden nicht erkannt.\000"
    // SEC_E_NO_CREDENTIALS
    "Im Sicherheitspaket sind keine Anmeldeinformationen verf\303\274gbar.\000"
    // SEC_E_MESSAGE_ALTERED
    "Die f\303\274r die \303\234berpr\303\274fung angegebene Nachricht oder Signatur wurde ge\303\244ndert."
    "\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Die f\303\274r die \303\234berpr\303\274fung angegebene Meldung ist nicht sequenziert.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "F\303\274r die Authentifizierung konnte keine Autorit\303\244t kontaktiert werden.\000"
    // SEC_E_BAD_PKGID
    "Das angeforderte Sicherheitspaket ist nicht vorhanden.\000"
    // SEC_E_CONTEXT_EXPIRED
    "Der Kontext ist abgelaufen und kann nicht mehr verwendet werden.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Die angegebene Meldung ist unvollst\303\244ndig. Die Signatur wurde nicht \303\274berpr\303\274ft.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Die angegebenen Anmeldeinformationen waren nicht vollst\303\244ndig und konnten nicht \303\274berpr\303"
    "\274ft werden. Der Kontext konnte nicht initialisiert werden.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Die f\303\274r eine Funktion bereitgestellten Puffer waren zu klein.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Der Zielprinzipalname ist falsch.\000"
    // SEC_E_TIME_SKEW
    "Die Uhren auf den Client- und Servercomputern sind verzerrt.\000"
    // SEC_E_UNTRUSTED_ROOT
    "Die Zertifikatkette wurde von einer nicht vertrauensw\303\274rdigen Zertifizierungsstelle ausgestellt."
    "\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Die empfangene Nachricht war unerwartet oder schlecht formatiert.\000"
    // SEC_E_CERT_UNKNOWN
    "Unbekannter Fehler beim Verarbeiten des Zertifikats.\000"
    // SEC_E_CERT_EXPIRED
    "Das empfangene Zertifikat ist abgelaufen.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Die angegebenen Daten konnten nicht verschl\303\274sselt werden.\000"
    // SEC_E_DECRYPT_FAILURE
    "Die angegebenen Daten konnten nicht entschl\303\274sselt werden.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Client und Server k\303\266nnen nicht kommunizieren, da sie keinen gemeinsamen Algorithmus besitzen.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Der Sicherheitskontext konnte aufgrund eines Fehlers in der angeforderten Dienstqualit\303\244t (z. B. g"
    "egenseitige Authentifizierung oder Delegierung) nicht eingerichtet werden.\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Ein Sicherheitskontext wurde gel\303\266scht, bevor der Kontext abgeschlossen wurde. Dies gilt als Anmel"
    "defehler.\000"
    // SEC_E_NO_TGT_REPLY
    "Der Client versucht, einen Kontext auszuhandeln, und der Server ben\303\266tigt Benutzer zu Benutzer, ha"
    "t aber keine TGT-Antwort gesendet.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Die angeforderte Aufgabe kann nicht erf\303\274llt werden, da der lokale Computer keine IP-Adressen hat."
    "\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "Das angegebene Anmeldeinformationshand handle passt nicht zu den Anmeldeinformationen, die dem Sicherhei"
    "tskontext zugeordnet sind.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Das Kryptosystem oder die Pr\303\274fsummenfunktion ist ung\303\274ltig, da eine erforderliche Funktion "
    "nicht verf\303\274gbar ist.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Die Maximale Anzahl von Ticketempfehlungen wurde \303\274berschritten.\000"
    // SEC_E_MUST_BE_KDC
    "Der lokale Computer muss ein Kerberos-KDC (Dom\303\244nencontroller) sein, nicht jedoch.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "Das andere Ende der Sicherheitsaushandlung ist eine starke Verschl\303\274sselung, wird jedoch auf dem l"
    "okalen Computer nicht unterst\303\274tzt.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "Die KDC-Antwort enthielt mehr als einen Prinzipalnamen.\000"
    // SEC_E_NO_PA_DATA
    "Es wurde erwartet, pa-Daten zu finden, um einen Hinweis darauf zu geben, welcher Typ verwendet werden so"
    "ll, aber er wurde nicht gefunden.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Das Clientzertifikat enth\303\244lt keinen g\303\274ltigen UPN oder passt nicht zum Clientnamen in der A"
    "nmeldeanforderung. Wenden Sie sich an den Administrator.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "Smartcardanmeldung ist erforderlich und wurde nicht verwendet.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Das System wird heruntergefahren.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Eine ung\303\274ltige Anforderung wurde an das KDC gesendet.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Das KDC konnte keine Empfehlung f\303\274r den angeforderten Dienst generieren.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Der angeforderte Verschl\303\274sselungstyp wird vom KDC nicht unterst\303\274tzt.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Dem Kerberos-Paket wurde ein nicht unterst\303\274tzter Mechanismus f\303\274r die Vorauthentifizierung "
    "pr\303\244sentiert.\000"
    // SEC_E_DELEGATION_REQUIRED
    "Der angeforderte Vorgang kann nicht abgeschlossen werden. Dem Computer muss zu Delegierungszwecken vertr"
    "aut werden, und das aktuelle Benutzerkonto muss so konfiguriert sein, dass es die Delegierung gestattet."
    "\000"
    // SEC_E_BAD_BINDINGS
    "Die vom Client bereitgestellten SSPI-Kanalbindungen waren falsch.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Das empfangene Zertifikat wurde mehreren Konten zugeordnet.\000"
    // SEC_E_NO_KERB_KEY
    "SEC _ E _ NO _ KERB _ KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "Das Zertifikat ist f\303\274r die angeforderte Verwendung nicht zul\303\244ssig.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Das System kann keinen Dom\303\244nencontroller kontaktieren, um die Authentifizierungsanforderung zu un"
    "terst\303\274tzen. Versuchen Sie es sp\303\244ter noch mal.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat wurde widerrufen. Wenden Sie sich an"
    " den Systemadministrator. M\303\266glicherweise sind zus\303\244tzliche Informationen im Ereignisprotoko"
    "ll enthalten.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Eine nicht vertrauensw\303\274rdige Zertifizierungsstelle wurde erkannt. Beim Verarbeiten des smartcard-"
    "Zertifikats, das f\303\274r die Authentifizierung verwendet wird. Wenden Sie sich an den Systemadministr"
    "ator.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "Der Sperrstatus des smartcard-Zertifikats, das f\303\274r die Authentifizierung verwendet wird, konnte n"
    "icht bestimmt werden. Wenden Sie sich an den Systemadministrator.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat war nicht vertrauensw\303\274rdig. W"
    "enden Sie sich an den Systemadministrator.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat ist abgelaufen. Wenden Sie sich an d"
    "en Systemadministrator.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Beim Kerberos-Subsystem ist ein Fehler aufgetreten. Ein Dienst f\303\274r benutzerprotokollanforderung w"
    "urde f\303\274r einen Dom\303\244nencontroller ausgef\303\274hrt, der den Dienst f\303\274r den Benutzer"
    " nicht unterst\303\274tzt.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Dieser Server hat versucht, eine eingeschr\303\244nkte Kerberos-Delegierungsanforderung f\303\274r ein Z"
    "iel au\303\237erhalb des Serverbereichs zu erstellen. Dies wird nicht unterst\303\274tzt und weist auf e"
    "ine fehlkonfigurierte Konfiguration auf diesem Server hin, die zum Delegieren der Liste zul\303\244ssig "
    "ist. Wenden Sie sich an den Administrator.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "Der Sperrstatus des Dom\303\244nencontrollerzertifikats, das f\303\274r die Smartcard-Authentifizierung "
    "verwendet wird, konnte nicht bestimmt werden. Das Systemereignisprotokoll enth\303\244lt zus\303\244tzli"
    "che Informationen. Wenden Sie sich an den Systemadministrator.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Beim Verarbeiten des f\303\274r die Authentifizierung verwendeten Dom\303\244nencontrollerzertifikats wu"
    "rde eine nicht vertrauensw\303\274rdige Zertifizierungsstelle erkannt. Das Systemereignisprotokoll enth"
    "\303\244lt zus\303\244tzliche Informationen. Wenden Sie sich an den Systemadministrator.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Das f\303\274r die Smartcard-Anmeldung verwendete Dom\303\244nencontrollerzertifikat ist abgelaufen. Wen"
    "den Sie sich mit dem Inhalt Ihres Systemereignisprotokolls an Ihren Systemadministrator.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Das f\303\274r die Smartcard-Anmeldung verwendete Dom\303\244nencontrollerzertifikat wurde widerrufen. W"
    "enden Sie sich mit dem Inhalt Ihres Systemereignisprotokolls an Ihren Systemadministrator.\000"
    // SEC_E_INVALID_PARAMETER
    "Mindestens einer der an die Funktion \303\274bergebenen Parameter war ung\303\274ltig.\000"
    // SEC_E_DELEGATION_POLICY
    "Die Clientrichtlinie l\303\244sst keine Delegierung von Anmeldeinformationen an den Zielserver zu.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "Die Clientrichtlinie l\303\244sst keine Delegierung von Anmeldeinformationen auf dem Zielserver mit nur "
    "NLTM-Authentifizierung zu.\000"
    // SEC_E_NO_CONTEXT
    "Der erforderliche Sicherheitskontext ist nicht vorhanden.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "Beim Versuch, die zugeordneten Zertifikate zu verwenden, ist beim PKU2U-Protokoll ein Fehler aufgetreten"
    ".\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "Die Identit\303\244t des Servercomputers konnte nicht \303\274berpr\303\274ft werden.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "Nur das HTTPS-Schema ist zul\303\244ssig.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "Fehler beim Ausf\303\274hren eines Vorgangs f\303\274r eine kryptografische Nachricht.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Unbekannter kryptografischer Algorithmus.\000"
    // CRYPT_E_OID_FORMAT
    "Der Objektbezeichner ist schlecht formatiert.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Ung\303\274ltiger kryptografischer Nachrichtentyp.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Unerwartete kryptografische Nachrichtencodierung.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "Die kryptografische Nachricht enth\303\244lt kein erwartetes authentifiziertes Attribut.\000"
    // CRYPT_E_HASH_VALUE
    "Der Hashwert ist nicht richtig.\000"
    // CRYPT_E_INVALID_INDEX
    "Der Indexwert ist ung\303\274ltig.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "Der Inhalt der kryptografischen Nachricht wurde bereits entschl\303\274sselt.\000"
    // CRYPT_E_NOT_DECRYPTED
    "Der Inhalt der kryptografischen Nachricht wurde noch nicht entschl\303\274sselt.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "Die Umschlagdatennachricht enth\303\244lt nicht den angegebenen Empf\303\244nger.\000"
    // CRYPT_E_CONTROL_TYPE
    "Ung\303\274ltiger Steuerelementtyp.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "Ung\303\274ltiger Aussteller und/oder ung\303\274ltige Seriennummer.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "Der urspr\303\274ngliche Signaturgeber kann nicht gefunden werden.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "Die kryptografische Nachricht enth\303\244lt nicht alle angeforderten Attribute.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "Die gestreamte kryptografische Nachricht ist nicht bereit, Daten zur\303\274ckzugeben.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "Die gestreamte kryptografische Nachricht erfordert mehr Daten, um den Decodierungsvorgang abzuschlie\303"
    "\237en.\000"
    // CRYPT_E_BAD_LEN
    "Die f\303\274r die Ausgabedaten angegebene L\303\244nge reichte nicht aus.\000"
    // CRYPT_E_BAD_ENCODE
    "Fehler beim Codieren oder Decodieren.\000"
    // CRYPT_E_FILE_ERROR
    "Fehler beim Lesen oder Schreiben in eine Datei.\000"
    // CRYPT_E_NOT_FOUND
    "Objekt oder Eigenschaft kann nicht gefunden werden.\000"
    // CRYPT_E_EXISTS
    "Das Objekt oder die Eigenschaft ist bereits vorhanden.\000"
    // CRYPT_E_NO_PROVIDER
    "F\303\274r den Speicher oder das Objekt wurde kein Anbieter angegeben.\000"
    // CRYPT_E_SELF_SIGNED
    "Das angegebene Zertifikat ist selbstsignierend.\000"
    // CRYPT_E_DELETED_PREV
    "Der vorherige Zertifikats- oder Zertifikatsperrlistenkontext wurde gel\303\266scht.\000"
    // CRYPT_E_NO_MATCH
    "Das angeforderte Objekt wurde nicht gefunden.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "Das Zertifikat verf\303\274gt nicht \303\274ber eine Eigenschaft, die auf einen privaten Schl\303\274sse"
    "l verweist.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "Das Zertifikat und der private Schl\303\274ssel f\303\274r die Entschl\303\274sselung wurden nicht gefun"
    "den.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "Das Zertifikat und der private Schl\303\274ssel f\303\274r die Entschl\303\274sselung k\303\266nnen nich"
    "t gefunden werden.\000"
    // CRYPT_E_BAD_MSG
    "Keine kryptografische Nachricht, oder die kryptografische Nachricht ist nicht ordnungsgem\303\244\303"
    "\237 formatiert.\000"
    // CRYPT_E_NO_SIGNER
    "Die signierte kryptografische Nachricht verf\303\274gt nicht \303\274ber einen Signaturgeber f\303\274r "
    "den angegebenen Signaturgeberindex.\000"
    // CRYPT_E_PENDING_CLOSE
    "Der endg\303\274ltige Abschluss steht aus, bis weitere Frei- oder Abschl\303\274sse erforderlich sind."
    "\000"
    // CRYPT_E_REVOKED
    "Das Zertifikat wird widerrufen.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "Es wurde keine DLL- oder exportierte Funktion gefunden, um die Sperrung zu \303\274berpr\303\274fen.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "Die Sperrfunktion konnte die Sperrung f\303\274r das Zertifikat nicht \303\274berpr\303\274fen.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "Die Sperrfunktion konnte die Sperrung nicht \303\274berpr\303\274fen, da der Sperrserver offline war."
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "Das Zertifikat befindet sich nicht in der Datenbank des Sperrservers.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "Die Zeichenfolge enth\303\244lt ein nicht numerisches Zeichen.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "Die Zeichenfolge enth\303\244lt ein nicht druckbares Zeichen.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "Die Zeichenfolge enth\303\244lt ein Zeichen, das nicht im 7-Bit-ASCII-Zeichensatz enthalten ist.\000"
    // CRYPT_E_INVALID_X500_STRING
    "Die Zeichenfolge enth\303\244lt einen ung\303\274ltigen X500-Namensattributschl\303\274ssel, ein ung\303"
    "\274ltiges Oid, einen ung\303\274ltigen Wert oder ein ung\303\274ltiges Trennzeichen.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "DwValueType f\303\274r den CERT _ NAME VALUE ist keine der _ Zeichenfolgen. H\303\266chstwahrscheinlich "
    "handelt es sich entweder um ein _ _ RDN-CODIERTEs _ CERT-BLOB oder um eine CERT _ _ RDN-OKTETT-ZEICHENFO"
    "LGE. _\000"
    // CRYPT_E_FILERESIZED
    "Der Put-Vorgang kann nicht fortgesetzt werden. Die Gr\303\266\303\237e der Datei muss ge\303\244ndert we"
    "rden. Es ist jedoch bereits eine Signatur vorhanden. Ein vollst\303\244ndiger Signierungsvorgang muss au"
    "sgef\303\274hrt werden.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "Fehler beim kryptografischen Vorgang aufgrund einer einstellung der lokalen Sicherheitsoption.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "Es wurde keine DLL oder exportierte Funktion gefunden, um die Verwendung des Antragstellers zu \303\274b"
    "erpr\303\274fen.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "Die aufgerufene Funktion konnte keine Verwendungspr\303\274fung f\303\274r das Thema durchf\303\274hren."
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "Da der Server offline war, konnte die aufgerufene Funktion die Verwendungspr\303\274fung nicht abschlie"
    "\303\237en.\000"
    // CRYPT_E_NOT_IN_CTL
    "Der Antragsteller wurde in einer Zertifikatvertrauensliste (Certificate Trust List, CTL) nicht gefunden."
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "Keiner der Signierer der Kryptografiemeldung oder Zertifikatvertrauensliste ist vertrauensw\303\274rdig."
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "Die Algorithmusparameter des \303\266ffentlichen Schl\303\274ssels fehlen.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "Fehlercodebasis f\303\274r OSS-Zertifikatcodierung/-decodierung Finden Sie unter asn1code.h eine Definit"
    "ion der OSS-Laufzeitfehler. Die OSS-Fehlerwerte werden durch CRYPT _ E _ OSS _ ERROR versetzt.\000"
    // CRYPT_E_ASN1_ERROR
    "Fehlercodebasis f\303\274r ASN1-Zertifikatcodierung/-decodierung. Die ASN1-Fehlerwerte werden durch CRYP"
    "T _ E _ ASN1 _ ERROR versetzt.\000"
    // CRYPT_E_ASN1_INTERNAL
    "Interner ASN1-Codierungs- oder Decodierungsfehler.\000"
    // CRYPT_E_ASN1_EOD
    "UNERWARTETES ENDE DER ASN1-Daten.\000"
    // CRYPT_E_ASN1_CORRUPT
    "Besch\303\244digte ASN1-Daten.\000"
    // CRYPT_E_ASN1_LARGE
    "ASN1-Wert zu gro\303\237.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "Die ASN1-Einschr\303\244nkung wurde verletzt.\000"
    // CRYPT_E_ASN1_MEMORY
    "ASN1 nicht gen\303\274gend Arbeitsspeicher.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "ASN1-Puffer\303\274berlauf.\000"
    // CRYPT_E_ASN1_BADPDU
    "Die ASN1-Funktion wird f\303\274r diese PDU nicht unterst\303\274tzt.\000"
    // CRYPT_E_ASN1_BADARGS
    "Asn1: Fehlerhafte Argumente f\303\274r Funktionsaufrufe.\000"
    // CRYPT_E_ASN1_BADREAL
    "ASN1\342\200\223 schlechter realer Wert.\000"
    // CRYPT_E_ASN1_BADTAG
    "Asn1\342\200\223 fehlerhafter Tagwert erreicht.\000"
    // CRYPT_E_ASN1_CHOICE
    "Asn1: Wert f\303\274r fehlerhafte Auswahl.\000"
    // CRYPT_E_ASN1_RULE
    "ASN1: Regel f\303\274r fehlerhafte Codierung.\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 Bad Unicode (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "ASN1\342\200\223 fehlerhafter PDU-Typ.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 noch nicht implementiert.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 hat unbekannte Erweiterungen \303\274bersprungen.\000"
    // CRYPT_E_ASN1_NOEOD
    "ASN1- Ende der Daten erwartet\000"
    // TRUST_E_SYSTEM_ERROR
    "W\303\244hrend der \303\234berpr\303\274fung der Vertrauensw\303\274rdigkeit ist ein Fehler auf Systemeb"
    "ene aufgetreten.\000"
    // TRUST_E_NO_SIGNER_CERT
    "Das Zertifikat des Signaturgebers der Meldung ist ung\303\274ltig oder wurde nicht gefunden.\000"
    // TRUST_E_COUNTER_SIGNER
    "Eine der Z\303\244hlersignaturen war ung\303\274ltig.\000"
    // TRUST_E_CERT_SIGNATURE
    "Die Signatur des Zertifikats kann nicht \303\274berpr\303\274ft werden.\000"
    // TRUST_E_TIME_STAMP
    "Die Zeitstempelsignatur und/oder das Zertifikat konnten nicht \303\274berpr\303\274ft werden oder sind f"
    "alsch formatiert.\000"
    // TRUST_E_BAD_DIGEST
    "Die digitale Signatur des Objekts konnte nicht \303\274berpr\303\274ft werden.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "Die grundlegende Einschr\303\244nkungserweiterung eines Zertifikats wurde nicht beobachtet.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "Das Zertifikat erf\303\274llt nicht die Authenticode(tm)-Finanzerweiterungen oder enth\303\244lt diese."
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Unbekannter Vertrauensstellungsanbieter.\000"
    // TRUST_E_ACTION_UNKNOWN
    "Die angegebene Vertrauens\303\274berpr\303\274fungsaktion wird vom angegebenen Vertrauensstellungsanbiet"
    "er nicht unterst\303\274tzt.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "Das f\303\274r den Betreff angegebene Formular wird vom angegebenen Vertrauensstellungsanbieter nicht un"
    "terst\303\274tzt oder ist bekannt.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "Der Betreff ist f\303\274r die angegebene Aktion nicht vertrauensw\303\274rdig.\000"
    // TRUST_E_NOSIGNATURE
    "Im Betreff war keine Signatur vorhanden.\000"
    // CERT_E_EXPIRED
    "Ein erforderliches Zertifikat liegt nicht innerhalb seiner G\303\274ltigkeitsdauer, wenn es mit der aktu"
    "ellen Systemuhr oder dem Zeitstempel in der signierten Datei \303\274berpr\303\274ft wird.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "Die G\303\274ltigkeitsdauern der Zertifizierungskette werden nicht ordnungsgem\303\244\303\237 geschacht"
    "elt.\000"
    // CERT_E_ROLE
    "Ein Zertifikat, das nur als Endentit\303\244t verwendet werden kann, wird als Zertifizierungsstelle oder"
    " umgekehrt verwendet.\000"
    // CERT_E_PATHLENCONST
    "Eine Pfadl\303\244ngeneinschr\303\244nkung in der Zertifizierungskette wurde nicht eingehalten.\000"
    // CERT_E_CRITICAL
    "Ein Zertifikat enth\303\244lt eine unbekannte Erweiterung, die als \"kritisch\" gekennzeichnet ist.\000"
    // CERT_E_PURPOSE
    "Ein Zertifikat, das f\303\274r einen anderen Als den von der Zertifizierungsstelle angegebenen Zweck ver"
    "wendet wird.\000"
    // CERT_E_ISSUERCHAINING
    "Ein \303\274bergeordnetes Element eines bestimmten Zertifikats hat dieses untergeordnete Zertifikat nich"
    "t ausgestellt.\000"
    // CERT_E_MALFORMED
    "Ein Zertifikat fehlt oder enth\303\244lt einen leeren Wert f\303\274r ein wichtiges Feld, z. B. einen Be"
    "treff- oder Ausstellernamen.\000"
    // CERT_E_UNTRUSTEDROOT
    "Eine Zertifikatkette wurde verarbeitet, aber in einem Stammzertifikat beendet, das vom Vertrauensanbiete"
    "r nicht als vertrauensw\303\274rdig eingestuft wird.\000"
    // CERT_E_CHAINING
    "Eine Zertifikatkette konnte nicht f\303\274r eine vertrauensw\303\274rdige Stammzertifizierungsstelle er"
    "stellt werden.\000"
    // TRUST_E_FAIL
    "Generischer Vertrauensstellungsfehler.\000"
    // CERT_E_REVOKED
    "Ein Zertifikat wurde explizit vom Aussteller widerrufen.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "Der Zertifizierungspfad wird mit dem Teststamm beendet, dem die aktuellen Richtlinieneinstellungen nicht"
    " vertrauen.\000"
    // CERT_E_REVOCATION_FAILURE
    "Der Sperrvorgang konnte nicht fortgesetzt werden. Die Zertifikate konnten nicht \303\274berpr\303\274ft "
    "werden.\000"
    // CERT_E_CN_NO_MATCH
    "Der CN-Name des Zertifikats passt nicht zum \303\274bergebenen Wert.\000"
    // CERT_E_WRONG_USAGE
    "Das Zertifikat ist f\303\274r die angeforderte Verwendung nicht zul\303\244ssig.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "Das Zertifikat wurde vom Benutzer explizit als nicht vertrauensw\303\274rdig gekennzeichnet.\000"
    // CERT_E_UNTRUSTEDCA
    "Eine Zertifizierungskette wurde ordnungsgem\303\244\303\237 verarbeitet, aber eines der Zertifizierungss"
    "tellenzertifikate wird vom Richtlinienanbieter nicht als vertrauensw\303\274rdig eingestuft.\000"
    // CERT_E_INVALID_POLICY
    "Das Zertifikat verf\303\274gt \303\274ber eine ung\303\274ltige Richtlinie.\000"
    // CERT_E_INVALID_NAME
    "Das Zertifikat besitzt einen ung\303\274ltigen Namen. Der Name ist nicht in der Liste zul\303\244ssiger "
    "Namen enthalten oder wird explizit ausgeschlossen.\000"sv;
inline constexpr char system_text_de_starts[] =
    "\000\000\001\000r\000\313\000e\001\001\002\002\002C\002\361\0020\003e\003\301\003\376\003q\004\012\005"
    "\013\005c\005\210\005\273\005\274\005\365\0055\0066\006m\006\270\006\022\007H\007\264\007\004\010L\010g"
    "\010\261\010\361\010@\011\205\011\314\011\003\012D\012\225\012(\013g\013\211\013\306\013'\014i\014\236"
    "\014\310\014\003\015>\015\235\015J\016\266\016;\017\236\017!\020\223\020\324\020'\021\255\021\345\021o"
    "\022\004\023C\023e\023\234\023\346\023-\024\227\024h\025\252\025\346\025\000\026E\026\327\026\243\027m"
    "\030\021\031\230\031\022\032\331\032\036\034\025\035\037\036\324\036\213\037\326\0373 \260 \352 T!\230!"
    "\274!\275!\276!\277!\300!\013\"5\"c\"\220\"\302\"\025#5#R#\232#\345#+$I$\202$\277$\012%[%\305%\004&*&Z&"
    "\216&\305&\006'6'\204'\262'\024(o(\322(<)\266)\021*1*\212*\330*2+x+\261+\351+D,\336,\251-s.\322.\077/"
    "\226/\375/f0\3110\0101\0111\3121K2~2\2402\2712\3152\3652\033313k3\2363\2763\3453\012424K4i4\2104\2714"
    "\327485\2175\2715\3655c6\2466\2476\3756Y7\2027\3657t8\2708\3418\2229\3559e:\271:\025;\204;\365;n<\005=p="
    "\227=\320=D>\250>\347>,\077\203\0776@p@\377@";

inline constexpr std::string_view page_text_de =
    // SEC_E_OK
    "Der Vorgang wurde erfolgreich abgeschlossen.\000"
    // SEC_I_CONTINUE_NEEDED
    "Die Funktion wurde erfolgreich abgeschlossen, aber Sie m\303\274ssen diese Funktion erneut aufrufen, um "
    "den Kontext zu vervollst\303\244ndigen.\000"
    // SEC_I_COMPLETE_NEEDED
    "Die Funktion wurde erfolgreich abgeschlossen, aber Sie m\303\274ssen die CompleteAuthToken-Funktion f"
    "\303\274r die letzte Nachricht aufrufen.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "Die Funktion wurde erfolgreich abgeschlossen, aber die Anwendung muss sowohl CompleteAuthToken als auch "
    "dann entweder InitializeSecurityContext (General) oder AcceptSecurityContext (General) erneut aufrufen, "
    "um den Kontext zu vervollst\303\244ndigen.\000"
    // SEC_I_LOCAL_LOGON
    "Die Anmeldung wurde abgeschlossen, aber es war keine Netzwerkstelle verf\303\274gbar. Die Anmeldung wurd"
    "e mithilfe von lokal bekannten Informationen vorgenommen.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "Der Absender der Nachricht hat die Verbindung beendet und das Herunterfahren initiiert. Informationen zu"
    "m Initiieren oder Erkennen eines Herunterfahrens finden Sie unter Herunterfahren einer Schannel-Verbindu"
    "ng.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Die angegebenen Anmeldeinformationen waren nicht vollst\303\244ndig und konnten nicht \303\274berpr\303"
    "\274ft werden. Zus\303\244tzliche Informationen k\303\266nnen aus dem Kontext zur\303\274ckgegeben werde"
    "n.\000"
    // SEC_I_RENEGOTIATE
    "Die Kontextdaten m\303\274ssen mit dem Peer neu ausgehandelt werden.\000"
    // SEC_I_NO_LSA_CONTEXT
    "Diesem Kontext ist kein LSA-Moduskontext zugeordnet.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Zum Abschlie\303\237en der Anforderung ist nicht gen\303\274gend Arbeitsspeicher verf\303\274gbar.\000"
    // SEC_E_INVALID_HANDLE
    "Das an die Funktion \303\274bergebene Handle ist ung\303\274ltig.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "Die angeforderte Funktion wird nicht unterst\303\274tzt.\000"
    // SEC_E_NOT_SUPPORTED
    "Die Anforderung wird nicht unterst\303\274tzt.\000"
    // SEC_E_TARGET_UNKNOWN
    "Das Ziel wurde nicht erkannt.\000"
    // SEC_E_INTERNAL_ERROR
    "Es ist ein Fehler aufgetreten, der einem SSPI-Fehlercode nicht zuordnen konnte.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Das Sicherheitspaket wurde nicht erkannt.\000"
    // SEC_E_NOT_OWNER
    "Der Aufrufer der Funktion besitzt die Anmeldeinformationen nicht.\000"
    // SEC_E_CANNOT_INSTALL
    "Das Sicherheitspaket kann nicht erfolgreich initialisiert werden und sollte nicht installiert werden."
    "\000"
    // SEC_E_INVALID_TOKEN
    "Das an die Funktion \303\274bergebene Token ist ung\303\274ltig.\000"
    // SEC_E_CANNOT_PACK
    "Das Paket kann den Kontext nicht packen.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "Das Quality of Protection-Attribut wird von diesem Paket nicht unterst\303\274tzt.\000"
    // SEC_E_NO_IMPERSONATION
    "F\303\274r diesen Kontext ist kein Identit\303\244tswechsel zul\303\244ssig.\000"
    // SEC_E_LOGON_DENIED
    "Dieser Statuscode ist veraltet.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Die bereitgestellten Anmeldeinformationen wurden nicht erkannt.\000"
    // SEC_E_NO_CREDENTIALS
    "Es sind keine Anmeldeinformationen verf\303\274gbar.\000"
    // SEC_E_MESSAGE_ALTERED
    "Die f\303\274r die \303\234berpr\303\274fung angegebene Meldung wurde ge\303\244ndert.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Die f\303\274r die \303\234berpr\303\274fung angegebene Meldung ist nicht sequenziert.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Es konnte keine Autorit\303\244t f\303\274r die Authentifizierung kontaktiert werden.\000"
    // SEC_E_BAD_PKGID
    "Der angeforderte Paketbezeichner ist nicht vorhanden.\000"
    // SEC_E_CONTEXT_EXPIRED
    "Die Anwendung bezieht sich auf einen Kontext, der bereits geschlossen wurde. Eine ordnungsgem\303\244"
    "\303\237 geschriebene Anwendung sollte diesen Fehler nicht erhalten.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Die angegebene Meldung war unvollst\303\244ndig. Die Signatur wurde nicht \303\274berpr\303\274ft.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Die angegebenen Anmeldeinformationen waren nicht vollst\303\244ndig und konnten nicht \303\274berpr\303"
    "\274ft werden. Der Kontext konnte nicht initialisiert werden.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Die f\303\274r die Funktion bereitgestellten Puffer sind nicht gro\303\237 genug, um die Informationen z"
    "u enthalten.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Der Zielprinzipalname ist falsch.\000"
    // SEC_E_TIME_SKEW
    "Die Uhren auf den Client- und Servercomputern sind nicht \303\274bereinstimmend.\000"
    // SEC_E_UNTRUSTED_ROOT
    "Die Zertifikatkette wurde von einer nicht vertrauensw\303\274rdigen Zertifizierungsstelle ausgestellt."
    "\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Die empfangene Nachricht war unerwartet oder schlecht formatiert.\000"
    // SEC_E_CERT_UNKNOWN
    "Unbekannter Fehler beim Verarbeiten des Zertifikats.\000"
    // SEC_E_CERT_EXPIRED
    "Das empfangene Zertifikat ist abgelaufen.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Die angegebenen Daten konnten nicht verschl\303\274sselt werden.\000"
    // SEC_E_DECRYPT_FAILURE
    "Die angegebenen Daten konnten nicht entschl\303\274sselt werden.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Client und Server k\303\266nnen nicht kommunizieren, da sie keinen gemeinsamen Algorithmus besitzen.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Der Sicherheitskontext konnte aufgrund eines Fehlers in der angeforderten Dienstqualit\303\244t (z. B. g"
    "egenseitige Authentifizierung oder Delegierung) nicht eingerichtet werden.\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Ein Sicherheitskontext wurde gel\303\266scht, bevor der Kontext abgeschlossen wurde. Dies gilt als Anmel"
    "defehler.\000"
    // SEC_E_NO_TGT_REPLY
    "Der Client versucht, einen Kontext auszuhandeln, und der Server erfordert eine Benutzer-zu-Benutzer-Verb"
    "indung, hat aber keine TGT-Antwort gesendet.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Die angeforderte Aufgabe kann nicht erf\303\274llt werden, da der lokale Computer \303\274ber keine IP-A"
    "dressen verf\303\274gt.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "Das angegebene Anmeldeinformationshand handle passt nicht zu den Anmeldeinformationen, die dem Sicherhei"
    "tskontext zugeordnet sind.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Die Kryptografiesystem- oder Pr\303\274fsummenfunktion ist ung\303\274ltig, da eine erforderliche Funkti"
    "on nicht verf\303\274gbar ist.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Die Maximale Anzahl von Ticketempfehlungen wurde \303\274berschritten.\000"
    // SEC_E_MUST_BE_KDC
    "Der lokale Computer muss ein Kerberos-Dom\303\244nencontroller (KDC) sein, aber nicht.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "Das andere Ende der Sicherheitsaushandlung erfordert eine starke Kryptografie, wird jedoch auf dem lokal"
    "en Computer nicht unterst\303\274tzt.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "Die KDC-Antwort enthielt mehr als einen Prinzipalnamen.\000"
    // SEC_E_NO_PA_DATA
    "Richtlinienadministratordaten (PA) werden ben\303\266tigt, um den Verschl\303\274sselungstyp zu bestimme"
    "n, k\303\266nnen aber nicht gefunden werden.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Das Clientzertifikat enth\303\244lt keinen g\303\274ltigen UPN oder passt nicht zum Clientnamen in der A"
    "nmeldeanforderung.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "Die Smartcardanmeldung ist erforderlich und wurde nicht verwendet.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Das System wird heruntergefahren.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Eine ung\303\274ltige Anforderung wurde an das KDC gesendet.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Das KDC konnte keine Empfehlung f\303\274r den angeforderten Dienst generieren.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Der angeforderte Verschl\303\274sselungstyp wird vom KDC nicht unterst\303\274tzt.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Dem Kerberos-Paket wurde ein nicht unterst\303\274tzter Mechanismus f\303\274r die Vorauthentifizierung "
    "pr\303\244sentiert.\000"
    // SEC_E_DELEGATION_REQUIRED
    "Der angeforderte Vorgang kann nicht abgeschlossen werden. Der Computer muss f\303\274r die Delegierung a"
    "ls vertrauensw\303\274rdig eingestuft werden, und das aktuelle Benutzerkonto muss so konfiguriert sein, "
    "dass die Delegierung zul\303\244ssig ist.\000"
    // SEC_E_BAD_BINDINGS
    "Die vom Client bereitgestellten SSPI-Kanalbindungen sind falsch.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Das empfangene Zertifikat wurde mehreren Konten zugeordnet.\000"
    // SEC_E_NO_KERB_KEY
    "Es wurde kein Kerberos-Schl\303\274ssel gefunden.\000"
    // SEC_E_CERT_WRONG_USAGE
    "Das Zertifikat ist f\303\274r die angeforderte Verwendung nicht zul\303\244ssig.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Das System hat einen m\303\266glichen Versuch erkannt, die Sicherheit zu gef\303\244hrden. Stellen Sie s"
    "icher, dass der authentifizierte Server kontaktiert werden kann.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat wurde widerrufen. M\303\266glicherwe"
    "ise sind weitere Informationen im Ereignisprotokoll vorhanden.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Beim Verarbeiten des f\303\274r die Authentifizierung verwendeten Smartcardzertifikats wurde eine nicht "
    "vertrauensw\303\274rdige Zertifizierungsstelle erkannt.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "Der Sperrstatus des Smartcardzertifikats, das f\303\274r die Authentifizierung verwendet wird, konnte ni"
    "cht bestimmt werden.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat ist nicht vertrauensw\303\274rdig."
    "\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Das f\303\274r die Authentifizierung verwendete Smartcardzertifikat ist abgelaufen.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Beim Kerberos-Subsystem ist ein Fehler aufgetreten. Ein Dienst f\303\274r Benutzerprotokollanforderungen"
    " wurde an einen Dom\303\244nencontroller gestellt, der den Dienst f\303\274r einen Benutzer nicht unters"
    "t\303\274tzt.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Der Server hat versucht, eine Kerberos-eingeschr\303\244nkte Delegierungsanforderung f\303\274r ein Ziel"
    " au\303\237erhalb des Bereichs des Servers zu senden.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "Der Sperrstatus des Dom\303\244nencontrollerzertifikats, das f\303\274r die Smartcardauthentifizierung v"
    "erwendet wird, konnte nicht bestimmt werden. Das Systemereignisprotokoll enth\303\244lt zus\303\244tzlic"
    "he Informationen.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Beim Verarbeiten des f\303\274r die Authentifizierung verwendeten Dom\303\244nencontrollerzertifikats wu"
    "rde eine nicht vertrauensw\303\274rdige Zertifizierungsstelle erkannt. Das Systemereignisprotokoll enth"
    "\303\244lt zus\303\244tzliche Informationen.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Das f\303\274r die Smartcardanmeldung verwendete Dom\303\244nencontrollerzertifikat ist abgelaufen.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Das f\303\274r die Smartcardanmeldung verwendete Dom\303\244nencontrollerzertifikat wurde widerrufen."
    "\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_de_starts[] =
    "\000\000-\000\261\0003\001(\002\304\002\305\002\231\003G\004\206\004\273\004\274\004\275\004\276\004\277"
    "\004\300\004\021\005G\005z\005\243\005\301\005\021\006\022\006<\006~\006\344\006\031\007B\007\217\007"
    "\312\007\352\007*\010Y\010\230\010\335\010'\011]\011\373\011L\012\337\012H\013j\013\265\013\026\014X\014"
    "\215\014\267\014\362\014-\015\214\0159\016\245\016:\017\250\017+\020\240\020\341\0202\021\272\021\362"
    "\021u\022\344\022'\023I\023\200\023\312\023\021\024{\024c\025\244\025\340\025\014\026Q\026\356\026\211"
    "\027\035\030\224\030\357\030=\031\003\032\217\032Y\0337\034\217\034\351\034\352\034\353\034\354\034\355"
    "\034\356\034\357\034\360\034\361\034\362\034\363\034\364\034\365\034\366\034\367\034\370\034\371\034\372"
    "\034\373\034\374\034\375\034\376\034\377\034\000\035\001\035\002\035\003\035\004\035\005\035\006\035\007"
    "\035\010\035\011\035\012\035\013\035\014\035\015\035\016\035\017\035\020\035\021\035\022\035\023\035\024"
    "\035\025\035\026\035\027\035\030\035\031\035\032\035\033\035\034\035\035\035\036\035\037\035 \035!\035\""
    "\035#\035$\035%\035&\035'\035(\035)\035*\035+\035,\035-\035.\035/\0350\0351\0352\0353\0354\0355\0356\035"
    "7\0358\0359\035:\035;\035<\035=\035>\035\077\035@\035A\035B\035C\035D\035E\035F\035G\035H\035I\035J\035K"
    "\035L\035M\035N\035O\035P\035Q\035R\035S\035T\035U\035V\035W\035X\035Y\035Z\035[\035\\\035]\035";

inline constexpr std::string_view system_text_es =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "La funci\303\263n se complet\303\263 correctamente, pero se debe llamar de nuevo para completar el conte"
    "xto.\000"
    // SEC_I_COMPLETE_NEEDED
    "La funci\303\263n se complet\303\263 correctamente, pero se debe llamar a CompleteToken.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La funci\303\263n se complet\303\263 correctamente, pero se debe llamar a CompleteToken y a esta funci"
    "\303\263n para completar el contexto.\000"
    // SEC_I_LOCAL_LOGON
    "El inicio de sesi\303\263n se complet\303\263, pero no hab\303\255a ninguna autoridad de red disponible."
    " El inicio de sesi\303\263n se realiz\303\263 con informaci\303\263n conocida localmente\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "El contexto ha expirado y ya no se puede usar.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Las credenciales proporcionadas no se completaron y no se pudieron comprobar. Se puede devolver informac"
    "i\303\263n adicional desde el contexto.\000"
    // SEC_I_RENEGOTIATE
    "Los datos de contexto deben renegociarse con el mismo nivel.\000"
    // SEC_I_NO_LSA_CONTEXT
    "No hay ning\303\272n contexto de modo LSA asociado a este contexto.\000"
    // SEC_I_SIGNATURE_NEEDED
    "Se debe realizar una operaci\303\263n de firma para que el usuario pueda autenticarse.\000"
    // SEC_I_NO_RENEGOTIATION
    "El destinatario rechaz\303\263 la solicitud de renegociaci\303\263n.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "El b\303\272fer devuelto es solo un fragmento del mensaje. Es necesario devolver m\303\241s fragmentos."
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "La funci\303\263n se complet\303\263 correctamente, pero debe llamarse de nuevo para completar el contex"
    "to. Se puede usar el inicio temprano.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "No hay suficiente memoria disponible para completar esta solicitud\000"
    // SEC_E_INVALID_HANDLE
    "El identificador especificado no es v\303\241lido\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "No se admite la funci\303\263n solicitada\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "El destino especificado es desconocido o inaccesible\000"
    // SEC_E_INTERNAL_ERROR
    "No se puede ponerse en contacto con la autoridad de seguridad local.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "El paquete de seguridad solicitado no existe\000"
    // SEC_E_NOT_OWNER
    "El autor de la llamada no es el propietario de las credenciales deseadas\000"
    // SEC_E_CANNOT_INSTALL
    "No se pudo inicializar el paquete de seguridad y no se puede instalar\000"
    // SEC_E_INVALID_TOKEN
    "El token proporcionado a la funci\303\263n no es v\303\241lido\000"
    // SEC_E_CANNOT_PACK
    "El paquete de seguridad no puede serializar el b\303\272fer de inicio de sesi\303\263n, por lo que se ha"
    " dado error en el intento de inicio de sesi\303\263n.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "El paquete de seguridad no admite la calidad de protecci\303\263n por mensaje.\000"
    // SEC_E_NO_IMPERSONATION
    "El contexto de seguridad no permite la suplantaci\303\263n del cliente\000"
    // SEC_E_LOGON_DENIED
    "Error al intentar iniciar sesi\303\263n\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "No se han reconocido las credenciales proporcionadas al paquete.\000"
    // SEC_E_NO_CREDENTIALS
    "No hay credenciales disponibles en el paquete de seguridad\000"
    // SEC_E_MESSAGE_ALTERED
    "Se ha modificado el mensaje o la firma proporcionados para la comprobaci\303\263n.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "El mensaje proporcionado para la comprobaci\303\263n est\303\241 fuera de la secuencia\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "No se pudo ponerse en contacto con ninguna autoridad para la autenticaci\303\263n.\000"
    // SEC_E_BAD_PKGID
    "El paquete de seguridad solicitado no existe\000"
    // SEC_E_CONTEXT_EXPIRED
    "El contexto ha expirado y ya no se puede usar.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "El mensaje proporcionado est\303\241 incompleto. No se comprob\303\263 la firma.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Las credenciales proporcionadas no se completaron y no se pudieron comprobar. No se pudo inicializar el "
    "contexto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Los b\303\272feres proporcionados a una funci\303\263n son demasiado peque\303\261os.\000"
    // SEC_E_WRONG_PRINCIPAL
    "El nombre de la entidad de seguridad de destino es incorrecto.\000"
    // SEC_E_TIME_SKEW
    "Los relojes de las m\303\241quinas cliente y servidor est\303\241n sesgados.\000"
    // SEC_E_UNTRUSTED_ROOT
    "Una entidad que no es de confianza ha emitido la cadena de certificados.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "El mensaje recibido era inesperado o ten\303\255a un formato correcto.\000"
    // SEC_E_CERT_UNKNOWN
    "Error desconocido al procesar el certificado.\000"
    // SEC_E_CERT_EXPIRED
    "El certificado recibido ha expirado.\000"
    // SEC_E_ENCRYPT_FAILURE
    "No se pudieron cifrar los datos especificados.\000"
    // SEC_E_DECRYPT_FAILURE
    "No se pudieron descifrar los datos especificados.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "El cliente y el servidor no se pueden comunicar, porque no poseen un algoritmo com\303\272n.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "No se pudo establecer el contexto de seguridad debido a un error en la calidad de servicio solicitada (p"
    "or ejemplo, autenticaci\303\263n mutua o delegaci\303\263n).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Se elimin\303\263 un contexto de seguridad antes de que se completara el contexto. Esto se considera un "
    "error de inicio de sesi\303\263n.\000"
    // SEC_E_NO_TGT_REPLY
    "El cliente est\303\241 intentando negociar un contexto y el servidor requiere usuario a usuario, pero no"
    " envi\303\263 una respuesta TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "No se puede realizar la tarea solicitada porque la m\303\241quina local no tiene ninguna direcci\303\263"
    "n IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "El identificador de credenciales proporcionado no coincide con la credencial asociada al contexto de seg"
    "uridad.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "El sistema criptogr\303\241fico o la funci\303\263n de suma de comprobaci\303\263n no son v\303\241lidos"
    " porque una funci\303\263n necesaria no est\303\241 disponible.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Se ha superado el n\303\272mero m\303\241ximo de referencias de vales.\000"
    // SEC_E_MUST_BE_KDC
    "El equipo local debe ser un KDC de Kerberos (controlador de dominio) y no lo es.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "El otro extremo de la negociaci\303\263n de seguridad es que requiere criptograf\303\255a fuerte, pero n"
    "o se admite en el equipo local.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La respuesta de KDC conten\303\255a m\303\241s de un nombre principal.\000"
    // SEC_E_NO_PA_DATA
    "Se esperaba encontrar datos de PA para obtener una sugerencia de qu\303\251 tipo etype usar, pero no se "
    "encontr\303\263.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "El certificado de cliente no contiene un UPN v\303\241lido o no coincide con el nombre de cliente en la "
    "solicitud de inicio de sesi\303\263n. P\303\263ngase en contacto con el administrador.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "El inicio de sesi\303\263n de tarjeta inteligente es necesario y no se us\303\263.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Hay un apagado del sistema en curso.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Se envi\303\263 una solicitud no v\303\241lida al KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "El KDC no pudo generar una referencia para el servicio solicitado.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "El KDC no admite el tipo de cifrado solicitado.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Se present\303\263 un mecanismo de autenticaci\303\263n previa no compatible al paquete Kerberos.\000"
    // SEC_E_DELEGATION_REQUIRED
    "No se puede completar la operaci\303\263n solicitada. El equipo debe ser de confianza para la delegaci"
    "\303\263n y la cuenta de usuario actual debe estar configurada para permitir la delegaci\303\263n.\000"
    // SEC_E_BAD_BINDINGS
    "Los enlaces de canal SSPI proporcionados por el cliente eran incorrectos.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "El certificado recibido se ha asignado a varias cuentas.\000"
    // SEC_E_NO_KERB_KEY
    "SEC _ E _ NO _ KERB _ KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "El certificado no es v\303\241lido para el uso solicitado.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "El sistema no puede ponerse en contacto con un controlador de dominio para dar servicio a la solicitud d"
    "e autenticaci\303\263n. Vuelva a intentarlo m\303\241s tarde.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Se ha revocado el certificado de tarjeta inteligente usado para la autenticaci\303\263n. P\303\263ngase "
    "en contacto con el administrador del sistema. Puede haber informaci\303\263n adicional en el registro de"
    " eventos.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Se detect\303\263 una entidad de certificaci\303\263n que no es de confianza al procesar el certificado "
    "de tarjeta inteligente usado para la autenticaci\303\263n. P\303\263ngase en contacto con el administrad"
    "or del sistema.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "No se pudo determinar el estado de revocaci\303\263n del certificado de tarjeta inteligente usado para l"
    "a autenticaci\303\263n. P\303\263ngase en contacto con el administrador del sistema.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "El certificado de tarjeta inteligente usado para la autenticaci\303\263n no era de confianza. P\303\263n"
    "gase en contacto con el administrador del sistema.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "El certificado de tarjeta inteligente usado para la autenticaci\303\263n ha expirado. P\303\263ngase en "
    "contacto con el administrador del sistema.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "El subsistema Kerberos encontr\303\263 un error. Se realiz\303\263 un servicio para la solicitud de prot"
    "ocolo de usuario en un controlador de dominio que no admite el servicio para el usuario.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Este servidor intent\303\263 realizar una solicitud de delegaci\303\263n restringida de Kerberos para un"
    " destino fuera del dominio del servidor. Esto no se admite e indica un error de configuraci\303\263n en "
    "el permiso de este servidor para delegar en la lista. P\303\263ngase en contacto con el administrador."
    "\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "No se pudo determinar el estado de revocaci\303\263n del certificado de controlador de dominio usado par"
    "a la autenticaci\303\263n de tarjeta inteligente. Hay informaci\303\263n adicional en el registro de eve"
    "ntos del sistema. P\303\263ngase en contacto con el administrador del sistema.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Se detect\303\263 una entidad de certificaci\303\263n que no es de confianza al procesar el certificado "
    "de controlador de dominio usado para la autenticaci\303\263n. Hay informaci\303\263n adicional en el reg"
    "istro de eventos del sistema. P\303\263ngase en contacto con el administrador del sistema.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "El certificado de controlador de dominio usado para el inicio de sesi\303\263n de tarjeta inteligente ha"
    " expirado. P\303\263ngase en contacto con el administrador del sistema con el contenido del registro de "
    "eventos del sistema.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Se ha revocado el certificado de controlador de dominio usado para el inicio de sesi\303\263n de tarjeta"
    " inteligente. P\303\263ngase en contacto con el administrador del sistema con el contenido del registro "
    "de eventos del sistema.\000"
    // SEC_E_INVALID_PARAMETER
    "Uno o varios de los par\303\241metros pasados a la funci\303\263n no son v\303\241lidos.\000"
    // SEC_E_DELEGATION_POLICY
    "La directiva de cliente no permite la delegaci\303\263n de credenciales en el servidor de destino.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "La directiva de cliente no permite la delegaci\303\263n de credenciales en el servidor de destino con la"
    " autenticaci\303\263n de solo NLTM.\000"
    // SEC_E_NO_CONTEXT
    "El contexto de seguridad necesario no existe.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "El protocolo PKU2U encontr\303\263 un error al intentar utilizar los certificados asociados.\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "No se pudo comprobar la identidad del equipo servidor.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "Solo se permite el esquema https.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "Error al realizar una operaci\303\263n en un mensaje criptogr\303\241fico.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Algoritmo criptogr\303\241fico desconocido.\000"
    // CRYPT_E_OID_FORMAT
    "El identificador de objeto tiene un formato deficiente.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Tipo de mensaje criptogr\303\241fico no v\303\241lido.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Codificaci\303\263n de mensajes criptogr\303\241ficos inesperada.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "El mensaje criptogr\303\241fico no contiene un atributo autenticado esperado.\000"
    // CRYPT_E_HASH_VALUE
    "El valor hash no es correcto.\000"
    // CRYPT_E_INVALID_INDEX
    "El valor del \303\255ndice no es v\303\241lido.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "El contenido del mensaje criptogr\303\241fico ya se ha descifrado.\000"
    // CRYPT_E_NOT_DECRYPTED
    "El contenido del mensaje criptogr\303\241fico a\303\272n no se ha descifrado.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "El mensaje enveloped-data no contiene el destinatario especificado.\000"
    // CRYPT_E_CONTROL_TYPE
    "Tipo de control no v\303\241lido.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "Emisor o n\303\272mero de serie no v\303\241lidos.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "No se encuentra el firmante original.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "El mensaje criptogr\303\241fico no contiene todos los atributos solicitados.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "El mensaje criptogr\303\241fico transmitido no est\303\241 listo para devolver datos.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "El mensaje criptogr\303\241fico transmitido requiere m\303\241s datos para completar la operaci\303\263n"
    " de descodificaci\303\263n.\000"
    // CRYPT_E_BAD_LEN
    "La longitud especificada para los datos de salida no era suficiente.\000"
    // CRYPT_E_BAD_ENCODE
    "Se produjo un error durante la operaci\303\263n de codificaci\303\263n o descodificaci\303\263n.\000"
    // CRYPT_E_FILE_ERROR
    "Error al leer o escribir en un archivo.\000"
    // CRYPT_E_NOT_FOUND
    "No se encuentra el objeto o la propiedad.\000"
    // CRYPT_E_EXISTS
    "El objeto o la propiedad ya existe.\000"
    // CRYPT_E_NO_PROVIDER
    "No se especific\303\263 ning\303\272n proveedor para el almac\303\251n o el objeto .\000"
    // CRYPT_E_SELF_SIGNED
    "El certificado especificado es autofirmado.\000"
    // CRYPT_E_DELETED_PREV
    "Se elimin\303\263 el certificado o contexto CRL anterior.\000"
    // CRYPT_E_NO_MATCH
    "No se encuentra el objeto solicitado.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "El certificado no tiene una propiedad que haga referencia a una clave privada.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "No se encuentra el certificado y la clave privada para el descifrado.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "No se encuentra el certificado y la clave privada que se usar\303\241n para el descifrado.\000"
    // CRYPT_E_BAD_MSG
    "No es un mensaje criptogr\303\241fico o el mensaje criptogr\303\241fico no tiene el formato correcto."
    "\000"
    // CRYPT_E_NO_SIGNER
    "El mensaje criptogr\303\241fico firmado no tiene un firmante para el \303\255ndice de firmante especific"
    "ado.\000"
    // CRYPT_E_PENDING_CLOSE
    "El cierre final est\303\241 pendiente hasta que se liberan o cierran adicionales.\000"
    // CRYPT_E_REVOKED
    "Se revoca el certificado.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "No se encontr\303\263 ninguna dll o funci\303\263n exportada para comprobar la revocaci\303\263n.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "La funci\303\263n de revocaci\303\263n no pudo comprobar la revocaci\303\263n del certificado.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "La funci\303\263n de revocaci\303\263n no pudo comprobar la revocaci\303\263n porque el servidor de revo"
    "caci\303\263n estaba sin conexi\303\263n.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "El certificado no est\303\241 en la base de datos del servidor de revocaci\303\263n.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "La cadena contiene un car\303\241cter no num\303\251rico.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "La cadena contiene un car\303\241cter no imprimible.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "La cadena contiene un car\303\241cter que no est\303\241 en el juego de caracteres ASCII de 7 bits.\000"
    // CRYPT_E_INVALID_X500_STRING
    "La cadena contiene una clave de atributo de nombre X500 no v\303\241lida, oid, valor o delimitador.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "DwValueType para CERT _ NAME VALUE no es una de las _ cadenas de caracteres. Lo m\303\241s probable es q"
    "ue sea un _ BLOB CODIFICADO POR RDN DE CERT _ o UNA CADENA DE _ _ _ OCTETO DE RDN DE _ CERT.\000"
    // CRYPT_E_FILERESIZED
    "La operaci\303\263n Put no puede continuar. Es necesario cambiar el tama\303\261o del archivo. Sin embar"
    "go, ya hay una firma presente. Debe realizarse una operaci\303\263n de firma completa.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "Error en la operaci\303\263n criptogr\303\241fica debido a una configuraci\303\263n de opci\303\263n de "
    "seguridad local.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "No se encontr\303\263 ning\303\272n archivo DLL o funci\303\263n exportada para comprobar el uso del suj"
    "eto.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "La funci\303\263n a la que se llam\303\263 no pudo realizar una comprobaci\303\263n de uso en el asunto."
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "Puesto que el servidor estaba sin conexi\303\263n, la funci\303\263n llamada no pudo completar la compro"
    "baci\303\263n de uso.\000"
    // CRYPT_E_NOT_IN_CTL
    "El asunto no se encontr\303\263 en una lista de certificados de confianza (CTL).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "Ninguno de los firmantes de la lista de confianza de certificados o mensajes criptogr\303\241ficos es de"
    " confianza.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "Faltan los par\303\241metros del algoritmo de la clave p\303\272blica.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "Base de c\303\263digo de error de codificaci\303\263n o descodificaci\303\263n de certificados de OSS Ve"
    "a asn1code.h para obtener una definici\303\263n de los errores en tiempo de ejecuci\303\263n de OSS. Los"
    " valores de error de OSS se desplazan por CRYPT _ E _ OSS _ ERROR.\000"
    // CRYPT_E_ASN1_ERROR
    "Base de c\303\263digo de error de codificaci\303\263n o descodificaci\303\263n del certificado ASN1. Los"
    " valores de error de ASN1 se desplazan por CRYPT _ E _ ASN1 _ ERROR.\000"
    // CRYPT_E_ASN1_INTERNAL
    "Error de codificaci\303\263n o descodificaci\303\263n interno de ASN1.\000"
    // CRYPT_E_ASN1_EOD
    "Fin inesperado de los datos de ASN1.\000"
    // CRYPT_E_ASN1_CORRUPT
    "Datos ASN1 da\303\261ados.\000"
    // CRYPT_E_ASN1_LARGE
    "Valor ASN1 demasiado grande.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "Se infringi\303\263 la restricci\303\263n ASN1.\000"
    // CRYPT_E_ASN1_MEMORY
    "ASN1 sin memoria.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "Desbordamiento de b\303\272fer ASN1.\000"
    // CRYPT_E_ASN1_BADPDU
    "No se admite la funci\303\263n ASN1 para esta PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "Argumentos no v\303\241lidos de ASN1 para la llamada de funci\303\263n.\000"
    // CRYPT_E_ASN1_BADREAL
    "Valor real no v\303\241lido de ASN1.\000"
    // CRYPT_E_ASN1_BADTAG
    "Se ha cumplido el valor de etiqueta no v\303\241lido de ASN1.\000"
    // CRYPT_E_ASN1_CHOICE
    "Valor de opci\303\263n no correcta de ASN1.\000"
    // CRYPT_E_ASN1_RULE
    "Regla de codificaci\303\263n no correcta de ASN1.\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 bad Unicode (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "Tipo de PDU de ASN1 no es bueno.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 a\303\272n no se ha implementado.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 omiti\303\263 las extensiones desconocidas.\000"
    // CRYPT_E_ASN1_NOEOD
    "Se esperaba el final de los datos de ASN1\000"
    // TRUST_E_SYSTEM_ERROR
    "Se ha producido un error del nivel de sistema al comprobar la confianza.\000"
    // TRUST_E_NO_SIGNER_CERT
    "El certificado para el firmante del mensaje no es v\303\241lido o no se encuentra.\000"
    // TRUST_E_COUNTER_SIGNER
    "Una de las firmas de contador no era v\303\241lida.\000"
    // TRUST_E_CERT_SIGNATURE
    "No se puede comprobar la firma del certificado.\000"
    // TRUST_E_TIME_STAMP
    "La firma de marca de tiempo o el certificado no se pudieron comprobar o tienen un formato no v\303\241li"
    "do.\000"
    // TRUST_E_BAD_DIGEST
    "No se ha comprobado la firma digital del objeto.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "No se ha observado la extensi\303\263n de restricci\303\263n b\303\241sica de un certificado.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "El certificado no cumple ni contiene las extensiones financieras Authenticode(tm).\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Proveedor de confianza desconocido.\000"
    // TRUST_E_ACTION_UNKNOWN
    "El proveedor de confianza especificado no admite la acci\303\263n de comprobaci\303\263n de confianza es"
    "pecificada.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "El formulario especificado para el asunto no es compatible ni conocido por el proveedor de confianza esp"
    "ecificado.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "El asunto no es de confianza para la acci\303\263n especificada.\000"
    // TRUST_E_NOSIGNATURE
    "No hab\303\255a ninguna firma en el asunto.\000"
    // CERT_E_EXPIRED
    "Un certificado necesario no est\303\241 dentro de su per\303\255odo de validez al comprobar con el reloj"
    " del sistema actual o la marca de tiempo en el archivo firmado.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "Los per\303\255odos de validez de la cadena de certificaci\303\263n no se anidan correctamente.\000"
    // CERT_E_ROLE
    "Un certificado que solo se puede usar como entidad final se usa como entidad de certificaci\303\263n o v"
    "iceversa.\000"
    // CERT_E_PATHLENCONST
    "Se ha infringido una restricci\303\263n de longitud de ruta de acceso en la cadena de la certificaci\303"
    "\263n.\000"
    // CERT_E_CRITICAL
    "Un certificado contiene una extensi\303\263n desconocida que est\303\241 marcada como \"cr\303\255tica\""
    ".\000"
    // CERT_E_PURPOSE
    "Un certificado que se usa para un prop\303\263sito distinto de los especificados por su CA.\000"
    // CERT_E_ISSUERCHAINING
    "De hecho, un elemento primario de un certificado determinado no emit\303\255a ese certificado secundario"
    ".\000"
    // CERT_E_MALFORMED
    "Falta un certificado o tiene un valor vac\303\255o para un campo importante, como un asunto o un nombre "
    "de emisor.\000"
    // CERT_E_UNTRUSTEDROOT
    "Una cadena de certificados procesada, pero terminada en un certificado ra\303\255z que no es de confianz"
    "a para el proveedor de confianza.\000"
    // CERT_E_CHAINING
    "No se pudo crear una cadena de certificados en una entidad de certificaci\303\263n ra\303\255z de confia"
    "nza.\000"
    // TRUST_E_FAIL
    "Error de confianza gen\303\251rico.\000"
    // CERT_E_REVOKED
    "Su emisor revoc\303\263 expl\303\255citamente un certificado.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "La ruta de certificaci\303\263n finaliza con la ra\303\255z de prueba que no es de confianza con la conf"
    "iguraci\303\263n de directiva actual.\000"
    // CERT_E_REVOCATION_FAILURE
    "No se pudo continuar el proceso de revocaci\303\263n: no se pudieron comprobar los certificados.\000"
    // CERT_E_CN_NO_MATCH
    "El nombre CN del certificado no coincide con el valor pasado.\000"
    // CERT_E_WRONG_USAGE
    "El certificado no es v\303\241lido para el uso solicitado.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "El usuario ha marcado expl\303\255citamente el certificado como que no es de confianza.\000"
    // CERT_E_UNTRUSTEDCA
    "Una cadena de certificaci\303\263n procesada correctamente, pero el proveedor de directivas no conf\303"
    "\255a en uno de los certificados de entidad de certificaci\303\263n.\000"
    // CERT_E_INVALID_POLICY
    "El certificado tiene una directiva no v\303\241lida.\000"
    // CERT_E_INVALID_NAME
    "El certificado tiene un nombre no v\303\241lido. El nombre no se incluye en la lista permitida o se excl"
    "uye expl\303\255citamente.\000"sv;
inline constexpr char system_text_es_starts[] =
    "\000\000\001\000b\000\257\000)\001\306\001\307\001\366\001\200\002\275\002\373\002L\003\205\003\341\003c"
    "\004d\004\247\004\323\004\367\004\370\004-\005r\005s\005\240\005\351\005/\006b\006\356\0067\007x\007\232"
    "\007\333\007\026\010c\010\256\010\373\010(\011W\011\234\011\016\012R\012\221\012\322\012\033\013\\\013"
    "\212\013\257\013\336\013\020\014g\014\000\015~\015\373\015]\016\315\016Q\017\214\017\335\017Y\020\224"
    "\020\001\021\256\021\365\021\032\022E\022\210\022\270\022\016\023\305\023\017\024H\024b\024\227\0241\025"
    "\371\025\301\026l\027\373\027\202\0307\031V\032]\033j\034C\035\037\036f\036\303\036C\037q\037\310\037"
    "\377\037! \" # $ % d \212 \302 \355 #!k!\211!\255!\352!,\"p\"\214\"\263\"\331\" #j#\326#\033$j$\222$\274"
    "$\340$#%O%\203%\251%\370%>&\223&\355&N'\232'\264'\004(Q(\305(\016)<)k)\303)!*\340*\215+\356+I,\240,\014-"
    "W-\305-\000.\001.\366.\221/\314/\361/\0060#0G0Y0x0\2450\3410\000181^1\2121\2431\3041\3451\0202:2\2032"
    "\3202\3762.3\2243\3053\3063\0224e4\2114\3614d5\2375\3055a6\2656!7\2047\332708\2248\0019\2059\3469\004:6:"
    "\262:\015;K;\200;\322;l<\233<\022=";

inline constexpr std::string_view page_text_es =
    // SEC_E_OK
    "La operaci\303\263n se ha completado correctamente.\000"
    // SEC_I_CONTINUE_NEEDED
    "La funci\303\263n se complet\303\263 correctamente, pero debe llamar a esta funci\303\263n de nuevo para"
    " completar el contexto.\000"
    // SEC_I_COMPLETE_NEEDED
    "La funci\303\263n se complet\303\263 correctamente, pero debe llamar a la funci\303\263n CompleteAuthTok"
    "en en el mensaje final.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La funci\303\263n se complet\303\263 correctamente, pero la aplicaci\303\263n debe llamar a CompleteAuth"
    "Token y, a continuaci\303\263n, a InitializeSecurityContext (General) o AcceptSecurityContext (General) "
    "de nuevo para completar el contexto.\000"
    // SEC_I_LOCAL_LOGON
    "El inicio de sesi\303\263n se complet\303\263, pero no hab\303\255a ninguna autoridad de red disponible."
    " El inicio de sesi\303\263n se realiz\303\263 con informaci\303\263n conocida localmente.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "El remitente del mensaje ha terminado de usar la conexi\303\263n y ha iniciado un apagado. Para obtener "
    "informaci\303\263n sobre c\303\263mo iniciar o reconocer un apagado, vea Apagar una conexi\303\263n Scha"
    "nnel.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Las credenciales proporcionadas no se completaron y no se pudieron comprobar. Se puede devolver informac"
    "i\303\263n adicional desde el contexto.\000"
    // SEC_I_RENEGOTIATE
    "Los datos de contexto se deben volver a negociar con el mismo nivel.\000"
    // SEC_I_NO_LSA_CONTEXT
    "No hay ning\303\272n contexto de modo LSA asociado a este contexto.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "No hay suficiente memoria disponible para completar la solicitud.\000"
    // SEC_E_INVALID_HANDLE
    "El identificador pasado a la funci\303\263n no es v\303\241lido.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "No se admite la funci\303\263n solicitada.\000"
    // SEC_E_NOT_SUPPORTED
    "No se admite la solicitud.\000"
    // SEC_E_TARGET_UNKNOWN
    "No se ha reconocido el destino.\000"
    // SEC_E_INTERNAL_ERROR
    "Error que no se ha asignado a un c\303\263digo de error SSPI.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "No se ha reconocido el paquete de seguridad.\000"
    // SEC_E_NOT_OWNER
    "El autor de la llamada de la funci\303\263n no posee las credenciales.\000"
    // SEC_E_CANNOT_INSTALL
    "El paquete de seguridad no se puede inicializar correctamente y no debe instalarse.\000"
    // SEC_E_INVALID_TOKEN
    "El token pasado a la funci\303\263n no es v\303\241lido.\000"
    // SEC_E_CANNOT_PACK
    "El paquete no puede empaquetar el contexto.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "Este paquete no admite el atributo de calidad de protecci\303\263n.\000"
    // SEC_E_NO_IMPERSONATION
    "No se permite ninguna suplantaci\303\263n para este contexto.\000"
    // SEC_E_LOGON_DENIED
    "Este c\303\263digo de estado est\303\241 obsoleto.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "No se han reconocido las credenciales proporcionadas.\000"
    // SEC_E_NO_CREDENTIALS
    "No hay credenciales disponibles.\000"
    // SEC_E_MESSAGE_ALTERED
    "Se ha modificado el mensaje proporcionado para la comprobaci\303\263n.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "El mensaje proporcionado para la comprobaci\303\263n est\303\241 fuera de la secuencia.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "No se pudo ponerse en contacto con ninguna autoridad para la autenticaci\303\263n.\000"
    // SEC_E_BAD_PKGID
    "El identificador de paquete solicitado no existe.\000"
    // SEC_E_CONTEXT_EXPIRED
    "La aplicaci\303\263n hace referencia a un contexto que ya se ha cerrado. Una aplicaci\303\263n escrita c"
    "orrectamente no debe recibir este error.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "El mensaje proporcionado estaba incompleto. No se comprob\303\263 la firma.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Las credenciales proporcionadas no se completaron y no se pudieron comprobar. No se pudo inicializar el "
    "contexto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Los b\303\272feres proporcionados a la funci\303\263n no son lo suficientemente grandes como para conten"
    "er la informaci\303\263n.\000"
    // SEC_E_WRONG_PRINCIPAL
    "El nombre de la entidad de seguridad de destino es incorrecto.\000"
    // SEC_E_TIME_SKEW
    "Los relojes de los equipos cliente y servidor no coinciden.\000"
    // SEC_E_UNTRUSTED_ROOT
    "Una entidad que no es de confianza ha emitido la cadena de certificados.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "El mensaje recibido ten\303\255a un formato inesperado o con un formato no correcto.\000"
    // SEC_E_CERT_UNKNOWN
    "Error desconocido al procesar el certificado.\000"
    // SEC_E_CERT_EXPIRED
    "El certificado recibido ha expirado.\000"
    // SEC_E_ENCRYPT_FAILURE
    "No se pudieron cifrar los datos especificados.\000"
    // SEC_E_DECRYPT_FAILURE
    "No se pudieron descifrar los datos especificados.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "El cliente y el servidor no pueden comunicarse, ya que no poseen un algoritmo com\303\272n\".\000"
    // SEC_E_SECURITY_QOS_FAILED
    "No se pudo establecer el contexto de seguridad debido a un error en la calidad de servicio solicitada (p"
    "or ejemplo, autenticaci\303\263n mutua o delegaci\303\263n).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Se elimin\303\263 un contexto de seguridad antes de que se completara el contexto. Esto se considera un "
    "error de inicio de sesi\303\263n.\000"
    // SEC_E_NO_TGT_REPLY
    "El cliente est\303\241 intentando negociar un contexto y el servidor requiere una conexi\303\263n de usu"
    "ario a usuario, pero no envi\303\263 una respuesta de TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "No se puede realizar la tarea solicitada porque el equipo local no tiene ninguna direcci\303\263n IP."
    "\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "El identificador de credenciales proporcionado no coincide con la credencial asociada al contexto de seg"
    "uridad.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "El sistema criptogr\303\241fico o la funci\303\263n de suma de comprobaci\303\263n no son v\303\241lidos"
    " porque una funci\303\263n necesaria no est\303\241 disponible.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Se ha superado el n\303\272mero m\303\241ximo de referencias de vales.\000"
    // SEC_E_MUST_BE_KDC
    "El equipo local debe ser un controlador de dominio Kerberos (KDC), pero no lo es.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "El otro extremo de la negociaci\303\263n de seguridad requiere criptograf\303\255a segura, pero no se ad"
    "mite en el equipo local.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La respuesta del KDC conten\303\255a m\303\241s de un nombre principal.\000"
    // SEC_E_NO_PA_DATA
    "Los datos del administrador de directivas (PA) son necesarios para determinar el tipo de cifrado, pero n"
    "o se pueden encontrar.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "El certificado de cliente no contiene un UPN v\303\241lido o no coincide con el nombre de cliente en la "
    "solicitud de inicio de sesi\303\263n.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "El inicio de sesi\303\263n con tarjeta inteligente es necesario y no se us\303\263.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Hay un apagado del sistema en curso.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Se envi\303\263 una solicitud que no es v\303\241lida al KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "El KDC no pudo generar una referencia para el servicio solicitado.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "El KDC no admite el tipo de cifrado solicitado.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Se present\303\263 un mecanismo de autenticaci\303\263n previa no compatible al paquete kerberos.\000"
    // SEC_E_DELEGATION_REQUIRED
    "No se puede completar la operaci\303\263n solicitada. El equipo debe ser de confianza para la delegaci"
    "\303\263n y la cuenta de usuario actual debe configurarse para permitir la delegaci\303\263n.\000"
    // SEC_E_BAD_BINDINGS
    "Los enlaces de canal SSPI proporcionados por el cliente son incorrectos.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "El certificado recibido se asign\303\263 a varias cuentas.\000"
    // SEC_E_NO_KERB_KEY
    "No se encontr\303\263 ninguna clave Kerberos.\000"
    // SEC_E_CERT_WRONG_USAGE
    "El certificado no es v\303\241lido para el uso solicitado.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "El sistema detect\303\263 un posible intento de poner en peligro la seguridad. Compruebe que se puede po"
    "nerse en contacto con el servidor que se autentic\303\263.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Se ha revocado el certificado de tarjeta inteligente usado para la autenticaci\303\263n. Puede haber inf"
    "ormaci\303\263n adicional en el registro de eventos.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Se detect\303\263 una entidad de certificaci\303\263n (CA) que no es de confianza al procesar el certifi"
    "cado de tarjeta inteligente usado para la autenticaci\303\263n.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "No se pudo determinar el estado de revocaci\303\263n del certificado de tarjeta inteligente usado para l"
    "a autenticaci\303\263n.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "El certificado de tarjeta inteligente usado para la autenticaci\303\263n no es de confianza.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "El certificado de tarjeta inteligente usado para la autenticaci\303\263n ha expirado.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "El subsistema Kerberos encontr\303\263 un error. Se realiz\303\263 un servicio para la solicitud de prot"
    "ocolo de usuario en un controlador de dominio que no admite el servicio para un usuario.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "El servidor intent\303\263 realizar una solicitud de delegaci\303\263n restringida de Kerberos para un d"
    "estino fuera del dominio del servidor.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "No se pudo determinar el estado de revocaci\303\263n del certificado de controlador de dominio usado par"
    "a la autenticaci\303\263n con tarjeta inteligente. El registro de eventos del sistema contiene informaci"
    "\303\263n adicional.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Se detect\303\263 una CA que no es de confianza al procesar el certificado de controlador de dominio usa"
    "do para la autenticaci\303\263n. El registro de eventos del sistema contiene informaci\303\263n adiciona"
    "l.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "El certificado de controlador de dominio usado para el inicio de sesi\303\263n con tarjeta inteligente h"
    "a expirado.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Se ha revocado el certificado de controlador de dominio usado para el inicio de sesi\303\263n con tarjet"
    "a inteligente.\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_es_starts[] =
    "\000\000.\000\234\000\012\001\347\001\205\002\206\002D\003\316\003\023\004Q\004R\004S\004T\004U\004V\004"
    "\230\004\315\004\362\004\015\005-\005e\005f\005\223\005\324\005(\006U\006\201\006\277\006\367\006\036"
    "\007T\007u\007\266\007\002\010O\010\201\010\006\011L\011\276\011.\012m\012\251\012\362\012A\013o\013\224"
    "\013\303\013\365\013L\014\345\014c\015\364\015T\016\304\016H\017\203\017\325\017J\020\206\020\005\021"
    "\207\021\317\021\364\021&\022i\022\231\022\357\022\241\023\352\023\037\024G\024|\024\023\025\244\025:"
    "\026\256\026\005\027U\027\012\030\215\030`\031!\032\217\032\000\033\001\033\002\033\003\033\004\033\005"
    "\033\006\033\007\033\010\033\011\033\012\033\013\033\014\033\015\033\016\033\017\033\020\033\021\033\022"
    "\033\023\033\024\033\025\033\026\033\027\033\030\033\031\033\032\033\033\033\034\033\035\033\036\033\037"
    "\033 \033!\033\"\033#\033$\033%\033&\033'\033(\033)\033*\033+\033,\033-\033.\033/\0330\0331\0332\0333"
    "\0334\0335\0336\0337\0338\0339\033:\033;\033<\033=\033>\033\077\033@\033A\033B\033C\033D\033E\033F\033G"
    "\033H\033I\033J\033K\033L\033M\033N\033O\033P\033Q\033R\033S\033T\033U\033V\033W\033X\033Y\033Z\033[\033"
    "\\\033]\033^\033_\033`\033a\033b\033c\033d\033e\033f\033g\033h\033i\033j\033k\033l\033m\033n\033o\033p"
    "\033q\033r\033s\033t\033";

inline constexpr std::string_view system_text_fr =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "La fonction s\342\200\231est termin\303\251e avec succ\303\250s, mais doit \303\252tre \303\240 nouveau "
    "appel\303\251e pour terminer le contexte\000"
    // SEC_I_COMPLETE_NEEDED
    "La fonction s\342\200\231est termin\303\251e avec succ\303\250s, mais CompleteToken doit \303\252tre app"
    "el\303\251\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La fonction s\342\200\231est termin\303\251e avec succ\303\250s, mais CompleteToken et cette fonction do"
    "ivent \303\252tre appel\303\251es pour terminer le contexte\000"
    // SEC_I_LOCAL_LOGON
    "L\342\200\231ouverture de session a \303\251t\303\251 effectu\303\251e, mais aucune autorit\303\251 r"
    "\303\251seau n\342\200\231\303\251tait disponible. L\342\200\231ouverture de session a \303\251t\303\251"
    " effectu\303\251e \303\240 l\342\200\231aide d\342\200\231informations connues localement\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "Le contexte a expir\303\251 et ne peut plus \303\252tre utilis\303\251.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Les informations d\342\200\231identification fournies n\342\200\231ont pas \303\251t\303\251 termin\303"
    "\251es et n\342\200\231ont pas pu \303\252tre v\303\251rifi\303\251es. Des informations suppl\303\251men"
    "taires peuvent \303\252tre retourn\303\251es \303\240 partir du contexte.\000"
    // SEC_I_RENEGOTIATE
    "Les donn\303\251es de contexte doivent \303\252tre ren\303\251goci\303\251es avec l\342\200\231homologue"
    ".\000"
    // SEC_I_NO_LSA_CONTEXT
    "Aucun contexte de mode LSA n\342\200\231est associ\303\251 \303\240 ce contexte.\000"
    // SEC_I_SIGNATURE_NEEDED
    "Une op\303\251ration de signature doit \303\252tre effectu\303\251e avant que l\342\200\231utilisateur p"
    "uisse s\342\200\231authentifier.\000"
    // SEC_I_NO_RENEGOTIATION
    "Le destinataire a rejet\303\251 la demande de ren\303\251gociation.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "La m\303\251moire tampon retourn\303\251e n\342\200\231est qu\342\200\231un fragment du message. Plus de"
    " fragments doivent \303\252tre retourn\303\251s.\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "La fonction s\342\200\231est termin\303\251e avec succ\303\250s, mais doit \303\252tre \303\240 nouveau "
    "appel\303\251e pour terminer le contexte. Le d\303\251marrage anticip\303\251 peut \303\252tre utilis"
    "\303\251.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "M\303\251moire disponible insuffisante pour terminer cette demande\000"
    // SEC_E_INVALID_HANDLE
    "Le handle sp\303\251cifi\303\251 n\342\200\231est pas valide\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "La fonction demand\303\251e n\342\200\231est pas prise en charge\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "La cible sp\303\251cifi\303\251e est inconnue ou inaccessible\000"
    // SEC_E_INTERNAL_ERROR
    "Impossible de contacter l\342\200\231autorit\303\251 de s\303\251curit\303\251 locale\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Le package de s\303\251curit\303\251 demand\303\251 n\342\200\231existe pas\000"
    // SEC_E_NOT_OWNER
    "L\342\200\231appelant n\342\200\231est pas le propri\303\251taire des informations d\342\200\231identifi"
    "cation souhait\303\251es\000"
    // SEC_E_CANNOT_INSTALL
    "Le package de s\303\251curit\303\251 n\342\200\231a pas pu s\342\200\231initialiser et ne peut pas \303"
    "\252tre install\303\251\000"
    // SEC_E_INVALID_TOKEN
    "Le jeton fourni \303\240 la fonction n\342\200\231est pas valide\000"
    // SEC_E_CANNOT_PACK
    "Le package de s\303\251curit\303\251 n\342\200\231est pas en mesure de marshaler le tampon d\342\200\231"
    "ouverture de session, de sorte que la tentative d\342\200\231ouverture de session a \303\251chou\303\251"
    "\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "La qualit\303\251 par message de protection n\342\200\231est pas prise en charge par le package de s\303"
    "\251curit\303\251\000"
    // SEC_E_NO_IMPERSONATION
    "Le contexte de s\303\251curit\303\251 n\342\200\231autorise pas l\342\200\231emprunt d\342\200\231identi"
    "t\303\251 du client\000"
    // SEC_E_LOGON_DENIED
    "\303\211chec de la tentative d\342\200\231ouverture de session\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Les informations d\342\200\231identification fournies au package n\342\200\231ont pas \303\251t\303\251 "
    "reconnues\000"
    // SEC_E_NO_CREDENTIALS
    "Aucune information d\342\200\231identification n\342\200\231est disponible dans le package de s\303\251c"
    "urit\303\251\000"
    // SEC_E_MESSAGE_ALTERED
    "Le message ou la signature fourni pour v\303\251rification a \303\251t\303\251 modifi\303\251\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Le message fourni pour v\303\251rification est hors s\303\251quence\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Aucune autorit\303\251 n\342\200\231a pu \303\252tre contact\303\251e pour l\342\200\231authentification"
    ".\000"
    // SEC_E_BAD_PKGID
    "Le package de s\303\251curit\303\251 demand\303\251 n\342\200\231existe pas\000"
    // SEC_E_CONTEXT_EXPIRED
    "Le contexte a expir\303\251 et ne peut plus \303\252tre utilis\303\251.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Le message fourni est incomplet. La signature n\342\200\231a pas \303\251t\303\251 v\303\251rifi\303\251"
    "e.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Les informations d\342\200\231identification fournies n\342\200\231ont pas \303\251t\303\251 termin\303"
    "\251es et n\342\200\231ont pas pu \303\252tre v\303\251rifi\303\251es. Le contexte n\342\200\231a pas pu"
    " \303\252tre initialis\303\251.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Les m\303\251moires tampons fournies \303\240 une fonction sont insuffisantes.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Le principal nom cible est incorrect.\000"
    // SEC_E_TIME_SKEW
    "Les horloges sur les ordinateurs clients et serveurs sont d\303\251form\303\251es.\000"
    // SEC_E_UNTRUSTED_ROOT
    "La cha\303\256ne de certificats a \303\251t\303\251 \303\251mise par une autorit\303\251 qui n\342\200"
    "\231est pas approuv\303\251e.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Le message re\303\247u \303\251tait inattendu ou format\303\251 de fa\303\247on incorrecte.\000"
    // SEC_E_CERT_UNKNOWN
    "Une erreur inconnue s\342\200\231est produite lors du traitement du certificat.\000"
    // SEC_E_CERT_EXPIRED
    "Le certificat re\303\247u a expir\303\251.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Les donn\303\251es sp\303\251cifi\303\251es n\342\200\231ont pas pu \303\252tre chiffr\303\251es.\000"
    // SEC_E_DECRYPT_FAILURE
    "Les donn\303\251es sp\303\251cifi\303\251es n\342\200\231ont pas pu \303\252tre d\303\251chiffr\303\251e"
    "s.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Le client et le serveur ne peuvent pas communiquer, car ils ne poss\303\250dent pas d\342\200\231algorit"
    "hme commun.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Impossible d\342\200\231\303\251tablir le contexte de s\303\251curit\303\251 en raison d\342\200\231une "
    "d\303\251faillance de la qualit\303\251 de service demand\303\251e (par exemple, une authentification mu"
    "tuelle ou une d\303\251l\303\251gation).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Un contexte de s\303\251curit\303\251 a \303\251t\303\251 supprim\303\251 avant la fin du contexte. Cela"
    " est consid\303\251r\303\251 comme un \303\251chec d\342\200\231ouverture de session.\000"
    // SEC_E_NO_TGT_REPLY
    "Le client tente de n\303\251gocier un contexte et le serveur requiert utilisateur \303\240 utilisateur, "
    "mais n\342\200\231a pas envoy\303\251 de r\303\251ponse TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Impossible d\342\200\231effectuer la t\303\242che demand\303\251e, car l\342\200\231ordinateur local n"
    "\342\200\231a pas d\342\200\231adresse IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "Le handle d\342\200\231informations d\342\200\231identification fourni ne correspond pas aux information"
    "s d\342\200\231identification associ\303\251es au contexte de s\303\251curit\303\251.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Le syst\303\250me de chiffrement ou la fonction de somme de contr\303\264le n\342\200\231est pas valide,"
    " car une fonction requise n\342\200\231est pas disponible.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Le nombre maximal de r\303\251f\303\251rences de ticket a \303\251t\303\251 d\303\251pass\303\251.\000"
    // SEC_E_MUST_BE_KDC
    "L\342\200\231ordinateur local doit \303\252tre un KDC Kerberos (contr\303\264leur de domaine).\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "L\342\200\231autre terminaison de la n\303\251gociation de s\303\251curit\303\251 n\303\251cessite un ch"
    "iffrement renforc\303\251, mais elle n\342\200\231est pas prise en charge sur l\342\200\231ordinateur lo"
    "cal.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La r\303\251ponse du KDC contenait plus d\342\200\231un nom principal.\000"
    // SEC_E_NO_PA_DATA
    "Les donn\303\251es d\342\200\231\303\251l\303\251ment d\342\200\231information sont attendues pour indiq"
    "uer le ETYPE \303\240 utiliser, mais elles sont introuvables.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Le certificat client ne contient pas un UPN valide ou ne correspond pas au nom du client dans la demande"
    " d\342\200\231ouverture de session. Contactez l'administrateur.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "La connexion par carte \303\240 puce est obligatoire et n\342\200\231a pas \303\251t\303\251 utilis\303"
    "\251e.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Un arr\303\252t du syst\303\250me est en cours.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Une demande non valide a \303\251t\303\251 envoy\303\251e au KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Le KDC n\342\200\231a pas pu g\303\251n\303\251rer de r\303\251f\303\251rence pour le service demand\303"
    "\251.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Le type de chiffrement demand\303\251 n\342\200\231est pas pris en charge par le KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Un m\303\251canisme de pr\303\251-authentification non pris en charge a \303\251t\303\251 pr\303\251sent"
    "\303\251 au package Kerberos.\000"
    // SEC_E_DELEGATION_REQUIRED
    "L'op\303\251ration requise ne peut pas \303\252tre termin\303\251e. L\342\200\231ordinateur doit \303"
    "\252tre approuv\303\251 pour la d\303\251l\303\251gation et le compte d\342\200\231utilisateur actuel do"
    "it \303\252tre configur\303\251 afin d\342\200\231autoriser la d\303\251l\303\251gation.\000"
    // SEC_E_BAD_BINDINGS
    "Les liaisons de canal SSPI fournies par le client sont incorrectes.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Le certificat re\303\247u a \303\251t\303\251 mapp\303\251 \303\240 plusieurs comptes.\000"
    // SEC_E_NO_KERB_KEY
    "s _ E _ aucune _ cl\303\251 de KERB _\000"
    // SEC_E_CERT_WRONG_USAGE
    "Le certificat n'est pas valide pour l'utilisation demand\303\251e.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Le syst\303\250me ne peut pas contacter un contr\303\264leur de domaine pour traiter la demande d\342"
    "\200\231authentification. Veuillez r\303\251essayer plus tard.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification a \303\251t\303"
    "\251 r\303\251voqu\303\251. Contactez votre administrateur syst\303\250me. Il peut y avoir des informati"
    "ons suppl\303\251mentaires dans le journal des \303\251v\303\251nements.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Une autorit\303\251 de certification non approuv\303\251e a \303\251t\303\251 d\303\251tect\303\251e lor"
    "s du traitement du certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification. "
    "Contactez votre administrateur syst\303\250me.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "L\342\200\231\303\251tat de r\303\251vocation du certificat de carte \303\240 puce utilis\303\251 pour l"
    "\342\200\231authentification n\342\200\231a pas pu \303\252tre d\303\251termin\303\251. Contactez votre "
    "administrateur syst\303\250me.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification n\342\200\231a pa"
    "s \303\251t\303\251 approuv\303\251. Contactez votre administrateur syst\303\250me.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification a expir\303\251. "
    "Contactez votre administrateur syst\303\250me.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Le sous-syst\303\250me Kerberos a rencontr\303\251 une erreur. Une demande de protocole de service pour "
    "l\342\200\231utilisateur a \303\251t\303\251 effectu\303\251e sur un contr\303\264leur de domaine qui ne"
    " prend pas en charge le service pour l\342\200\231utilisateur.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Une tentative a \303\251t\303\251 effectu\303\251e par ce serveur pour effectuer une demande de d\303"
    "\251l\303\251gation Kerberos avec restriction pour une cible en dehors du domaine du serveur. Cela n\342"
    "\200\231est pas pris en charge et indique une configuration incorrecte sur le serveur autoris\303\251 "
    "\303\240 d\303\251l\303\251guer \303\240 la liste. Contactez l'administrateur.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "L\342\200\231\303\251tat de r\303\251vocation du certificat de contr\303\264leur de domaine utilis\303"
    "\251 pour l\342\200\231authentification par carte \303\240 puce n\342\200\231a pas pu \303\252tre d\303"
    "\251termin\303\251. Le journal des \303\251v\303\251nements syst\303\250me contient des informations sup"
    "pl\303\251mentaires. Contactez votre administrateur syst\303\250me.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Une autorit\303\251 de certification non approuv\303\251e a \303\251t\303\251 d\303\251tect\303\251e lor"
    "s du traitement du certificat de contr\303\264leur de domaine utilis\303\251 pour l\342\200\231authentif"
    "ication. Le journal des \303\251v\303\251nements syst\303\250me contient des informations suppl\303\251m"
    "entaires. Contactez votre administrateur syst\303\250me.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Le certificat du contr\303\264leur de domaine utilis\303\251 pour la connexion par carte \303\240 puce a"
    " expir\303\251. Veuillez contacter votre administrateur syst\303\250me avec le contenu de votre journal "
    "des \303\251v\303\251nements syst\303\250me.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Le certificat du contr\303\264leur de domaine utilis\303\251 pour la connexion par carte \303\240 puce a"
    " \303\251t\303\251 r\303\251voqu\303\251. Veuillez contacter votre administrateur syst\303\250me avec le"
    " contenu de votre journal des \303\251v\303\251nements syst\303\250me.\000"
    // SEC_E_INVALID_PARAMETER
    "Un ou plusieurs des param\303\250tres pass\303\251s \303\240 la fonction ne sont pas valides.\000"
    // SEC_E_DELEGATION_POLICY
    "La strat\303\251gie du client n\342\200\231autorise pas la d\303\251l\303\251gation des informations d"
    "\342\200\231identification au serveur cible.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "La strat\303\251gie du client n\342\200\231autorise pas la d\303\251l\303\251gation des informations d"
    "\342\200\231identification au serveur cible avec l\342\200\231authentification NTLM uniquement.\000"
    // SEC_E_NO_CONTEXT
    "Le contexte de s\303\251curit\303\251 requis n\342\200\231existe pas.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "Le protocole PKU2U a rencontr\303\251 une erreur lors de la tentative d\342\200\231utilisation des certi"
    "ficats associ\303\251s.\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "L\342\200\231identit\303\251 de l\342\200\231ordinateur serveur n\342\200\231a pas pu \303\252tre v\303"
    "\251rifi\303\251e.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "Seul le sch\303\251ma HTTPS est autoris\303\251.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "Une erreur s\342\200\231est produite lors de l\342\200\231ex\303\251cution d\342\200\231une op\303\251ra"
    "tion sur un message de chiffrement.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Algorithme de chiffrement inconnu.\000"
    // CRYPT_E_OID_FORMAT
    "Le format de l\342\200\231identificateur d\342\200\231objet est incorrect.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Type de message de chiffrement non valide.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Encodage de message de chiffrement inattendu.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "Le message de chiffrement ne contient pas d\342\200\231attribut authentifi\303\251 attendu.\000"
    // CRYPT_E_HASH_VALUE
    "La valeur de hachage n\342\200\231est pas correcte.\000"
    // CRYPT_E_INVALID_INDEX
    "La valeur d\342\200\231index n\342\200\231est pas valide.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "Le contenu du message de chiffrement a d\303\251j\303\240 \303\251t\303\251 d\303\251chiffr\303\251.\000"
    // CRYPT_E_NOT_DECRYPTED
    "Le contenu du message de chiffrement n\342\200\231a pas encore \303\251t\303\251 d\303\251chiffr\303\251"
    ".\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "Le message d\342\200\231enveloppe-donn\303\251es ne contient pas le destinataire sp\303\251cifi\303\251."
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "Type de contr\303\264le non valide.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\303\211metteur et/ou num\303\251ro de s\303\251rie non valide.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "Impossible de trouver le signataire d\342\200\231origine.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "Le message de chiffrement ne contient pas tous les attributs demand\303\251s.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "Le message de chiffrement diffus\303\251 en continu n\342\200\231est pas pr\303\252t \303\240 retourner "
    "des donn\303\251es.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "Le message de chiffrement diffus\303\251 en continu requiert plus de donn\303\251es pour terminer l\342"
    "\200\231op\303\251ration de d\303\251codage.\000"
    // CRYPT_E_BAD_LEN
    "La longueur sp\303\251cifi\303\251e pour les donn\303\251es de sortie \303\251tait insuffisante.\000"
    // CRYPT_E_BAD_ENCODE
    "Une erreur s\342\200\231est produite lors de l\342\200\231op\303\251ration d\342\200\231encodage ou de d"
    "\303\251codage.\000"
    // CRYPT_E_FILE_ERROR
    "Une erreur s\342\200\231est produite lors de la lecture ou de l\342\200\231\303\251criture dans un fichi"
    "er.\000"
    // CRYPT_E_NOT_FOUND
    "Impossible de trouver un objet ou une propri\303\251t\303\251.\000"
    // CRYPT_E_EXISTS
    "L\342\200\231objet ou la propri\303\251t\303\251 existe d\303\251j\303\240.\000"
    // CRYPT_E_NO_PROVIDER
    "Aucun fournisseur n\342\200\231a \303\251t\303\251 sp\303\251cifi\303\251 pour le magasin ou l\342\200"
    "\231objet.\000"
    // CRYPT_E_SELF_SIGNED
    "Le certificat sp\303\251cifi\303\251 est auto-sign\303\251.\000"
    // CRYPT_E_DELETED_PREV
    "Le certificat pr\303\251c\303\251dent ou le contexte de la liste de r\303\251vocation de certificats a "
    "\303\251t\303\251 supprim\303\251.\000"
    // CRYPT_E_NO_MATCH
    "Impossible de trouver l\342\200\231objet demand\303\251.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "Le certificat ne poss\303\250de pas de propri\303\251t\303\251 qui fait r\303\251f\303\251rence \303\240"
    " une cl\303\251 priv\303\251e.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "Impossible de trouver le certificat et la cl\303\251 priv\303\251e pour le d\303\251chiffrement.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "Impossible de trouver le certificat et la cl\303\251 priv\303\251e \303\240 utiliser pour le d\303\251ch"
    "iffrement.\000"
    // CRYPT_E_BAD_MSG
    "Il ne s\342\200\231agit pas d\342\200\231un message chiffr\303\251 ou le message de chiffrement n\342"
    "\200\231est pas mis en forme correctement.\000"
    // CRYPT_E_NO_SIGNER
    "Le message chiffr\303\251 sign\303\251 n\342\200\231a pas de signataire pour l\342\200\231index de signa"
    "taire sp\303\251cifi\303\251.\000"
    // CRYPT_E_PENDING_CLOSE
    "La fermeture finale est en attente jusqu\342\200\231\303\240 ce que des lib\303\251rations ou des fermet"
    "ures suppl\303\251mentaires soient disponibles.\000"
    // CRYPT_E_REVOKED
    "Le certificat est r\303\251voqu\303\251.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "Aucune dll ou fonction export\303\251e n\342\200\231a \303\251t\303\251 trouv\303\251e pour v\303\251rif"
    "ier la r\303\251vocation.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "La fonction de r\303\251vocation n\342\200\231a pas pu v\303\251rifier la r\303\251vocation du certifica"
    "t.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "La fonction de r\303\251vocation n\342\200\231a pas pu v\303\251rifier la r\303\251vocation, car le serv"
    "eur de r\303\251vocation \303\251tait hors connexion.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "Le certificat n\342\200\231est pas dans la base de donn\303\251es du serveur de r\303\251vocation.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "La cha\303\256ne contient un caract\303\250re non num\303\251rique.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "La cha\303\256ne contient un caract\303\250re non imprimable.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "La cha\303\256ne contient un caract\303\250re qui n\342\200\231est pas dans le jeu de caract\303\250res "
    "ASCII 7 bits.\000"
    // CRYPT_E_INVALID_X500_STRING
    "La cha\303\256ne contient une cl\303\251 d\342\200\231attribut, un OID, une valeur ou un d\303\251limite"
    "ur de nom X500 non valide.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "Le dwValueType de la valeur du nom de certificat _ _ n\342\200\231est pas l\342\200\231une des cha\303"
    "\256nes de caract\303\250res. Il s\342\200\231agit probablement d\342\200\231un _ objet blob de certific"
    "at cod\303\251 RDN ou d\342\200\231une _ cha\303\256ne d' _ octets de certificat _ RDN _ _ .\000"
    // CRYPT_E_FILERESIZED
    "Impossible de continuer l\342\200\231op\303\251ration put. Le fichier doit \303\252tre redimensionn\303"
    "\251. Toutefois, il existe d\303\251j\303\240 une signature. Une op\303\251ration de signature compl\303"
    "\250te doit \303\252tre effectu\303\251e.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "L\342\200\231op\303\251ration de chiffrement a \303\251chou\303\251 en raison d\342\200\231un param\303"
    "\250tre d\342\200\231option de s\303\251curit\303\251 local.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "Aucune DLL ou fonction export\303\251e n\342\200\231a \303\251t\303\251 trouv\303\251e pour v\303\251rif"
    "ier l\342\200\231utilisation de l\342\200\231objet.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "La fonction appel\303\251e n\342\200\231a pas pu effectuer de v\303\251rification de l\342\200\231utilis"
    "ation sur le sujet.\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\303\211tant donn\303\251 que le serveur \303\251tait hors connexion, la fonction appel\303\251e n\342"
    "\200\231a pas pu terminer la v\303\251rification de l\342\200\231utilisation.\000"
    // CRYPT_E_NOT_IN_CTL
    "L\342\200\231objet est introuvable dans une liste de certificats de confiance (CTL).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "Aucun des signataires du message de chiffrement ou de la liste de certificats de confiance n\342\200\231"
    "est approuv\303\251.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "Les param\303\250tres d\342\200\231algorithme de la cl\303\251 publique sont manquants.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "Base de code d\342\200\231erreur d\342\200\231encodage/d\303\251codage de certificat OSS consultez asn1c"
    "ode. h pour obtenir une d\303\251finition des erreurs d\342\200\231ex\303\251cution OSS. Les valeurs d"
    "\342\200\231erreur OSS sont compens\303\251es par une _ _ erreur OSS E _ .\000"
    // CRYPT_E_ASN1_ERROR
    "Base de code d\342\200\231erreur de codage/d\303\251codage du certificat ASN1. Les valeurs d\342\200\231"
    "erreur ASN1 sont compens\303\251es par une erreur de chiffrement _ E _ ASN1 _ .\000"
    // CRYPT_E_ASN1_INTERNAL
    "ASN1 erreur d\342\200\231encodage ou de d\303\251codage interne.\000"
    // CRYPT_E_ASN1_EOD
    "ASN1 fin de donn\303\251es inattendue.\000"
    // CRYPT_E_ASN1_CORRUPT
    "Donn\303\251es endommag\303\251es ASN1.\000"
    // CRYPT_E_ASN1_LARGE
    "ASN1 valeur trop grande.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "ASN1 contrainte non respect\303\251e.\000"
    // CRYPT_E_ASN1_MEMORY
    "ASN1 M\303\251moire insuffisante.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "ASN1 d\303\251passement de m\303\251moire tampon.\000"
    // CRYPT_E_ASN1_BADPDU
    "ASN1 fonction non prise en charge pour cette PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "ASN1 arguments incorrects pour l\342\200\231appel de fonction.\000"
    // CRYPT_E_ASN1_BADREAL
    "ASN1 valeur r\303\251elle erron\303\251e.\000"
    // CRYPT_E_ASN1_BADTAG
    "ASN1 valeur de balise incorrecte remplie.\000"
    // CRYPT_E_ASN1_CHOICE
    "ASN1 valeur de choix incorrecte.\000"
    // CRYPT_E_ASN1_RULE
    "ASN1 r\303\250gle d\342\200\231encodage incorrecte.\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 Unicode incorrect (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "ASN1 type d\342\200\231unit\303\251 d\342\200\231alimentation incorrecte.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 pas encore impl\303\251ment\303\251.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 extension (s) inconnue ignor\303\251e (s).\000"
    // CRYPT_E_ASN1_NOEOD
    "ASN1 fin de donn\303\251es attendue\000"
    // TRUST_E_SYSTEM_ERROR
    "Une erreur au niveau du syst\303\250me s'est produite lors de la v\303\251rification de l'approbation."
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "Le certificat pour le signataire du message n'est pas valide ou est introuvable.\000"
    // TRUST_E_COUNTER_SIGNER
    "L\342\200\231une des signatures de compteur n\342\200\231\303\251tait pas valide.\000"
    // TRUST_E_CERT_SIGNATURE
    "La signature du certificat ne peut pas \303\252tre v\303\251rifi\303\251e.\000"
    // TRUST_E_TIME_STAMP
    "La signature d\342\200\231horodatage et/ou le certificat n\342\200\231a pas pu \303\252tre v\303\251rifi"
    "\303\251 ou est incorrect.\000"
    // TRUST_E_BAD_DIGEST
    "La signature num\303\251rique de l'objet n'a pas \303\251t\303\251 v\303\251rifi\303\251e.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "L\342\200\231extension de contrainte de base d\342\200\231un certificat n\342\200\231a pas \303\251t\303"
    "\251 observ\303\251e.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "Le certificat ne correspond pas ou ne contient pas les extensions financi\303\250res Authenticode (TM)."
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Fournisseur d\342\200\231approbation inconnu.\000"
    // TRUST_E_ACTION_UNKNOWN
    "L\342\200\231action de v\303\251rification d\342\200\231approbation sp\303\251cifi\303\251e n\342\200"
    "\231est pas prise en charge par le fournisseur d\342\200\231approbation sp\303\251cifi\303\251.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "Le formulaire sp\303\251cifi\303\251 pour le sujet n\342\200\231est pas pris en charge ou connu par le f"
    "ournisseur d\342\200\231approbation sp\303\251cifi\303\251.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "L\342\200\231objet n\342\200\231est pas approuv\303\251 pour l\342\200\231action sp\303\251cifi\303\251e"
    ".\000"
    // TRUST_E_NOSIGNATURE
    "Aucune signature n\342\200\231\303\251tait pr\303\251sente dans le sujet.\000"
    // CERT_E_EXPIRED
    "Un certificat requis n\342\200\231est pas dans sa p\303\251riode de validit\303\251 lors de la v\303\251"
    "rification par rapport \303\240 l\342\200\231horloge syst\303\250me actuelle ou \303\240 l\342\200\231ho"
    "rodateur dans le fichier sign\303\251.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "Les p\303\251riodes de validit\303\251 de la cha\303\256ne de certification ne sont pas imbriqu\303\251e"
    "s correctement.\000"
    // CERT_E_ROLE
    "Un certificat qui ne peut \303\252tre utilis\303\251 qu\342\200\231en tant qu\342\200\231entit\303\251 f"
    "inale est utilis\303\251 en tant qu\342\200\231autorit\303\251 de certification ou visa versa.\000"
    // CERT_E_PATHLENCONST
    "Une contrainte de longueur du chemin d'acc\303\250s dans la cha\303\256ne de certification a \303\251t"
    "\303\251 viol\303\251e.\000"
    // CERT_E_CRITICAL
    "Un certificat contient une extension inconnue qui est marqu\303\251e comme \302\253\302\240critique\302"
    "\240\302\273.\000"
    // CERT_E_PURPOSE
    "Certificat utilis\303\251 \303\240 des fins autres que celles sp\303\251cifi\303\251es par son autorit"
    "\303\251 de certification.\000"
    // CERT_E_ISSUERCHAINING
    "Le parent d\342\200\231un certificat donn\303\251 n\342\200\231a en fait pas \303\251mis ce certificat e"
    "nfant.\000"
    // CERT_E_MALFORMED
    "Un certificat est manquant ou a une valeur vide pour un champ important, tel qu\342\200\231un objet ou u"
    "n nom d\342\200\231\303\251metteur.\000"
    // CERT_E_UNTRUSTEDROOT
    "Une cha\303\256ne de certificats a \303\251t\303\251 trait\303\251e, mais se termine par un certificat r"
    "acine qui n\342\200\231est pas approuv\303\251 par le fournisseur d\342\200\231approbation.\000"
    // CERT_E_CHAINING
    "Une cha\303\256ne de certificats n\342\200\231a pas pu \303\252tre cr\303\251\303\251e \303\240 une auto"
    "rit\303\251 racine approuv\303\251e.\000"
    // TRUST_E_FAIL
    "\303\211chec d\342\200\231approbation g\303\251n\303\251rique.\000"
    // CERT_E_REVOKED
    "Un certificat a \303\251t\303\251 explicitement r\303\251voqu\303\251 par son \303\251metteur.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "Le chemin d\342\200\231acc\303\250s de certification se termine avec la racine de test qui n\342\200\231"
    "est pas approuv\303\251e avec les param\303\250tres de strat\303\251gie actuels.\000"
    // CERT_E_REVOCATION_FAILURE
    "Le processus de r\303\251vocation n\342\200\231a pas pu continuer. le ou les certificats n\342\200\231on"
    "t pas pu \303\252tre v\303\251rifi\303\251s.\000"
    // CERT_E_CN_NO_MATCH
    "Le nom CN du certificat ne correspond pas \303\240 la valeur pass\303\251e.\000"
    // CERT_E_WRONG_USAGE
    "Le certificat n'est pas valide pour l'utilisation demand\303\251e.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "Le certificat a \303\251t\303\251 explicitement marqu\303\251 comme non approuv\303\251 par l\342\200"
    "\231utilisateur.\000"
    // CERT_E_UNTRUSTEDCA
    "Une cha\303\256ne de certification a \303\251t\303\251 trait\303\251e correctement, mais l\342\200\231un"
    " des certificats de l\342\200\231autorit\303\251 de certification n\342\200\231est pas approuv\303\251 p"
    "ar le fournisseur de strat\303\251gie.\000"
    // CERT_E_INVALID_POLICY
    "Le certificat a une strat\303\251gie non valide.\000"
    // CERT_E_INVALID_NAME
    "Le certificat a un nom non valide. Le nom n\342\200\231est pas inclus dans la liste autoris\303\251e ou "
    "est explicitement exclu.\000"sv;
inline constexpr char system_text_fr_starts[] =
    "\000\000\001\000k\000\275\000@\001\376\001\377\0015\002\367\002@\003|\003\341\003\031\004\210\004 \005!"
    "\005^\005\206\005\270\005\271\005\353\005&\006'\006X\006\262\006\007\0079\007\327\0076\010\205\010\265"
    "\010\011\011`\011\246\011\336\011$\012U\012\213\012\325\012p\013\263\013\331\013 \014w\014\273\014\002"
    "\015!\015\\\015\232\015\377\015\266\016;\017\277\017 \020\261\0206\021u\021\277\021[\022\223\022\017\023"
    "\256\023\373\023\037\024O\024\226\024\335\024\077\025\010\026L\026\205\026\245\026\342\026k\027=\030\375"
    "\030\241\031'\032\235\032v\033\263\034\303\035\335\036\252\037\177 \313 :!\323!\004\"o\"\266\"\333\"\334"
    "\"\335\"\336\"\337\"D#g#\240#\313#\371#F$q$\231$\332$#%q%\217%\275%\356%6&\221&\004'M'\236'\362'%(P(\227"
    "(\301(')Q)\250)\367)R*\301*\035+\232+\267+\014,\\,\323,!-S-\205-\340-H../\350/M0\2600\0161\2221\3361L2"
    "\2172\2202m3\007494Z4v4\2174\2574\3134\3614#5Y5w5\2415\3025\3475\006686V6\2006\2366\3716J7\2047\2757\034"
    "8Y8Z8\2538\015929\2659/:l:\241:S;\263;A<\241<\370<[=\254= >\264>\016\0772\077s\077\002@m@\255@\352@\077A"
    "\361A\034B\216B";

inline constexpr std::string_view page_text_fr =
    // SEC_E_OK
    "L\342\200\231op\303\251ration s\342\200\231est termin\303\251e avec succ\303\250s.\000"
    // SEC_I_CONTINUE_NEEDED
    "La fonction s\342\200\231est termin\303\251e correctement, mais vous devez appeler cette fonction \303"
    "\240 nouveau pour terminer le contexte.\000"
    // SEC_I_COMPLETE_NEEDED
    "La fonction s\342\200\231est termin\303\251e correctement, mais vous devez appeler la fonction CompleteA"
    "uthToken sur le message final.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La fonction s\342\200\231est termin\303\251e correctement, mais l\342\200\231application doit appeler "
    "\303\240 la fois CompleteAuthToken , puis InitializeSecurityContext (General) ou AcceptSecurityContext ("
    "General) pour terminer le contexte.\000"
    // SEC_I_LOCAL_LOGON
    "L\342\200\231ouverture de session a \303\251t\303\251 effectu\303\251e, mais aucune autorit\303\251 r"
    "\303\251seau n\342\200\231\303\251tait disponible. L\342\200\231ouverture de session a \303\251t\303\251"
    " effectu\303\251e \303\240 l\342\200\231aide d\342\200\231informations connues localement.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "L\342\200\231exp\303\251diteur du message a fini d\342\200\231utiliser la connexion et a lanc\303\251 un"
    " arr\303\252t. Pour plus d\342\200\231informations sur l\342\200\231initialisation ou la reconnaissance "
    "d\342\200\231un arr\303\252t, consultez arr\303\252t d\342\200\231une connexion Schannel.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Les informations d\342\200\231identification fournies n\342\200\231ont pas \303\251t\303\251 termin\303"
    "\251es et n\342\200\231ont pas pu \303\252tre v\303\251rifi\303\251es. Des informations suppl\303\251men"
    "taires peuvent \303\252tre retourn\303\251es \303\240 partir du contexte.\000"
    // SEC_I_RENEGOTIATE
    "Les donn\303\251es de contexte doivent \303\252tre ren\303\251goci\303\251es avec l\342\200\231homologue"
    ".\000"
    // SEC_I_NO_LSA_CONTEXT
    "Aucun contexte de mode LSA n\342\200\231est associ\303\251 \303\240 ce contexte.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "La m\303\251moire disponible est insuffisante pour terminer la demande.\000"
    // SEC_E_INVALID_HANDLE
    "Le handle pass\303\251 \303\240 la fonction n\342\200\231est pas valide.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "La fonction demand\303\251e n\342\200\231est pas prise en charge.\000"
    // SEC_E_NOT_SUPPORTED
    "La demande n'est pas prise en charge.\000"
    // SEC_E_TARGET_UNKNOWN
    "La cible n\342\200\231a pas \303\251t\303\251 reconnue.\000"
    // SEC_E_INTERNAL_ERROR
    "Une erreur qui n\342\200\231a pas \303\251t\303\251 mapp\303\251e \303\240 un code d\342\200\231erreur S"
    "SPI s\342\200\231est produite.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Le package de s\303\251curit\303\251 n\342\200\231a pas \303\251t\303\251 reconnu.\000"
    // SEC_E_NOT_OWNER
    "L\342\200\231appelant de la fonction ne poss\303\250de pas les informations d\342\200\231identification."
    "\000"
    // SEC_E_CANNOT_INSTALL
    "Le package de s\303\251curit\303\251 ne peut pas s\342\200\231initialiser correctement et ne doit pas "
    "\303\252tre install\303\251.\000"
    // SEC_E_INVALID_TOKEN
    "Le jeton pass\303\251 \303\240 la fonction n\342\200\231est pas valide.\000"
    // SEC_E_CANNOT_PACK
    "Le package ne peut pas compresser le contexte.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "L\342\200\231attribut Quality of protection n\342\200\231est pas pris en charge par ce package.\000"
    // SEC_E_NO_IMPERSONATION
    "Aucun emprunt d\342\200\231identit\303\251 n\342\200\231est autoris\303\251 pour ce contexte.\000"
    // SEC_E_LOGON_DENIED
    "Ce code d\342\200\231\303\211tat est obsol\303\250te.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Les informations d\342\200\231identification fournies n\342\200\231ont pas \303\251t\303\251 reconnues."
    "\000"
    // SEC_E_NO_CREDENTIALS
    "Aucune information d\342\200\231identification n\342\200\231est disponible.\000"
    // SEC_E_MESSAGE_ALTERED
    "Le message fourni pour v\303\251rification a \303\251t\303\251 modifi\303\251.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Le message fourni pour v\303\251rification est hors s\303\251quence.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Aucune autorit\303\251 n\342\200\231a pu \303\252tre contact\303\251e pour l\342\200\231authentification"
    ".\000"
    // SEC_E_BAD_PKGID
    "L\342\200\231identificateur de package demand\303\251 n\342\200\231existe pas.\000"
    // SEC_E_CONTEXT_EXPIRED
    "L\342\200\231application fait r\303\251f\303\251rence \303\240 un contexte qui a d\303\251j\303\240 \303"
    "\251t\303\251 ferm\303\251. Une application correctement \303\251crite ne doit pas recevoir cette erreur"
    ".\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Le message fourni est incomplet. La signature n\342\200\231a pas \303\251t\303\251 v\303\251rifi\303\251"
    "e.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Les informations d\342\200\231identification fournies n\342\200\231ont pas \303\251t\303\251 termin\303"
    "\251es et n\342\200\231ont pas pu \303\252tre v\303\251rifi\303\251es. Le contexte n\342\200\231a pas pu"
    " \303\252tre initialis\303\251.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Les m\303\251moires tampons fournies \303\240 la fonction ne sont pas assez grandes pour contenir les in"
    "formations.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Le principal nom cible est incorrect.\000"
    // SEC_E_TIME_SKEW
    "Les horloges sur les ordinateurs clients et serveurs ne correspondent pas.\000"
    // SEC_E_UNTRUSTED_ROOT
    "La cha\303\256ne de certificats a \303\251t\303\251 \303\251mise par une autorit\303\251 qui n\342\200"
    "\231est pas approuv\303\251e.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Le message re\303\247u \303\251tait inattendu ou format\303\251 de fa\303\247on incorrecte.\000"
    // SEC_E_CERT_UNKNOWN
    "Une erreur inconnue s\342\200\231est produite lors du traitement du certificat.\000"
    // SEC_E_CERT_EXPIRED
    "Le certificat re\303\247u a expir\303\251.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Les donn\303\251es sp\303\251cifi\303\251es n\342\200\231ont pas pu \303\252tre chiffr\303\251es.\000"
    // SEC_E_DECRYPT_FAILURE
    "Les donn\303\251es sp\303\251cifi\303\251es n\342\200\231ont pas pu \303\252tre d\303\251chiffr\303\251e"
    "s.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Le client et le serveur ne peuvent pas communiquer, car ils ne poss\303\250dent pas d\342\200\231algorit"
    "hme commun.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Impossible d\342\200\231\303\251tablir le contexte de s\303\251curit\303\251 en raison d\342\200\231une "
    "d\303\251faillance de la qualit\303\251 de service demand\303\251e (par exemple, une authentification mu"
    "tuelle ou une d\303\251l\303\251gation).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Un contexte de s\303\251curit\303\251 a \303\251t\303\251 supprim\303\251 avant la fin du contexte. Cela"
    " est consid\303\251r\303\251 comme un \303\251chec d\342\200\231ouverture de session.\000"
    // SEC_E_NO_TGT_REPLY
    "Le client tente de n\303\251gocier un contexte et le serveur n\303\251cessite une connexion utilisateur-"
    "utilisateur, mais n\342\200\231a pas envoy\303\251 de r\303\251ponse TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Impossible d\342\200\231effectuer la t\303\242che demand\303\251e, car l\342\200\231ordinateur local n"
    "\342\200\231a pas d\342\200\231adresse IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "Le handle d\342\200\231informations d\342\200\231identification fourni ne correspond pas aux information"
    "s d\342\200\231identification associ\303\251es au contexte de s\303\251curit\303\251.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Le syst\303\250me de chiffrement ou la fonction de somme de contr\303\264le n\342\200\231est pas valide,"
    " car une fonction requise n\342\200\231est pas disponible.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "Le nombre maximal de r\303\251f\303\251rences de ticket a \303\251t\303\251 d\303\251pass\303\251.\000"
    // SEC_E_MUST_BE_KDC
    "L\342\200\231ordinateur local doit \303\252tre un contr\303\264leur de domaine Kerberos (KDC), mais ce n"
    "\342\200\231est pas le fait.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "L\342\200\231autre terminaison de la n\303\251gociation de s\303\251curit\303\251 n\303\251cessite un ch"
    "iffrement fort, mais elle n\342\200\231est pas prise en charge sur l\342\200\231ordinateur local.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La r\303\251ponse du KDC contenait plus d\342\200\231un nom principal.\000"
    // SEC_E_NO_PA_DATA
    "Les donn\303\251es de l\342\200\231administrateur de strat\303\251gie (PA) sont n\303\251cessaires pour "
    "d\303\251terminer le type de chiffrement, mais elles sont introuvables.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Le certificat client ne contient pas un UPN valide ou ne correspond pas au nom du client dans la demande"
    " d\342\200\231ouverture de session.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "L\342\200\231ouverture de session par carte \303\240 puce est obligatoire et n\342\200\231a pas \303\251"
    "t\303\251 utilis\303\251e.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Un arr\303\252t du syst\303\250me est en cours.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Une demande non valide a \303\251t\303\251 envoy\303\251e au KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Le KDC n\342\200\231a pas pu g\303\251n\303\251rer de r\303\251f\303\251rence pour le service demand\303"
    "\251.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Le type de chiffrement demand\303\251 n\342\200\231est pas pris en charge par le KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Un m\303\251canisme de pr\303\251-authentification non pris en charge a \303\251t\303\251 pr\303\251sent"
    "\303\251 au package Kerberos.\000"
    // SEC_E_DELEGATION_REQUIRED
    "L'op\303\251ration requise ne peut pas \303\252tre termin\303\251e. L\342\200\231ordinateur doit \303"
    "\252tre approuv\303\251 pour la d\303\251l\303\251gation et le compte d\342\200\231utilisateur actuel do"
    "it \303\252tre configur\303\251 pour autoriser la d\303\251l\303\251gation.\000"
    // SEC_E_BAD_BINDINGS
    "Les liaisons de canal SSPI fournies par le client sont incorrectes.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Le certificat re\303\247u a \303\251t\303\251 mapp\303\251 \303\240 plusieurs comptes.\000"
    // SEC_E_NO_KERB_KEY
    "Aucune cl\303\251 Kerberos n\342\200\231a \303\251t\303\251 trouv\303\251e.\000"
    // SEC_E_CERT_WRONG_USAGE
    "Le certificat n'est pas valide pour l'utilisation demand\303\251e.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Le syst\303\250me a d\303\251tect\303\251 une tentative possible de compromettre la s\303\251curit\303"
    "\251. V\303\251rifiez que le serveur qui vous a \303\251t\303\251 authentifi\303\251 peut \303\252tre co"
    "ntact\303\251.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification a \303\251t\303"
    "\251 r\303\251voqu\303\251. Des informations suppl\303\251mentaires peuvent exister dans le journal des "
    "\303\251v\303\251nements.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Une autorit\303\251 de certification non approuv\303\251e (ca) a \303\251t\303\251 d\303\251tect\303\251"
    "e lors du traitement du certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentificat"
    "ion.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "L\342\200\231\303\251tat de r\303\251vocation du certificat de carte \303\240 puce utilis\303\251 pour l"
    "\342\200\231authentification n\342\200\231a pas pu \303\252tre d\303\251termin\303\251.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification n\342\200\231est "
    "pas approuv\303\251.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Le certificat de carte \303\240 puce utilis\303\251 pour l\342\200\231authentification a expir\303\251."
    "\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Le sous-syst\303\250me Kerberos a rencontr\303\251 une erreur. Une demande de protocole de service pour "
    "l\342\200\231utilisateur a \303\251t\303\251 effectu\303\251e sur un contr\303\264leur de domaine qui ne"
    " prend pas en charge le service pour un utilisateur.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Le serveur a tent\303\251 de cr\303\251er une demande de d\303\251l\303\251gation Kerberos pour une cibl"
    "e en dehors du domaine du serveur.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "L\342\200\231\303\251tat de r\303\251vocation du certificat de contr\303\264leur de domaine utilis\303"
    "\251 pour l\342\200\231authentification par carte \303\240 puce n\342\200\231a pas pu \303\252tre d\303"
    "\251termin\303\251. Le journal des \303\251v\303\251nements syst\303\250me contient des informations sup"
    "pl\303\251mentaires.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Une autorit\303\251 de certification non approuv\303\251e a \303\251t\303\251 d\303\251tect\303\251e lor"
    "s du traitement du certificat de contr\303\264leur de domaine utilis\303\251 pour l\342\200\231authentif"
    "ication. Le journal des \303\251v\303\251nements syst\303\250me contient des informations suppl\303\251m"
    "entaires.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Le certificat du contr\303\264leur de domaine utilis\303\251 pour l\342\200\231ouverture de session par "
    "carte \303\240 puce a expir\303\251.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Le certificat du contr\303\264leur de domaine utilis\303\251 pour l\342\200\231ouverture de session par "
    "carte \303\240 puce a \303\251t\303\251 r\303\251voqu\303\251.\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_fr_starts[] =
    "\000\000/\000\250\000 \001\364\001\263\002\264\002\212\003L\004\225\004\321\004\322\004\323\004\324\004"
    "\325\004\326\004\030\005L\005\177\005\245\005\310\005\034\006\035\006O\006\240\006\002\0075\007d\007\262"
    "\007\362\007\023\010]\010\227\010\316\010\007\011M\011\204\011\027\012a\012\374\012d\013\212\013\325\013"
    ",\014p\014\267\014\326\014\021\015O\015\264\015k\016\360\016\201\017\342\017s\020\370\0207\021\236\0215"
    "\022m\022\374\022\177\023\330\023\374\023,\024s\024\272\024\034\025\341\025%\026^\026\211\026\306\026a"
    "\027\012\030\246\030!\031z\031\307\031\237\032\022\033\371\033\352\034V\035\312\035\313\035\314\035\315"
    "\035\316\035\317\035\320\035\321\035\322\035\323\035\324\035\325\035\326\035\327\035\330\035\331\035\332"
    "\035\333\035\334\035\335\035\336\035\337\035\340\035\341\035\342\035\343\035\344\035\345\035\346\035\347"
    "\035\350\035\351\035\352\035\353\035\354\035\355\035\356\035\357\035\360\035\361\035\362\035\363\035\364"
    "\035\365\035\366\035\367\035\370\035\371\035\372\035\373\035\374\035\375\035\376\035\377\035\000\036\001"
    "\036\002\036\003\036\004\036\005\036\006\036\007\036\010\036\011\036\012\036\013\036\014\036\015\036\016"
    "\036\017\036\020\036\021\036\022\036\023\036\024\036\025\036\026\036\027\036\030\036\031\036\032\036\033"
    "\036\034\036\035\036\036\036\037\036 \036!\036\"\036#\036$\036%\036&\036'\036(\036)\036*\036+\036,\036-"
    "\036.\036/\0360\0361\0362\0363\0364\0365\0366\0367\0368\0369\036:\036;\036<\036=\036>\036";

inline constexpr std::string_view system_text_it =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "La funzione \303\250 stata completata correttamente, ma deve essere chiamata di nuovo per completare il "
    "contesto\000"
    // SEC_I_COMPLETE_NEEDED
    "La funzione \303\250 stata completata correttamente, ma \303\250 necessario chiamare CompleteToken\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La funzione \303\250 stata completata correttamente, ma \303\250 necessario chiamare sia CompleteToken c"
    "he questa funzione per completare il contesto\000"
    // SEC_I_LOCAL_LOGON
    "L'accesso \303\250 stato completato, ma non \303\250 disponibile alcuna autorit\303\240 di rete. L'acces"
    "so \303\250 stato eseguito usando informazioni note in locale\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "Il contesto \303\250 scaduto e non pu\303\262 pi\303\271 essere usato.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Le credenziali fornite non erano complete e non potevano essere verificate. Dal contesto possono essere "
    "restituite informazioni aggiuntive.\000"
    // SEC_I_RENEGOTIATE
    "I dati di contesto devono essere rinegoziati con il peer.\000"
    // SEC_I_NO_LSA_CONTEXT
    "A questo contesto non \303\250 associato alcun contesto in modalit\303\240 LSA.\000"
    // SEC_I_SIGNATURE_NEEDED
    "Prima che l'utente possa eseguire l'autenticazione, \303\250 necessario eseguire un'operazione di firma."
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "Il destinatario ha rifiutato la richiesta di rinegoziazione.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "Il buffer restituito \303\250 solo un frammento del messaggio. \303\210 necessario restituire pi\303\271"
    " frammenti.\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "La funzione \303\250 stata completata correttamente, ma deve essere chiamata di nuovo per completare il "
    "contesto. \303\210 possibile usare l'avvio anticipato.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Memoria insufficiente per completare la richiesta\000"
    // SEC_E_INVALID_HANDLE
    "L'handle specificato non \303\250 valido\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "La funzione richiesta non \303\250 supportata\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "La destinazione specificata \303\250 sconosciuta o non raggiungibile\000"
    // SEC_E_INTERNAL_ERROR
    "Non \303\250 possibile contattare l'autorit\303\240 di sicurezza locale\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Il pacchetto di sicurezza richiesto non esiste\000"
    // SEC_E_NOT_OWNER
    "Il chiamante non \303\250 il proprietario delle credenziali desiderate\000"
    // SEC_E_CANNOT_INSTALL
    "Impossibile inizializzare il pacchetto di sicurezza e non pu\303\262 essere installato\000"
    // SEC_E_INVALID_TOKEN
    "Il token fornito alla funzione non \303\250 valido\000"
    // SEC_E_CANNOT_PACK
    "Il pacchetto di sicurezza non \303\250 in grado di effettuare il marshalling del buffer di accesso, quin"
    "di il tentativo di accesso non \303\250 riuscito\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "La qualit\303\240 della protezione per ogni messaggio non \303\250 supportata dal pacchetto di sicurezza"
    "\000"
    // SEC_E_NO_IMPERSONATION
    "Il contesto di sicurezza non consente la rappresentazione del client\000"
    // SEC_E_LOGON_DENIED
    "Tentativo di accesso non riuscito\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Le credenziali fornite al pacchetto non sono state riconosciute\000"
    // SEC_E_NO_CREDENTIALS
    "Nessuna credenziale disponibile nel pacchetto di sicurezza\000"
    // SEC_E_MESSAGE_ALTERED
    "Il messaggio o la firma fornita per la verifica \303\250 stata modificata\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Il messaggio fornito per la verifica non \303\250 in sequenza\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Non \303\250 stato possibile contattare alcuna autorit\303\240 per l'autenticazione.\000"
    // SEC_E_BAD_PKGID
    "Il pacchetto di sicurezza richiesto non esiste\000"
    // SEC_E_CONTEXT_EXPIRED
    "Il contesto \303\250 scaduto e non pu\303\262 pi\303\271 essere usato.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Il messaggio fornito \303\250 incompleto. La firma non \303\250 stata verificata.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Le credenziali fornite non erano complete e non potevano essere verificate. Impossibile inizializzare il"
    " contesto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "I buffer forniti a una funzione erano troppo piccoli.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Nome principale di destinazione scorretto.\000"
    // SEC_E_TIME_SKEW
    "Gli orologi nei computer client e server sono astosi.\000"
    // SEC_E_UNTRUSTED_ROOT
    "La catena di certificati \303\250 stata emessa da un'autorit\303\240 non disponibile nell'elenco locale."
    "\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Il messaggio ricevuto \303\250 imprevisto o formattato in modo non corretto.\000"
    // SEC_E_CERT_UNKNOWN
    "Si \303\250 verificato un errore sconosciuto durante l'elaborazione del certificato.\000"
    // SEC_E_CERT_EXPIRED
    "Il certificato ricevuto \303\250 scaduto.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Impossibile crittografare i dati specificati.\000"
    // SEC_E_DECRYPT_FAILURE
    "Impossibile decrittografare i dati specificati.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Il client e il server non possono comunicare perch\303\251 non dispongono di un algoritmo comune.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Non \303\250 stato possibile stabilire il contesto di sicurezza a causa di un errore nella qualit\303"
    "\240 del servizio richiesta,ad esempio l'autenticazione reciproca o la delega.\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Un contesto di sicurezza \303\250 stato eliminato prima del completamento del contesto. Si tratta di un "
    "errore di accesso.\000"
    // SEC_E_NO_TGT_REPLY
    "Il client sta tentando di negoziare un contesto e il server richiede da utente a utente, ma non ha invia"
    "to una risposta TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Impossibile eseguire l'attivit\303\240 richiesta perch\303\251 il computer locale non ha indirizzi IP."
    "\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "L'handle di credenziali fornito non corrisponde alle credenziali associate al contesto di sicurezza.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Il sistema di crittografia o la funzione checksum non \303\250 valida perch\303\251 una funzione obbliga"
    "toria non \303\250 disponibile.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\303\210 stato superato il numero massimo di segnalazioni di ticket.\000"
    // SEC_E_MUST_BE_KDC
    "Il computer locale deve essere un KDC Kerberos (controller di dominio) e non lo \303\250.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "L'altra estremit\303\240 della negoziazione di sicurezza richiede una crittografia avanzata, ma non \303"
    "\250 supportata nel computer locale.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La risposta KDC conteneva pi\303\271 di un nome di entit\303\240.\000"
    // SEC_E_NO_PA_DATA
    "\303\210 previsto che i dati PA trovino un suggerimento sul tipo etype da usare, ma non sono stati trova"
    "ti.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Il certificato client non contiene un UPN valido o non corrisponde al nome client nella richiesta di acc"
    "esso. Contatta l'amministratore.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "L'accesso con smart card \303\250 obbligatorio e non \303\250 stato usato.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\303\210 in corso un arresto del sistema.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "\303\210 stata inviata una richiesta non valida al KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Il KDC non \303\250 riuscito a generare una segnalazione per il servizio richiesto.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Il tipo di crittografia richiesto non \303\250 supportato dal KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Al pacchetto Kerberos \303\250 stato presentato un meccanismo di preautenticazione non supportato.\000"
    // SEC_E_DELEGATION_REQUIRED
    "Impossibile completare l'operazione richiesta. Il computer deve essere trusted per la delega e l'account"
    " utente corrente deve essere configurato per consentire la delega.\000"
    // SEC_E_BAD_BINDINGS
    "Le associazioni di canale SSPI fornite dal client non erano corrette.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Il certificato ricevuto \303\250 stato mappato a pi\303\271 account.\000"
    // SEC_E_NO_KERB_KEY
    "SEC _ E _ NO _ KERB _ KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "Il certificato non \303\250 valido per l'utilizzo richiesto.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Il sistema non \303\250 in grado di contattare un controller di dominio per eseguire la richiesta di aut"
    "enticazione. Riprova pi\303\271 tardi.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Il certificato della smart card usato per l'autenticazione \303\250 stato revocato. Contattare l'amminis"
    "tratore di sistema. Nel registro eventi possono essere presenti informazioni aggiuntive.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\303\210 stata rilevata un'autorit\303\240 di certificazione non attendibile durante l'elaborazione del "
    "certificato smart card usato per l'autenticazione. Contattare l'amministratore di sistema.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "Impossibile determinare lo stato di revoca del certificato smart card usato per l'autenticazione. Contat"
    "tare l'amministratore di sistema.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Il certificato della smart card usato per l'autenticazione non era attendibile. Contattare l'amministrat"
    "ore di sistema.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Il certificato smart card usato per l'autenticazione \303\250 scaduto. Contattare l'amministratore di si"
    "stema.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Il sottosistema Kerberos ha rilevato un errore. \303\210 stato effettuato un servizio per la richiesta d"
    "el protocollo utente su un controller di dominio che non supporta il servizio per l'utente.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "\303\210 stato effettuato un tentativo da questo server di effettuare una richiesta di delega vincolata "
    "Kerberos per una destinazione esterna all'area di autenticazione del server. Questa operazione non \303"
    "\250 supportata e indica un errore di configurazione nel server autorizzato a delegare all'elenco. Conta"
    "tta l'amministratore.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "Impossibile determinare lo stato di revoca del certificato del controller di dominio usato per l'autenti"
    "cazione con smart card. Nel registro eventi di sistema sono presenti informazioni aggiuntive. Contattare"
    " l'amministratore di sistema.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\303\210 stata rilevata un'autorit\303\240 di certificazione non attendibile durante l'elaborazione del "
    "certificato del controller di dominio usato per l'autenticazione. Nel registro eventi di sistema sono pr"
    "esenti informazioni aggiuntive. Contattare l'amministratore di sistema.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Il certificato del controller di dominio usato per l'accesso con smart card \303\250 scaduto. Contattare"
    " l'amministratore di sistema con il contenuto del registro eventi di sistema.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Il certificato del controller di dominio usato per l'accesso con smart card \303\250 stato revocato. Con"
    "tattare l'amministratore di sistema con il contenuto del registro eventi di sistema.\000"
    // SEC_E_INVALID_PARAMETER
    "Uno o pi\303\271 parametri passati alla funzione non sono validi.\000"
    // SEC_E_DELEGATION_POLICY
    "I criteri client non consentono la delega delle credenziali al server di destinazione.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "I criteri client non consentono la delega delle credenziali al server di destinazione solo con autentica"
    "zione NLTM.\000"
    // SEC_E_NO_CONTEXT
    "Il contesto di sicurezza richiesto non esiste.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "Il protocollo PKU2U ha rilevato un errore durante il tentativo di utilizzare i certificati associati."
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "Impossibile verificare l'identit\303\240 del computer server.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\303\210 consentito solo lo schema https.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "Si \303\250 verificato un errore durante l'esecuzione di un'operazione su un messaggio crittografico."
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Algoritmo di crittografia sconosciuto.\000"
    // CRYPT_E_OID_FORMAT
    "L'identificatore di oggetto non \303\250 formattato correttamente.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Tipo di messaggio crittografico non valido.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Codifica imprevista dei messaggi crittografici.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "Il messaggio di crittografia non contiene un attributo autenticato previsto.\000"
    // CRYPT_E_HASH_VALUE
    "Il valore hash non \303\250 corretto.\000"
    // CRYPT_E_INVALID_INDEX
    "Il valore di indice non \303\250 valido.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "Il contenuto del messaggio crittografico \303\250 gi\303\240 stato decrittografato.\000"
    // CRYPT_E_NOT_DECRYPTED
    "Il contenuto del messaggio di crittografia non \303\250 ancora stato decrittografato.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "Il messaggio di dati in busta non contiene il destinatario specificato.\000"
    // CRYPT_E_CONTROL_TYPE
    "Tipo di controllo non valido.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "Autorit\303\240 di emittente e/o numero di serie non validi.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "Impossibile trovare il firmatario originale.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "Il messaggio di crittografia non contiene tutti gli attributi richiesti.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "Il messaggio crittografico trasmesso non \303\250 pronto per restituire dati.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "Il messaggio crittografico trasmesso richiede pi\303\271 dati per completare l'operazione di decodifica."
    "\000"
    // CRYPT_E_BAD_LEN
    "La lunghezza specificata per i dati di output non \303\250 sufficiente.\000"
    // CRYPT_E_BAD_ENCODE
    "Si \303\250 verificato un errore durante l'operazione di codifica o decodifica.\000"
    // CRYPT_E_FILE_ERROR
    "Si \303\250 verificato un errore durante la lettura o la scrittura in un file.\000"
    // CRYPT_E_NOT_FOUND
    "Impossibile trovare l'oggetto o la propriet\303\240.\000"
    // CRYPT_E_EXISTS
    "L'oggetto o la propriet\303\240 esiste gi\303\240.\000"
    // CRYPT_E_NO_PROVIDER
    "Non \303\250 stato specificato alcun provider per l'archivio o l'oggetto.\000"
    // CRYPT_E_SELF_SIGNED
    "Il certificato specificato \303\250 autofirmato.\000"
    // CRYPT_E_DELETED_PREV
    "Il certificato o il contesto CRL precedente \303\250 stato eliminato.\000"
    // CRYPT_E_NO_MATCH
    "Impossibile trovare l'oggetto richiesto.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "Il certificato non dispone di una propriet\303\240 che fa riferimento a una chiave privata.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "Impossibile trovare il certificato e la chiave privata per la decrittografia.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "Impossibile trovare il certificato e la chiave privata da usare per la decrittografia.\000"
    // CRYPT_E_BAD_MSG
    "Non \303\250 un messaggio crittografico o il messaggio crittografico non \303\250 formattato correttamen"
    "te.\000"
    // CRYPT_E_NO_SIGNER
    "Il messaggio di crittografia firmato non dispone di un firmatario per l'indice del firmatario specificat"
    "o.\000"
    // CRYPT_E_PENDING_CLOSE
    "La chiusura finale \303\250 in sospeso fino a quando non vengono liberate o chiuse altre risorse.\000"
    // CRYPT_E_REVOKED
    "Il certificato viene revocato.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "Non \303\250 stata trovata alcuna DLL o funzione esportata per verificare la revoca.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "La funzione di revoca non \303\250 stata in grado di controllare la revoca del certificato.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "La funzione di revoca non \303\250 stata in grado di controllare la revoca perch\303\251 il server di re"
    "voca era offline.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "Il certificato non si trova nel database del server di revoca.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "La stringa contiene un carattere non numerico.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "La stringa contiene un carattere non stampabile.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "La stringa contiene un carattere non presente nel set di caratteri ASCII a 7 bit.\000"
    // CRYPT_E_INVALID_X500_STRING
    "La stringa contiene una chiave dell'attributo del nome X500 non valida, oid, valore o delimitatore.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "DwValueType per CERT _ NAME VALUE non \303\250 una delle stringhe di _ caratteri. Molto probabilmente si"
    " tratta di un BLOB CON CODIFICA RDN CERT _ _ o _ CERT _ RDN _ OCTET _ STRING.\000"
    // CRYPT_E_FILERESIZED
    "L'operazione Put non pu\303\262 continuare. Il file deve essere ridimensionato. Tuttavia, \303\250 gi"
    "\303\240 presente una firma. \303\210 necessario eseguire un'operazione di firma completa.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "L'operazione di crittografia non \303\250 riuscita a causa di un'impostazione dell'opzione di sicurezza "
    "locale.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "Non \303\250 stata trovata alcuna DLL o funzione esportata per verificare l'utilizzo del soggetto.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "La funzione chiamata non \303\250 stata in grado di eseguire un controllo dell'utilizzo sull'oggetto."
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "Poich\303\251 il server era offline, la funzione chiamata non \303\250 stata in grado di completare il c"
    "ontrollo dell'utilizzo.\000"
    // CRYPT_E_NOT_IN_CTL
    "L'oggetto non \303\250 stato trovato in un elenco di certificati attendibili (CTL).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "Nessuno dei firmatari del messaggio di crittografia o dell'elenco di certificati attendibili \303\250 at"
    "tendibile.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "I parametri dell'algoritmo della chiave pubblica sono mancanti.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "Codice di errore di codifica/decodifica del certificato OSS Vedere asn1code.h per una definizione degli "
    "errori di runtime OSS. I valori di errore OSS vengono compensati da CRYPT _ E _ OSS _ ERROR.\000"
    // CRYPT_E_ASN1_ERROR
    "Codice di errore di codifica/decodifica del certificato ASN1. I valori di errore ASN1 sono offset da CRY"
    "PT _ E _ ASN1 _ ERROR.\000"
    // CRYPT_E_ASN1_INTERNAL
    "Errore interno di codifica o decodifica ASN1.\000"
    // CRYPT_E_ASN1_EOD
    "Fine imprevista dei dati ASN1.\000"
    // CRYPT_E_ASN1_CORRUPT
    "I dati ASN1 sono danneggiati.\000"
    // CRYPT_E_ASN1_LARGE
    "Valore ASN1 troppo grande.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "Vincolo ASN1 violato.\000"
    // CRYPT_E_ASN1_MEMORY
    "MEMORIA ASN1 insufficiente.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "Overflow del buffer ASN1.\000"
    // CRYPT_E_ASN1_BADPDU
    "Funzione ASN1 non supportata per questa PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "Argomenti ASN1 non validi per la chiamata di funzione.\000"
    // CRYPT_E_ASN1_BADREAL
    "ASN1 valore reale non valido.\000"
    // CRYPT_E_ASN1_BADTAG
    "Il valore del tag ASN1 non valido \303\250 stato soddisfatto.\000"
    // CRYPT_E_ASN1_CHOICE
    "VALORE ASN1 scelta non valido.\000"
    // CRYPT_E_ASN1_RULE
    "Regola di codifica ASN1 non valida.\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 Non \303\250 un unicode (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "AsN1 tipo PDU non valido.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 non ancora implementato.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 ha ignorato le estensioni sconosciute.\000"
    // CRYPT_E_ASN1_NOEOD
    "Prevista fine dei dati ASN1\000"
    // TRUST_E_SYSTEM_ERROR
    "Si \303\250 verificato un errore a livello di sistema durante la verifica dell'attendibilit\303\240.\000"
    // TRUST_E_NO_SIGNER_CERT
    "Il certificato per il firmatario del messaggio non \303\250 valido oppure non \303\250 stato trovato."
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "Una delle firme del contatore non \303\250 valida.\000"
    // TRUST_E_CERT_SIGNATURE
    "La firma del certificato non pu\303\262 essere verificata.\000"
    // TRUST_E_TIME_STAMP
    "Non \303\250 stato possibile verificare la firma del timestamp e/o il certificato o il formato non \303"
    "\250 valido.\000"
    // TRUST_E_BAD_DIGEST
    "La firma digitale dell'oggetto non \303\250 stata verificata.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "Non \303\250 stata osservata l'estensione dei vincoli di base di un certificato.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "Il certificato non soddisfa o contiene le estensioni finanziarie Authenticode(tm).\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Provider di attendibilit\303\240 sconosciuto.\000"
    // TRUST_E_ACTION_UNKNOWN
    "L'azione di verifica dell'attendibilit\303\240 specificata non \303\250 supportata dal provider di atten"
    "dibilit\303\240 specificato.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "Il formato specificato per l'oggetto non \303\250 supportato o noto dal provider di attendibilit\303\240"
    " specificato.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "L'oggetto non \303\250 attendibile per l'azione specificata.\000"
    // TRUST_E_NOSIGNATURE
    "Nessuna firma presente nell'oggetto.\000"
    // CERT_E_EXPIRED
    "Un certificato richiesto non rientra nel periodo di validit\303\240 durante la verifica rispetto all'oro"
    "logio di sistema corrente o al timestamp nel file firmato.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "I periodi di validit\303\240 della catena di certificazione non vengono annidato correttamente.\000"
    // CERT_E_ROLE
    "Un certificato che pu\303\262 essere usato solo come entit\303\240 finale viene usato come CA o vicevers"
    "a.\000"
    // CERT_E_PATHLENCONST
    "Un vincolo della lunghezza del percorso nella catena di certificazione \303\250 stato violato.\000"
    // CERT_E_CRITICAL
    "Un certificato contiene un'estensione sconosciuta contrassegnata come 'critical'.\000"
    // CERT_E_PURPOSE
    "Certificato utilizzato per uno scopo diverso da quello specificato dalla CA.\000"
    // CERT_E_ISSUERCHAINING
    "Un elemento padre di un determinato certificato in realt\303\240 non ha emettere tale certificato figlio"
    ".\000"
    // CERT_E_MALFORMED
    "Un certificato \303\250 mancante o ha un valore vuoto per un campo importante, ad esempio un oggetto o u"
    "n nome dell'autorit\303\240 emittente.\000"
    // CERT_E_UNTRUSTEDROOT
    "Catena di certificati elaborata, ma terminata in un certificato radice non considerato attendibile dal p"
    "rovider di attendibilit\303\240.\000"
    // CERT_E_CHAINING
    "Non \303\250 stato possibile creare una catena di certificati per un'autorit\303\240 radice attendibile."
    "\000"
    // TRUST_E_FAIL
    "Errore di attendibilit\303\240 generico.\000"
    // CERT_E_REVOKED
    "Un certificato \303\250 stato revocato in modo esplicito dall'autorit\303\240 emittente.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "Il percorso di certificazione termina con la radice di test che non \303\250 attendibile con le impostaz"
    "ioni dei criteri correnti.\000"
    // CERT_E_REVOCATION_FAILURE
    "Impossibile continuare il processo di revoca. Non \303\250 stato possibile controllare i certificati."
    "\000"
    // CERT_E_CN_NO_MATCH
    "Il nome CN del certificato non corrisponde al valore passato.\000"
    // CERT_E_WRONG_USAGE
    "Il certificato non \303\250 valido per l'utilizzo richiesto.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "Il certificato \303\250 stato contrassegnato in modo esplicito come non attendibile dall'utente.\000"
    // CERT_E_UNTRUSTEDCA
    "Una catena di certificazione elaborata correttamente, ma uno dei certificati ca non \303\250 considerato"
    " attendibile dal provider di criteri.\000"
    // CERT_E_INVALID_POLICY
    "Il certificato ha criteri non validi.\000"
    // CERT_E_INVALID_NAME
    "Il nome del certificato non \303\250 valido. Il nome non \303\250 incluso nell'elenco consentito o viene"
    " escluso in modo esplicito.\000"sv;
inline constexpr char system_text_it_starts[] =
    "\000\000\001\000l\000\303\000M\001\333\001\334\001\021\002\235\002\327\002\033\003~\003\273\003\035\004"
    "\260\004\261\004\343\004\006\005.\005/\005n\005\252\005\253\005\332\005\033\006l\006\231\006&\007\203"
    "\007\310\007\352\007*\010e\010\251\010\341\010*\011Y\011\216\011\324\011G\012}\012\250\012\336\012;\013"
    "\202\013\321\013\365\013#\014S\014\257\014W\015\314\015I\016\244\016\011\017\177\017\276\017\022\020\223"
    "\020\311\020/\021\270\021\367\021\033\022M\022\233\022\330\0225\023\340\023&\024_\024y\024\260\0243\025"
    "\356\025\245\026/\027\247\027\020\030\316\030\017\032\375\032\011\034\271\034p\035\254\035\003\036w\036"
    "\246\036\014\037D\037h\037i\037j\037k\037l\037\314\037\363\0370 \\ \214 \331 \371 \034!d!\264!\374!\032"
    "\"Q\"~\"\307\"\017#r#\264#\376#G$v$\235$\341$\014%L%u%\313%\031&p&\320&;'\227'\266'\005([(\311(\010)7)h)"
    "\272)\036*\316*v+\340+=,\235,\021-_-\314-\014.\015.\322.Q/\177/\236/\274/\327/\355/\0110#0P0\2070\2450"
    "\3350\3740 1\0771Y1w1\2431\2771\0302r2\2372\3242<3t3u3\3003\0234;4\2564\0305O5t5\0216k6\3126#7u7\3027&8"
    "\2518,9\2119\2549\3719v:\326:\024;K;\246;.<T<\314<";

inline constexpr std::string_view page_text_it =
    // SEC_E_OK
    "Operazione riuscita.\000"
    // SEC_I_CONTINUE_NEEDED
    "La funzione \303\250 stata completata correttamente, ma \303\250 necessario chiamare di nuovo questa fun"
    "zione per completare il contesto.\000"
    // SEC_I_COMPLETE_NEEDED
    "La funzione \303\250 stata completata correttamente, ma \303\250 necessario chiamare la funzione Complet"
    "eAuthToken nel messaggio finale.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "La funzione \303\250 stata completata correttamente, ma l'applicazione deve chiamare di nuovo CompleteAu"
    "thToken e quindi InitializeSecurityContext (Generale) o AcceptSecurityContext (Generale) per completare "
    "il contesto.\000"
    // SEC_I_LOCAL_LOGON
    "L'accesso \303\250 stato completato, ma non \303\250 disponibile alcuna autorit\303\240 di rete. L'acces"
    "so \303\250 stato eseguito usando informazioni note localmente.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "Il mittente del messaggio ha terminato di usare la connessione e ha avviato un arresto. Per informazioni"
    " sull'avvio o sul riconoscimento di un arresto, vedere Arresto di una connessione Schannel.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "Le credenziali fornite non sono state completate e non \303\250 stato possibile verificarsi. Dal contest"
    "o possono essere restituite informazioni aggiuntive.\000"
    // SEC_I_RENEGOTIATE
    "I dati di contesto devono essere rinegoziati con il peer.\000"
    // SEC_I_NO_LSA_CONTEXT
    "A questo contesto non \303\250 associato alcun contesto in modalit\303\240 LSA.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "Memoria insufficiente per completare la richiesta.\000"
    // SEC_E_INVALID_HANDLE
    "L'handle passato alla funzione non \303\250 valido.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "La funzione richiesta non \303\250 supportata.\000"
    // SEC_E_NOT_SUPPORTED
    "La richiesta non \303\250 supportata.\000"
    // SEC_E_TARGET_UNKNOWN
    "La destinazione non \303\250 stata riconosciuta.\000"
    // SEC_E_INTERNAL_ERROR
    "Si \303\250 verificato un errore che non \303\250 stato mappato a un codice di errore SSPI.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "Il pacchetto di sicurezza non \303\250 stato riconosciuto.\000"
    // SEC_E_NOT_OWNER
    "Il chiamante della funzione non \303\250 proprietario delle credenziali.\000"
    // SEC_E_CANNOT_INSTALL
    "Il pacchetto di sicurezza non pu\303\262 essere inizializzato correttamente e non deve essere installato"
    ".\000"
    // SEC_E_INVALID_TOKEN
    "Il token passato alla funzione non \303\250 valido.\000"
    // SEC_E_CANNOT_PACK
    "Il pacchetto non \303\250 in grado di creare il pacchetto del contesto.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "L'attributo di qualit\303\240 della protezione non \303\250 supportato da questo pacchetto.\000"
    // SEC_E_NO_IMPERSONATION
    "Per questo contesto non \303\250 consentita alcuna rappresentazione.\000"
    // SEC_E_LOGON_DENIED
    "Questo codice di stato \303\250 obsoleto.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "Le credenziali fornite non sono state riconosciute.\000"
    // SEC_E_NO_CREDENTIALS
    "Non sono disponibili credenziali.\000"
    // SEC_E_MESSAGE_ALTERED
    "Il messaggio fornito per la verifica \303\250 stato modificato.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "Il messaggio fornito per la verifica non \303\250 in sequenza.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Non \303\250 stato possibile contattare alcuna autorit\303\240 per l'autenticazione.\000"
    // SEC_E_BAD_PKGID
    "L'identificatore del pacchetto richiesto non esiste.\000"
    // SEC_E_CONTEXT_EXPIRED
    "L'applicazione fa riferimento a un contesto gi\303\240 chiuso. Un'applicazione scritta correttamente non"
    " dovrebbe ricevere questo errore.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "Il messaggio fornito era incompleto. La firma non \303\250 stata verificata.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "Le credenziali fornite non sono state completate e non \303\250 stato possibile verificarsi. Impossibile"
    " inizializzare il contesto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "I buffer forniti alla funzione non sono sufficientemente grandi da contenere le informazioni.\000"
    // SEC_E_WRONG_PRINCIPAL
    "Nome principale di destinazione scorretto.\000"
    // SEC_E_TIME_SKEW
    "Gli orologi nei computer client e server non corrispondono.\000"
    // SEC_E_UNTRUSTED_ROOT
    "La catena di certificati \303\250 stata emessa da un'autorit\303\240 non disponibile nell'elenco locale."
    "\000"
    // SEC_E_ILLEGAL_MESSAGE
    "Il messaggio ricevuto \303\250 imprevisto o formattato in modo non corretto.\000"
    // SEC_E_CERT_UNKNOWN
    "Si \303\250 verificato un errore sconosciuto durante l'elaborazione del certificato.\000"
    // SEC_E_CERT_EXPIRED
    "Il certificato ricevuto \303\250 scaduto.\000"
    // SEC_E_ENCRYPT_FAILURE
    "Impossibile crittografare i dati specificati.\000"
    // SEC_E_DECRYPT_FAILURE
    "Impossibile decrittografare i dati specificati.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "Il client e il server non possono comunicare perch\303\251 non dispongono di un algoritmo comune.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "Impossibile stabilire il contesto di sicurezza a causa di un errore nella qualit\303\240 del servizio ri"
    "chiesta, ad esempio l'autenticazione reciproca o la delega.\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Un contesto di sicurezza \303\250 stato eliminato prima del completamento del contesto. Si tratta di un "
    "errore di accesso.\000"
    // SEC_E_NO_TGT_REPLY
    "Il client sta tentando di negoziare un contesto e il server richiede una connessione da utente a utente,"
    " ma non ha inviato una risposta TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "Impossibile eseguire l'attivit\303\240 richiesta perch\303\251 il computer locale non dispone di indiriz"
    "zi IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "L'handle di credenziali fornito non corrisponde alle credenziali associate al contesto di sicurezza.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "Il sistema di crittografia o la funzione checksum non \303\250 valida perch\303\251 una funzione richies"
    "ta non \303\250 disponibile.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\303\210 stato superato il numero massimo di segnalazioni di ticket.\000"
    // SEC_E_MUST_BE_KDC
    "Il computer locale deve essere un controller di dominio Kerberos (KDC), ma non lo \303\250.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "L'altra estremit\303\240 della negoziazione di sicurezza richiede una crittografia avanzata, ma non \303"
    "\250 supportata nel computer locale.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "La risposta KDC conteneva pi\303\271 di un nome di entit\303\240.\000"
    // SEC_E_NO_PA_DATA
    "I dati dell'amministratore dei criteri sono necessari per determinare il tipo di crittografia, ma non so"
    "no stati trovati.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "Il certificato client non contiene un UPN valido o non corrisponde al nome client nella richiesta di acc"
    "esso.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "L'accesso con smart card \303\250 obbligatorio e non \303\250 stato usato.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\303\210 in corso un arresto del sistema.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Una richiesta non valida \303\250 stata inviata al KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "Il KDC non \303\250 riuscito a generare una segnalazione per il servizio richiesto.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "Il tipo di crittografia richiesto non \303\250 supportato dal KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Al pacchetto Kerberos \303\250 stato presentato un meccanismo di preautenticazione non supportato.\000"
    // SEC_E_DELEGATION_REQUIRED
    "Impossibile completare l'operazione richiesta. Il computer deve essere attendibile per la delega e l'acc"
    "ount utente corrente deve essere configurato per consentire la delega.\000"
    // SEC_E_BAD_BINDINGS
    "Le associazioni di canale SSPI fornite dal client non sono corrette.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "Il certificato ricevuto \303\250 stato mappato a pi\303\271 account.\000"
    // SEC_E_NO_KERB_KEY
    "Non \303\250 stata trovata alcuna chiave Kerberos.\000"
    // SEC_E_CERT_WRONG_USAGE
    "Il certificato non \303\250 valido per l'utilizzo richiesto.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "Il sistema ha rilevato un possibile tentativo di compromissione della sicurezza. Verificare che sia poss"
    "ibile contattare il server che ha autenticato l'utente.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "Il smart card certificato usato per l'autenticazione \303\250 stato revocato. Nel registro eventi posson"
    "o essere presenti informazioni aggiuntive.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\303\210 stata rilevata un'autorit\303\240 di certificazione (CA) non attendibile durante l'elaborazione"
    " smart card certificato usato per l'autenticazione.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "Impossibile determinare lo stato di smart card certificato usato per l'autenticazione.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "Il smart card certificato usato per l'autenticazione non \303\250 attendibile.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "Il smart card certificato usato per l'autenticazione \303\250 scaduto.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Il sottosistema Kerberos ha rilevato un errore. \303\210 stato effettuato un servizio per la richiesta d"
    "el protocollo utente su un controller di dominio che non supporta il servizio per un utente.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Il server ha tentato di effettuare una richiesta di delega vincolata Kerberos per una destinazione ester"
    "na all'area di autenticazione del server.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "Impossibile determinare lo stato di revoca del certificato del controller di dominio usato smart card'au"
    "tenticazione. Il registro eventi di sistema contiene informazioni aggiuntive.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\303\210 stata rilevata una CA non attendibile durante l'elaborazione del certificato del controller di "
    "dominio usato per l'autenticazione. Il registro eventi di sistema contiene informazioni aggiuntive.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "Il certificato del controller di dominio usato per l smart card'accesso \303\250 scaduto.\000"
    // SEC_E_KDC_CERT_REVOKED
    "Il certificato del controller di dominio usato smart card'accesso \303\250 stato revocato.\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_it_starts[] =
    "\000\000\025\000\223\000\020\001\347\001w\002x\002<\003\323\003\015\004Q\004R\004S\004T\004U\004V\004"
    "\211\004\267\004\340\004\000\005+\005{\005|\005\261\005\364\005X\006\206\006\310\006\030\007W\007{\007"
    "\257\007\321\007\013\010D\010\215\010\302\010F\011\215\011\013\012i\012\224\012\320\012-\013t\013\303"
    "\013\347\013\025\014E\014\241\014\077\015\264\015A\016\244\016\011\017|\017\273\017\021\020\222\020\310"
    "\020B\021\260\021\357\021\023\022E\022\223\022\320\022-\023\334\023!\024Z\024\207\024\276\024^\025\353"
    "\025{\026\322\026\033\027\\\027\033\030\255\030c\031)\032}\032\322\032\323\032\324\032\325\032\326\032"
    "\327\032\330\032\331\032\332\032\333\032\334\032\335\032\336\032\337\032\340\032\341\032\342\032\343\032"
    "\344\032\345\032\346\032\347\032\350\032\351\032\352\032\353\032\354\032\355\032\356\032\357\032\360\032"
    "\361\032\362\032\363\032\364\032\365\032\366\032\367\032\370\032\371\032\372\032\373\032\374\032\375\032"
    "\376\032\377\032\000\033\001\033\002\033\003\033\004\033\005\033\006\033\007\033\010\033\011\033\012\033"
    "\013\033\014\033\015\033\016\033\017\033\020\033\021\033\022\033\023\033\024\033\025\033\026\033\027\033"
    "\030\033\031\033\032\033\033\033\034\033\035\033\036\033\037\033 \033!\033\"\033#\033$\033%\033&\033'"
    "\033(\033)\033*\033+\033,\033-\033.\033/\0330\0331\0332\0333\0334\0335\0336\0337\0338\0339\033:\033;\033"
    "<\033=\033>\033\077\033@\033A\033B\033C\033D\033E\033F\033";

inline constexpr std::string_view system_text_pt_br =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas deve ser chamada novamente para conclu"
    "ir o contexto\000"
    // SEC_I_COMPLETE_NEEDED
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas CompleteToken deve ser chamado\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas CompleteToken e essa fun\303\247\303"
    "\243o devem ser chamadas para concluir o contexto\000"
    // SEC_I_LOCAL_LOGON
    "O logon foi conclu\303\255do, mas nenhuma autoridade de rede estava dispon\303\255vel. O logon foi feito"
    " usando informa\303\247\303\265es conhecidas localmente\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "O contexto expirou e n\303\243o pode mais ser usado.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "As credenciais fornecidas n\303\243o foram conclu\303\255das e n\303\243o puderam ser verificadas. Infor"
    "ma\303\247\303\265es adicionais podem ser retornadas do contexto.\000"
    // SEC_I_RENEGOTIATE
    "Os dados de contexto devem ser renegociados com o par.\000"
    // SEC_I_NO_LSA_CONTEXT
    "N\303\243o h\303\241 nenhum contexto de modo LSA associado a esse contexto.\000"
    // SEC_I_SIGNATURE_NEEDED
    "Uma opera\303\247\303\243o de assinatura deve ser executada antes que o usu\303\241rio possa se autentic"
    "ar.\000"
    // SEC_I_NO_RENEGOTIATION
    "O destinat\303\241rio rejeitou a solicita\303\247\303\243o de renegocia\303\247\303\243o.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "O buffer retornado \303\251 apenas um fragmento da mensagem. Mais fragmentos precisam ser retornados."
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas deve ser chamada novamente para conclu"
    "ir o contexto. O in\303\255cio antecipado pode ser usado.\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "N\303\243o h\303\241 mem\303\263ria suficiente dispon\303\255vel para concluir esta solicita\303\247\303"
    "\243o\000"
    // SEC_E_INVALID_HANDLE
    "O identificador especificado \303\251 inv\303\241lido\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "N\303\243o h\303\241 suporte para a fun\303\247\303\243o solicitada\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "O destino especificado \303\251 desconhecido ou est\303\241 inacess\303\255vel\000"
    // SEC_E_INTERNAL_ERROR
    "N\303\243o \303\251 poss\303\255vel contatar a autoridade de seguran\303\247a local\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "O pacote de seguran\303\247a solicitado n\303\243o existe\000"
    // SEC_E_NOT_OWNER
    "O chamador n\303\243o \303\251 o propriet\303\241rio das credenciais desejadas\000"
    // SEC_E_CANNOT_INSTALL
    "Falha ao inicializar o pacote de seguran\303\247a e ele n\303\243o pode ser instalado\000"
    // SEC_E_INVALID_TOKEN
    "O token fornecido para a fun\303\247\303\243o \303\251 inv\303\241lido\000"
    // SEC_E_CANNOT_PACK
    "O pacote de seguran\303\247a n\303\243o \303\251 capaz de realizar marshaling no buffer de logon, portan"
    "to, a tentativa de logon falhou\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "A qualidade de prote\303\247\303\243o por mensagem n\303\243o \303\251 suportada pelo pacote de seguran"
    "\303\247a\000"
    // SEC_E_NO_IMPERSONATION
    "O contexto de seguran\303\247a n\303\243o permite a representa\303\247\303\243o do cliente\000"
    // SEC_E_LOGON_DENIED
    "Falha na tentativa de logon\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "As credenciais fornecidas para o pacote n\303\243o foram reconhecidas\000"
    // SEC_E_NO_CREDENTIALS
    "N\303\243o h\303\241 credenciais dispon\303\255veis no pacote de seguran\303\247a\000"
    // SEC_E_MESSAGE_ALTERED
    "A mensagem ou assinatura fornecida para verifica\303\247\303\243o foi alterada\000"
    // SEC_E_OUT_OF_SEQUENCE
    "A mensagem fornecida para verifica\303\247\303\243o est\303\241 fora de sequ\303\252ncia\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Nenhuma autoridade pode ser contatada para autentica\303\247\303\243o.\000"
    // SEC_E_BAD_PKGID
    "O pacote de seguran\303\247a solicitado n\303\243o existe\000"
    // SEC_E_CONTEXT_EXPIRED
    "O contexto expirou e n\303\243o pode mais ser usado.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "A mensagem fornecida est\303\241 incompleta. A assinatura n\303\243o foi verificada.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "As credenciais fornecidas n\303\243o foram conclu\303\255das e n\303\243o puderam ser verificadas. N\303"
    "\243o foi poss\303\255vel inicializar o contexto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Os buffers fornecidos para uma fun\303\247\303\243o era muito pequeno.\000"
    // SEC_E_WRONG_PRINCIPAL
    "O nome da entidade de destino est\303\241 incorreto.\000"
    // SEC_E_TIME_SKEW
    "Os rel\303\263gios nos servidores e no cliente est\303\243o distorcedos.\000"
    // SEC_E_UNTRUSTED_ROOT
    "A cadeia de certificados foi emitida por uma autoridade que n\303\243o \303\251 confi\303\241vel.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "A mensagem recebida foi inesperada ou mal formatada.\000"
    // SEC_E_CERT_UNKNOWN
    "Ocorreu um erro desconhecido durante o processamento do certificado.\000"
    // SEC_E_CERT_EXPIRED
    "O certificado recebido expirou.\000"
    // SEC_E_ENCRYPT_FAILURE
    "N\303\243o foi poss\303\255vel criptografar os dados especificados.\000"
    // SEC_E_DECRYPT_FAILURE
    "N\303\243o foi poss\303\255vel descriptografar os dados especificados.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "O cliente e o servidor n\303\243o podem se comunicar porque n\303\243o t\303\252m um algoritmo comum."
    "\000"
    // SEC_E_SECURITY_QOS_FAILED
    "N\303\243o foi poss\303\255vel estabelecer o contexto de seguran\303\247a devido a uma falha na qualidad"
    "e de servi\303\247o solicitada (por exemplo, autentica\303\247\303\243o m\303\272tua ou delega\303\247"
    "\303\243o).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Um contexto de seguran\303\247a foi exclu\303\255do antes da conclus\303\243o do contexto. Isso \303\251"
    " considerado uma falha de logon.\000"
    // SEC_E_NO_TGT_REPLY
    "O cliente est\303\241 tentando negociar um contexto e o servidor requer usu\303\241rio para usu\303\241r"
    "io, mas n\303\243o enviou uma resposta TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "N\303\243o \303\251 poss\303\255vel realizar a tarefa solicitada porque o computador local n\303\243o te"
    "m endere\303\247os IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "O handle de credencial fornecido n\303\243o corresponder\303\241 \303\240 credencial associada ao contex"
    "to de seguran\303\247a.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "O sistema de criptografia ou a fun\303\247\303\243o de verifica\303\247\303\243o \303\251 inv\303\241lid"
    "o porque uma fun\303\247\303\243o necess\303\241ria n\303\243o est\303\241 dispon\303\255vel.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "O n\303\272mero m\303\241ximo de indica\303\247\303\265es de t\303\255quete foi excedido.\000"
    // SEC_E_MUST_BE_KDC
    "O computador local deve ser um KDC Kerberos (controlador de dom\303\255nio) e n\303\243o \303\251.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "A outra extremidade da negocia\303\247\303\243o de seguran\303\247a \303\251 exigir uma criptografia for"
    "te, mas n\303\243o tem suporte no computador local.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "A resposta do KDC continha mais de um nome principal.\000"
    // SEC_E_NO_PA_DATA
    "Espera-se encontrar dados de PA para uma dica de qual tipo usar, mas eles n\303\243o foram encontrados."
    "\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "O certificado do cliente n\303\243o cont\303\251m um UPN v\303\241lido ou n\303\243o corresponder\303"
    "\241 ao nome do cliente na solicita\303\247\303\243o de logon. Contate o administrador.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "O logon de cart\303\243o inteligente \303\251 necess\303\241rio e n\303\243o foi usado.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Um desligamento do sistema est\303\241 em andamento.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Uma solicita\303\247\303\243o inv\303\241lida foi enviada para o KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "O KDC n\303\243o p\303\264de gerar uma indica\303\247\303\243o para o servi\303\247o solicitado.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "O tipo de criptografia solicitado n\303\243o \303\251 suportado pelo KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Um mecanismo de pr\303\251-autentica\303\247\303\243o sem suporte foi apresentado ao pacote Kerberos."
    "\000"
    // SEC_E_DELEGATION_REQUIRED
    "N\303\243o \303\251 poss\303\255vel concluir a opera\303\247\303\243o solicitada. O computador deve ser "
    "confi\303\241vel para delega\303\247\303\243o e a conta de usu\303\241rio atual deve ser configurada par"
    "a permitir a delega\303\247\303\243o.\000"
    // SEC_E_BAD_BINDINGS
    "As vincula\303\247\303\265es de canal SSPI fornecidas pelo cliente estavam incorretas.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "O certificado recebido foi mapeado para v\303\241rias contas.\000"
    // SEC_E_NO_KERB_KEY
    "SEC _ E _ NO _ KERB _ KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "O certificado n\303\243o \303\251 v\303\241lido para o uso solicitado.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "O sistema n\303\243o pode entrar em contato com um controlador de dom\303\255nio para fazer o servi\303"
    "\247o da solicita\303\247\303\243o de autentica\303\247\303\243o. Tente novamente mais tarde.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "O certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o foi revogado. Entre em "
    "contato com o administrador do sistema. Pode haver informa\303\247\303\265es adicionais no log de evento"
    "s.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Uma autoridade de certifica\303\247\303\243o n\303\243o segura foi detectada durante o processamento do "
    "certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o. Entre em contato com o a"
    "dministrador do sistema.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "N\303\243o foi poss\303\255vel determinar o status de revoga\303\247\303\243o do certificado de cart\303"
    "\243o inteligente usado para autentica\303\247\303\243o. Entre em contato com o administrador do sistema"
    ".\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "O certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o n\303\243o era confi"
    "\303\241vel. Entre em contato com o administrador do sistema.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "O certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o expirou. Entre em conta"
    "to com o administrador do sistema.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "O subsistema Kerberos encontrou um erro. Um servi\303\247o para solicita\303\247\303\243o de protocolo d"
    "e usu\303\241rio foi feito em um controlador de dom\303\255nio que n\303\243o d\303\241 suporte ao servi"
    "\303\247o para o usu\303\241rio.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "Foi feita uma tentativa por este servidor para fazer uma solicita\303\247\303\243o de delega\303\247\303"
    "\243o restrita de Kerberos para um destino fora do realm do servidor. N\303\243o h\303\241 suporte para "
    "isso e indica uma configura\303\247\303\243o incorreta neste servidor, permiss\303\243o para delegar "
    "\303\240 lista. Contate o administrador.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "N\303\243o foi poss\303\255vel determinar o status de revoga\303\247\303\243o do certificado do controla"
    "dor de dom\303\255nio usado para autentica\303\247\303\243o de cart\303\243o inteligente. H\303\241 info"
    "rma\303\247\303\265es adicionais no log de eventos do sistema. Entre em contato com o administrador do s"
    "istema.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Uma autoridade de certifica\303\247\303\243o n\303\243o confi\303\241vel foi detectada durante o process"
    "amento do certificado do controlador de dom\303\255nio usado para autentica\303\247\303\243o. H\303\241 "
    "informa\303\247\303\265es adicionais no log de eventos do sistema. Entre em contato com o administrador "
    "do sistema.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "O certificado do controlador de dom\303\255nio usado para logon de cart\303\243o inteligente expirou. En"
    "tre em contato com o administrador do sistema com o conte\303\272do do seu log de eventos do sistema."
    "\000"
    // SEC_E_KDC_CERT_REVOKED
    "O certificado do controlador de dom\303\255nio usado para logon de cart\303\243o inteligente foi revogad"
    "o. Entre em contato com o administrador do sistema com o conte\303\272do do seu log de eventos do sistem"
    "a.\000"
    // SEC_E_INVALID_PARAMETER
    "Um ou mais dos par\303\242metros passados para a fun\303\247\303\243o era inv\303\241lido.\000"
    // SEC_E_DELEGATION_POLICY
    "A pol\303\255tica do cliente n\303\243o permite a delega\303\247\303\243o de credenciais para o servidor"
    " de destino.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "A pol\303\255tica do cliente n\303\243o permite a delega\303\247\303\243o de credenciais para o servidor"
    " de destino com a autentica\303\247\303\243o somente NLTM.\000"
    // SEC_E_NO_CONTEXT
    "O contexto de seguran\303\247a necess\303\241rio n\303\243o existe.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "O protocolo PKU2U encontrou um erro ao tentar utilizar os certificados associados.\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "A identidade do computador do servidor n\303\243o p\303\264de ser verificada.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "Somente o esquema HTTPS \303\251 permitido.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "Ocorreu um erro ao executar uma opera\303\247\303\243o em uma mensagem criptogr\303\241fica.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "Algoritmo criptogr\303\241fico desconhecido.\000"
    // CRYPT_E_OID_FORMAT
    "O identificador de objeto est\303\241 formatado incorretamente.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "Tipo de mensagem criptogr\303\241fica inv\303\241lido.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "Codifica\303\247\303\243o de mensagem criptogr\303\241fica inesperada.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "A mensagem de criptografia n\303\243o cont\303\251m um atributo autenticado esperado.\000"
    // CRYPT_E_HASH_VALUE
    "O valor de hash n\303\243o est\303\241 correto.\000"
    // CRYPT_E_INVALID_INDEX
    "O valor do \303\255ndice n\303\243o \303\251 v\303\241lido.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "O conte\303\272do da mensagem de criptografia j\303\241 foi descriptografado.\000"
    // CRYPT_E_NOT_DECRYPTED
    "O conte\303\272do da mensagem de criptografia ainda n\303\243o foi descriptografado.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "A mensagem de dados envelopada n\303\243o cont\303\251m o destinat\303\241rio especificado.\000"
    // CRYPT_E_CONTROL_TYPE
    "Tipo de controle inv\303\241lido.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "Emissor e/ou n\303\272mero de s\303\251rie inv\303\241lido.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "N\303\243o \303\251 poss\303\255vel localizar o signat\303\241rio original.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "A mensagem de criptografia n\303\243o cont\303\251m todos os atributos solicitados.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "A mensagem criptogr\303\241fica em fluxo n\303\243o est\303\241 pronta para retornar dados.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "A mensagem criptogr\303\241fica em fluxo requer mais dados para concluir a opera\303\247\303\243o de dec"
    "odifica\303\247\303\243o.\000"
    // CRYPT_E_BAD_LEN
    "O comprimento especificado para os dados de sa\303\255da era insuficiente.\000"
    // CRYPT_E_BAD_ENCODE
    "Ocorreu um erro durante a opera\303\247\303\243o de codifica\303\247\303\243o ou decodifica\303\247\303"
    "\243o.\000"
    // CRYPT_E_FILE_ERROR
    "Ocorreu um erro ao ler ou gravar em um arquivo.\000"
    // CRYPT_E_NOT_FOUND
    "N\303\243o \303\251 poss\303\255vel localizar objeto ou propriedade.\000"
    // CRYPT_E_EXISTS
    "O objeto ou a propriedade j\303\241 existe.\000"
    // CRYPT_E_NO_PROVIDER
    "Nenhum provedor foi especificado para a loja ou o objeto.\000"
    // CRYPT_E_SELF_SIGNED
    "O certificado especificado \303\251 auto-assinado.\000"
    // CRYPT_E_DELETED_PREV
    "O certificado anterior ou o contexto CRL foi exclu\303\255do.\000"
    // CRYPT_E_NO_MATCH
    "N\303\243o \303\251 poss\303\255vel localizar o objeto solicitado.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "O certificado n\303\243o tem uma propriedade que fa\303\247a refer\303\252ncia a uma chave privada.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "N\303\243o \303\251 poss\303\255vel localizar o certificado e a chave privada para descriptografia.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "N\303\243o \303\251 poss\303\255vel localizar o certificado e a chave privada a serem usados para descri"
    "ptografia.\000"
    // CRYPT_E_BAD_MSG
    "N\303\243o \303\251 uma mensagem criptogr\303\241fica ou a mensagem criptogr\303\241fica n\303\243o est"
    "\303\241 formatada corretamente.\000"
    // CRYPT_E_NO_SIGNER
    "A mensagem criptografada assinada n\303\243o tem um signat\303\241rio para o \303\255ndice de signat\303"
    "\241rio especificado.\000"
    // CRYPT_E_PENDING_CLOSE
    "O fechamento final est\303\241 pendente at\303\251 a libera\303\247\303\243o ou fechamento adicional."
    "\000"
    // CRYPT_E_REVOKED
    "O certificado foi revogado.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "Nenhuma dll ou fun\303\247\303\243o exportada foi encontrada para verificar a revoga\303\247\303\243o."
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "A fun\303\247\303\243o de revoga\303\247\303\243o n\303\243o p\303\264de verificar a revoga\303\247\303"
    "\243o do certificado.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "A fun\303\247\303\243o de revoga\303\247\303\243o n\303\243o p\303\264de verificar a revoga\303\247\303"
    "\243o porque o servidor de revoga\303\247\303\243o estava offline.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "O certificado n\303\243o est\303\241 no banco de dados do servidor de revoga\303\247\303\243o.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "A cadeia de caracteres cont\303\251m um caractere n\303\243o num\303\251rico.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "A cadeia de caracteres cont\303\251m um caractere n\303\243o imprim\303\255vel.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "A cadeia de caracteres cont\303\251m um caractere que n\303\243o est\303\241 no conjunto de caracteres A"
    "SCII de 7 bits.\000"
    // CRYPT_E_INVALID_X500_STRING
    "A cadeia de caracteres cont\303\251m uma chave de atributo de nome X500, OID, valor ou delimitador inv"
    "\303\241lido.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "O dwValueType para o valor do nome do certificado _ _ n\303\243o \303\251 uma das cadeias de caracteres."
    " \303\211 mais prov\303\241vel que seja um _ blob codificado de CERT ou uma cadeia de caracteres de octe"
    "to do _ _ certificado _ RDN _ _ .\000"
    // CRYPT_E_FILERESIZED
    "A opera\303\247\303\243o Put n\303\243o pode continuar. O arquivo precisa ser redimensionado. No entanto"
    ", j\303\241 existe uma assinatura presente. Uma opera\303\247\303\243o de assinatura completa deve ser f"
    "eita.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "A opera\303\247\303\243o de criptografia falhou devido a uma configura\303\247\303\243o de op\303\247"
    "\303\243o de seguran\303\247a local.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "Nenhuma DLL ou fun\303\247\303\243o exportada foi encontrada para verificar o uso do assunto.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "A fun\303\247\303\243o chamada n\303\243o p\303\264de fazer uma verifica\303\247\303\243o de uso no assu"
    "nto.\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "Como o servidor estava offline, a fun\303\247\303\243o chamada n\303\243o p\303\264de concluir a verific"
    "a\303\247\303\243o de uso.\000"
    // CRYPT_E_NOT_IN_CTL
    "O assunto n\303\243o foi encontrado em uma CTL (lista de certificados confi\303\241veis).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "Nenhum dos assinantes da mensagem de criptografia ou da lista de certificados confi\303\241veis \303\251"
    " confi\303\241vel.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "Os par\303\242metros de algoritmo da chave p\303\272blica est\303\243o ausentes.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "Base de c\303\263digo de erro de codifica\303\247\303\243o/decodifica\303\247\303\243o de certificado OS"
    "S consulte asn1code. h para obter uma defini\303\247\303\243o dos erros de tempo de execu\303\247\303"
    "\243o OSS. Os valores de erro de OSS s\303\243o deslocados por erro de oculto _ E _ OSS _ .\000"
    // CRYPT_E_ASN1_ERROR
    "Base de c\303\263digo de erro de codifica\303\247\303\243o/decodifica\303\247\303\243o de certificado AS"
    "N1. Os valores de erro ASN1 s\303\243o deslocados por erro de cript _ E _ asn1 _ .\000"
    // CRYPT_E_ASN1_INTERNAL
    "Erro interno de codifica\303\247\303\243o ou decodifica\303\247\303\243o ASN1.\000"
    // CRYPT_E_ASN1_EOD
    "Fim de dados inesperado ASN1.\000"
    // CRYPT_E_ASN1_CORRUPT
    "Dados corrompidos ASN1.\000"
    // CRYPT_E_ASN1_LARGE
    "Valor ASN1 muito grande.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "Restri\303\247\303\243o ASN1 violada.\000"
    // CRYPT_E_ASN1_MEMORY
    "Mem\303\263ria ASN1 insuficiente.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "Estouro de buffer ASN1.\000"
    // CRYPT_E_ASN1_BADPDU
    "A fun\303\247\303\243o ASN1 n\303\243o tem suporte para esta PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "Argumentos inv\303\241lidos ASN1 para chamada de fun\303\247\303\243o.\000"
    // CRYPT_E_ASN1_BADREAL
    "Valor real ASN1 insatisfat\303\263rio.\000"
    // CRYPT_E_ASN1_BADTAG
    "Valor de marca inv\303\241lido ASN1 atendido.\000"
    // CRYPT_E_ASN1_CHOICE
    "Valor de op\303\247\303\243o inv\303\241lido ASN1.\000"
    // CRYPT_E_ASN1_RULE
    "Regra de codifica\303\247\303\243o inadequada ASN1.\000"
    // CRYPT_E_ASN1_UTF8
    "Unicode inv\303\241lidos ASN1 (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "Tipo de PDU inv\303\241lido ASN1.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 ainda n\303\243o implementado.\000"
    // CRYPT_E_ASN1_EXTENDED
    "O ASN1 ignorou extens\303\265es desconhecidas.\000"
    // CRYPT_E_ASN1_NOEOD
    "Fim de dados ASN1 esperado\000"
    // TRUST_E_SYSTEM_ERROR
    "Erro no sistema ao verificar a rela\303\247\303\243o de confian\303\247a.\000"
    // TRUST_E_NO_SIGNER_CERT
    "O certificado para o signat\303\241rio da mensagem \303\251 inv\303\241lido ou n\303\243o foi encontrado"
    ".\000"
    // TRUST_E_COUNTER_SIGNER
    "Uma das assinaturas do contador era inv\303\241lida.\000"
    // TRUST_E_CERT_SIGNATURE
    "A assinatura do certificado n\303\243o pode ser verificada.\000"
    // TRUST_E_TIME_STAMP
    "A assinatura e/ou o certificado de carimbo de data/hora n\303\243o p\303\264de ser verificado ou est\303"
    "\241 malformado.\000"
    // TRUST_E_BAD_DIGEST
    "A assinatura digital do objeto n\303\243o foi verificada.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "A extens\303\243o de restri\303\247\303\243o b\303\241sica de um certificado n\303\243o foi observada."
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "O certificado n\303\243o atende ou cont\303\251m as extens\303\265es financeiras Authenticode (TM).\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "Provedor de confian\303\247a desconhecido.\000"
    // TRUST_E_ACTION_UNKNOWN
    "A a\303\247\303\243o de verifica\303\247\303\243o de confian\303\247a especificada n\303\243o \303\251 s"
    "uportada pelo provedor de confian\303\247a especificado.\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "O formul\303\241rio especificado para o assunto n\303\243o \303\251 um suporte ou \303\251 conhecido pel"
    "o provedor de confian\303\247a especificado.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "O assunto n\303\243o \303\251 confi\303\241vel para a a\303\247\303\243o especificada.\000"
    // TRUST_E_NOSIGNATURE
    "Nenhuma assinatura estava presente no assunto.\000"
    // CERT_E_EXPIRED
    "Um certificado necess\303\241rio n\303\243o est\303\241 dentro de seu per\303\255odo de validade ao veri"
    "ficar em rela\303\247\303\243o ao rel\303\263gio do sistema atual ou ao carimbo de data/hora no arquivo "
    "assinado.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "Os per\303\255odos de validade da cadeia de certifica\303\247\303\243o n\303\243o s\303\243o aninhados c"
    "orretamente.\000"
    // CERT_E_ROLE
    "Um certificado que s\303\263 pode ser usado como uma entidade final est\303\241 sendo usado como uma CA "
    "ou vice-versa.\000"
    // CERT_E_PATHLENCONST
    "Uma restri\303\247\303\243o de tamanho de caminho na cadeia de certifica\303\247\303\243o foi violada."
    "\000"
    // CERT_E_CRITICAL
    "Um certificado cont\303\251m uma extens\303\243o desconhecida que est\303\241 marcada como ' Critical '."
    "\000"
    // CERT_E_PURPOSE
    "Um certificado que est\303\241 sendo usado para uma finalidade diferente daqueles especificados por sua "
    "autoridade de certifica\303\247\303\243o.\000"
    // CERT_E_ISSUERCHAINING
    "Um pai de um determinado certificado, de fato, n\303\243o emitiu esse certificado filho.\000"
    // CERT_E_MALFORMED
    "Um certificado est\303\241 ausente ou tem um valor vazio para um campo importante, como um assunto ou no"
    "me do emissor.\000"
    // CERT_E_UNTRUSTEDROOT
    "Uma cadeia de certificados foi processada, mas terminada em um certificado raiz que n\303\243o \303\251 "
    "confi\303\241vel pelo provedor de confian\303\247a.\000"
    // CERT_E_CHAINING
    "N\303\243o foi poss\303\255vel construir uma cadeia de certificados para uma autoridade raiz confi\303"
    "\241vel.\000"
    // TRUST_E_FAIL
    "Falha de confian\303\247a gen\303\251rica.\000"
    // CERT_E_REVOKED
    "Um certificado foi revogado explicitamente pelo emissor.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "O caminho de certifica\303\247\303\243o termina com a raiz de teste, que n\303\243o \303\251 confi\303"
    "\241vel com as configura\303\247\303\265es de pol\303\255tica atuais.\000"
    // CERT_E_REVOCATION_FAILURE
    "O processo de revoga\303\247\303\243o n\303\243o p\303\264de continuar \342\200\223 os certificados n"
    "\303\243o puderam ser verificados.\000"
    // CERT_E_CN_NO_MATCH
    "O nome CN do certificado n\303\243o corresponder\303\241 ao valor passado.\000"
    // CERT_E_WRONG_USAGE
    "O certificado n\303\243o \303\251 v\303\241lido para o uso solicitado.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "O certificado foi explicitamente marcado como n\303\243otruso pelo usu\303\241rio.\000"
    // CERT_E_UNTRUSTEDCA
    "Uma cadeia de certifica\303\247\303\243o foi processada corretamente, mas um dos certificados de AC n"
    "\303\243o \303\251 confi\303\241vel para o provedor de pol\303\255tica.\000"
    // CERT_E_INVALID_POLICY
    "O certificado tem uma pol\303\255tica inv\303\241lida.\000"
    // CERT_E_INVALID_NAME
    "O certificado tem um nome inv\303\241lido. O nome n\303\243o est\303\241 inclu\303\255do na lista de per"
    "mitidos ou \303\251 exclu\303\255do explicitamente.\000"sv;
inline constexpr char system_text_pt_br_starts[] =
    "\000\000\001\000_\000\250\000\034\001\244\001\245\001\324\001`\002\227\002\327\0021\003m\003\315\003Q"
    "\004R\004\234\004\306\004\362\004\363\0040\005l\005m\005\233\005\330\005\"\006Q\006\307\006\032\007]\007"
    "y\007\271\007\363\0076\010w\010\262\010\340\010\017\011X\011\324\011\017\012>\012{\012\313\012\000\013E"
    "\013e\013\235\013\330\013,\014\320\014A\015\275\015\036\016\206\016\004\017@\017\221\017\017\020E\020"
    "\247\020:\021z\021\251\021\335\021 \022^\022\262\022f\023\261\023\351\023\003\0248\024\323\024\210\025M"
    "\026\365\026z\027\363\027\256\030\320\031\316\032\326\033\222\034S\035\226\035\363\035r\036\244\036\367"
    "\0369\037_\037`\037a\037b\037c\037\256\037\325\037\017 : o \271 \335 \001!C!\214!\326!\362!\034\"P\"\230"
    "\"\342\"F#\213#\325#\005$8$^$\230$\305$\375$.%\200%\322%3&\227&\375&K'g'\266'\003(q(\270(\364(2)\230)"
    "\000*\332*\214+\354+>,\207,\346,4-\235-\334-\335-\312.a/\230/\266/\316/\347/\0010\035050e0\2320\2730\343"
    "0\0041,1L1h1\2061\2571\3121\0022T2\2032\2712 3T3U3\2363\3603\0254\2064\375465e5\0256l6\3276&7}7\3757P8"
    "\3018E9\2429\3019\3729v:\327:\026;K;\222;\033<F<\276<";

inline constexpr std::string_view page_text_pt_br =
    // SEC_E_OK
    "A opera\303\247\303\243o foi conclu\303\255da com sucesso.\000"
    // SEC_I_CONTINUE_NEEDED
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas voc\303\252 deve chamar essa fun\303"
    "\247\303\243o novamente para concluir o contexto.\000"
    // SEC_I_COMPLETE_NEEDED
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas voc\303\252 deve chamar a fun\303\247"
    "\303\243o CompleteAuthToken na mensagem final.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "A fun\303\247\303\243o foi conclu\303\255da com \303\252xito, mas o aplicativo deve chamar CompleteAuthT"
    "oken e, em seguida, InitializeSecurityContext (General) ou AcceptSecurityContext (General) novamente par"
    "a concluir o contexto.\000"
    // SEC_I_LOCAL_LOGON
    "O logon foi conclu\303\255do, mas nenhuma autoridade de rede estava dispon\303\255vel. O logon foi feito"
    " usando informa\303\247\303\265es localmente conhecidas.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "O remetente da mensagem concluiu o uso da conex\303\243o e iniciou um desligamento. Para obter informa"
    "\303\247\303\265es sobre como iniciar ou reconhecer um desligamento, consulte desligar uma conex\303\243"
    "o Schannel.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "As credenciais fornecidas n\303\243o foram conclu\303\255das e n\303\243o puderam ser verificadas. Infor"
    "ma\303\247\303\265es adicionais podem ser retornadas do contexto.\000"
    // SEC_I_RENEGOTIATE
    "Os dados de contexto devem ser renegociados com o par.\000"
    // SEC_I_NO_LSA_CONTEXT
    "N\303\243o h\303\241 nenhum contexto de modo LSA associado a este contexto.\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "N\303\243o h\303\241 mem\303\263ria suficiente dispon\303\255vel para concluir a solicita\303\247\303"
    "\243o.\000"
    // SEC_E_INVALID_HANDLE
    "O al\303\247a passado para a fun\303\247\303\243o n\303\243o \303\251 v\303\241lido.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "N\303\243o h\303\241 suporte para a fun\303\247\303\243o solicitada.\000"
    // SEC_E_NOT_SUPPORTED
    "A solicita\303\247\303\243o n\303\243o ter\303\241 suporte.\000"
    // SEC_E_TARGET_UNKNOWN
    "O destino n\303\243o foi reconhecido.\000"
    // SEC_E_INTERNAL_ERROR
    "Ocorreu um erro que n\303\243o mapeou para um c\303\263digo de erro SSPI.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "O pacote de seguran\303\247a n\303\243o foi reconhecido.\000"
    // SEC_E_NOT_OWNER
    "O chamador da fun\303\247\303\243o n\303\243o possui as credenciais.\000"
    // SEC_E_CANNOT_INSTALL
    "O pacote de seguran\303\247a n\303\243o pode ser inicializado com \303\252xito e n\303\243o deve ser ins"
    "talado.\000"
    // SEC_E_INVALID_TOKEN
    "O token passado para a fun\303\247\303\243o n\303\243o \303\251 v\303\241lido.\000"
    // SEC_E_CANNOT_PACK
    "O pacote n\303\243o pode empacotar o contexto.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "Este pacote n\303\243o d\303\241 suporte para a qualidade do atributo de prote\303\247\303\243o.\000"
    // SEC_E_NO_IMPERSONATION
    "Nenhuma representa\303\247\303\243o \303\251 permitida para esse contexto.\000"
    // SEC_E_LOGON_DENIED
    "Esse c\303\263digo de status est\303\241 obsoleto.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "As credenciais fornecidas n\303\243o foram reconhecidas.\000"
    // SEC_E_NO_CREDENTIALS
    "Nenhuma credencial est\303\241 dispon\303\255vel.\000"
    // SEC_E_MESSAGE_ALTERED
    "A mensagem fornecida para verifica\303\247\303\243o foi alterada.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "A mensagem fornecida para verifica\303\247\303\243o est\303\241 fora de sequ\303\252ncia.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "Nenhuma autoridade pode ser contata para autentica\303\247\303\243o.\000"
    // SEC_E_BAD_PKGID
    "O identificador de pacote solicitado n\303\243o existe.\000"
    // SEC_E_CONTEXT_EXPIRED
    "O aplicativo est\303\241 referenciando um contexto que j\303\241 foi fechado. Um aplicativo escrito corr"
    "etamente n\303\243o deve receber esse erro.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "A mensagem fornecida estava incompleta. A assinatura n\303\243o foi verificada.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "As credenciais fornecidas n\303\243o foram conclu\303\255das e n\303\243o puderam ser verificadas. N\303"
    "\243o foi poss\303\255vel inicializar o contexto.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "Os buffers fornecidos para a fun\303\247\303\243o n\303\243o s\303\243o grandes o suficiente para conter"
    " as informa\303\247\303\265es.\000"
    // SEC_E_WRONG_PRINCIPAL
    "O nome da entidade de destino est\303\241 incorreto.\000"
    // SEC_E_TIME_SKEW
    "Os rel\303\263gios nos computadores cliente e servidor n\303\243o correspondem.\000"
    // SEC_E_UNTRUSTED_ROOT
    "A cadeia de certificados foi emitida por uma autoridade que n\303\243o \303\251 confi\303\241vel.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "A mensagem recebida foi inesperada ou mal formatada.\000"
    // SEC_E_CERT_UNKNOWN
    "Ocorreu um erro desconhecido durante o processamento do certificado.\000"
    // SEC_E_CERT_EXPIRED
    "O certificado recebido expirou.\000"
    // SEC_E_ENCRYPT_FAILURE
    "N\303\243o foi poss\303\255vel criptografar os dados especificados.\000"
    // SEC_E_DECRYPT_FAILURE
    "N\303\243o foi poss\303\255vel descriptografar os dados especificados.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "O cliente e o servidor n\303\243o podem se comunicar porque n\303\243o t\303\252m um algoritmo comum."
    "\000"
    // SEC_E_SECURITY_QOS_FAILED
    "N\303\243o foi poss\303\255vel estabelecer o contexto de seguran\303\247a devido a uma falha na qualidad"
    "e de servi\303\247o solicitada (por exemplo, autentica\303\247\303\243o m\303\272tua ou delega\303\247"
    "\303\243o).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "Um contexto de seguran\303\247a foi exclu\303\255do antes da conclus\303\243o do contexto. Isso \303\251"
    " considerado uma falha de logon.\000"
    // SEC_E_NO_TGT_REPLY
    "O cliente est\303\241 tentando negociar um contexto e o servidor requer uma conex\303\243o de usu\303"
    "\241rio para usu\303\241rio, mas n\303\243o enviou uma resposta TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "N\303\243o \303\251 poss\303\255vel realizar a tarefa solicitada porque o computador local n\303\243o te"
    "m endere\303\247os IP.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "O identificador de credencial fornecido n\303\243o corresponde \303\240 credencial associada ao contexto"
    " de seguran\303\247a.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "O sistema criptogr\303\241fico ou a fun\303\247\303\243o de verifica\303\247\303\243o n\303\243o \303"
    "\251 v\303\241lido porque uma fun\303\247\303\243o necess\303\241ria n\303\243o est\303\241 dispon\303"
    "\255vel.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "O n\303\272mero m\303\241ximo de indica\303\247\303\265es de t\303\255quete foi excedido.\000"
    // SEC_E_MUST_BE_KDC
    "O computador local deve ser um KDC (controlador de dom\303\255nio Kerberos), mas n\303\243o \303\251."
    "\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "A outra extremidade da negocia\303\247\303\243o de seguran\303\247a requer criptografia forte, mas n\303"
    "\243o tem suporte no computador local.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "A resposta do KDC continha mais de um nome de entidade de seguran\303\247a.\000"
    // SEC_E_NO_PA_DATA
    "Os dados de PA (administrador de pol\303\255tica) s\303\243o necess\303\241rios para determinar o tipo d"
    "e criptografia, mas n\303\243o podem ser encontrados.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "O certificado do cliente n\303\243o cont\303\251m um UPN v\303\241lido ou n\303\243o corresponde ao nome"
    " do cliente na solicita\303\247\303\243o de logon.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "O logon do cart\303\243o inteligente \303\251 necess\303\241rio e n\303\243o foi usado.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "Um desligamento do sistema est\303\241 em andamento.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "Uma solicita\303\247\303\243o que n\303\243o \303\251 v\303\241lida foi enviada para o KDC.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "O KDC n\303\243o p\303\264de gerar uma indica\303\247\303\243o para o servi\303\247o solicitado.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "O tipo de criptografia solicitado n\303\243o \303\251 suportado pelo KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Um mecanismo de pr\303\251-autentica\303\247\303\243o sem suporte foi apresentado ao pacote Kerberos."
    "\000"
    // SEC_E_DELEGATION_REQUIRED
    "N\303\243o \303\251 poss\303\255vel concluir a opera\303\247\303\243o solicitada. O computador deve ser "
    "confi\303\241vel para delega\303\247\303\243o e a conta de usu\303\241rio atual deve ser configurada par"
    "a permitir a delega\303\247\303\243o.\000"
    // SEC_E_BAD_BINDINGS
    "As vincula\303\247\303\265es de canal SSPI fornecidas pelo cliente est\303\243o incorretas.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "O certificado recebido foi mapeado para v\303\241rias contas.\000"
    // SEC_E_NO_KERB_KEY
    "Nenhuma chave Kerberos foi encontrada.\000"
    // SEC_E_CERT_WRONG_USAGE
    "O certificado n\303\243o \303\251 v\303\241lido para o uso solicitado.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "O sistema detectou uma poss\303\255vel tentativa de comprometer a seguran\303\247a. Verifique se o servi"
    "dor autenticado pode ser contatado.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "O certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o foi revogado. Podem exi"
    "stir informa\303\247\303\265es adicionais no log de eventos.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "Uma AC (autoridade de certifica\303\247\303\243o) n\303\243o segura foi detectada durante o processament"
    "o do certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "N\303\243o foi poss\303\255vel determinar o status de revoga\303\247\303\243o do certificado de cart\303"
    "\243o inteligente usado para autentica\303\247\303\243o.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "O certificado de cart\303\243o inteligente usado para autentica\303\247\303\243o n\303\243o \303\251 con"
    "fi\303\241vel.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "O certificado do cart\303\243o inteligente usado para autentica\303\247\303\243o expirou.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "O subsistema Kerberos encontrou um erro. Um servi\303\247o para solicita\303\247\303\243o de protocolo d"
    "e usu\303\241rio foi feito em um controlador de dom\303\255nio que n\303\243o d\303\241 suporte ao servi"
    "\303\247o para um usu\303\241rio.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "O servidor tentou fazer uma solicita\303\247\303\243o de delega\303\247\303\243o restrita de Kerberos pa"
    "ra um destino fora do realm do servidor.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "N\303\243o foi poss\303\255vel determinar o status de revoga\303\247\303\243o do certificado do controla"
    "dor de dom\303\255nio usado para autentica\303\247\303\243o de cart\303\243o inteligente. O log de event"
    "os do sistema cont\303\251m informa\303\247\303\265es adicionais.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "Uma AC n\303\243o segura foi detectada durante o processamento do certificado do controlador de dom\303"
    "\255nio usado para autentica\303\247\303\243o. O log de eventos do sistema cont\303\251m informa\303\247"
    "\303\265es adicionais.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "O certificado do controlador de dom\303\255nio usado para logon de cart\303\243o inteligente expirou."
    "\000"
    // SEC_E_KDC_CERT_REVOKED
    "O certificado do controlador de dom\303\255nio usado para logon de cart\303\243o inteligente foi revogad"
    "o.\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_pt_br_starts[] =
    "\000\000)\000\227\000\003\001\322\001[\002\\\002\036\003\252\003\341\003!\004\"\004#\004$\004%\004&\004n"
    "\004\237\004\314\004\360\004\020\005N\005O\005|\005\257\005\007\0068\006a\006\252\006\343\006\012\007="
    "\007c\007\231\007\333\007\024\010F\010\310\010\022\011\216\011\361\011 \012d\012\264\012\351\012.\013N"
    "\013\206\013\301\013\025\014\271\014*\015\266\015\027\016\203\016\003\017\077\017\223\017\012\020P\020"
    "\326\020M\021\215\021\274\021\372\021=\022{\022\317\022\203\023\315\023\005\024,\024a\024\341\024h\025"
    "\001\026x\026\313\026\023\027\317\027H\030\030\031\324\031.\032\215\032\216\032\217\032\220\032\221\032"
    "\222\032\223\032\224\032\225\032\226\032\227\032\230\032\231\032\232\032\233\032\234\032\235\032\236\032"
    "\237\032\240\032\241\032\242\032\243\032\244\032\245\032\246\032\247\032\250\032\251\032\252\032\253\032"
    "\254\032\255\032\256\032\257\032\260\032\261\032\262\032\263\032\264\032\265\032\266\032\267\032\270\032"
    "\271\032\272\032\273\032\274\032\275\032\276\032\277\032\300\032\301\032\302\032\303\032\304\032\305\032"
    "\306\032\307\032\310\032\311\032\312\032\313\032\314\032\315\032\316\032\317\032\320\032\321\032\322\032"
    "\323\032\324\032\325\032\326\032\327\032\330\032\331\032\332\032\333\032\334\032\335\032\336\032\337\032"
    "\340\032\341\032\342\032\343\032\344\032\345\032\346\032\347\032\350\032\351\032\352\032\353\032\354\032"
    "\355\032\356\032\357\032\360\032\361\032\362\032\363\032\364\032\365\032\366\032\367\032\370\032\371\032"
    "\372\032\373\032\374\032\375\032\376\032\377\032\000\033\001\033";

inline constexpr std::string_view system_text_ru =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\264\320\273\321\217 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\321"
    "\217 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260 \320\265\320\265 \320\275"
    "\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320\267\320"
    "\262\320\260\321\202\321\214 \320\277\320\276\320\262\321\202\320\276\321\200\320\275\320\276\000"
    // SEC_I_COMPLETE_NEEDED
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\275\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320"
    "\267\320\262\320\260\321\202\321\214 \320\232\320\276\320\274\320\277\320\273\320\265\321\202\320\265"
    "\321\202\320\276\320\272\320\265\320\275\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\264\320\273\321\217 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\321"
    "\217 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260 \320\275\320\265\320\276"
    "\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320\267\320\262\320\260\321"
    "\202\321\214 \320\270 \320\232\320\276\320\274\320\277\320\273\320\265\321\202\320\265\321\202\320\276"
    "\320\272\320\265\320\275, \320\270 \321\215\321\202\321\203 \321\204\321\203\320\275\320\272\321\206\320"
    "\270\321\216\000"
    // SEC_I_LOCAL_LOGON
    "\320\222\321\205\320\276\320\264 \320\262\321\213\320\277\320\276\320\273\320\275\320\265\320\275, \320"
    "\275\320\276 \321\201\320\265\321\202\320\265\320\262\320\276\320\271 \321\206\320\265\320\275\321\202"
    "\321\200 \320\275\320\265 \320\261\321\213\320\273 \320\264\320\276\321\201\321\202\321\203\320\277\320"
    "\265\320\275. \320\222\321\205\320\276\320\264 \320\262\321\213\320\277\320\276\320\273\320\275\320\265"
    "\320\275 \321\201 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\320"
    "\275\320\270\320\265\320\274 \320\273\320\276\320\272\320\260\320\273\321\214\320\275\320\276 \320\270"
    "\320\267\320\262\320\265\321\201\321\202\320\275\320\276\320\271 \320\270\320\275\321\204\320\276\321"
    "\200\320\274\320\260\321\206\320\270\320\270\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "\320\241\321\200\320\276\320\272 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321\217 \320"
    "\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260 \320\270\321\201\321\202\320\265"
    "\320\272, \320\270 \320\265\320\263\320\276 \320\261\320\276\320\273\321\214\321\210\320\265 \320\275"
    "\320\265\320\273\321\214\320\267\321\217 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320"
    "\276\320\262\320\260\321\202\321\214.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\265 \321\203\321\207\320\265\321"
    "\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \320\261"
    "\321\213\320\273\320\270 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\321\213 \320"
    "\270 \320\275\320\265 \320\274\320\276\320\263\321\203\321\202 \320\261\321\213\321\202\321\214 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\265\320\275\321\213. \320\224\320\276\320\277\320\276\320"
    "\273\320\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\265"
    "\320\264\320\265\320\275\320\270\321\217 \320\274\320\276\320\266\320\275\320\276 \320\262\320\265\321"
    "\200\320\275\321\203\321\202\321\214 \320\270\320\267 \320\272\320\276\320\275\321\202\320\265\320\272"
    "\321\201\321\202\320\260.\000"
    // SEC_I_RENEGOTIATE
    "\320\224\320\260\320\275\320\275\321\213\320\265 \320\272\320\276\320\275\321\202\320\265\320\272\321"
    "\201\321\202\320\260 \320\264\320\276\320\273\320\266\320\275\321\213 \320\261\321\213\321\202\321\214 "
    "\320\277\320\276\320\262\321\202\320\276\321\200\320\275\320\276 \321\201\320\276\320\263\320\273\320"
    "\260\321\201\320\276\320\262\320\260\320\275\321\213 \321\201 \320\276\320\264\320\275\320\276\321\200"
    "\320\260\320\275\320\263\320\276\320\262\321\213\320\274 \321\203\320\267\320\273\320\276\320\274.\000"
    // SEC_I_NO_LSA_CONTEXT
    "\320\232\320\276\320\275\321\202\320\265\320\272\321\201\321\202 \321\200\320\265\320\266\320\270\320"
    "\274\320\260 LSA \320\275\320\265 \321\201\320\262\321\217\320\267\320\260\320\275 \321\201 \321\215\321"
    "\202\320\270\320\274 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\276\320\274."
    "\000"
    // SEC_I_SIGNATURE_NEEDED
    "\320\235\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320"
    "\277\320\276\320\273\320\275\320\270\321\202\321\214 \320\276\320\277\320\265\321\200\320\260\321\206"
    "\320\270\321\216 \320\277\320\276\320\264\320\277\320\270\321\201\320\270, \320\277\321\200\320\265\320"
    "\266\320\264\320\265 \321\207\320\265\320\274 \320\277\320\276\320\273\321\214\320\267\320\276\320\262"
    "\320\260\321\202\320\265\320\273\321\214 \321\201\320\274\320\276\320\266\320\265\321\202 \320\277\321"
    "\200\320\276\320\271\321\202\320\270 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\321\203 "
    "\320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_I_NO_RENEGOTIATION
    "\320\237\320\276\320\273\321\203\321\207\320\260\321\202\320\265\320\273\321\214 \320\276\321\202\320"
    "\272\320\273\320\276\320\275\320\270\320\273 \320\267\320\260\320\277\321\200\320\276\321\201 \320\275"
    "\320\260 \320\277\320\276\320\262\321\202\320\276\321\200\320\275\320\276\320\265 \321\201\320\276\320"
    "\263\320\273\320\260\321\201\320\276\320\262\320\260\320\275\320\270\320\265.\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\320\222\320\276\320\267\320\262\321\200\320\260\321\211\320\260\320\265\320\274\321\213\320\271 \320"
    "\261\321\203\321\204\320\265\321\200 \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 "
    "\321\202\320\276\320\273\321\214\320\272\320\276 \321\204\321\200\320\260\320\263\320\274\320\265\320"
    "\275\321\202\320\276\320\274 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217. "
    "\320\235\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\320\265\321"
    "\200\320\275\321\203\321\202\321\214 \320\261\320\276\320\273\321\214\321\210\320\265 \321\204\321\200"
    "\320\260\320\263\320\274\320\265\320\275\321\202\320\276\320\262.\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\265\320\265 \320\275\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320"
    "\262\321\213\320\267\320\262\320\260\321\202\321\214 \321\201\320\275\320\276\320\262\320\260, \321\207"
    "\321\202\320\276\320\261\321\213 \320\267\320\260\320\262\320\265\321\200\321\210\320\270\321\202\321"
    "\214 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202. \320\234\320\276\320\266\320\275"
    "\320\276 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\321"
    "\214 \321\200\320\260\320\275\320\275\320\270\320\271 \320\267\320\260\320\277\321\203\321\201\320\272."
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "\320\235\320\265\320\264\320\276\321\201\321\202\320\260\321\202\320\276\321\207\320\275\320\276 \320"
    "\277\320\260\320\274\321\217\321\202\320\270 \320\264\320\273\321\217 \320\262\321\213\320\277\320\276"
    "\320\273\320\275\320\265\320\275\320\270\321\217 \321\215\321\202\320\276\320\263\320\276 \320\267\320"
    "\260\320\277\321\200\320\276\321\201\320\260\000"
    // SEC_E_INVALID_HANDLE
    "\320\243\320\272\320\260\320\267\320\260\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321"
    "\201\321\202\320\270\320\274\321\213\320\271 \320\274\320\260\321\200\320\272\320\265\321\200\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\260\321\217 \321\204\321"
    "\203\320\275\320\272\321\206\320\270\321\217 \320\275\320\265 \320\277\320\276\320\264\320\264\320\265"
    "\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\320\260\321\217 \321\206\320\265\320\273\321"
    "\214 \320\275\320\265\320\270\320\267\320\262\320\265\321\201\321\202\320\275\320\260 \320\270\320\273"
    "\320\270 \320\275\320\265\320\264\320\276\321\201\321\202\321\203\320\277\320\275\320\260\000"
    // SEC_E_INTERNAL_ERROR
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \321\201\320\262\321\217\320"
    "\267\320\260\321\202\321\214\321\201\321\217 \321\201 \320\273\320\276\320\272\320\260\320\273\321\214"
    "\320\275\321\213\320\274 \320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320"
    "\260\321\202\320\276\321\200\320\276\320\274 \320\261\320\265\320\267\320\276\320\277\320\260\321\201"
    "\320\275\320\276\321\201\321\202\320\270\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 \320\277\320"
    "\260\320\272\320\265\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276"
    "\321\201\321\202\320\270 \320\275\320\265 \321\201\321\203\321\211\320\265\321\201\321\202\320\262\321"
    "\203\320\265\321\202\000"
    // SEC_E_NOT_OWNER
    "\320\222\321\213\320\267\321\213\320\262\320\260\321\216\321\211\320\270\320\271 \320\276\320\261\321"
    "\212\320\265\320\272\321\202 \320\275\320\265 \321\217\320\262\320\273\321\217\320\265\321\202\321\201"
    "\321\217 \320\262\320\273\320\260\320\264\320\265\320\273\321\214\321\206\320\265\320\274 \320\275\321"
    "\203\320\266\320\275\321\213\321\205 \321\203\321\207\320\265\321\202\320\275\321\213\321\205 \320\264"
    "\320\260\320\275\320\275\321\213\321\205\000"
    // SEC_E_CANNOT_INSTALL
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\270\320\275\320\270\321"
    "\206\320\270\320\260\320\273\320\270\320\267\320\270\321\200\320\276\320\262\320\260\321\202\321\214 "
    "\320\277\320\260\320\272\320\265\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320"
    "\275\320\276\321\201\321\202\320\270, \320\270 \320\265\320\263\320\276 \320\275\320\265\320\262\320\276"
    "\320\267\320\274\320\276\320\266\320\275\320\276 \321\203\321\201\321\202\320\260\320\275\320\276\320"
    "\262\320\270\321\202\321\214\000"
    // SEC_E_INVALID_TOKEN
    "\320\243\320\272\320\260\320\267\320\260\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321"
    "\201\321\202\320\270\320\274\321\213\320\271 \321\202\320\276\320\272\320\265\320\275 \320\264\320\273"
    "\321\217 \321\204\321\203\320\275\320\272\321\206\320\270\320\270\000"
    // SEC_E_CANNOT_PACK
    "\320\237\320\260\320\272\320\265\321\202\321\203 \320\261\320\265\320\267\320\276\320\277\320\260\321"
    "\201\320\275\320\276\321\201\321\202\320\270 \320\275\320\265 \321\203\320\264\320\260\320\265\321\202"
    "\321\201\321\217 \321\203\320\277\320\260\320\272\320\276\320\262\320\260\321\202\321\214 \320\261\321"
    "\203\321\204\320\265\321\200 \320\262\321\205\320\276\320\264\320\260 \320\262 \321\201\320\270\321\201"
    "\321\202\320\265\320\274\321\203, \320\277\320\276\321\215\321\202\320\276\320\274\321\203 \320\277\320"
    "\276\320\277\321\213\321\202\320\272\320\260 \320\262\321\205\320\276\320\264\320\260 \320\267\320\260"
    "\320\262\320\265\321\200\321\210\320\270\320\273\320\260\321\201\321\214 \321\201\320\261\320\276\320"
    "\265\320\274\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "\320\232\320\260\321\207\320\265\321\201\321\202\320\262\320\276 \320\267\320\260\321\211\320\270\321"
    "\202\321\213 \320\264\320\273\321\217 \320\272\320\260\320\266\320\264\320\276\320\263\320\276 \321\201"
    "\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \320\275\320\265 \320\277\320\276\320"
    "\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217 \320\277"
    "\320\260\320\272\320\265\321\202\320\276\320\274 \320\261\320\265\320\267\320\276\320\277\320\260\321"
    "\201\320\275\320\276\321\201\321\202\320\270\000"
    // SEC_E_NO_IMPERSONATION
    "\320\232\320\276\320\275\321\202\320\265\320\272\321\201\321\202 \320\261\320\265\320\267\320\276\320"
    "\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 \320\275\320\265 \321\200\320\260\320\267"
    "\321\200\320\265\321\210\320\260\320\265\321\202 \320\276\320\273\320\270\321\206\320\265\321\202\320"
    "\262\320\276\321\200\320\265\320\275\320\270\320\265 \320\272\320\273\320\270\320\265\320\275\321\202"
    "\320\260\000"
    // SEC_E_LOGON_DENIED
    "\320\241\320\261\320\276\320\271 \320\277\320\276\320\277\321\213\321\202\320\272\320\270 \320\262\321"
    "\205\320\276\320\264\320\260\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "\320\237\321\200\320\265\320\264\320\276\321\201\321\202\320\260\320\262\320\273\320\265\320\275\320\275"
    "\321\213\320\265 \320\277\320\260\320\272\320\265\321\202\321\203 \321\203\321\207\320\265\321\202\320"
    "\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \321\200\320\260"
    "\321\201\320\277\320\276\320\267\320\275\320\260\320\275\321\213\000"
    // SEC_E_NO_CREDENTIALS
    "\320\222 \320\277\320\260\320\272\320\265\321\202\320\265 \320\261\320\265\320\267\320\276\320\277\320"
    "\260\321\201\320\275\320\276\321\201\321\202\320\270 \320\275\320\265\321\202 \320\264\320\276\321\201"
    "\321\202\321\203\320\277\320\275\321\213\321\205 \321\203\321\207\320\265\321\202\320\275\321\213\321"
    "\205 \320\264\320\260\320\275\320\275\321\213\321\205\000"
    // SEC_E_MESSAGE_ALTERED
    "\320\241\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\270\320\273\320\270 \320"
    "\277\320\276\320\264\320\277\320\270\321\201\321\214, \320\277\321\200\320\265\320\264\320\276\321\201"
    "\321\202\320\260\320\262\320\273\320\265\320\275\320\275\321\213\320\265 \320\264\320\273\321\217 \320"
    "\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270, \320\270\320\267\320\274\320\265\320\275"
    "\320\265\320\275\321\213\000"
    // SEC_E_OUT_OF_SEQUENCE
    "\320\241\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265, \320\277\320\265\321\200\320"
    "\265\320\264\320\260\320\275\320\275\320\276\320\265 \320\264\320\273\321\217 \320\277\321\200\320\276"
    "\320\262\320\265\321\200\320\272\320\270, \320\275\320\260\321\205\320\276\320\264\320\270\321\202\321"
    "\201\321\217 \320\267\320\260 \320\277\321\200\320\265\320\264\320\265\320\273\320\260\320\274\320\270 "
    "\320\277\320\276\321\201\320\273\320\265\320\264\320\276\320\262\320\260\321\202\320\265\320\273\321\214"
    "\320\275\320\276\321\201\321\202\320\270\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\201\320\262\321\217\320"
    "\267\320\260\321\202\321\214\321\201\321\217 \321\201 \321\206\320\265\320\275\321\202\321\200\320\276"
    "\320\274 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\206\320\270\320"
    "\270 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277"
    "\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_BAD_PKGID
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 \320\277\320"
    "\260\320\272\320\265\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276"
    "\321\201\321\202\320\270 \320\275\320\265 \321\201\321\203\321\211\320\265\321\201\321\202\320\262\321"
    "\203\320\265\321\202\000"
    // SEC_E_CONTEXT_EXPIRED
    "\320\241\321\200\320\276\320\272 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321\217 \320"
    "\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260 \320\270\321\201\321\202\320\265"
    "\320\272, \320\270 \320\265\320\263\320\276 \320\261\320\276\320\273\321\214\321\210\320\265 \320\275"
    "\320\265\320\273\321\214\320\267\321\217 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320"
    "\276\320\262\320\260\321\202\321\214.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "\320\237\320\265\321\200\320\265\320\264\320\260\320\275\320\275\320\276\320\265 \321\201\320\276\320"
    "\276\320\261\321\211\320\265\320\275\320\270\320\265 \321\217\320\262\320\273\321\217\320\265\321\202"
    "\321\201\321\217 \320\275\320\265\320\277\320\276\320\273\320\275\321\213\320\274. \320\237\320\276\320"
    "\264\320\277\320\270\321\201\321\214 \320\275\320\265 \320\261\321\213\320\273\320\260 \320\277\321\200"
    "\320\276\320\262\320\265\321\200\320\265\320\275\320\260.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\265 \321\203\321\207\320\265\321"
    "\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \320\261"
    "\321\213\320\273\320\270 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\321\213 \320"
    "\270 \320\275\320\265 \320\274\320\276\320\263\321\203\321\202 \320\261\321\213\321\202\321\214 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\265\320\275\321\213. \320\235\320\265 \321\203\320\264\320"
    "\260\320\273\320\276\321\201\321\214 \320\270\320\275\320\270\321\206\320\270\320\260\320\273\320\270"
    "\320\267\320\270\321\200\320\276\320\262\320\260\321\202\321\214 \320\272\320\276\320\275\321\202\320"
    "\265\320\272\321\201\321\202.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "\320\221\321\203\321\204\320\265\321\200\321\213, \320\277\320\265\321\200\320\265\320\264\320\260\320"
    "\262\320\260\320\265\320\274\321\213\320\265 \321\204\321\203\320\275\320\272\321\206\320\270\320\270, "
    "\321\201\320\273\320\270\321\210\320\272\320\276\320\274 \320\274\320\260\320\273\321\213.\000"
    // SEC_E_WRONG_PRINCIPAL
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \320"
    "\270\320\274\321\217 \321\206\320\265\320\273\320\265\320\262\320\276\320\263\320\276 \321\201\321\203"
    "\320\261\321\212\320\265\320\272\321\202\320\260.\000"
    // SEC_E_TIME_SKEW
    "\320\247\320\260\321\201\321\213 \320\275\320\260 \320\272\320\273\320\270\320\265\320\275\321\202\321"
    "\201\320\272\320\276\320\271 \320\270 \321\201\320\265\321\200\320\262\320\265\321\200\320\275\320\276"
    "\320\271 \320\274\320\260\321\210\320\270\320\275\320\260\321\205 \320\261\321\203\320\264\321\203\321"
    "\202 \320\276\321\202\320\272\320\273\320\276\320\275\320\265\320\275\321\213.\000"
    // SEC_E_UNTRUSTED_ROOT
    "\320\246\320\265\320\277\320\276\321\207\320\272\320\260 \321\201\320\265\321\200\321\202\320\270\321"
    "\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\275\320\265 \320\261\321\213\320\273\320\260 "
    "\320\262\321\213\320\277\321\203\321\211\320\265\320\275\320\260 \320\264\320\276\320\262\320\265\321"
    "\200\320\265\320\275\320\275\321\213\320\274 \321\206\320\265\320\275\321\202\321\200\320\276\320\274 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\206\320\270\320\270.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "\320\237\320\276\320\273\321\203\321\207\320\265\320\275\320\275\320\276\320\265 \321\201\320\276\320"
    "\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\261\321\213\320\273\320\276 \320\275\320\265"
    "\320\277\321\200\320\265\320\264\320\262\320\270\320\264\320\265\320\275\320\275\321\213\320\274 \320"
    "\270\320\273\320\270 \320\275\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275"
    "\320\276 \320\276\321\202\321\204\320\276\321\200\320\274\320\260\321\202\320\270\321\200\320\276\320"
    "\262\320\260\320\275\320\276.\000"
    // SEC_E_CERT_UNKNOWN
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\277\321\200"
    "\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\275\320\265\320\270\320\267\320\262\320"
    "\265\321\201\321\202\320\275\320\260\321\217 \320\276\321\210\320\270\320\261\320\272\320\260.\000"
    // SEC_E_CERT_EXPIRED
    "\320\241\321\200\320\276\320\272 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321\217 \320"
    "\277\320\276\320\273\321\203\321\207\320\265\320\275\320\275\320\276\320\263\320\276 \321\201\320\265"
    "\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\270\321\201\321\202\320"
    "\265\320\272.\000"
    // SEC_E_ENCRYPT_FAILURE
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\267\320\260\321\210\320"
    "\270\321\204\321\200\320\276\320\262\320\260\321\202\321\214 \321\203\320\272\320\260\320\267\320\260"
    "\320\275\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265.\000"
    // SEC_E_DECRYPT_FAILURE
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\200\320\260\321\201\321"
    "\210\320\270\321\204\321\200\320\276\320\262\320\260\321\202\321\214 \321\203\320\272\320\260\320\267"
    "\320\260\320\275\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "\320\232\320\273\320\270\320\265\320\275\321\202 \320\270 \321\201\320\265\321\200\320\262\320\265\321"
    "\200 \320\275\320\265 \320\274\320\276\320\263\321\203\321\202 \320\276\320\261\320\274\320\265\320\275"
    "\320\270\320\262\320\260\321\202\321\214\321\201\321\217 \320\264\320\260\320\275\320\275\321\213\320"
    "\274\320\270, \321\202\320\260\320\272 \320\272\320\260\320\272 \320\276\320\275\320\270 \320\275\320"
    "\265 \320\270\320\274\320\265\321\216\321\202 \320\276\320\261\321\211\320\265\320\263\320\276 \320\260"
    "\320\273\320\263\320\276\321\200\320\270\321\202\320\274\320\260.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\203\321\201\321\202\320"
    "\260\320\275\320\276\320\262\320\270\321\202\321\214 \320\272\320\276\320\275\321\202\320\265\320\272"
    "\321\201\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321"
    "\202\320\270 \320\270\320\267-\320\267\320\260 \321\201\320\261\320\276\321\217 \320\262 \320\267\320"
    "\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320\274 \320\272\320\260\321\207"
    "\320\265\321\201\321\202\320\262\321\203 \320\276\320\261\321\201\320\273\321\203\320\266\320\270\320"
    "\262\320\260\320\275\320\270\321\217 (\320\275\320\260\320\277\321\200\320\270\320\274\320\265\321\200, "
    "\320\262\320\267\320\260\320\270\320\274\320\275\320\260\321\217 \320\277\321\200\320\276\320\262\320"
    "\265\321\200\320\272\320\260 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201"
    "\321\202\320\270 \320\270\320\273\320\270 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320"
    "\276\320\262\320\260\320\275\320\270\320\265).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "\320\232\320\276\320\275\321\202\320\265\320\272\321\201\321\202 \320\261\320\265\320\267\320\276\320"
    "\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 \320\261\321\213\320\273 \321\203\320\264"
    "\320\260\320\273\320\265\320\275 \320\264\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320"
    "\265\320\275\320\270\321\217 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260. "
    "\320\255\321\202\320\276 \321\201\321\207\320\270\321\202\320\260\320\265\321\202\321\201\321\217 \320"
    "\276\321\210\320\270\320\261\320\272\320\276\320\271 \320\262\321\205\320\276\320\264\320\260 \320\262 "
    "\321\201\320\270\321\201\321\202\320\265\320\274\321\203.\000"
    // SEC_E_NO_TGT_REPLY
    "\320\232\320\273\320\270\320\265\320\275\321\202 \320\277\321\213\321\202\320\260\320\265\321\202\321"
    "\201\321\217 \321\201\320\276\320\263\320\273\320\260\321\201\320\276\320\262\320\260\321\202\321\214 "
    "\320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202, \320\270 \321\201\320\265\321\200\320"
    "\262\320\265\321\200 \321\202\321\200\320\265\320\261\321\203\320\265\321\202 \320\276\321\202 \320\277"
    "\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320\273\321\217 \320\272 \320"
    "\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320\273\321\216, \320\275"
    "\320\276 \320\275\320\265 \320\276\321\202\320\277\321\200\320\260\320\262\320\270\320\273 TGT-\320\276"
    "\321\202\320\262\320\265\321\202.\000"
    // SEC_E_NO_IP_ADDRESSES
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\262\321\213\320\277\320"
    "\276\320\273\320\275\320\270\321\202\321\214 \320\267\320\260\320\277\321\200\320\276\321\210\320\265"
    "\320\275\320\275\321\203\321\216 \320\267\320\260\320\264\320\260\321\207\321\203, \321\202\320\260\320"
    "\272 \320\272\320\260\320\272 \320\275\320\260 \320\273\320\276\320\272\320\260\320\273\321\214\320\275"
    "\320\276\320\274 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200\320\265 \320"
    "\275\320\265\321\202 IP-\320\260\320\264\321\200\320\265\321\201\320\276\320\262.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\271 \320\276\320\261\321\200\320"
    "\260\320\261\320\276\321\202\321\207\320\270\320\272 \321\203\321\207\320\265\321\202\320\275\321\213"
    "\321\205 \320\264\320\260\320\275\320\275\321\213\321\205 \320\275\320\265 \321\201\320\276\320\276\321"
    "\202\320\262\320\265\321\202\321\201\321\202\320\262\321\203\320\265\321\202 \321\203\321\207\320\265"
    "\321\202\320\275\321\213\320\274 \320\264\320\260\320\275\320\275\321\213\320\274, \321\201\320\262\321"
    "\217\320\267\320\260\320\275\320\275\321\213\320\274 \321\201 \320\272\320\276\320\275\321\202\320\265"
    "\320\272\321\201\321\202\320\276\320\274 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320"
    "\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "\320\241\320\270\321\201\321\202\320\265\320\274\320\260 \321\210\320\270\321\204\321\200\320\276\320"
    "\262\320\260\320\275\320\270\321\217 \320\270\320\273\320\270 \320\244\321\203\320\275\320\272\321\206"
    "\320\270\321\217 CHECKSUM \320\275\320\265 \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321"
    "\217 \320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\320\276\320\271, \321\202\320\260"
    "\320\272 \320\272\320\260\320\272 \320\276\320\261\321\217\320\267\320\260\321\202\320\265\320\273\321"
    "\214\320\275\320\260\321\217 \321\204\321\203\320\275\320\272\321\206\320\270\321\217 \320\275\320\265"
    "\320\264\320\276\321\201\321\202\321\203\320\277\320\275\320\260.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\320\237\321\200\320\265\320\262\321\213\321\210\320\265\320\275\320\276 \320\274\320\260\320\272\321"
    "\201\320\270\320\274\320\260\320\273\321\214\320\275\320\276\320\265 \321\207\320\270\321\201\320\273"
    "\320\276 \321\201\321\201\321\213\320\273\320\276\320\272 \320\261\320\270\320\273\320\265\321\202\320"
    "\276\320\262.\000"
    // SEC_E_MUST_BE_KDC
    "\320\233\320\276\320\272\320\260\320\273\321\214\320\275\321\213\320\271 \320\272\320\276\320\274\320"
    "\277\321\214\321\216\321\202\320\265\321\200 \320\264\320\276\320\273\320\266\320\265\320\275 \320\261"
    "\321\213\321\202\321\214 Kerberos KDC (\320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273"
    "\320\265\321\200 \320\264\320\276\320\274\320\265\320\275\320\260), \320\260 \320\275\320\265.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "\320\224\321\200\321\203\320\263\320\276\320\271 \320\272\320\276\320\275\320\265\321\206 \321\201\320"
    "\276\320\263\320\273\320\260\321\201\320\276\320\262\320\260\320\275\320\270\321\217 \320\261\320\265"
    "\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 \321\202\321\200\320"
    "\265\320\261\321\203\320\265\321\202 \321\201\321\202\320\276\320\271\320\272\320\276\320\263\320\276 "
    "\321\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\270\321\217, \320\275\320\276 \320"
    "\275\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265"
    "\321\202\321\201\321\217 \320\275\320\260 \320\273\320\276\320\272\320\260\320\273\321\214\320\275\320"
    "\276\320\274 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200\320\265.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "\320\236\321\202\320\262\320\265\321\202 KDC \321\201\320\276\320\264\320\265\321\200\320\266\320\260"
    "\320\273 \320\261\320\276\320\273\320\265\320\265 \320\276\320\264\320\275\320\276\320\263\320\276 \320"
    "\270\320\274\320\265\320\275\320\270 \321\203\321\207\320\260\321\201\321\202\320\275\320\270\320\272"
    "\320\260.\000"
    // SEC_E_NO_PA_DATA
    "\320\236\320\266\320\270\320\264\320\260\320\273\320\276\321\201\321\214 \320\275\320\260\320\271\321"
    "\202\320\270 \320\264\320\260\320\275\320\275\321\213\320\265 PA \320\264\320\273\321\217 \321\203\320"
    "\272\320\260\320\267\320\260\320\275\320\270\321\217 \320\270\321\201\320\277\320\276\320\273\321\214"
    "\320\267\321\203\320\265\320\274\320\276\320\263\320\276 ETYPE, \320\275\320\276 \320\276\320\275\320"
    "\276 \320\275\320\265 \320\275\320\260\320\271\320\264\320\265\320\275\320\276.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\272\320\273\320"
    "\270\320\265\320\275\321\202\320\260 \320\275\320\265 \321\201\320\276\320\264\320\265\321\200\320\266"
    "\320\270\321\202 \320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\320\276\320\263\320"
    "\276 \320\270\320\274\320\265\320\275\320\270 \321\203\321\207\320\260\321\201\321\202\320\275\320\270"
    "\320\272\320\260-\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320"
    "\273\321\217 \320\270\320\273\320\270 \320\275\320\265 \321\201\320\276\320\276\321\202\320\262\320\265"
    "\321\202\321\201\321\202\320\262\321\203\320\265\321\202 \320\270\320\274\320\265\320\275\320\270 \320"
    "\272\320\273\320\270\320\265\320\275\321\202\320\260 \320\262 \320\267\320\260\320\277\321\200\320\276"
    "\321\201\320\265 \320\275\320\260 \320\262\321\205\320\276\320\264. \320\236\320\261\321\200\320\260\321"
    "\202\320\270\321\202\320\265\321\201\321\214 \320\267\320\260 \320\277\320\276\320\274\320\276\321\211"
    "\321\214\321\216 \320\272 \320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320"
    "\260\321\202\320\276\321\200\321\203.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "\320\222\321\205\320\276\320\264 \321\201 \320\277\320\276\320\274\320\276\321\211\321\214\321\216 \321"
    "\201\320\274\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213 \321\217\320\262\320\273"
    "\321\217\320\265\321\202\321\201\321\217 \320\276\320\261\321\217\320\267\320\260\321\202\320\265\320"
    "\273\321\214\320\275\321\213\320\274 \320\270 \320\275\320\265 \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\320\276\320\262\320\260\320\273\321\201\321\217.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\320\222\321\213\320\277\320\276\320\273\320\275\321\217\320\265\321\202\321\201\321\217 \320\267\320"
    "\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\320\265 \321\200\320\260\320\261\320\276"
    "\321\202\321\213 \321\201\320\270\321\201\321\202\320\265\320\274\321\213.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "\320\222 KDC \320\261\321\213\320\273 \320\276\321\202\320\277\321\200\320\260\320\262\320\273\320\265"
    "\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320"
    "\271 \320\267\320\260\320\277\321\200\320\276\321\201.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "KDC \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\201\320\276\320\267"
    "\320\264\320\260\321\202\321\214 \321\201\321\201\321\213\320\273\320\272\321\203 \320\264\320\273\321"
    "\217 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320\271 \321\201"
    "\320\273\321\203\320\266\320\261\321\213.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 \321\202\320"
    "\270\320\277 \321\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\270\321\217 \320\275"
    "\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321"
    "\202\321\201\321\217 \320\262 KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "\320\237\320\260\320\272\320\265\321\202\321\203 Kerberos \320\277\321\200\320\265\320\264\320\276\321"
    "\201\321\202\320\260\320\262\320\273\320\265\320\275 \320\275\320\265\320\277\320\276\320\264\320\264"
    "\320\265\321\200\320\266\320\270\320\262\320\260\320\265\320\274\321\213\320\271 \320\274\320\265\321"
    "\205\320\260\320\275\320\270\320\267\320\274 \320\277\321\200\320\265\320\264\320\262\320\260\321\200"
    "\320\270\321\202\320\265\320\273\321\214\320\275\320\276\320\271 \320\277\321\200\320\276\320\262\320"
    "\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201"
    "\321\202\320\270.\000"
    // SEC_E_DELEGATION_REQUIRED
    "\320\235\320\265\320\262\320\276\320\267\320\274\320\276\320\266\320\275\320\276 \320\262\321\213\320"
    "\277\320\276\320\273\320\275\320\270\321\202\321\214 \320\267\320\260\320\277\321\200\320\276\321\210"
    "\320\265\320\275\320\275\321\203\321\216 \320\276\320\277\320\265\321\200\320\260\321\206\320\270\321"
    "\216. \320\232\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200 \320\264\320\276\320\273"
    "\320\266\320\265\320\275 \320\261\321\213\321\202\321\214 \320\264\320\276\320\262\320\265\321\200\320"
    "\265\320\275\320\275\321\213\320\274 \320\264\320\273\321\217 \320\264\320\265\320\273\320\265\320\263"
    "\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217, \320\270 \321\202\320\265\320\272\321"
    "\203\321\211\320\260\321\217 \321\203\321\207\320\265\321\202\320\275\320\260\321\217 \320\267\320\260"
    "\320\277\320\270\321\201\321\214 \320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321"
    "\202\320\265\320\273\321\217 \320\264\320\276\320\273\320\266\320\275\320\260 \320\261\321\213\321\202"
    "\321\214 \320\275\320\260\321\201\321\202\321\200\320\276\320\265\320\275\320\260 \320\275\320\260 \321"
    "\200\320\260\320\267\321\200\320\265\321\210\320\265\320\275\320\270\320\265 \320\264\320\265\320\273"
    "\320\265\320\263\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217.\000"
    // SEC_E_BAD_BINDINGS
    "\320\237\321\200\320\265\320\264\320\276\321\201\321\202\320\260\320\262\320\273\320\265\320\275\320\275"
    "\321\213\320\265 \320\272\320\273\320\270\320\265\320\275\321\202\321\203 \320\277\321\200\320\270\320"
    "\262\321\217\320\267\320\272\320\270 SSPI Channel \320\261\321\213\320\273\320\270 \320\275\320\265\320"
    "\262\320\265\321\200\320\275\321\213.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "\320\237\320\276\320\273\321\203\321\207\320\265\320\275\320\275\321\213\320\271 \321\201\320\265\321"
    "\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\276\320\277\320\276\321\201"
    "\321\202\320\260\320\262\320\273\320\265\320\275 \321\201 \320\275\320\265\321\201\320\272\320\276\320"
    "\273\321\214\320\272\320\270\320\274\320\270 \321\203\321\207\320\265\321\202\320\275\321\213\320\274"
    "\320\270 \320\267\320\260\320\277\320\270\321\201\321\217\320\274\320\270.\000"
    // SEC_E_NO_KERB_KEY
    "\321\201 _ \320\265 _ _ Kerberos \320\261\320\265\320\267 _ \320\272\320\273\321\216\321\207\320\260\000"
    // SEC_E_CERT_WRONG_USAGE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \320"
    "\264\320\265\320\271\321\201\321\202\320\262\320\270\321\202\320\265\320\273\320\265\320\275 \320\264"
    "\320\273\321\217 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320"
    "\263\320\276 \320\277\321\200\320\270\320\274\320\265\320\275\320\265\320\275\320\270\321\217.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "\320\241\320\270\321\201\321\202\320\265\320\274\320\265 \320\275\320\265 \321\203\320\264\320\260\320"
    "\265\321\202\321\201\321\217 \321\201\320\262\321\217\320\267\320\260\321\202\321\214\321\201\321\217 "
    "\321\201 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320\276\320"
    "\274 \320\264\320\276\320\274\320\265\320\275\320\260 \320\264\320\273\321\217 \320\276\320\261\321\201"
    "\320\273\321\203\320\266\320\270\320\262\320\260\320\275\320\270\321\217 \320\267\320\260\320\277\321"
    "\200\320\276\321\201\320\260 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277"
    "\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270. \320\237\320\276\320"
    "\262\321\202\320\276\321\200\320\270\321\202\320\265 \320\277\320\276\320\277\321\213\321\202\320\272"
    "\321\203 \320\277\320\276\320\267\320\266\320\265.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\274\320"
    "\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\321\213\320\271 \320\264\320\273\321\217 \320\277\321\200\320"
    "\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275"
    "\320\276\321\201\321\202\320\270, \320\261\321\213\320\273 \320\276\321\202\320\276\320\267\320\262\320"
    "\260\320\275. \320\236\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 \320\272 "
    "\321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\260\320\264\320"
    "\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203. \320\222 "
    "\320\266\321\203\321\200\320\275\320\260\320\273\320\265 \321\201\320\276\320\261\321\213\321\202\320"
    "\270\320\271 \320\274\320\276\320\263\321\203\321\202 \320\261\321\213\321\202\321\214 \320\264\320\276"
    "\320\277\320\276\320\273\320\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321"
    "\201\320\262\320\265\320\264\320\265\320\275\320\270\321\217.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \321\201\320\274"
    "\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320"
    "\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320"
    "\275\320\275\320\276\321\201\321\202\320\270, \320\276\320\261\320\275\320\260\321\200\321\203\320\266"
    "\320\265\320\275 \320\275\320\265\320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321"
    "\213\320\271 \321\206\320\265\320\275\321\202\321\200 \321\201\320\265\321\200\321\202\320\270\321\204"
    "\320\270\320\272\320\260\321\206\320\270\320\270. \320\236\320\261\321\200\320\260\321\202\320\270\321"
    "\202\320\265\321\201\321\214 \320\272 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276"
    "\320\274\321\203 \320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321"
    "\202\320\276\321\200\321\203.\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\276\320\277\321\200\320"
    "\265\320\264\320\265\320\273\320\270\321\202\321\214 \321\201\320\276\321\201\321\202\320\276\321\217"
    "\320\275\320\270\320\265 \320\276\321\202\320\267\321\213\320\262\320\260 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \321\201\320\274\320\260\321\200\321\202-"
    "\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321"
    "\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262"
    "\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321"
    "\201\321\202\320\270. \320\236\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 "
    "\320\272 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\260\320"
    "\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203."
    "\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\274\320"
    "\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\321\213\320\271 \320\264\320\273\321\217 \320\277\321\200\320"
    "\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275"
    "\320\276\321\201\321\202\320\270, \320\275\320\265 \321\217\320\262\320\273\321\217\320\265\321\202\321"
    "\201\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321\213\320\274. \320\236"
    "\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 \320\272 \321\201\320\270\321"
    "\201\321\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\260\320\264\320\274\320\270\320\275"
    "\320\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "\320\230\321\201\321\202\320\265\320\272 \321\201\321\200\320\276\320\272 \320\264\320\265\320\271\321"
    "\201\321\202\320\262\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272"
    "\320\260\321\202\320\260 \321\201\320\274\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321"
    "\213, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263"
    "\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320"
    "\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270. \320\236\320\261"
    "\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 \320\272 \321\201\320\270\321\201\321"
    "\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\260\320\264\320\274\320\270\320\275\320\270"
    "\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "\320\222 \320\277\320\276\320\264\321\201\320\270\321\201\321\202\320\265\320\274\320\265 Kerberos \320"
    "\277\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320\261"
    "\320\272\320\260. \320\241\320\273\321\203\320\266\320\261\320\260 \320\264\320\273\321\217 \320\267\320"
    "\260\320\277\321\200\320\276\321\201\320\260 \320\277\321\200\320\276\321\202\320\276\320\272\320\276"
    "\320\273\320\260 \320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320"
    "\273\321\217 \320\261\321\213\320\273\320\260 \321\201\320\264\320\265\320\273\320\260\320\275\320\260 "
    "\320\275\320\260 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320"
    "\265 \320\264\320\276\320\274\320\265\320\275\320\260, \320\272\320\276\321\202\320\276\321\200\321\213"
    "\320\271 \320\275\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320"
    "\260\320\265\321\202 \321\201\320\273\321\203\320\266\320\261\321\203 \320\264\320\273\321\217 \320\277"
    "\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320\273\321\217.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "\320\237\321\200\320\265\320\264\320\277\321\200\320\270\320\275\321\217\321\202\320\260 \320\277\320"
    "\276\320\277\321\213\321\202\320\272\320\260 \321\215\321\202\320\276\320\263\320\276 \321\201\320\265"
    "\321\200\320\262\320\265\321\200\320\260 \320\262\321\213\320\277\320\276\320\273\320\275\320\270\321"
    "\202\321\214 \320\267\320\260\320\277\321\200\320\276\321\201 \320\276\320\263\321\200\320\260\320\275"
    "\320\270\321\207\320\265\320\275\320\275\320\276\320\263\320\276 \320\264\320\265\320\273\320\265\320"
    "\263\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217 Kerberos \320\264\320\273\321\217 "
    "\321\206\320\265\320\273\320\265\320\262\320\276\320\263\320\276 \320\276\320\261\321\212\320\265\320"
    "\272\321\202\320\260 \320\267\320\260 \320\277\321\200\320\265\320\264\320\265\320\273\320\260\320\274"
    "\320\270 \320\276\320\261\320\273\320\260\321\201\321\202\320\270 \321\201\320\265\321\200\320\262\320"
    "\265\321\200\320\260. \320\255\321\202\320\276 \320\275\320\265 \320\277\320\276\320\264\320\264\320\265"
    "\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217, \320\270 \321\203\320\272\320"
    "\260\320\267\321\213\320\262\320\260\320\265\321\202 \320\275\320\260 \320\275\320\265\320\262\320\265"
    "\321\200\320\275\320\276\320\265 \320\275\320\260\321\201\321\202\321\200\320\276\320\271\320\272\321"
    "\203 \321\215\321\202\320\276\320\263\320\276 \321\201\320\265\321\200\320\262\320\265\321\200\320\260, "
    "\320\272\320\276\321\202\320\276\321\200\320\276\320\274\321\203 \321\200\320\260\320\267\321\200\320"
    "\265\321\210\320\265\320\275\320\276 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320\276"
    "\320\262\320\260\320\275\320\270\320\265 \320\262 \321\201\320\277\320\270\321\201\320\276\320\272. \320"
    "\236\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 \320\267\320\260 \320\277"
    "\320\276\320\274\320\276\321\211\321\214\321\216 \320\272 \320\260\320\264\320\274\320\270\320\275\320"
    "\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\276\320\277\321\200\320"
    "\265\320\264\320\265\320\273\320\270\321\202\321\214 \321\201\320\276\321\201\321\202\320\276\321\217"
    "\320\275\320\270\320\265 \320\276\321\202\320\267\321\213\320\262\320\260 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\272\320\276\320\275\321\202\321\200"
    "\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320\265\320\275\320\260, \320"
    "\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 "
    "\320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277\320"
    "\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270 \321\201\320\274\320\260"
    "\321\200\321\202-\320\272\320\260\321\200\321\202\321\213. \320\224\320\276\320\277\320\276\320\273\320"
    "\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\265\320\264"
    "\320\265\320\275\320\270\321\217 \321\201\320\274. \320\262 \320\266\321\203\321\200\320\275\320\260\320"
    "\273\320\265 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\321\213\321\205 \321\201\320\276"
    "\320\261\321\213\321\202\320\270\320\271. \320\236\320\261\321\200\320\260\321\202\320\270\321\202\320"
    "\265\321\201\321\214 \320\272 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276\320\274"
    "\321\203 \320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321\202\320"
    "\276\321\200\321\203.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\272\320\276"
    "\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320"
    "\265\320\275\320\260, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274"
    "\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320"
    "\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270, "
    "\320\261\321\213\320\273 \320\276\320\261\320\275\320\260\321\200\321\203\320\266\320\265\320\275 \320"
    "\275\320\265\320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321\213\320\271 \321\206"
    "\320\265\320\275\321\202\321\200 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320"
    "\260\321\206\320\270\320\270. \320\224\320\276\320\277\320\276\320\273\320\275\320\270\321\202\320\265"
    "\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\265\320\264\320\265\320\275\320\270\321"
    "\217 \321\201\320\274. \320\262 \320\266\321\203\321\200\320\275\320\260\320\273\320\265 \321\201\320"
    "\270\321\201\321\202\320\265\320\274\320\275\321\213\321\205 \321\201\320\276\320\261\321\213\321\202"
    "\320\270\320\271. \320\236\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321\201\321\214 \320"
    "\272 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\260\320\264"
    "\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200\321\203.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "\320\230\321\201\321\202\320\265\320\272 \321\201\321\200\320\276\320\272 \320\264\320\265\320\271\321"
    "\201\321\202\320\262\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272"
    "\320\260\321\202\320\260 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321"
    "\200\320\260 \320\264\320\276\320\274\320\265\320\275\320\260, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\262\321"
    "\205\320\276\320\264\320\260 \321\201\320\276 \321\201\320\274\320\260\321\200\321\202-\320\272\320\260"
    "\321\200\321\202\320\276\320\271. \320\236\320\261\321\200\320\260\321\202\320\270\321\202\320\265\321"
    "\201\321\214 \320\272 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\320\276\320\274\321\203 "
    "\320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200\320\260\321\202\320\276\321\200"
    "\321\203, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\321\217 \321\201\320\276\320"
    "\264\320\265\321\200\320\266\320\270\320\274\320\276\320\265 \320\266\321\203\321\200\320\275\320\260"
    "\320\273\320\260 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\321\213\321\205 \321\201\320"
    "\276\320\261\321\213\321\202\320\270\320\271.\000"
    // SEC_E_KDC_CERT_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\272\320\276\320"
    "\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320\265"
    "\320\275\320\260, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\321"
    "\213\320\271 \320\264\320\273\321\217 \320\262\321\205\320\276\320\264\320\260 \321\201\320\276 \321\201"
    "\320\274\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\320\276\320\271, \320\261\321\213\320"
    "\273 \320\276\321\202\320\276\320\267\320\262\320\260\320\275. \320\236\320\261\321\200\320\260\321\202"
    "\320\270\321\202\320\265\321\201\321\214 \320\272 \321\201\320\270\321\201\321\202\320\265\320\274\320"
    "\275\320\276\320\274\321\203 \320\260\320\264\320\274\320\270\320\275\320\270\321\201\321\202\321\200"
    "\320\260\321\202\320\276\321\200\321\203, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321"
    "\203\321\217 \321\201\320\276\320\264\320\265\321\200\320\266\320\270\320\274\320\276\320\265 \320\266"
    "\321\203\321\200\320\275\320\260\320\273\320\260 \321\201\320\270\321\201\321\202\320\265\320\274\320"
    "\275\321\213\321\205 \321\201\320\276\320\261\321\213\321\202\320\270\320\271.\000"
    // SEC_E_INVALID_PARAMETER
    "\320\236\320\264\320\270\320\275 \320\270\320\273\320\270 \320\275\320\265\321\201\320\272\320\276\320"
    "\273\321\214\320\272\320\276 \320\277\320\260\321\200\320\260\320\274\320\265\321\202\321\200\320\276"
    "\320\262, \320\277\320\265\321\200\320\265\320\264\320\260\320\275\320\275\321\213\321\205 \320\262 \321"
    "\204\321\203\320\275\320\272\321\206\320\270\321\216, \321\217\320\262\320\273\321\217\321\216\321\202"
    "\321\201\321\217 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321"
    "\213\320\274\320\270.\000"
    // SEC_E_DELEGATION_POLICY
    "\320\237\320\276\320\273\320\270\321\202\320\270\320\272\320\260 \320\272\320\273\320\270\320\265\320"
    "\275\321\202\320\260 \320\275\320\265 \321\200\320\260\320\267\321\200\320\265\321\210\320\260\320\265"
    "\321\202 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320\276\320\262\320\260\320\275\320"
    "\270\320\265 \321\203\321\207\320\265\321\202\320\275\321\213\321\205 \320\264\320\260\320\275\320\275"
    "\321\213\321\205 \321\206\320\265\320\273\320\265\320\262\320\276\320\274\321\203 \321\201\320\265\321"
    "\200\320\262\320\265\321\200\321\203.\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\320\237\320\276\320\273\320\270\321\202\320\270\320\272\320\260 \320\272\320\273\320\270\320\265\320"
    "\275\321\202\320\260 \320\275\320\265 \321\200\320\260\320\267\321\200\320\265\321\210\320\260\320\265"
    "\321\202 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320\276\320\262\320\260\320\275\320"
    "\270\320\265 \321\203\321\207\320\265\321\202\320\275\321\213\321\205 \320\264\320\260\320\275\320\275"
    "\321\213\321\205 \321\206\320\265\320\273\320\265\320\262\320\276\320\274\321\203 \321\201\320\265\321"
    "\200\320\262\320\265\321\200\321\203 \321\201 \320\277\321\200\320\276\320\262\320\265\321\200\320\272"
    "\320\276\320\271 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320"
    "\270 \321\202\320\276\320\273\321\214\320\272\320\276 NLTM.\000"
    // SEC_E_NO_CONTEXT
    "\320\242\321\200\320\265\320\261\321\203\320\265\320\274\321\213\320\271 \320\272\320\276\320\275\321"
    "\202\320\265\320\272\321\201\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275"
    "\320\276\321\201\321\202\320\270 \320\275\320\265 \321\201\321\203\321\211\320\265\321\201\321\202\320"
    "\262\321\203\320\265\321\202.\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\320\222 \320\277\321\200\320\276\321\202\320\276\320\272\320\276\320\273\320\265 PKU2U \320\277\321\200"
    "\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320\261\320\272\320"
    "\260 \320\277\321\200\320\270 \320\277\320\276\320\277\321\213\321\202\320\272\320\265 \320\270\321\201"
    "\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\321\214 \321\201\320\262\321"
    "\217\320\267\320\260\320\275\320\275\321\213\320\265 \321\201\320\265\321\200\321\202\320\270\321\204"
    "\320\270\320\272\320\260\321\202\321\213.\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277\321\200\320\276\320"
    "\262\320\265\321\200\320\270\321\202\321\214 \320\277\320\276\320\264\320\273\320\270\320\275\320\275"
    "\320\276\321\201\321\202\321\214 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321"
    "\200\320\260 \321\201\320\265\321\200\320\262\320\265\321\200\320\260.\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\320\224\320\276\320\277\321\203\321\201\320\272\320\260\320\265\321\202\321\201\321\217 \321\202\320"
    "\276\320\273\321\214\320\272\320\276 \321\201\321\205\320\265\320\274\320\260 HTTPS.\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\320\237\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320"
    "\261\320\272\320\260 \320\277\321\200\320\270 \320\262\321\213\320\277\320\276\320\273\320\275\320\265"
    "\320\275\320\270\320\270 \320\276\320\277\320\265\321\200\320\260\321\206\320\270\320\270 \321\201 \320"
    "\272\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321"
    "\201\320\272\320\270\320\274 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265"
    "\320\274.\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\320\235\320\265\320\270\320\267\320\262\320\265\321\201\321\202\320\275\321\213\320\271 \320\272\321"
    "\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320"
    "\272\320\270\320\271 \320\260\320\273\320\263\320\276\321\200\320\270\321\202\320\274.\000"
    // CRYPT_E_OID_FORMAT
    "\320\230\320\264\320\265\320\275\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\276\321\200"
    " \320\276\320\261\321\212\320\265\320\272\321\202\320\260 \320\270\320\274\320\265\320\265\321\202 \320"
    "\275\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\321\213\320\271 \321\204"
    "\320\276\321\200\320\274\320\260\321\202.\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\271 \321"
    "\202\320\270\320\277 \320\272\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204"
    "\320\270\321\207\320\265\321\201\320\272\320\276\320\263\320\276 \321\201\320\276\320\276\320\261\321"
    "\211\320\265\320\275\320\270\321\217.\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\320\235\320\265\320\277\321\200\320\265\320\264\320\262\320\270\320\264\320\265\320\275\320\275\320\260"
    "\321\217 \320\272\320\276\320\264\320\270\321\200\320\276\320\262\320\272\320\260 \320\272\321\200\320"
    "\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320"
    "\276\320\263\320\276 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217.\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\320\232\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265"
    "\321\201\320\272\320\276\320\265 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320"
    "\265 \320\275\320\265 \321\201\320\276\320\264\320\265\321\200\320\266\320\270\321\202 \320\276\320\266"
    "\320\270\320\264\320\260\320\265\320\274\321\213\320\271 \320\260\321\202\321\200\320\270\320\261\321"
    "\203\321\202 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264"
    "\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270.\000"
    // CRYPT_E_HASH_VALUE
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \321"
    "\205\321\215\321\210-\320\267\320\275\320\260\321\207\320\265\320\275\320\270\320\265.\000"
    // CRYPT_E_INVALID_INDEX
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\320\276\320\265 \320"
    "\267\320\275\320\260\321\207\320\265\320\275\320\270\320\265 \320\270\320\275\320\264\320\265\320\272"
    "\321\201\320\260.\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\320\241\320\276\320\264\320\265\321\200\320\266\320\270\320\274\320\276\320\265 \320\272\321\200\320"
    "\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320"
    "\276\320\263\320\276 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \321\203"
    "\320\266\320\265 \321\200\320\260\321\201\321\210\320\270\321\204\321\200\320\276\320\262\320\260\320"
    "\275\320\276.\000"
    // CRYPT_E_NOT_DECRYPTED
    "\320\241\320\276\320\264\320\265\321\200\320\266\320\270\320\274\320\276\320\265 \320\272\321\200\320"
    "\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320"
    "\276\320\263\320\276 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \320\265"
    "\321\211\320\265 \320\275\320\265 \321\200\320\260\321\201\321\210\320\270\321\204\321\200\320\276\320"
    "\262\320\260\320\275\320\276.\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\320\241\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265 \321\201 \320\276\320\261\320"
    "\276\320\273\320\276\321\207\320\272\320\276\320\271 \320\275\320\265 \321\201\320\276\320\264\320\265"
    "\321\200\320\266\320\270\321\202 \321\203\320\272\320\260\320\267\320\260\320\275\320\275\320\276\320"
    "\263\320\276 \320\277\320\276\320\273\321\203\321\207\320\260\321\202\320\265\320\273\321\217.\000"
    // CRYPT_E_CONTROL_TYPE
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\271 \321"
    "\202\320\270\320\277 \321\215\320\273\320\265\320\274\320\265\320\275\321\202\320\260 \321\203\320\277"
    "\321\200\320\260\320\262\320\273\320\265\320\275\320\270\321\217.\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\271 \320"
    "\277\320\276\321\201\321\202\320\260\320\262\321\211\320\270\320\272 \320\270\320\273\320\270 \321\201"
    "\320\265\321\200\320\270\320\271\320\275\321\213\320\271 \320\275\320\276\320\274\320\265\321\200.\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320\260\320\271\321"
    "\202\320\270 \320\275\320\260\321\207\320\260\320\273\321\214\320\275\320\276\320\265 \320\277\320\276"
    "\320\264\320\277\320\270\321\201\321\213\320\262\320\260\321\216\321\211\320\265\320\265 \320\273\320"
    "\270\321\206\320\276.\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\320\232\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265"
    "\321\201\320\272\320\276\320\265 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320"
    "\265 \320\275\320\265 \321\201\320\276\320\264\320\265\321\200\320\266\320\270\321\202 \320\262\321\201"
    "\320\265 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\265 \320"
    "\260\321\202\321\200\320\270\320\261\321\203\321\202\321\213.\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\320\237\320\276\321\202\320\276\320\272\320\276\320\262\320\276\320\265 \320\272\321\200\320\270\320"
    "\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320\276\320"
    "\265 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\275\320\265 \320\263"
    "\320\276\321\202\320\276\320\262\320\276 \320\272 \320\262\320\276\320\267\320\262\321\200\320\260\321"
    "\202\321\203 \320\264\320\260\320\275\320\275\321\213\321\205.\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\320\224\320\273\321\217 \320\262\321\213\320\277\320\276\320\273\320\275\320\265\320\275\320\270\321"
    "\217 \320\276\320\277\320\265\321\200\320\260\321\206\320\270\320\270 \320\264\320\265\320\272\320\276"
    "\320\264\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217 \320\277\320\276\321\202\320"
    "\276\320\272\320\276\320\262\320\276\320\263\320\276 \320\272\321\200\320\270\320\277\321\202\320\276"
    "\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320\276\320\263\320\276 \321"
    "\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \321\202\321\200\320\265\320\261"
    "\321\203\320\265\321\202\321\201\321\217 \320\261\320\276\320\273\321\214\321\210\320\265 \320\264\320"
    "\260\320\275\320\275\321\213\321\205.\000"
    // CRYPT_E_BAD_LEN
    "\320\224\320\273\321\217 \320\262\321\213\321\205\320\276\320\264\320\275\321\213\321\205 \320\264\320"
    "\260\320\275\320\275\321\213\321\205 \320\267\320\260\320\264\320\260\320\275\320\260 \320\275\320\265"
    "\320\264\320\276\321\201\321\202\320\260\321\202\320\276\321\207\320\275\320\260\321\217 \320\264\320"
    "\273\320\270\320\275\320\260.\000"
    // CRYPT_E_BAD_ENCODE
    "\320\222\320\276 \320\262\321\200\320\265\320\274\321\217 \320\276\320\277\320\265\321\200\320\260\321"
    "\206\320\270\320\270 \320\272\320\276\320\264\320\270\321\200\320\276\320\262\320\260\320\275\320\270"
    "\321\217 \320\270\320\273\320\270 \320\264\320\265\320\272\320\276\320\264\320\270\321\200\320\276\320"
    "\262\320\260\320\275\320\270\321\217 \320\277\321\200\320\276\320\270\320\267\320\276\321\210\320\273"
    "\320\260 \320\276\321\210\320\270\320\261\320\272\320\260.\000"
    // CRYPT_E_FILE_ERROR
    "\320\237\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320"
    "\261\320\272\320\260 \320\277\321\200\320\270 \321\207\321\202\320\265\320\275\320\270\320\270 \320\270"
    "\320\273\320\270 \320\267\320\260\320\277\320\270\321\201\320\270 \320\262 \321\204\320\260\320\271\320"
    "\273.\000"
    // CRYPT_E_NOT_FOUND
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320\260\320\271\321"
    "\202\320\270 \320\276\320\261\321\212\320\265\320\272\321\202 \320\270\320\273\320\270 \321\201\320\262"
    "\320\276\320\271\321\201\321\202\320\262\320\276.\000"
    // CRYPT_E_EXISTS
    "\320\236\320\261\321\212\320\265\320\272\321\202 \320\270\320\273\320\270 \321\201\320\262\320\276\320"
    "\271\321\201\321\202\320\262\320\276 \321\203\320\266\320\265 \321\201\321\203\321\211\320\265\321\201"
    "\321\202\320\262\321\203\320\265\321\202.\000"
    // CRYPT_E_NO_PROVIDER
    "\320\224\320\273\321\217 \321\205\321\200\320\260\320\275\320\270\320\273\320\270\321\211\320\260 \320"
    "\270\320\273\320\270 \320\276\320\261\321\212\320\265\320\272\321\202\320\260 \320\275\320\265 \321\203"
    "\320\272\320\260\320\267\320\260\320\275 \320\277\320\276\321\201\321\202\320\260\320\262\321\211\320"
    "\270\320\272.\000"
    // CRYPT_E_SELF_SIGNED
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\271 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\217\320\262\320\273\321\217\320\265\321\202"
    "\321\201\321\217 \321\201\320\260\320\274\320\276\320\267\320\260\320\262\320\265\321\200\321\217\321"
    "\216\321\211\320\270\320\274.\000"
    // CRYPT_E_DELETED_PREV
    "\320\237\321\200\320\265\320\264\321\213\320\264\321\203\321\211\320\270\320\271 \321\201\320\265\321"
    "\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270\320\273\320\270 \320\272\320\276"
    "\320\275\321\202\320\265\320\272\321\201\321\202 \321\201\320\277\320\270\321\201\320\272\320\260 \320"
    "\276\321\202\320\267\321\213\320\262\320\260 \321\201\320\265\321\200\321\202\320\270\321\204\320\270"
    "\320\272\320\260\321\202\320\276\320\262 \320\261\321\213\320\273 \321\203\320\264\320\260\320\273\320"
    "\265\320\275.\000"
    // CRYPT_E_NO_MATCH
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320\260\320\271\321"
    "\202\320\270 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 "
    "\320\276\320\261\321\212\320\265\320\272\321\202.\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\320\243 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320"
    "\275\320\265\321\202 \321\201\320\262\320\276\320\271\321\201\321\202\320\262\320\260, \321\201\321\201"
    "\321\213\320\273\320\260\321\216\321\211\320\265\320\263\320\276\321\201\321\217 \320\275\320\260 \320"
    "\267\320\260\320\272\321\200\321\213\321\202\321\213\320\271 \320\272\320\273\321\216\321\207.\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320\260\320\271\321"
    "\202\320\270 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270 "
    "\320\267\320\260\320\272\321\200\321\213\321\202\321\213\320\271 \320\272\320\273\321\216\321\207 \320"
    "\264\320\273\321\217 \321\200\320\260\321\201\321\210\320\270\321\204\321\200\320\276\320\262\320\272"
    "\320\270.\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320\260\320\271\321"
    "\202\320\270 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270 "
    "\320\267\320\260\320\272\321\200\321\213\321\202\321\213\320\271 \320\272\320\273\321\216\321\207, \320"
    "\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\321\213\320\265 \320\264"
    "\320\273\321\217 \321\200\320\260\321\201\321\210\320\270\321\204\321\200\320\276\320\262\320\272\320"
    "\270.\000"
    // CRYPT_E_BAD_MSG
    "\320\235\320\265\320\267\320\260\321\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\275"
    "\320\276\320\265 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265, \320\270\320"
    "\273\320\270 \320\272\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270"
    "\321\207\320\265\321\201\320\272\320\276\320\265 \321\201\320\276\320\276\320\261\321\211\320\265\320"
    "\275\320\270\320\265 \320\270\320\274\320\265\320\265\321\202 \320\275\320\265\320\277\321\200\320\260"
    "\320\262\320\270\320\273\321\214\320\275\321\213\320\271 \321\204\320\276\321\200\320\274\320\260\321"
    "\202.\000"
    // CRYPT_E_NO_SIGNER
    "\320\237\320\276\320\264\320\277\320\270\321\201\320\260\320\275\320\275\320\276\320\265 \320\272\321"
    "\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320"
    "\272\320\276\320\265 \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\275"
    "\320\265 \320\270\320\274\320\265\320\265\321\202 \320\277\320\276\320\264\320\277\320\270\321\201\320"
    "\260\320\262\321\210\320\265\320\263\320\276 \320\264\320\273\321\217 \321\203\320\272\320\260\320\267"
    "\320\260\320\275\320\275\320\276\320\263\320\276 \320\270\320\275\320\264\320\265\320\272\321\201\320"
    "\260 \320\277\320\276\320\264\320\277\320\270\321\201\320\260\320\262\321\210\320\265\320\263\320\276."
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\320\236\320\272\320\276\320\275\321\207\320\260\321\202\320\265\320\273\321\214\320\275\320\276\320\265"
    " \320\267\320\260\320\272\321\200\321\213\321\202\320\270\320\265 \320\276\320\266\320\270\320\264\320"
    "\260\320\265\321\202\321\201\321\217 \320\264\320\276 \321\202\320\265\321\205 \320\277\320\276\321\200,"
    " \320\277\320\276\320\272\320\260 \320\275\320\265 \320\261\321\203\320\264\321\203\321\202 \320\267\320"
    "\260\320\272\321\200\321\213\321\202\321\213 \320\264\320\276\320\277\320\276\320\273\320\275\320\270"
    "\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\276\320\261\320\276\320"
    "\264\320\275\321\213\320\265 \320\270\320\273\320\270 \320\267\320\260\320\272\321\200\321\213\321\202"
    "\321\213\320\265.\000"
    // CRYPT_E_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\276\321\202\320"
    "\276\320\267\320\262\320\260\320\275.\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\320\235\320\265 \320\275\320\260\320\271\320\264\320\265\320\275\320\260 \320\261\320\270\320\261\320"
    "\273\320\270\320\276\321\202\320\265\320\272\320\260 DLL \320\270\320\273\320\270 \321\215\320\272\321"
    "\201\320\277\320\276\321\200\321\202\320\270\321\200\320\276\320\262\320\260\320\275\320\275\320\260\321"
    "\217 \321\204\321\203\320\275\320\272\321\206\320\270\321\217 \320\264\320\273\321\217 \320\277\321\200"
    "\320\276\320\262\320\265\321\200\320\272\320\270 \320\276\321\202\320\267\321\213\320\262\320\260.\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\320\244\321\203\320\275\320\272\321\206\320\270\320\270 \320\276\321\202\320\267\321\213\320\262\320"
    "\260 \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277\321\200\320\276"
    "\320\262\320\265\321\200\320\270\321\202\321\214 \320\276\321\202\320\267\321\213\320\262 \321\201\320"
    "\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260.\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\320\244\321\203\320\275\320\272\321\206\320\270\320\270 \320\276\321\202\320\267\321\213\320\262\320"
    "\260 \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277\321\200\320\276"
    "\320\262\320\265\321\200\320\270\321\202\321\214 \320\276\321\202\320\267\321\213\320\262, \321\202\320"
    "\260\320\272 \320\272\320\260\320\272 \321\201\320\265\321\200\320\262\320\265\321\200 \320\276\321\202"
    "\320\267\321\213\320\262\320\260 \320\261\321\213\320\273 \320\276\321\202\320\272\320\273\321\216\321"
    "\207\320\265\320\275.\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\276\321\202\321"
    "\201\321\203\321\202\321\201\321\202\320\262\321\203\320\265\321\202 \320\262 \320\261\320\260\320\267"
    "\320\265 \320\264\320\260\320\275\320\275\321\213\321\205 \321\201\320\265\321\200\320\262\320\265\321"
    "\200\320\260 \320\276\321\202\320\267\321\213\320\262\320\260.\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\320\241\321\202\321\200\320\276\320\272\320\260 \321\201\320\276\320\264\320\265\321\200\320\266\320"
    "\270\321\202 \320\275\320\265\321\207\320\270\321\201\320\273\320\276\320\262\320\276\320\271 \321\201"
    "\320\270\320\274\320\262\320\276\320\273.\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\320\241\321\202\321\200\320\276\320\272\320\260 \321\201\320\276\320\264\320\265\321\200\320\266\320"
    "\270\321\202 \320\275\320\265\320\277\320\265\321\207\320\260\321\202\320\260\320\265\320\274\321\213"
    "\320\271 \321\201\320\270\320\274\320\262\320\276\320\273.\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\320\241\321\202\321\200\320\276\320\272\320\260 \321\201\320\276\320\264\320\265\321\200\320\266\320"
    "\270\321\202 \321\201\320\270\320\274\320\262\320\276\320\273, \320\276\321\202\320\273\320\270\321\207"
    "\320\275\321\213\320\271 \320\276\321\202 7-\321\200\320\260\320\267\321\200\321\217\320\264\320\275\320"
    "\276\320\271 \320\272\320\276\320\264\320\270\321\200\320\276\320\262\320\272\320\270 ASCII.\000"
    // CRYPT_E_INVALID_X500_STRING
    "\320\241\321\202\321\200\320\276\320\272\320\260 \321\201\320\276\320\264\320\265\321\200\320\266\320"
    "\270\321\202 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213"
    "\320\271 \320\272\320\273\321\216\321\207 \320\260\321\202\321\200\320\270\320\261\321\203\321\202\320"
    "\260 \320\270\320\274\320\265\320\275\320\270 X500, OID, \320\267\320\275\320\260\321\207\320\265\320"
    "\275\320\270\320\265 \320\270\320\273\320\270 \321\200\320\260\320\267\320\264\320\265\320\273\320\270"
    "\321\202\320\265\320\273\321\214.\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\320\224\320\262\320\262\320\260\320\273\321\203\320\265\321\202\320\270\320\277\320\265 \320\264\320"
    "\273\321\217 _ \320\267\320\275\320\260\321\207\320\265\320\275\320\270\321\217 \320\270\320\274\320\265"
    "\320\275\320\270 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320"
    "\260 \320\275\320\265 _ \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 \320\276\320"
    "\264\320\275\320\276\320\271 \320\270\320\267 \321\201\320\270\320\274\320\262\320\276\320\273\321\214"
    "\320\275\321\213\321\205 \321\201\321\202\321\200\320\276\320\272. \320\241\320\272\320\276\321\200\320"
    "\265\320\265 \320\262\321\201\320\265\320\263\320\276, \321\215\321\202\320\276 \320\273\320\270\320\261"
    "\320\276 _ _ \321\201\320\270\320\274\320\262\320\276\320\273\321\214\320\275\321\213\320\271 BLOB-\320"
    "\276\320\261\321\212\320\265\320\272\321\202 \321\201\320\265\321\200\321\202\320\270\321\204\320\270"
    "\320\272\320\260\321\202\320\260 \320\262 \320\272\320\276\320\264\320\270\321\200\320\276\320\262\320"
    "\272\320\265 RDN, _ \320\273\320\270\320\261\320\276 _ \321\201\321\202\321\200\320\276\320\272\320\260 "
    "\320\262 _ \320\276\320\272\321\202\320\265\321\202\320\260\321\205 \321\201\320\265\321\200\321\202\320"
    "\270\321\204\320\270\320\272\320\260\321\202\320\260 _ .\000"
    // CRYPT_E_FILERESIZED
    "\320\237\321\200\320\276\320\264\320\276\320\273\320\266\320\265\320\275\320\270\320\265 \320\276\320"
    "\277\320\265\321\200\320\260\321\206\320\270\320\270 \321\200\320\260\320\267\320\274\320\265\321\211"
    "\320\265\320\275\320\270\321\217 \320\275\320\265\320\262\320\276\320\267\320\274\320\276\320\266\320"
    "\275\320\276. \320\235\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\270"
    "\320\267\320\274\320\265\320\275\320\270\321\202\321\214 \321\200\320\260\320\267\320\274\320\265\321"
    "\200 \321\204\320\260\320\271\320\273\320\260. \320\236\320\264\320\275\320\260\320\272\320\276 \321\203"
    "\320\266\320\265 \320\270\320\274\320\265\320\265\321\202\321\201\321\217 \320\277\320\276\320\264\320"
    "\277\320\270\321\201\321\214. \320\235\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274"
    "\320\276 \320\262\321\213\320\277\320\276\320\273\320\275\320\270\321\202\321\214 \320\277\320\276\320"
    "\273\320\275\321\203\321\216 \320\276\320\277\320\265\321\200\320\260\321\206\320\270\321\216 \320\277"
    "\320\276\320\264\320\277\320\270\321\201\321\213\320\262\320\260\320\275\320\270\321\217.\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\320\241\320\261\320\276\320\271 \320\272\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320"
    "\260\321\204\320\270\321\207\320\265\321\201\320\272\320\276\320\271 \320\276\320\277\320\265\321\200"
    "\320\260\321\206\320\270\320\270 \320\270\320\267-\320\267\320\260 \320\277\320\260\321\200\320\260\320"
    "\274\320\265\321\202\321\200\320\260 \320\273\320\276\320\272\320\260\320\273\321\214\320\275\320\276"
    "\320\271 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321\202\320"
    "\270.\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\320\235\320\265 \320\275\320\260\320\271\320\264\320\265\320\275\320\260 \320\261\320\270\320\261\320"
    "\273\320\270\320\276\321\202\320\265\320\272\320\260 DLL \320\270\320\273\320\270 \321\215\320\272\321"
    "\201\320\277\320\276\321\200\321\202\320\270\321\200\320\276\320\262\320\260\320\275\320\275\320\260\321"
    "\217 \321\204\321\203\320\275\320\272\321\206\320\270\321\217 \320\264\320\273\321\217 \320\277\321\200"
    "\320\276\320\262\320\265\321\200\320\272\320\270 \320\270\321\201\320\277\320\276\320\273\321\214\320"
    "\267\320\276\320\262\320\260\320\275\320\270\321\217 \321\201\321\203\320\261\321\212\320\265\320\272"
    "\321\202\320\260.\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\320\222\321\213\320\267\321\213\320\262\320\260\320\265\320\274\320\260\321\217 \321\204\321\203\320"
    "\275\320\272\321\206\320\270\321\217 \320\275\320\265 \321\201\320\274\320\276\320\263\320\273\320\260 "
    "\320\262\321\213\320\277\320\276\320\273\320\275\320\270\321\202\321\214 \320\277\321\200\320\276\320"
    "\262\320\265\321\200\320\272\321\203 \320\275\320\260 \320\277\321\200\320\265\320\264\320\274\320\265"
    "\321\202 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\320\275\320"
    "\270\321\217.\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\320\242\320\260\320\272 \320\272\320\260\320\272 \321\201\320\265\321\200\320\262\320\265\321\200 \320"
    "\261\321\213\320\273 \320\262\320\275\320\265 \321\201\320\265\321\202\320\270, \320\262\321\213\320\267"
    "\321\213\320\262\320\260\320\265\320\274\320\260\321\217 \321\204\321\203\320\275\320\272\321\206\320"
    "\270\321\217 \320\275\320\265 \321\201\320\274\320\276\320\263\320\273\320\260 \320\267\320\260\320\262"
    "\320\265\321\200\321\210\320\270\321\202\321\214 \320\277\321\200\320\276\320\262\320\265\321\200\320"
    "\272\321\203 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\320\275"
    "\320\270\321\217.\000"
    // CRYPT_E_NOT_IN_CTL
    "\320\241\321\203\320\261\321\212\320\265\320\272\321\202 \320\275\320\265 \320\275\320\260\320\271\320"
    "\264\320\265\320\275 \320\262 \321\201\320\277\320\270\321\201\320\272\320\265 \320\264\320\276\320\262"
    "\320\265\321\200\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320"
    "\260\321\202\320\276\320\262 (CTL).\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\320\235\320\270 \320\276\320\264\320\270\320\275 \320\270\320\267 \320\277\320\276\320\264\320\277\320"
    "\270\321\201\321\213\320\262\320\260\320\275\320\270\321\217 \320\272\321\200\320\270\320\277\321\202"
    "\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321\201\320\272\320\276\320\263\320\276"
    " \321\201\320\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \320\270\320\273\320\270 \321"
    "\201\320\277\320\270\321\201\320\272\320\260 \320\264\320\276\320\262\320\265\321\200\320\270\321\217 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\276\320\262 \320"
    "\275\320\265 \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 \320\264\320\276\320\262"
    "\320\265\321\200\320\265\320\275\320\275\321\213\320\274.\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\320\236\321\202\321\201\321\203\321\202\321\201\321\202\320\262\321\203\321\216\321\202 \320\277\320"
    "\260\321\200\320\260\320\274\320\265\321\202\321\200\321\213 \320\260\320\273\320\263\320\276\321\200"
    "\320\270\321\202\320\274\320\260 \320\276\321\202\320\272\321\200\321\213\321\202\320\276\320\263\320"
    "\276 \320\272\320\273\321\216\321\207\320\260.\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\320\232\320\276\320\264 \320\276\321\210\320\270\320\261\320\272\320\270 \320\272\320\276\320\264\320"
    "\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217 \320\270\320\273\320\270 \321\200\320\260"
    "\321\201\321\210\320\270\321\204\321\200\320\276\320\262\320\272\320\270 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 OSS. \320\236\320\277\321\200\320\265\320"
    "\264\320\265\320\273\320\265\320\275\320\270\320\265 \320\276\321\210\320\270\320\261\320\276\320\272 "
    "\321\201\321\200\320\265\320\264\321\213 \320\262\321\213\320\277\320\276\320\273\320\275\320\265\320"
    "\275\320\270\321\217 OSS \321\201\320\274. \320\262 asn1code. h. \320\227\320\275\320\260\321\207\320"
    "\265\320\275\320\270\321\217 \320\276\321\210\320\270\320\261\320\276\320\272 OSS \321\201\320\274\320"
    "\265\321\211\320\260\321\216\321\202\321\201\321\217 \320\262 \321\200\320\265\320\267\321\203\320\273"
    "\321\214\321\202\320\260\321\202\320\265 \321\210\320\270\321\204\321\200\320\276\320\262\320\260\320"
    "\275\320\270\321\217 _ _ _ \320\276\321\210\320\270\320\261\320\272\320\270 OSS.\000"
    // CRYPT_E_ASN1_ERROR
    "\320\221\320\260\320\267\320\260 \320\272\320\276\320\264\320\260 \320\276\321\210\320\270\320\261\320"
    "\276\320\272 \320\272\320\276\320\264\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217 "
    "\320\270\320\273\320\270 \320\264\320\265\320\272\320\276\320\264\320\270\321\200\320\276\320\262\320"
    "\260\320\275\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260"
    "\321\202\320\260 ASN1. \320\227\320\275\320\260\321\207\320\265\320\275\320\270\321\217 \320\276\321\210"
    "\320\270\320\261\320\276\320\272 ASN1 \321\201\320\274\320\265\321\211\320\260\321\216\321\202\321\201"
    "\321\217 \320\262 \321\200\320\265\320\267\321\203\320\273\321\214\321\202\320\260\321\202\320\265 \321"
    "\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\270\321\217 _ _ _ \320\276\321\210\320"
    "\270\320\261\320\272\320\270 ASN1.\000"
    // CRYPT_E_ASN1_INTERNAL
    "\320\222\320\275\321\203\321\202\321\200\320\265\320\275\320\275\321\217\321\217 \320\276\321\210\320"
    "\270\320\261\320\272\320\260 \320\262 ASN1 \320\270\320\273\320\270 \320\264\320\265\320\272\320\276\320"
    "\264\320\270\321\200\320\276\320\262\320\260\320\275\320\270\320\270.\000"
    // CRYPT_E_ASN1_EOD
    "\320\235\320\265\320\277\321\200\320\265\320\264\320\262\320\270\320\264\320\265\320\275\320\275\321\213"
    "\320\271 \320\272\320\276\320\275\320\265\321\206 \320\264\320\260\320\275\320\275\321\213\321\205 \320"
    "\262 ASN1.\000"
    // CRYPT_E_ASN1_CORRUPT
    "\320\237\320\276\320\262\321\200\320\265\320\266\320\264\320\265\320\275\320\275\321\213\320\265 \320"
    "\264\320\260\320\275\320\275\321\213\320\265 ASN1.\000"
    // CRYPT_E_ASN1_LARGE
    "\320\241\320\273\320\270\321\210\320\272\320\276\320\274 \320\261\320\276\320\273\321\214\321\210\320"
    "\276\320\265 \320\267\320\275\320\260\321\207\320\265\320\275\320\270\320\265 ASN1.\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\320\235\320\260\321\200\321\203\321\210\320\265\320\275\320\276 \320\276\320\263\321\200\320\260\320"
    "\275\320\270\321\207\320\265\320\275\320\270\320\265 ASN1.\000"
    // CRYPT_E_ASN1_MEMORY
    "\320\235\320\265\321\205\320\262\320\260\321\202\320\272\320\260 \320\277\320\260\320\274\321\217\321"
    "\202\320\270 \320\262 ASN1.\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\320\237\320\265\321\200\320\265\320\277\320\276\320\273\320\275\320\265\320\275\320\270\320\265 \320"
    "\261\321\203\321\204\320\265\321\200\320\260 ASN1.\000"
    // CRYPT_E_ASN1_BADPDU
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 ASN1 \320\275\320\265 \320\277\320\276\320\264"
    "\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217 \320\264\320"
    "\273\321\217 \321\215\321\202\320\276\320\263\320\276 PDU.\000"
    // CRYPT_E_ASN1_BADARGS
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\321\213\320\265 \320"
    "\260\321\200\320\263\321\203\320\274\320\265\320\275\321\202\321\213 ASN1 \320\277\321\200\320\270 \320"
    "\262\321\213\320\267\320\276\320\262\320\265 \321\204\321\203\320\275\320\272\321\206\320\270\320\270."
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \320"
    "\262\320\265\321\211\320\265\321\201\321\202\320\262\320\265\320\275\320\275\320\276\320\265 \320\267"
    "\320\275\320\260\321\207\320\265\320\275\320\270\320\265 ASN1.\000"
    // CRYPT_E_ASN1_BADTAG
    "\320\241\320\276\320\261\320\273\321\216\320\264\320\260\320\265\321\202\321\201\321\217 \320\275\320"
    "\265\320\262\320\265\321\200\320\275\320\276\320\265 \320\267\320\275\320\260\321\207\320\265\320\275"
    "\320\270\320\265 \321\202\320\265\320\263\320\260 ASN1.\000"
    // CRYPT_E_ASN1_CHOICE
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \320"
    "\267\320\275\320\260\321\207\320\265\320\275\320\270\320\265 ASN1.\000"
    // CRYPT_E_ASN1_RULE
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \320"
    "\277\321\200\320\260\320\262\320\270\320\273\320\276 \320\272\320\276\320\264\320\270\321\200\320\276"
    "\320\262\320\260\320\275\320\270\321\217 ASN1.\000"
    // CRYPT_E_ASN1_UTF8
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\271 \321"
    "\204\320\276\321\200\320\274\320\260\321\202 ASN1 \320\262 \320\256\320\275\320\270\320\272\320\276\320"
    "\264\320\265 (UTF8).\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\271 \321"
    "\202\320\270\320\277 PDU \320\262 ASN1.\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 \320\265\321\211\320\265 \320\275\320\265 \321\200\320\265\320\260\320\273\320\270\320\267\320\276"
    "\320\262\320\260\320\275\320\260.\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 \320\277\321\200\320\276\320\277\321\203\321\201\321\202\320\270\320\273\320\260 \320\275\320\265"
    "\320\270\320\267\320\262\320\265\321\201\321\202\320\275\321\213\320\265 \321\200\320\260\321\201\321"
    "\210\320\270\321\200\320\265\320\275\320\270\321\217.\000"
    // CRYPT_E_ASN1_NOEOD
    "\320\236\320\266\320\270\320\264\320\260\320\265\321\202\321\201\321\217 \320\272\320\276\320\275\320"
    "\265\321\206 \320\264\320\260\320\275\320\275\321\213\321\205 \320\262 ASN1\000"
    // TRUST_E_SYSTEM_ERROR
    "\320\237\321\200\320\270 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\265 \320\276\321"
    "\202\320\275\320\276\321\210\320\265\320\275\320\270\320\271 \320\264\320\276\320\262\320\265\321\200"
    "\320\270\321\217 \320\277\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321"
    "\210\320\270\320\261\320\272\320\260.\000"
    // TRUST_E_NO_SIGNER_CERT
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\277\320\276\320"
    "\264\320\277\320\270\321\201\320\260\320\262\321\210\320\265\320\263\320\276 \321\201\320\276\320\276"
    "\320\261\321\211\320\265\320\275\320\270\320\265 \320\275\320\265 \320\275\320\260\320\271\320\264\320"
    "\265\320\275 \320\270\320\273\320\270 \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 "
    "\320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320\274.\000"
    // TRUST_E_COUNTER_SIGNER
    "\320\236\320\264\320\275\320\260 \320\270\320\267 \320\277\320\276\320\264\320\277\320\270\321\201\320"
    "\265\320\271 \321\201\321\207\320\265\321\202\321\207\320\270\320\272\320\276\320\262 \321\217\320\262"
    "\320\273\321\217\320\265\321\202\321\201\321\217 \320\275\320\265\320\264\320\276\320\277\321\203\321"
    "\201\321\202\320\270\320\274\320\276\320\271.\000"
    // TRUST_E_CERT_SIGNATURE
    "\320\235\320\265\320\262\320\276\320\267\320\274\320\276\320\266\320\275\320\276 \320\277\321\200\320"
    "\276\320\262\320\265\321\200\320\270\321\202\321\214 \320\277\320\276\320\264\320\277\320\270\321\201"
    "\321\214 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260.\000"
    // TRUST_E_TIME_STAMP
    "\320\237\320\276\320\264\320\277\320\270\321\201\321\214 \320\274\320\265\321\202\320\272\320\270 \320"
    "\262\321\200\320\265\320\274\320\265\320\275\320\270 \320\270/\320\270\320\273\320\270 \321\201\320\265"
    "\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \320\274\320\276\320"
    "\263\321\203\321\202 \320\261\321\213\321\202\321\214 \320\277\321\200\320\276\320\262\320\265\321\200"
    "\320\265\320\275\321\213 \320\270\320\273\320\270 \320\270\320\274\320\265\321\216\321\202 \320\275\320"
    "\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\321\213\320\271 \321\204\320\276"
    "\321\200\320\274\320\260\321\202.\000"
    // TRUST_E_BAD_DIGEST
    "\320\246\320\270\321\204\321\200\320\276\320\262\320\260\321\217 \320\277\320\276\320\264\320\277\320"
    "\270\321\201\321\214 \320\276\320\261\321\212\320\265\320\272\321\202\320\260 \320\275\320\265 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\265\320\275\320\260.\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\320\240\320\260\321\201\321\210\320\270\321\200\320\265\320\275\320\270\320\265 \320\261\320\260\320"
    "\267\320\276\320\262\320\276\320\263\320\276 \320\276\320\263\321\200\320\260\320\275\320\270\321\207"
    "\320\265\320\275\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320"
    "\260\321\202\320\260 \320\275\320\265 \320\275\320\260\320\261\320\273\321\216\320\264\320\260\320\273"
    "\320\276\321\201\321\214.\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \321"
    "\201\320\276\320\276\321\202\320\262\320\265\321\202\321\201\321\202\320\262\321\203\320\265\321\202 "
    "\321\204\320\270\320\275\320\260\320\275\321\201\320\276\320\262\321\213\320\274 \321\200\320\260\321"
    "\201\321\210\320\270\321\200\320\265\320\275\320\270\321\217\320\274 Authenticode (TM) \320\270 \320\275"
    "\320\265 \321\201\320\276\320\264\320\265\321\200\320\266\320\270\321\202 \320\270\321\205.\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\320\235\320\265\320\270\320\267\320\262\320\265\321\201\321\202\320\275\321\213\320\271 \320\277\320"
    "\276\321\201\321\202\320\260\320\262\321\211\320\270\320\272 \320\264\320\276\320\262\320\265\321\200"
    "\320\270\321\217.\000"
    // TRUST_E_ACTION_UNKNOWN
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\320\276\320\265 \320\264\320\265\320\271\321"
    "\201\321\202\320\262\320\270\320\265 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 "
    "\320\264\320\276\320\262\320\265\321\200\320\270\321\217 \320\275\320\265 \320\277\320\276\320\264\320"
    "\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217 \321\203\320\272"
    "\320\260\320\267\320\260\320\275\320\275\321\213\320\274 \320\277\320\276\321\201\321\202\320\260\320"
    "\262\321\211\320\270\320\272\320\276\320\274 \320\264\320\276\320\262\320\265\321\200\320\270\321\217."
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\320\260\321\217 \320\264\320\273\321\217 \321"
    "\201\321\203\320\261\321\212\320\265\320\272\321\202\320\260 \321\204\320\276\321\200\320\274\320\260 "
    "\320\275\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320"
    "\265\321\202\321\201\321\217 \320\270\320\273\320\270 \320\270\320\267\320\262\320\265\321\201\321\202"
    "\320\275\320\260 \321\203\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\274 \320\277\320"
    "\276\321\201\321\202\320\260\320\262\321\211\320\270\320\272\320\276\320\274 \320\264\320\276\320\262"
    "\320\265\321\200\320\270\321\217.\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\320\241\321\203\320\261\321\212\320\265\320\272\321\202 \320\275\320\265 \321\217\320\262\320\273\321"
    "\217\320\265\321\202\321\201\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275"
    "\321\213\320\274 \320\264\320\273\321\217 \321\203\320\272\320\260\320\267\320\260\320\275\320\275\320"
    "\276\320\263\320\276 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321\217.\000"
    // TRUST_E_NOSIGNATURE
    "\320\222 \321\202\320\265\320\274\320\265 \320\276\321\202\321\201\321\203\321\202\321\201\321\202\320"
    "\262\321\203\320\265\321\202 \320\277\320\276\320\264\320\277\320\270\321\201\321\214.\000"
    // CERT_E_EXPIRED
    "\320\242\321\200\320\265\320\261\321\203\320\265\320\274\321\213\320\271 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \320\275\320\260\321\205\320\276"
    "\320\264\320\270\321\202\321\201\321\217 \320\262 \321\202\320\265\321\207\320\265\320\275\320\270\320"
    "\265 \321\201\321\200\320\276\320\272\320\260 \320\264\320\265\320\271\321\201\321\202\320\262\320\270"
    "\321\217 \320\277\321\200\320\270 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\265 \320"
    "\277\320\276 \321\202\320\265\320\272\321\203\321\211\320\265\320\274\321\203 \321\201\320\270\321\201"
    "\321\202\320\265\320\274\320\275\320\276\320\274\321\203 \320\262\321\200\320\265\320\274\320\265\320"
    "\275\320\270 \320\270\320\273\320\270 \320\276\321\202\320\274\320\265\321\202\320\272\320\265 \320\262"
    "\321\200\320\265\320\274\320\265\320\275\320\270 \320\262 \320\277\320\276\320\264\320\277\320\270\321"
    "\201\320\260\320\275\320\275\320\276\320\274 \321\204\320\260\320\271\320\273\320\265.\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\320\241\321\200\320\276\320\272\320\270 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321"
    "\217 \321\206\320\265\320\277\320\276\321\207\320\272\320\270 \321\201\320\265\321\200\321\202\320\270"
    "\321\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\275\320\265 \320\262\320\273\320\276\320"
    "\266\320\265\320\275\321\213 \320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276."
    "\000"
    // CERT_E_ROLE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202, \320\272\320\276\321"
    "\202\320\276\321\200\321\213\320\271 \320\274\320\276\320\266\320\265\321\202 \320\270\321\201\320\277"
    "\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\321\214\321\201\321\217 \321\202\320"
    "\276\320\273\321\214\320\272\320\276 \320\272\320\260\320\272 \320\272\320\276\320\275\320\265\321\207"
    "\320\275\320\260\321\217 \321\201\321\203\321\211\320\275\320\276\321\201\321\202\321\214, \320\270\321"
    "\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\321\202\321\201\321\217 \320\272\320\260"
    "\320\272 \320\246\320\241 \320\270\320\273\320\270 \320\275\320\260\320\276\320\261\320\276\321\200\320"
    "\276\321\202.\000"
    // CERT_E_PATHLENCONST
    "\320\235\320\260\321\200\321\203\321\210\320\265\320\275\320\276 \320\276\320\263\321\200\320\260\320"
    "\275\320\270\321\207\320\265\320\275\320\270\320\265 \320\264\320\273\320\270\320\275\321\213 \321\206"
    "\320\265\320\277\320\276\321\207\320\272\320\270 \321\201\320\265\321\200\321\202\320\270\321\204\320"
    "\270\320\272\320\260\321\202\320\276\320\262.\000"
    // CERT_E_CRITICAL
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\276\320"
    "\264\320\265\321\200\320\266\320\270\321\202 \320\275\320\265\320\270\320\267\320\262\320\265\321\201"
    "\321\202\320\275\320\276\320\265 \321\200\320\260\321\201\321\210\320\270\321\200\320\265\320\275\320"
    "\270\320\265, \320\277\320\276\320\274\320\265\321\207\320\265\320\275\320\275\320\276\320\265 \320\272"
    "\320\260\320\272 \"\320\272\321\200\320\270\321\202\320\270\321\207\320\265\321\201\320\272\320\276\320"
    "\265\".\000"
    // CERT_E_PURPOSE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270\321\201\320"
    "\277\320\276\320\273\321\214\320\267\321\203\320\265\321\202\321\201\321\217 \320\262 \321\206\320\265"
    "\320\273\321\217\321\205, \320\276\321\202\320\273\320\270\321\207\320\275\321\213\321\205 \320\276\321"
    "\202 \321\202\320\265\321\205, \320\272\320\276\321\202\320\276\321\200\321\213\320\265 \321\203\320\272"
    "\320\260\320\267\320\260\320\275\321\213 \320\262 \320\265\320\263\320\276 \321\206\320\265\320\275\321"
    "\202\321\200\320\265 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\206"
    "\320\270\320\270.\000"
    // CERT_E_ISSUERCHAINING
    "\320\240\320\276\320\264\320\270\321\202\320\265\320\273\321\214\321\201\320\272\320\270\320\271 \320"
    "\276\320\261\321\212\320\265\320\272\321\202 \320\264\320\260\320\275\320\275\320\276\320\263\320\276 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\275\320"
    "\260 \321\201\320\260\320\274\320\276\320\274 \320\264\320\265\320\273\320\265 \320\275\320\265 \320\262"
    "\321\213\320\264\320\260\320\262\320\260\320\273 \321\215\321\202\320\276\321\202 \320\264\320\276\321"
    "\207\320\265\321\200\320\275\320\270\320\271 \321\201\320\265\321\200\321\202\320\270\321\204\320\270"
    "\320\272\320\260\321\202.\000"
    // CERT_E_MALFORMED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\276\321\202\321"
    "\201\321\203\321\202\321\201\321\202\320\262\321\203\320\265\321\202 \320\270\320\273\320\270 \320\270"
    "\320\274\320\265\320\265\321\202 \320\277\321\203\321\201\321\202\320\276\320\265 \320\267\320\275\320"
    "\260\321\207\320\265\320\275\320\270\320\265 \320\264\320\273\321\217 \320\262\320\260\320\266\320\275"
    "\320\276\320\263\320\276 \320\277\320\276\320\273\321\217, \320\275\320\260\320\277\321\200\320\270\320"
    "\274\320\265\321\200 \320\270\320\274\321\217 \321\201\321\203\320\261\321\212\320\265\320\272\321\202"
    "\320\260 \320\270\320\273\320\270 \320\270\320\267\320\264\320\260\321\202\320\265\320\273\321\217.\000"
    // CERT_E_UNTRUSTEDROOT
    "\320\246\320\265\320\277\320\276\321\207\320\272\320\260 \321\201\320\265\321\200\321\202\320\270\321"
    "\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\276\320\261\321\200\320\260\320\261\320\276"
    "\321\202\320\260\320\275\320\260, \320\275\320\276 \320\261\321\213\320\273\320\260 \320\277\321\200\320"
    "\265\321\200\320\262\320\260\320\275\320\260 \320\262 \320\272\320\276\321\200\320\275\320\265\320\262"
    "\320\276\320\274 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320"
    "\265, \320\272\320\276\321\202\320\276\321\200\321\213\320\271 \320\275\320\265 \321\217\320\262\320\273"
    "\321\217\320\265\321\202\321\201\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320\275\320"
    "\275\321\213\320\274 \320\264\320\273\321\217 \320\277\320\276\321\201\321\202\320\260\320\262\321\211"
    "\320\270\320\272\320\260 \320\264\320\276\320\262\320\265\321\200\320\270\321\217.\000"
    // CERT_E_CHAINING
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277\320\276\321\201\321"
    "\202\321\200\320\276\320\270\321\202\321\214 \321\206\320\265\320\277\320\276\321\207\320\272\321\203 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\276\320\262 \320"
    "\264\320\273\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\320\276\320\263"
    "\320\276 \320\272\320\276\321\200\320\275\320\265\320\262\320\276\320\263\320\276 \321\206\320\265\320"
    "\275\321\202\321\200\320\260 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260"
    "\321\206\320\270\320\270.\000"
    // TRUST_E_FAIL
    "\320\236\320\261\321\211\320\260\321\217 \320\276\321\210\320\270\320\261\320\272\320\260 \320\264\320"
    "\276\320\262\320\265\321\200\320\270\321\217.\000"
    // CERT_E_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\261\321\213\320"
    "\273 \321\217\320\262\320\275\320\276 \320\276\321\202\320\276\320\267\320\262\320\260\320\275 \320\265"
    "\320\263\320\276 \320\270\320\267\320\264\320\260\321\202\320\265\320\273\320\265\320\274.\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\320\237\321\203\321\202\321\214 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320"
    "\260\321\206\320\270\320\270 \320\267\320\260\320\262\320\265\321\200\321\210\320\260\320\265\321\202"
    "\321\201\321\217 \321\201 \320\272\320\276\321\200\320\275\320\265\320\274 \321\202\320\265\321\201\321"
    "\202\320\260, \320\272\320\276\321\202\320\276\321\200\321\213\320\271 \320\275\320\265 \321\217\320\262"
    "\320\273\321\217\320\265\321\202\321\201\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320"
    "\275\320\275\321\213\320\274 \320\264\320\273\321\217 \321\202\320\265\320\272\321\203\321\211\320\270"
    "\321\205 \320\277\320\260\321\200\320\260\320\274\320\265\321\202\321\200\320\276\320\262 \320\277\320"
    "\276\320\273\320\270\321\202\320\270\320\272\320\270.\000"
    // CERT_E_REVOCATION_FAILURE
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277\321\200\320\276\320"
    "\264\320\276\320\273\320\266\320\270\321\202\321\214 \320\277\321\200\320\276\321\206\320\265\321\201"
    "\321\201 \320\276\321\202\320\267\321\213\320\262\320\260. \320\275\320\265 \321\203\320\264\320\260\320"
    "\273\320\276\321\201\321\214 \320\277\321\200\320\276\320\262\320\265\321\200\320\270\321\202\321\214 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\321\213.\000"
    // CERT_E_CN_NO_MATCH
    "\320\230\320\274\321\217 CN \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321"
    "\202\320\260 \320\275\320\265 \321\201\320\276\320\276\321\202\320\262\320\265\321\202\321\201\321\202"
    "\320\262\321\203\320\265\321\202 \320\277\320\265\321\200\320\265\320\264\320\260\320\275\320\275\320"
    "\276\320\274\321\203 \320\267\320\275\320\260\321\207\320\265\320\275\320\270\321\216.\000"
    // CERT_E_WRONG_USAGE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \320"
    "\264\320\265\320\271\321\201\321\202\320\262\320\270\321\202\320\265\320\273\320\265\320\275 \320\264"
    "\320\273\321\217 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320"
    "\263\320\276 \320\277\321\200\320\270\320\274\320\265\320\275\320\265\320\275\320\270\321\217.\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\261\321\213\320"
    "\273 \321\217\320\262\320\275\320\276 \320\277\320\276\320\274\320\265\321\207\320\265\320\275 \320\277"
    "\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320\273\320\265\320\274 \320"
    "\272\320\260\320\272 \320\275\320\265\320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275"
    "\321\213\320\271.\000"
    // CERT_E_UNTRUSTEDCA
    "\320\246\320\265\320\277\320\276\321\207\320\272\320\260 \321\201\320\265\321\200\321\202\320\270\321"
    "\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\276\320\261\321\200\320\260\320\261\320\276"
    "\321\202\320\260\320\275\320\260 \320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320"
    "\276, \320\275\320\276 \320\276\320\264\320\270\320\275 \320\270\320\267 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\246\320\241 \320\275\320\265 "
    "\321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 \320\264\320\276\320\262\320\265\321"
    "\200\320\265\320\275\320\275\321\213\320\274 \320\264\320\273\321\217 \320\277\320\276\321\201\321\202"
    "\320\260\320\262\321\211\320\270\320\272\320\260 \320\277\320\276\320\273\320\270\321\202\320\270\320"
    "\272\320\270.\000"
    // CERT_E_INVALID_POLICY
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270\320\274\320"
    "\265\320\265\321\202 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274"
    "\321\203\321\216 \320\277\320\276\320\273\320\270\321\202\320\270\320\272\321\203.\000"
    // CERT_E_INVALID_NAME
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\270\320\274\320"
    "\265\320\265\321\202 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274"
    "\320\276\320\265 \320\270\320\274\321\217. \320\230\320\274\321\217 \320\275\320\265 \320\262\320\272"
    "\320\273\321\216\321\207\320\260\320\265\321\202\321\201\321\217 \320\262 \321\201\320\277\320\270\321"
    "\201\320\276\320\272 \321\200\320\260\320\267\321\200\320\265\321\210\320\265\320\275\320\275\321\213"
    "\321\205 \320\270\320\273\320\270 \321\217\320\262\320\275\320\276 \320\270\321\201\320\272\320\273\321"
    "\216\321\207\320\265\320\275\320\276.\000"sv;
inline constexpr char system_text_ru_starts[] =
    "\000\000\001\000\241\000\027\001\331\001\244\002\245\002\034\003\375\003\203\004\331\004\222\005\367\005"
    "\251\006\204\007\205\007\341\007\024\010\\\010]\010\252\010\037\011 \011u\011\353\011y\012\300\012\201"
    "\013\022\014~\014\241\014\003\015b\015\325\015g\016\351\016>\017\265\0171\020\370\020H\021\213\021\362"
    "\021w\022\003\023l\023\300\023\014\024Z\024\366\024\020\026\303\026\217\0270\030\366\030\261\031\005\032"
    "|\032Q\033\250\0331\034e\035\344\035-\036u\036\325\0362\037\333\0373!\230!\026\"\077\"\250\"\215#\310$"
    "\367%\004'\360'\331(\007*\",\274-i/\2720\3711\2072\0273\3463>4\324475m5n5o5p5q5\3725F6\2426\3736d7\3737-"
    "8g8\3258H9\2629\3719I:\240:\034;\231;\\<\265<0=\205=\312=\014>b>\271>C\077\207\077\363\077c@\355@\217AJB"
    "\016C3C\275C#D\263D\025EVE\233E\014F\243F\016H3I\272IcJ\355J\226K\366K\302L\036M\037M\\NMO\232O\330O\004"
    "P9PgP\216P\272P\007Q\\Q\245Q\355Q\035RbR\247R\324R\375RDSwS\322SWT\264T\003U\260U\370U\371UjV\374V6W\326"
    "W\200X\350X\033Y&Z\222ZT[\260[9\\\343\\\214]J^9_\340_\010`W`#a\250a\022b{b\353b\306c\021d\276d";

inline constexpr std::string_view page_text_ru =
    // SEC_E_OK
    "\320\236\320\277\320\265\321\200\320\260\321\206\320\270\321\217 \320\262\321\213\320\277\320\276\320"
    "\273\320\275\320\265\320\275\320\260 \321\203\321\201\320\277\320\265\321\210\320\275\320\276.\000"
    // SEC_I_CONTINUE_NEEDED
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\321\215\321\202\321\203 \321\204\321\203\320\275\320\272\321\206\320\270\321\216 \320\275\320\265\320"
    "\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320\267\320\262\320\260"
    "\321\202\321\214 \321\201\320\275\320\276\320\262\320\260, \321\207\321\202\320\276\320\261\321\213 \320"
    "\267\320\260\320\262\320\265\321\200\321\210\320\270\321\202\321\214 \320\272\320\276\320\275\321\202"
    "\320\265\320\272\321\201\321\202.\000"
    // SEC_I_COMPLETE_NEEDED
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\275\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274\320\276 \320\262\321\213\320"
    "\267\320\262\320\260\321\202\321\214 \321\204\321\203\320\275\320\272\321\206\320\270\321\216 CompleteAu"
    "thToken \320\264\320\273\321\217 \320\276\320\272\320\276\320\275\321\207\320\260\321\202\320\265\320"
    "\273\321\214\320\275\320\276\320\263\320\276 \321\201\320\276\320\276\320\261\321\211\320\265\320\275"
    "\320\270\321\217.\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "\320\244\321\203\320\275\320\272\321\206\320\270\321\217 \321\203\321\201\320\277\320\265\321\210\320"
    "\275\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\260, \320\275\320\276 "
    "\320\264\320\273\321\217 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\321"
    "\217 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260 \320\277\321\200\320\270"
    "\320\273\320\276\320\266\320\265\320\275\320\270\320\265 \320\264\320\276\320\273\320\266\320\275\320"
    "\276 \320\262\321\213\320\267\320\262\320\260\321\202\321\214 \320\276\320\261\320\260 CompleteAuthToken"
    " , \320\260 \320\267\320\260\321\202\320\265\320\274 \320\273\320\270\320\261\320\276 InitializeSecurity"
    "Context (General) , \320\273\320\270\320\261\320\276 AcceptSecurityContext (General) .\000"
    // SEC_I_LOCAL_LOGON
    "\320\222\321\205\320\276\320\264 \320\262\321\213\320\277\320\276\320\273\320\275\320\265\320\275, \320"
    "\275\320\276 \321\201\320\265\321\202\320\265\320\262\320\276\320\271 \321\206\320\265\320\275\321\202"
    "\321\200 \320\275\320\265 \320\261\321\213\320\273 \320\264\320\276\321\201\321\202\321\203\320\277\320"
    "\265\320\275. \320\222\321\205\320\276\320\264 \320\262\321\213\320\277\320\276\320\273\320\275\320\265"
    "\320\275 \321\201 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\320"
    "\275\320\270\320\265\320\274 \320\273\320\276\320\272\320\260\320\273\321\214\320\275\320\276 \320\270"
    "\320\267\320\262\320\265\321\201\321\202\320\275\320\276\320\271 \320\270\320\275\321\204\320\276\321"
    "\200\320\274\320\260\321\206\320\270\320\270.\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "\320\236\321\202\320\277\321\200\320\260\320\262\320\270\321\202\320\265\320\273\321\214 \321\201\320"
    "\276\320\276\320\261\321\211\320\265\320\275\320\270\321\217 \320\267\320\260\320\262\320\265\321\200"
    "\321\210\320\270\320\273 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320"
    "\260\320\275\320\270\320\265 \320\277\320\276\320\264\320\272\320\273\321\216\321\207\320\265\320\275"
    "\320\270\321\217 \320\270 \320\270\320\275\320\270\321\206\320\270\320\270\321\200\320\276\320\262\320"
    "\260\320\273 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\320\265 \321\200"
    "\320\260\320\261\320\276\321\202\321\213. \320\241\320\262\320\265\320\264\320\265\320\275\320\270\321"
    "\217 \320\276\320\261 \320\270\320\275\320\270\321\206\320\270\320\260\320\273\320\270\320\267\320\260"
    "\321\206\320\270\320\270 \320\270\320\273\320\270 \321\200\320\260\321\201\320\277\320\276\320\267\320"
    "\275\320\260\320\262\320\260\320\275\320\270\320\270 \320\262\321\213\320\272\320\273\321\216\321\207"
    "\320\265\320\275\320\270\321\217 \321\201\320\274. \320\262 \321\200\320\260\320\267\320\264\320\265\320"
    "\273\320\265 \320\227\320\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\320\265 \321\200"
    "\320\260\320\261\320\276\321\202\321\213 \320\277\320\276\320\264\320\272\320\273\321\216\321\207\320"
    "\265\320\275\320\270\321\217 SChannel.\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\265 \321\203\321\207\320\265\321"
    "\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \320\261"
    "\321\213\320\273\320\270 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\321\213, \320"
    "\270 \320\270\321\205 \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\270\321\202\321\214. \320\224\320\276\320\277\320\276\320"
    "\273\320\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\265"
    "\320\264\320\265\320\275\320\270\321\217 \320\274\320\276\320\266\320\275\320\276 \320\262\320\265\321"
    "\200\320\275\321\203\321\202\321\214 \320\270\320\267 \320\272\320\276\320\275\321\202\320\265\320\272"
    "\321\201\321\202\320\260.\000"
    // SEC_I_RENEGOTIATE
    "\320\224\320\260\320\275\320\275\321\213\320\265 \320\272\320\276\320\275\321\202\320\265\320\272\321"
    "\201\321\202\320\260 \320\264\320\276\320\273\320\266\320\275\321\213 \320\261\321\213\321\202\321\214 "
    "\320\277\320\276\320\262\321\202\320\276\321\200\320\275\320\276 \321\201\320\276\320\263\320\273\320"
    "\260\321\201\320\276\320\262\320\260\320\275\321\213 \321\201 \320\276\320\264\320\275\320\276\321\200"
    "\320\260\320\275\320\263\320\276\320\262\321\213\320\274 \321\203\320\267\320\273\320\276\320\274.\000"
    // SEC_I_NO_LSA_CONTEXT
    "\320\232\320\276\320\275\321\202\320\265\320\272\321\201\321\202 \321\200\320\265\320\266\320\270\320"
    "\274\320\260 LSA \320\275\320\265 \321\201\320\262\321\217\320\267\320\260\320\275 \321\201 \321\215\321"
    "\202\320\270\320\274 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\276\320\274."
    "\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "\320\235\320\265\320\264\320\276\321\201\321\202\320\260\321\202\320\276\321\207\320\275\320\276 \320"
    "\277\320\260\320\274\321\217\321\202\320\270 \320\264\320\273\321\217 \320\267\320\260\320\262\320\265"
    "\321\200\321\210\320\265\320\275\320\270\321\217 \320\267\320\260\320\277\321\200\320\276\321\201\320"
    "\260.\000"
    // SEC_E_INVALID_HANDLE
    "\320\222 \321\204\321\203\320\275\320\272\321\206\320\270\321\216 \320\277\320\265\321\200\320\265\320"
    "\264\320\260\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274"
    "\321\213\320\271 \320\274\320\260\321\200\320\272\320\265\321\200.\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\260\321\217 \321\204\321"
    "\203\320\275\320\272\321\206\320\270\321\217 \320\275\320\265 \320\277\320\276\320\264\320\264\320\265"
    "\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217.\000"
    // SEC_E_NOT_SUPPORTED
    "\320\227\320\260\320\277\321\200\320\276\321\201 \320\275\320\265 \320\277\320\276\320\264\320\264\320"
    "\265\321\200\320\266\320\270\320\262\320\260\320\265\321\202\321\201\321\217.\000"
    // SEC_E_TARGET_UNKNOWN
    "\320\246\320\265\320\273\320\265\320\262\320\276\320\271 \320\276\320\261\321\212\320\265\320\272\321"
    "\202 \320\275\320\265 \321\200\320\260\321\201\320\277\320\276\320\267\320\275\320\260\320\275.\000"
    // SEC_E_INTERNAL_ERROR
    "\320\237\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320"
    "\261\320\272\320\260, \320\272\320\276\321\202\320\276\321\200\320\260\321\217 \320\275\320\265 \321\201"
    "\320\276\320\277\320\276\321\201\321\202\320\260\320\262\320\273\320\265\320\275\320\260 \321\201 \320"
    "\272\320\276\320\264\320\276\320\274 \320\276\321\210\320\270\320\261\320\272\320\270 SSPI.\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\200\320\260\321\201\320"
    "\277\320\276\320\267\320\275\320\260\321\202\321\214 \320\277\320\260\320\272\320\265\321\202 \320\261"
    "\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_NOT_OWNER
    "\320\222\321\213\320\267\321\213\320\262\320\260\321\216\321\211\320\270\320\271 \320\276\320\261\321"
    "\212\320\265\320\272\321\202 \321\204\321\203\320\275\320\272\321\206\320\270\320\270 \320\275\320\265 "
    "\320\262\320\273\320\260\320\264\320\265\320\265\321\202 \321\203\321\207\320\265\321\202\320\275\321"
    "\213\320\274\320\270 \320\264\320\260\320\275\320\275\321\213\320\274\320\270.\000"
    // SEC_E_CANNOT_INSTALL
    "\320\235\320\265 \321\203\320\264\320\260\320\265\321\202\321\201\321\217 \321\203\321\201\320\277\320"
    "\265\321\210\320\275\320\276 \320\270\320\275\320\270\321\206\320\270\320\260\320\273\320\270\320\267"
    "\320\270\321\200\320\276\320\262\320\260\321\202\321\214 \320\277\320\260\320\272\320\265\321\202 \320"
    "\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 , \320\270 "
    "\320\265\320\263\320\276 \320\275\320\265 \321\201\320\273\320\265\320\264\321\203\320\265\321\202 \321"
    "\203\321\201\321\202\320\260\320\275\320\260\320\262\320\273\320\270\320\262\320\260\321\202\321\214."
    "\000"
    // SEC_E_INVALID_TOKEN
    "\320\222 \321\204\321\203\320\275\320\272\321\206\320\270\321\216 \320\277\320\265\321\200\320\265\320"
    "\264\320\260\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274"
    "\321\213\320\271 \321\202\320\276\320\272\320\265\320\275.\000"
    // SEC_E_CANNOT_PACK
    "\320\237\320\260\320\272\320\265\321\202\321\203 \320\275\320\265 \321\203\320\264\320\260\320\273\320"
    "\276\321\201\321\214 \321\203\320\277\320\260\320\272\320\276\320\262\320\260\321\202\321\214 \320\272"
    "\320\276\320\275\321\202\320\265\320\272\321\201\321\202.\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "\320\255\321\202\320\276\321\202 \320\277\320\260\320\272\320\265\321\202 \320\275\320\265 \320\277\320"
    "\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321\202 \320\260\321\202"
    "\321\200\320\270\320\261\321\203\321\202 \320\272\320\260\321\207\320\265\321\201\321\202\320\262\320"
    "\260 \320\267\320\260\321\211\320\270\321\202\321\213.\000"
    // SEC_E_NO_IMPERSONATION
    "\320\224\320\273\321\217 \321\215\321\202\320\276\320\263\320\276 \320\272\320\276\320\275\321\202\320"
    "\265\320\272\321\201\321\202\320\260 \320\276\320\273\320\270\321\206\320\265\321\202\320\262\320\276"
    "\321\200\320\265\320\275\320\270\320\265 \320\267\320\260\320\277\321\200\320\265\321\211\320\265\320"
    "\275\320\276.\000"
    // SEC_E_LOGON_DENIED
    "\320\255\321\202\320\276\321\202 \320\272\320\276\320\264 \321\201\320\276\321\201\321\202\320\276\321"
    "\217\320\275\320\270\321\217 \321\203\321\201\321\202\320\260\321\200\320\265\320\273.\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\265 \321\203\321\207\320\265\321"
    "\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \321\200"
    "\320\260\321\201\320\277\320\276\320\267\320\275\320\260\320\275\321\213.\000"
    // SEC_E_NO_CREDENTIALS
    "\320\243\321\207\320\265\321\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320"
    "\265 \320\275\320\265\320\264\320\276\321\201\321\202\321\203\320\277\320\275\321\213.\000"
    // SEC_E_MESSAGE_ALTERED
    "\320\241\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265, \320\277\320\265\321\200\320"
    "\265\320\264\320\260\320\275\320\275\320\276\320\265 \320\264\320\273\321\217 \320\277\321\200\320\276"
    "\320\262\320\265\321\200\320\272\320\270, \320\261\321\213\320\273\320\276 \320\270\320\267\320\274\320"
    "\265\320\275\320\265\320\275\320\276.\000"
    // SEC_E_OUT_OF_SEQUENCE
    "\320\241\320\276\320\276\320\261\321\211\320\265\320\275\320\270\320\265, \320\277\320\265\321\200\320"
    "\265\320\264\320\260\320\275\320\275\320\276\320\265 \320\264\320\273\321\217 \320\277\321\200\320\276"
    "\320\262\320\265\321\200\320\272\320\270, \320\275\320\260\321\205\320\276\320\264\320\270\321\202\321"
    "\201\321\217 \320\267\320\260 \320\277\321\200\320\265\320\264\320\265\320\273\320\260\320\274\320\270 "
    "\320\277\320\276\321\201\320\273\320\265\320\264\320\276\320\262\320\260\321\202\320\265\320\273\321\214"
    "\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\201\320\262\321\217\320"
    "\267\320\260\321\202\321\214\321\201\321\217 \321\201 \321\206\320\265\320\275\321\202\321\200\320\276"
    "\320\274 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\206\320\270\320"
    "\270 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277"
    "\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_BAD_PKGID
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 \320\270\320"
    "\264\320\265\320\275\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\276\321\200 \320\277"
    "\320\260\320\272\320\265\321\202\320\260 \320\275\320\265 \321\201\321\203\321\211\320\265\321\201\321"
    "\202\320\262\321\203\320\265\321\202.\000"
    // SEC_E_CONTEXT_EXPIRED
    "\320\237\321\200\320\270\320\273\320\276\320\266\320\265\320\275\320\270\320\265 \321\201\321\201\321"
    "\213\320\273\320\260\320\265\321\202\321\201\321\217 \320\275\320\260 \320\272\320\276\320\275\321\202"
    "\320\265\320\272\321\201\321\202, \320\272\320\276\321\202\320\276\321\200\321\213\320\271 \321\203\320"
    "\266\320\265 \320\261\321\213\320\273 \320\267\320\260\320\272\321\200\321\213\321\202. \320\237\321\200"
    "\320\260\320\262\320\270\320\273\321\214\320\275\320\276 \320\275\320\260\320\277\320\270\321\201\320"
    "\260\320\275\320\275\320\276\320\265 \320\277\321\200\320\270\320\273\320\276\320\266\320\265\320\275"
    "\320\270\320\265 \320\275\320\265 \320\264\320\276\320\273\320\266\320\275\320\276 \320\277\320\276\320"
    "\273\321\203\321\207\320\270\321\202\321\214 \321\215\321\202\321\203 \320\276\321\210\320\270\320\261"
    "\320\272\321\203.\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "\320\237\320\265\321\200\320\265\320\264\320\260\320\275\320\275\320\276\320\265 \321\201\320\276\320"
    "\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\275\320\265 \320\267\320\260\320\262\320\265"
    "\321\200\321\210\320\265\320\275\320\276. \320\237\320\276\320\264\320\277\320\270\321\201\321\214 \320"
    "\275\320\265 \320\261\321\213\320\273\320\260 \320\277\321\200\320\276\320\262\320\265\321\200\320\265"
    "\320\275\320\260.\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\265 \321\203\321\207\320\265\321"
    "\202\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265 \320\275\320\265 \320\261"
    "\321\213\320\273\320\270 \320\267\320\260\320\262\320\265\321\200\321\210\320\265\320\275\321\213, \320"
    "\270 \320\270\321\205 \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\270\321\202\321\214. \320\235\320\265 \321\203\320\264\320"
    "\260\320\273\320\276\321\201\321\214 \320\270\320\275\320\270\321\206\320\270\320\260\320\273\320\270"
    "\320\267\320\270\321\200\320\276\320\262\320\260\321\202\321\214 \320\272\320\276\320\275\321\202\320"
    "\265\320\272\321\201\321\202.\000"
    // SEC_E_BUFFER_TOO_SMALL
    "\320\221\321\203\321\204\320\265\321\200\321\213, \320\277\320\265\321\200\320\265\320\264\320\260\320"
    "\262\320\260\320\265\320\274\321\213\320\265 \320\262 \321\204\321\203\320\275\320\272\321\206\320\270"
    "\321\216, \320\275\320\265\320\264\320\276\321\201\321\202\320\260\321\202\320\276\321\207\320\275\320"
    "\276 \320\262\320\265\320\273\320\270\320\272\320\270 \320\264\320\273\321\217 \320\270\321\205 \321\205"
    "\321\200\320\260\320\275\320\265\320\275\320\270\321\217.\000"
    // SEC_E_WRONG_PRINCIPAL
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\320\276\320\265 \320"
    "\270\320\274\321\217 \321\206\320\265\320\273\320\265\320\262\320\276\320\263\320\276 \321\201\321\203"
    "\320\261\321\212\320\265\320\272\321\202\320\260.\000"
    // SEC_E_TIME_SKEW
    "\320\247\320\260\321\201\321\213 \320\275\320\260 \320\272\320\273\320\270\320\265\320\275\321\202\321"
    "\201\320\272\320\270\321\205 \320\270 \321\201\320\265\321\200\320\262\320\265\321\200\320\275\321\213"
    "\321\205 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200\320\260\321\205 \320"
    "\275\320\265 \321\201\320\276\320\262\320\277\320\260\320\264\320\260\321\216\321\202.\000"
    // SEC_E_UNTRUSTED_ROOT
    "\320\246\320\265\320\277\320\276\321\207\320\272\320\260 \321\201\320\265\321\200\321\202\320\270\321"
    "\204\320\270\320\272\320\260\321\202\320\276\320\262 \320\275\320\265 \320\261\321\213\320\273\320\260 "
    "\320\262\321\213\320\277\321\203\321\211\320\265\320\275\320\260 \320\264\320\276\320\262\320\265\321"
    "\200\320\265\320\275\320\275\321\213\320\274 \321\206\320\265\320\275\321\202\321\200\320\276\320\274 "
    "\321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\206\320\270\320\270.\000"
    // SEC_E_ILLEGAL_MESSAGE
    "\320\237\320\276\320\273\321\203\321\207\320\265\320\275\320\275\320\276\320\265 \321\201\320\276\320"
    "\276\320\261\321\211\320\265\320\275\320\270\320\265 \320\261\321\213\320\273\320\276 \320\275\320\265"
    "\320\277\321\200\320\265\320\264\320\262\320\270\320\264\320\265\320\275\320\275\321\213\320\274 \320"
    "\270\320\273\320\270 \320\275\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275"
    "\320\276 \320\276\321\202\321\204\320\276\321\200\320\274\320\260\321\202\320\270\321\200\320\276\320"
    "\262\320\260\320\275\320\276.\000"
    // SEC_E_CERT_UNKNOWN
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\277\321\200"
    "\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\275\320\265\320\270\320\267\320\262\320"
    "\265\321\201\321\202\320\275\320\260\321\217 \320\276\321\210\320\270\320\261\320\272\320\260.\000"
    // SEC_E_CERT_EXPIRED
    "\320\241\321\200\320\276\320\272 \320\264\320\265\320\271\321\201\321\202\320\262\320\270\321\217 \320"
    "\277\320\276\320\273\321\203\321\207\320\265\320\275\320\275\320\276\320\263\320\276 \321\201\320\265"
    "\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\270\321\201\321\202\320"
    "\265\320\272.\000"
    // SEC_E_ENCRYPT_FAILURE
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\267\320\260\321\210\320"
    "\270\321\204\321\200\320\276\320\262\320\260\321\202\321\214 \321\203\320\272\320\260\320\267\320\260"
    "\320\275\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265.\000"
    // SEC_E_DECRYPT_FAILURE
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\200\320\260\321\201\321"
    "\210\320\270\321\204\321\200\320\276\320\262\320\260\321\202\321\214 \321\203\320\272\320\260\320\267"
    "\320\260\320\275\320\275\321\213\320\265 \320\264\320\260\320\275\320\275\321\213\320\265.\000"
    // SEC_E_ALGORITHM_MISMATCH
    "\320\232\320\273\320\270\320\265\320\275\321\202 \320\270 \321\201\320\265\321\200\320\262\320\265\321"
    "\200 \320\275\320\265 \320\274\320\276\320\263\321\203\321\202 \320\262\320\267\320\260\320\270\320\274"
    "\320\276\320\264\320\265\320\271\321\201\321\202\320\262\320\276\320\262\320\260\321\202\321\214, \321"
    "\202\320\260\320\272 \320\272\320\260\320\272 \320\276\320\275\320\270 \320\275\320\265 \320\270\320\274"
    "\320\265\321\216\321\202 \320\276\320\261\321\211\320\265\320\263\320\276 \320\260\320\273\320\263\320"
    "\276\321\200\320\270\321\202\320\274\320\260.\000"
    // SEC_E_SECURITY_QOS_FAILED
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\203\321\201\321\202\320"
    "\260\320\275\320\276\320\262\320\270\321\202\321\214 \320\272\320\276\320\275\321\202\320\265\320\272"
    "\321\201\321\202 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321"
    "\202\320\270 \320\270\320\267-\320\267\320\260 \321\201\320\261\320\276\321\217 \320\262 \320\267\320"
    "\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320\274 \320\272\320\260\321\207"
    "\320\265\321\201\321\202\320\262\321\203 \320\276\320\261\321\201\320\273\321\203\320\266\320\270\320"
    "\262\320\260\320\275\320\270\321\217 (\320\275\320\260\320\277\321\200\320\270\320\274\320\265\321\200, "
    "\320\262\320\267\320\260\320\270\320\274\320\275\320\260\321\217 \320\277\321\200\320\276\320\262\320"
    "\265\321\200\320\272\320\260 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201"
    "\321\202\320\270 \320\270\320\273\320\270 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320"
    "\276\320\262\320\260\320\275\320\270\320\265).\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "\320\232\320\276\320\275\321\202\320\265\320\272\321\201\321\202 \320\261\320\265\320\267\320\276\320"
    "\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 \320\261\321\213\320\273 \321\203\320\264"
    "\320\260\320\273\320\265\320\275 \320\264\320\276 \320\267\320\260\320\262\320\265\321\200\321\210\320"
    "\265\320\275\320\270\321\217 \320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202\320\260. "
    "\320\255\321\202\320\276 \321\201\321\207\320\270\321\202\320\260\320\265\321\202\321\201\321\217 \320"
    "\276\321\210\320\270\320\261\320\272\320\276\320\271 \320\262\321\205\320\276\320\264\320\260 \320\262 "
    "\321\201\320\270\321\201\321\202\320\265\320\274\321\203.\000"
    // SEC_E_NO_TGT_REPLY
    "\320\232\320\273\320\270\320\265\320\275\321\202 \320\277\321\213\321\202\320\260\320\265\321\202\321"
    "\201\321\217 \321\201\320\276\320\263\320\273\320\260\321\201\320\276\320\262\320\260\321\202\321\214 "
    "\320\272\320\276\320\275\321\202\320\265\320\272\321\201\321\202, \320\270 \321\201\320\265\321\200\320"
    "\262\320\265\321\200 \321\202\321\200\320\265\320\261\321\203\320\265\321\202 \320\277\320\276\320\264"
    "\320\272\320\273\321\216\321\207\320\265\320\275\320\270\321\217 \320\277\320\276\320\273\321\214\320"
    "\267\320\276\320\262\320\260\321\202\320\265\320\273\321\217 \320\272 \320\277\320\276\320\273\321\214"
    "\320\267\320\276\320\262\320\260\321\202\320\265\320\273\321\216, \320\275\320\276 \320\275\320\265 \320"
    "\276\321\202\320\277\321\200\320\260\320\262\320\273\321\217\320\273 \320\276\321\202\320\262\320\265"
    "\321\202 TGT.\000"
    // SEC_E_NO_IP_ADDRESSES
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\262\321\213\320\277\320"
    "\276\320\273\320\275\320\270\321\202\321\214 \320\267\320\260\320\277\321\200\320\276\321\210\320\265"
    "\320\275\320\275\321\203\321\216 \320\267\320\260\320\264\320\260\321\207\321\203, \321\202\320\260\320"
    "\272 \320\272\320\260\320\272 \320\275\320\260 \320\273\320\276\320\272\320\260\320\273\321\214\320\275"
    "\320\276\320\274 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200\320\265 \320"
    "\275\320\265\321\202 IP-\320\260\320\264\321\200\320\265\321\201\320\276\320\262.\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "\320\243\320\272\320\260\320\267\320\260\320\275\320\275\321\213\320\271 \320\276\320\261\321\200\320"
    "\260\320\261\320\276\321\202\321\207\320\270\320\272 \321\203\321\207\320\265\321\202\320\275\321\213"
    "\321\205 \320\264\320\260\320\275\320\275\321\213\321\205 \320\275\320\265 \321\201\320\276\320\276\321"
    "\202\320\262\320\265\321\202\321\201\321\202\320\262\321\203\320\265\321\202 \321\203\321\207\320\265"
    "\321\202\320\275\321\213\320\274 \320\264\320\260\320\275\320\275\321\213\320\274, \321\201\320\262\321"
    "\217\320\267\320\260\320\275\320\275\321\213\320\274 \321\201 \320\272\320\276\320\275\321\202\320\265"
    "\320\272\321\201\321\202\320\276\320\274 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320"
    "\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "\320\235\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\320\260\321\217 \320"
    "\272\321\200\320\270\320\277\321\202\320\276\320\263\321\200\320\260\321\204\320\270\321\207\320\265\321"
    "\201\320\272\320\260\321\217 \321\201\320\270\321\201\321\202\320\265\320\274\320\260 \320\270\320\273"
    "\320\270 \320\244\321\203\320\275\320\272\321\206\320\270\321\217 CHECKSUM, \321\202\320\260\320\272 "
    "\320\272\320\260\320\272 \320\276\320\261\321\217\320\267\320\260\321\202\320\265\320\273\321\214\320"
    "\275\320\260\321\217 \321\204\321\203\320\275\320\272\321\206\320\270\321\217 \320\275\320\265\320\264"
    "\320\276\321\201\321\202\321\203\320\277\320\275\320\260.\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\320\237\321\200\320\265\320\262\321\213\321\210\320\265\320\275\320\276 \320\274\320\260\320\272\321"
    "\201\320\270\320\274\320\260\320\273\321\214\320\275\320\276\320\265 \321\207\320\270\321\201\320\273"
    "\320\276 \321\201\321\201\321\213\320\273\320\276\320\272 \320\261\320\270\320\273\320\265\321\202\320"
    "\276\320\262.\000"
    // SEC_E_MUST_BE_KDC
    "\320\233\320\276\320\272\320\260\320\273\321\214\320\275\321\213\320\271 \320\272\320\276\320\274\320"
    "\277\321\214\321\216\321\202\320\265\321\200 \320\264\320\276\320\273\320\266\320\265\320\275 \320\261"
    "\321\213\321\202\321\214 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321"
    "\200\320\276\320\274 \320\264\320\276\320\274\320\265\320\275\320\260 Kerberos (KDC), \320\275\320\276 "
    "\321\215\321\202\320\276 \320\275\320\265 \321\202\320\260\320\272.\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "\320\224\321\200\321\203\320\263\320\276\320\271 \320\272\320\276\320\275\320\265\321\206 \321\201\320"
    "\276\320\263\320\273\320\260\321\201\320\276\320\262\320\260\320\275\320\270\321\217 \320\261\320\265"
    "\320\267\320\276\320\277\320\260\321\201\320\275\320\276\321\201\321\202\320\270 \321\202\321\200\320"
    "\265\320\261\321\203\320\265\321\202 \321\201\321\202\320\276\320\271\320\272\320\276\320\263\320\276 "
    "\321\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\270\321\217, \320\275\320\276 \320"
    "\275\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265"
    "\321\202\321\201\321\217 \320\275\320\260 \320\273\320\276\320\272\320\260\320\273\321\214\320\275\320"
    "\276\320\274 \320\272\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200\320\265.\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "\320\236\321\202\320\262\320\265\321\202 KDC \321\201\320\276\320\264\320\265\321\200\320\266\320\260"
    "\320\273 \320\261\320\276\320\273\320\265\320\265 \320\276\320\264\320\275\320\276\320\263\320\276 \320"
    "\270\320\274\320\265\320\275\320\270 \321\203\321\207\320\260\321\201\321\202\320\275\320\270\320\272"
    "\320\260.\000"
    // SEC_E_NO_PA_DATA
    "\320\224\320\260\320\275\320\275\321\213\320\265 \320\260\320\264\320\274\320\270\320\275\320\270\321"
    "\201\321\202\321\200\320\260\321\202\320\276\321\200\320\260 \320\277\320\276\320\273\320\270\321\202"
    "\320\270\320\272\320\270 (PA) \320\275\320\265\320\276\320\261\321\205\320\276\320\264\320\270\320\274"
    "\321\213 \320\264\320\273\321\217 \320\276\320\277\321\200\320\265\320\264\320\265\320\273\320\265\320"
    "\275\320\270\321\217 \321\202\320\270\320\277\320\260 \321\210\320\270\321\204\321\200\320\276\320\262"
    "\320\260\320\275\320\270\321\217, \320\275\320\276 \320\275\320\265 \320\275\320\260\320\271\320\264\320"
    "\265\320\275\321\213.\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\272\320\273\320"
    "\270\320\265\320\275\321\202\320\260 \320\275\320\265 \321\201\320\276\320\264\320\265\321\200\320\266"
    "\320\270\321\202 \320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\320\276\320\263\320"
    "\276 \320\270\320\274\320\265\320\275\320\270 \321\203\321\207\320\260\321\201\321\202\320\275\320\270"
    "\320\272\320\260-\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320"
    "\273\321\217 \320\270\320\273\320\270 \320\275\320\265 \321\201\320\276\320\262\320\277\320\260\320\264"
    "\320\260\320\265\321\202 \321\201 \320\270\320\274\320\265\320\275\320\265\320\274 \320\272\320\273\320"
    "\270\320\265\320\275\321\202\320\260 \320\262 \320\267\320\260\320\277\321\200\320\276\321\201\320\265 "
    "\320\275\320\260 \320\262\321\205\320\276\320\264.\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "\320\222\321\205\320\276\320\264 \321\201 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320"
    "\276\320\262\320\260\320\275\320\270\320\265\320\274 \321\201\320\274\320\260\321\200\321\202-\320\272"
    "\320\260\321\200\321\202\321\213 \321\217\320\262\320\273\321\217\320\265\321\202\321\201\321\217 \320"
    "\276\320\261\321\217\320\267\320\260\321\202\320\265\320\273\321\214\320\275\321\213\320\274 \320\270 "
    "\320\275\320\265 \320\270\321\201\320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\320"
    "\273\321\201\321\217.\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\320\222\321\213\320\277\320\276\320\273\320\275\321\217\320\265\321\202\321\201\321\217 \320\267\320"
    "\260\320\262\320\265\321\200\321\210\320\265\320\275\320\270\320\265 \321\200\320\260\320\261\320\276"
    "\321\202\321\213 \321\201\320\270\321\201\321\202\320\265\320\274\321\213.\000"
    // SEC_E_KDC_INVALID_REQUEST
    "\320\222 KDC \320\261\321\213\320\273 \320\276\321\202\320\277\321\200\320\260\320\262\320\273\320\265"
    "\320\275 \320\275\320\265\320\264\320\276\320\277\321\203\321\201\321\202\320\270\320\274\321\213\320"
    "\271 \320\267\320\260\320\277\321\200\320\276\321\201.\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "KDC \320\275\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \321\201\320\276\320\267"
    "\320\264\320\260\321\202\321\214 \321\201\321\201\321\213\320\273\320\272\321\203 \320\264\320\273\321"
    "\217 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320\271 \321\201"
    "\320\273\321\203\320\266\320\261\321\213.\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "\320\227\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\321\213\320\271 \321\202\320"
    "\270\320\277 \321\210\320\270\321\204\321\200\320\276\320\262\320\260\320\275\320\270\321\217 \320\275"
    "\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320\260\320\265\321"
    "\202\321\201\321\217 \320\262 KDC.\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "\320\237\320\260\320\272\320\265\321\202\321\203 Kerberos \320\277\321\200\320\265\320\264\320\276\321"
    "\201\321\202\320\260\320\262\320\273\320\265\320\275 \320\275\320\265\320\277\320\276\320\264\320\264"
    "\320\265\321\200\320\266\320\270\320\262\320\260\320\265\320\274\321\213\320\271 \320\274\320\265\321"
    "\205\320\260\320\275\320\270\320\267\320\274 \320\277\321\200\320\265\320\264\320\262\320\260\321\200"
    "\320\270\321\202\320\265\320\273\321\214\320\275\320\276\320\271 \320\277\321\200\320\276\320\262\320"
    "\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201"
    "\321\202\320\270.\000"
    // SEC_E_DELEGATION_REQUIRED
    "\320\235\320\265\320\262\320\276\320\267\320\274\320\276\320\266\320\275\320\276 \320\262\321\213\320"
    "\277\320\276\320\273\320\275\320\270\321\202\321\214 \320\267\320\260\320\277\321\200\320\276\321\210"
    "\320\265\320\275\320\275\321\203\321\216 \320\276\320\277\320\265\321\200\320\260\321\206\320\270\321"
    "\216. \320\232\320\276\320\274\320\277\321\214\321\216\321\202\320\265\321\200 \320\264\320\276\320\273"
    "\320\266\320\265\320\275 \320\261\321\213\321\202\321\214 \320\264\320\276\320\262\320\265\321\200\320"
    "\265\320\275\320\275\321\213\320\274 \320\264\320\273\321\217 \320\264\320\265\320\273\320\265\320\263"
    "\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217, \320\260 \321\202\320\265\320\272\321"
    "\203\321\211\320\260\321\217 \321\203\321\207\320\265\321\202\320\275\320\260\321\217 \320\267\320\260"
    "\320\277\320\270\321\201\321\214 \320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321"
    "\202\320\265\320\273\321\217 \320\264\320\276\320\273\320\266\320\275\320\260 \320\261\321\213\321\202"
    "\321\214 \320\275\320\260\321\201\321\202\321\200\320\276\320\265\320\275\320\260 \320\275\320\260 \321"
    "\200\320\260\320\267\321\200\320\265\321\210\320\265\320\275\320\270\320\265 \320\264\320\265\320\273"
    "\320\265\320\263\320\270\321\200\320\276\320\262\320\260\320\275\320\270\321\217.\000"
    // SEC_E_BAD_BINDINGS
    "\320\235\320\265\320\277\321\200\320\260\320\262\320\270\320\273\321\214\320\275\321\213\320\265 \320"
    "\277\321\200\320\270\320\262\321\217\320\267\320\272\320\270 SSPI Channel, \320\277\321\200\320\265\320"
    "\264\320\276\321\201\321\202\320\260\320\262\320\273\320\265\320\275\320\275\321\213\320\265 \320\272"
    "\320\273\320\270\320\265\320\275\321\202\320\276\320\274.\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "\320\237\320\276\320\273\321\203\321\207\320\265\320\275\320\275\321\213\320\271 \321\201\320\265\321"
    "\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\276\320\277\320\276\321\201"
    "\321\202\320\260\320\262\320\273\320\265\320\275 \321\201 \320\275\320\265\321\201\320\272\320\276\320"
    "\273\321\214\320\272\320\270\320\274\320\270 \321\203\321\207\320\265\321\202\320\275\321\213\320\274"
    "\320\270 \320\267\320\260\320\277\320\270\321\201\321\217\320\274\320\270.\000"
    // SEC_E_NO_KERB_KEY
    "\320\232\320\273\321\216\321\207 Kerberos \320\275\320\265 \320\275\320\260\320\271\320\264\320\265\320"
    "\275.\000"
    // SEC_E_CERT_WRONG_USAGE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\275\320\265 \320"
    "\264\320\265\320\271\321\201\321\202\320\262\320\270\321\202\320\265\320\273\320\265\320\275 \320\264"
    "\320\273\321\217 \320\267\320\260\320\277\321\200\320\276\321\210\320\265\320\275\320\275\320\276\320"
    "\263\320\276 \320\277\321\200\320\270\320\274\320\265\320\275\320\265\320\275\320\270\321\217.\000"
    // SEC_E_DOWNGRADE_DETECTED
    "\320\241\320\270\321\201\321\202\320\265\320\274\320\260 \320\276\320\261\320\275\320\260\321\200\321"
    "\203\320\266\320\270\320\273\320\260 \320\262\320\276\320\267\320\274\320\276\320\266\320\275\321\203"
    "\321\216 \320\277\320\276\320\277\321\213\321\202\320\272\321\203 \320\275\320\260\321\200\321\203\321"
    "\210\320\265\320\275\320\270\321\217 \320\261\320\265\320\267\320\276\320\277\320\260\321\201\320\275"
    "\320\276\321\201\321\202\320\270. \320\243\320\261\320\265\320\264\320\270\321\202\320\265\321\201\321"
    "\214, \321\207\321\202\320\276 \321\201 \321\201\320\265\321\200\320\262\320\265\321\200\320\276\320\274"
    ", \320\272 \320\272\320\276\321\202\320\276\321\200\320\276\320\274\321\203 \320\262\321\213\320\277\320"
    "\276\320\273\320\275\320\265\320\275\320\260 \320\277\321\200\320\276\320\262\320\265\321\200\320\272"
    "\320\260 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270, \320"
    "\274\320\276\320\266\320\275\320\276 \321\201\320\262\321\217\320\267\320\260\321\202\321\214\321\201"
    "\321\217.\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\274\320"
    "\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\321\213\320\271 \320\264\320\273\321\217 \320\277\321\200\320"
    "\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275"
    "\320\276\321\201\321\202\320\270, \320\261\321\213\320\273 \320\276\321\202\320\276\320\267\320\262\320"
    "\260\320\275. \320\222 \320\266\321\203\321\200\320\275\320\260\320\273\320\265 \321\201\320\276\320\261"
    "\321\213\321\202\320\270\320\271 \320\274\320\276\320\263\321\203\321\202 \320\277\321\200\320\270\321"
    "\201\321\203\321\202\321\201\321\202\320\262\320\276\320\262\320\260\321\202\321\214 \320\264\320\276"
    "\320\277\320\276\320\273\320\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321"
    "\201\320\262\320\265\320\264\320\265\320\275\320\270\321\217.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \321\201\320\274"
    "\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320"
    "\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277"
    "\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320"
    "\275\320\275\320\276\321\201\321\202\320\270, \320\276\320\261\320\275\320\260\321\200\321\203\320\266"
    "\320\265\320\275 \320\275\320\265\320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321"
    "\213\320\271 \321\206\320\265\320\275\321\202\321\200 \321\201\320\265\321\200\321\202\320\270\321\204"
    "\320\270\320\272\320\260\321\206\320\270\320\270 (\320\246\320\241).\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\276\320\277\321\200\320"
    "\265\320\264\320\265\320\273\320\270\321\202\321\214 \321\201\320\276\321\201\321\202\320\276\321\217"
    "\320\275\320\270\320\265 \320\276\321\202\320\267\321\213\320\262\320\260 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \321\201\320\274\320\260\321\200\321\202-"
    "\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321"
    "\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262"
    "\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321"
    "\201\321\202\320\270.\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \321\201\320\274\320"
    "\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\321\213\320\271 \320\264\320\273\321\217 \320\277\321\200\320"
    "\276\320\262\320\265\321\200\320\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275"
    "\320\276\321\201\321\202\320\270, \320\275\320\265 \321\217\320\262\320\273\321\217\320\265\321\202\321"
    "\201\321\217 \320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321\213\320\274.\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "\320\230\321\201\321\202\320\265\320\272 \321\201\321\200\320\276\320\272 \320\264\320\265\320\271\321"
    "\201\321\202\320\262\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272"
    "\320\260\321\202\320\260 \321\201\320\274\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321"
    "\213, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263"
    "\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320"
    "\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270.\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "\320\222 \320\277\320\276\320\264\321\201\320\270\321\201\321\202\320\265\320\274\320\265 Kerberos \320"
    "\277\321\200\320\276\320\270\320\267\320\276\321\210\320\273\320\260 \320\276\321\210\320\270\320\261"
    "\320\272\320\260. \320\241\320\273\321\203\320\266\320\261\320\260 \320\264\320\273\321\217 \320\267\320"
    "\260\320\277\321\200\320\276\321\201\320\260 \320\277\321\200\320\276\321\202\320\276\320\272\320\276"
    "\320\273\320\260 \320\277\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320"
    "\273\321\217 \320\261\321\213\320\273\320\260 \321\201\320\264\320\265\320\273\320\260\320\275\320\260 "
    "\320\275\320\260 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320"
    "\265 \320\264\320\276\320\274\320\265\320\275\320\260, \320\272\320\276\321\202\320\276\321\200\321\213"
    "\320\271 \320\275\320\265 \320\277\320\276\320\264\320\264\320\265\321\200\320\266\320\270\320\262\320"
    "\260\320\265\321\202 \321\201\320\273\321\203\320\266\320\261\321\203 \320\264\320\273\321\217 \320\277"
    "\320\276\320\273\321\214\320\267\320\276\320\262\320\260\321\202\320\265\320\273\321\217.\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "\320\241\320\265\321\200\320\262\320\265\321\200 \320\277\320\276\320\277\321\213\321\202\320\260\320"
    "\273\321\201\321\217 \321\201\320\264\320\265\320\273\320\260\321\202\321\214 \320\267\320\260\320\277"
    "\321\200\320\276\321\201 \320\275\320\260 \320\264\320\265\320\273\320\265\320\263\320\270\321\200\320"
    "\276\320\262\320\260\320\275\320\270\320\265 Kerberos \320\276\320\263\321\200\320\260\320\275\320\270"
    "\321\207\320\265\320\275\320\275\321\213\320\274 \320\264\320\273\321\217 \321\206\320\265\320\273\320"
    "\265\320\262\320\276\320\263\320\276 \320\276\320\261\321\212\320\265\320\272\321\202\320\260 \320\262"
    "\320\275\320\265 \320\276\320\261\320\273\320\260\321\201\321\202\320\270 \321\201\320\265\321\200\320"
    "\262\320\265\321\200\320\260.\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "\320\235\320\265 \321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\276\320\277\321\200\320"
    "\265\320\264\320\265\320\273\320\270\321\202\321\214 \321\201\320\276\321\201\321\202\320\276\321\217"
    "\320\275\320\270\320\265 \320\276\321\202\320\267\321\213\320\262\320\260 \321\201\320\265\321\200\321"
    "\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\272\320\276\320\275\321\202\321\200"
    "\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320\265\320\275\320\260, \320"
    "\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 "
    "\320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320\272\320\270 \320\277\320"
    "\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270 \321\201\320\274\320\260"
    "\321\200\321\202-\320\272\320\260\321\200\321\202\321\213. \320\222 \320\266\321\203\321\200\320\275\320"
    "\260\320\273\320\265 \321\201\320\270\321\201\321\202\320\265\320\274\320\275\321\213\321\205 \321\201"
    "\320\276\320\261\321\213\321\202\320\270\320\271 \321\201\320\276\320\264\320\265\321\200\320\266\320"
    "\260\321\202\321\201\321\217 \320\264\320\276\320\277\320\276\320\273\320\275\320\270\321\202\320\265"
    "\320\273\321\214\320\275\321\213\320\265 \321\201\320\262\320\265\320\264\320\265\320\275\320\270\321"
    "\217.\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\320\237\321\200\320\270 \320\276\320\261\321\200\320\260\320\261\320\276\321\202\320\272\320\265 \321"
    "\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202\320\260 \320\272\320\276"
    "\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320"
    "\265\320\275\320\260, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274"
    "\320\276\320\263\320\276 \320\264\320\273\321\217 \320\277\321\200\320\276\320\262\320\265\321\200\320"
    "\272\320\270 \320\277\320\276\320\264\320\273\320\270\320\275\320\275\320\276\321\201\321\202\320\270, "
    "\320\261\321\213\320\273 \320\276\320\261\320\275\320\260\321\200\321\203\320\266\320\265\320\275 \320"
    "\275\320\265\320\264\320\276\320\262\320\265\321\200\320\265\320\275\320\275\321\213\320\271 \320\246"
    "\320\241. \320\222 \320\266\321\203\321\200\320\275\320\260\320\273\320\265 \321\201\320\270\321\201\321"
    "\202\320\265\320\274\320\275\321\213\321\205 \321\201\320\276\320\261\321\213\321\202\320\270\320\271 "
    "\321\201\320\276\320\264\320\265\321\200\320\266\320\260\321\202\321\201\321\217 \320\264\320\276\320"
    "\277\320\276\320\273\320\275\320\270\321\202\320\265\320\273\321\214\320\275\321\213\320\265 \321\201"
    "\320\262\320\265\320\264\320\265\320\275\320\270\321\217.\000"
    // SEC_E_KDC_CERT_EXPIRED
    "\320\230\321\201\321\202\320\265\320\272 \321\201\321\200\320\276\320\272 \320\264\320\265\320\271\321"
    "\201\321\202\320\262\320\270\321\217 \321\201\320\265\321\200\321\202\320\270\321\204\320\270\320\272"
    "\320\260\321\202\320\260 \320\272\320\276\320\275\321\202\321\200\320\276\320\273\320\273\320\265\321"
    "\200\320\260 \320\264\320\276\320\274\320\265\320\275\320\260, \320\270\321\201\320\277\320\276\320\273"
    "\321\214\320\267\321\203\320\265\320\274\320\276\320\263\320\276 \320\264\320\273\321\217 \320\262\321"
    "\205\320\276\320\264\320\260 \321\201 \320\277\320\276\320\274\320\276\321\211\321\214\321\216 \321\201"
    "\320\274\320\260\321\200\321\202-\320\272\320\260\321\200\321\202\321\213.\000"
    // SEC_E_KDC_CERT_REVOKED
    "\320\241\320\265\321\200\321\202\320\270\321\204\320\270\320\272\320\260\321\202 \320\272\320\276\320"
    "\275\321\202\321\200\320\276\320\273\320\273\320\265\321\200\320\260 \320\264\320\276\320\274\320\265"
    "\320\275\320\260, \320\270\321\201\320\277\320\276\320\273\321\214\320\267\321\203\320\265\320\274\321"
    "\213\320\271 \320\264\320\273\321\217 \320\262\321\205\320\276\320\264\320\260 \321\201 \320\277\320\276"
    "\320\274\320\276\321\211\321\214\321\216 \321\201\320\274\320\260\321\200\321\202-\320\272\320\260\321"
    "\200\321\202\321\213, \320\261\321\213\320\273 \320\276\321\202\320\276\320\267\320\262\320\260\320\275."
    "\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_ru_starts[] =
    "\000\0004\000\341\000\225\001\257\002{\003|\003\351\004\313\005Q\006\247\006\250\006\251\006\252\006\253"
    "\006\254\006\376\006F\007\217\007\277\007\364\007c\010d\010\262\010\030\011\274\011\002\012H\012\250\012"
    "\374\012/\013y\013\253\013\010\014\233\014\035\015w\015V\016\310\016\220\017\016\020Q\020\272\020\077"
    "\021\313\0214\022\210\022\324\022\"\023\271\023\323\024\206\025f\026\007\027\315\027\204\030\330\030c"
    "\0318\032\217\032;\033\"\034\257\034\370\034@\035\240\035\375\035\246\036\376\037g \345 \012!s!\205\""
    "\211#t$6%\327%u&\243'n(\314)\036+\325+z,{,|,},~,\177,\200,\201,\202,\203,\204,\205,\206,\207,\210,\211,"
    "\212,\213,\214,\215,\216,\217,\220,\221,\222,\223,\224,\225,\226,\227,\230,\231,\232,\233,\234,\235,\236"
    ",\237,\240,\241,\242,\243,\244,\245,\246,\247,\250,\251,\252,\253,\254,\255,\256,\257,\260,\261,\262,"
    "\263,\264,\265,\266,\267,\270,\271,\272,\273,\274,\275,\276,\277,\300,\301,\302,\303,\304,\305,\306,\307"
    ",\310,\311,\312,\313,\314,\315,\316,\317,\320,\321,\322,\323,\324,\325,\326,\327,\330,\331,\332,\333,"
    "\334,\335,\336,\337,\340,\341,\342,\343,\344,\345,\346,\347,\350,\351,\352,\353,\354,\355,\356,";

inline constexpr std::string_view system_text_zh_tw =
    // SEC_E_OK
    "\000"
    // SEC_I_CONTINUE_NEEDED
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\345\277\205\351\240\210\345\206\215\346\254\241\345\221\274\345\217\253\346\211\215\350\203\275\345"
    "\256\214\346\210\220\345\205\247\345\256\271\000"
    // SEC_I_COMPLETE_NEEDED
    "\345\207\275\346\225\270\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\345\277\205\351\240\210\345\221\274\345\217\253 CompleteToken\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\345\277\205\351\240\210\345\221\274\345\217\253 CompleteToken \345\222\214\346\255\244\345\207\275"
    "\346\225\270\346\211\215\350\203\275\345\256\214\346\210\220\345\205\247\345\256\271\000"
    // SEC_I_LOCAL_LOGON
    "\347\231\273\345\205\245\345\267\262\345\256\214\346\210\220\357\274\214\344\275\206\346\262\222\346\234"
    "\211\344\273\273\344\275\225\345\217\257\347\224\250\347\232\204\347\266\262\350\267\257\346\216\210\346"
    "\254\212\343\200\202 \344\275\277\347\224\250\346\234\254\346\251\237\345\267\262\347\237\245\350\263"
    "\207\350\250\212\351\200\262\350\241\214\347\231\273\345\205\245\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "\345\205\247\345\256\271\345\267\262\351\201\216\346\234\237\357\274\214\347\204\241\346\263\225\345\206"
    "\215\344\275\277\347\224\250\343\200\202\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\344\270\215\345\256\214\346\225\264\357\274"
    "\214\345\233\240\346\255\244\347\204\241\346\263\225\351\251\227\350\255\211\343\200\202 \346\202\250"
    "\345\217\257\344\273\245\345\276\236\345\205\247\345\256\271\345\202\263\345\233\236\345\205\266\344\273"
    "\226\350\263\207\350\250\212\343\200\202\000"
    // SEC_I_RENEGOTIATE
    "\345\205\247\345\256\271\350\263\207\346\226\231\345\277\205\351\240\210\350\210\207\345\260\215\347\255"
    "\211\344\272\222\351\200\243\351\207\215\346\226\260\345\215\224\345\225\206\343\200\202\000"
    // SEC_I_NO_LSA_CONTEXT
    "\346\262\222\346\234\211\350\210\207\346\255\244\345\205\247\345\256\271\347\233\270\351\227\234\350\201"
    "\257\347\232\204 LSA \346\250\241\345\274\217\345\205\247\345\256\271\343\200\202\000"
    // SEC_I_SIGNATURE_NEEDED
    "\345\277\205\351\240\210\345\205\210\345\237\267\350\241\214\347\260\275\347\253\240\344\275\234\346\245"
    "\255\357\274\214\344\275\277\347\224\250\350\200\205\346\211\215\350\203\275\351\200\262\350\241\214\351"
    "\251\227\350\255\211\343\200\202\000"
    // SEC_I_NO_RENEGOTIATION
    "\346\224\266\344\273\266\350\200\205\346\213\222\347\265\225\351\207\215\346\226\260\345\215\224\345\225"
    "\206\350\246\201\346\261\202\343\200\202\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\345\202\263\345\233\236\347\232\204\347\267\251\350\241\235\345\215\200\345\217\252\346\230\257\350\250"
    "\212\346\201\257\347\232\204\347\211\207\346\256\265\343\200\202 \351\234\200\350\246\201\345\202\263"
    "\345\233\236\346\233\264\345\244\232\347\211\207\346\256\265\343\200\202\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\345\277\205\351\240\210\345\206\215\346\254\241\345\221\274\345\217\253\346\211\215\350\203\275\345"
    "\256\214\346\210\220\345\205\247\345\256\271\343\200\202 \346\202\250\345\217\257\344\273\245\344\275"
    "\277\347\224\250\346\227\251\346\234\237\347\232\204\345\225\237\345\213\225\343\200\202\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "\345\217\257\347\224\250\347\232\204\350\250\230\346\206\266\351\253\224\344\270\215\350\266\263\357\274"
    "\214\347\204\241\346\263\225\345\256\214\346\210\220\346\255\244\350\246\201\346\261\202\000"
    // SEC_E_INVALID_HANDLE
    "\346\214\207\345\256\232\347\232\204\346\216\247\345\210\266\347\242\274\347\204\241\346\225\210\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "\344\270\215\346\224\257\346\217\264\350\246\201\346\261\202\347\232\204\345\207\275\345\274\217\000"
    // SEC_E_NOT_SUPPORTED
    "\000"
    // SEC_E_TARGET_UNKNOWN
    "\346\214\207\345\256\232\347\232\204\347\233\256\346\250\231\344\270\215\346\230\216\346\210\226\347\204"
    "\241\346\263\225\351\200\243\347\267\232\000"
    // SEC_E_INTERNAL_ERROR
    "\347\204\241\346\263\225\351\200\243\347\265\241\346\234\254\345\234\260\345\256\211\345\205\250\346\251"
    "\237\346\247\213\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "\350\246\201\346\261\202\347\232\204\345\256\211\345\205\250\346\200\247\345\260\201\350\243\235\344\270"
    "\215\345\255\230\345\234\250\000"
    // SEC_E_NOT_OWNER
    "\345\221\274\345\217\253\347\253\257\344\270\215\346\230\257\346\211\200\351\234\200\350\252\215\350\255"
    "\211\347\232\204\346\223\201\346\234\211\350\200\205\000"
    // SEC_E_CANNOT_INSTALL
    "\345\256\211\345\205\250\346\200\247\345\245\227\344\273\266\347\204\241\346\263\225\345\210\235\345\247"
    "\213\345\214\226\357\274\214\345\233\240\346\255\244\347\204\241\346\263\225\345\256\211\350\243\235\000"
    // SEC_E_INVALID_TOKEN
    "\346\217\220\344\276\233\347\265\246\345\207\275\346\225\270\347\232\204\346\254\212\346\235\226\347\204"
    "\241\346\225\210\000"
    // SEC_E_CANNOT_PACK
    "\345\256\211\345\205\250\346\200\247\345\245\227\344\273\266\347\204\241\346\263\225\345\260\201\351\200"
    "\201\350\231\225\347\220\206\347\231\273\345\205\245\347\267\251\350\241\235\345\215\200\357\274\214\345"
    "\233\240\346\255\244\347\231\273\345\205\245\345\230\227\350\251\246\345\244\261\346\225\227\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "\345\256\211\345\205\250\346\200\247\345\245\227\344\273\266\344\270\215\346\224\257\346\217\264\346\257"
    "\217\344\270\200\350\250\212\346\201\257\347\232\204\344\277\235\350\255\267\345\223\201\350\263\252\000"
    // SEC_E_NO_IMPERSONATION
    "\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\344\270\215\345\205\201\350\250\261\346\250"
    "\241\346\223\254\347\224\250\346\210\266\347\253\257\000"
    // SEC_E_LOGON_DENIED
    "\347\231\273\345\205\245\345\230\227\350\251\246\345\244\261\346\225\227\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "\347\204\241\346\263\225\350\276\250\350\255\230\346\217\220\344\276\233\347\265\246\345\260\201\350\243"
    "\235\347\232\204\350\252\215\350\255\211\000"
    // SEC_E_NO_CREDENTIALS
    "\345\256\211\345\205\250\346\200\247\345\245\227\344\273\266\344\270\255\346\262\222\346\234\211\344\273"
    "\273\344\275\225\345\217\257\347\224\250\347\232\204\350\252\215\350\255\211\000"
    // SEC_E_MESSAGE_ALTERED
    "\346\217\220\344\276\233\351\251\227\350\255\211\347\232\204\350\250\212\346\201\257\346\210\226\347\260"
    "\275\347\253\240\345\267\262\350\256\212\346\233\264\000"
    // SEC_E_OUT_OF_SEQUENCE
    "\346\217\220\344\276\233\351\200\262\350\241\214\351\251\227\350\255\211\347\232\204\350\250\212\346\201"
    "\257\344\270\215\346\230\257\351\240\206\345\272\217\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "\347\204\241\346\263\225\351\200\243\347\265\241\344\273\273\344\275\225\346\216\210\346\254\212\345\226"
    "\256\344\275\215\351\200\262\350\241\214\351\251\227\350\255\211\343\200\202\000"
    // SEC_E_BAD_PKGID
    "\350\246\201\346\261\202\347\232\204\345\256\211\345\205\250\346\200\247\345\260\201\350\243\235\344\270"
    "\215\345\255\230\345\234\250\000"
    // SEC_E_CONTEXT_EXPIRED
    "\345\205\247\345\256\271\345\267\262\351\201\216\346\234\237\357\274\214\347\204\241\346\263\225\345\206"
    "\215\344\275\277\347\224\250\343\200\202\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "\346\217\220\344\276\233\347\232\204\350\250\212\346\201\257\344\270\215\345\256\214\346\225\264\343\200"
    "\202 \346\234\252\351\251\227\350\255\211\347\260\275\347\253\240\343\200\202\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\344\270\215\345\256\214\346\225\264\357\274"
    "\214\345\233\240\346\255\244\347\204\241\346\263\225\351\251\227\350\255\211\343\200\202 \347\204\241"
    "\346\263\225\345\210\235\345\247\213\345\214\226\345\205\247\345\256\271\343\200\202\000"
    // SEC_E_BUFFER_TOO_SMALL
    "\346\217\220\344\276\233\347\265\246\345\207\275\346\225\270\347\232\204\347\267\251\350\241\235\345\215"
    "\200\345\244\252\345\260\217\343\200\202\000"
    // SEC_E_WRONG_PRINCIPAL
    "\347\233\256\346\250\231\344\270\273\351\253\224\345\220\215\347\250\261\344\270\215\346\255\243\347\242"
    "\272\343\200\202\000"
    // SEC_E_TIME_SKEW
    "\347\224\250\346\210\266\347\253\257\345\222\214\344\274\272\346\234\215\345\231\250\351\233\273\350\205"
    "\246\344\270\212\347\232\204\346\231\202\351\220\230\346\230\257\346\211\255\346\233\262\347\232\204\343"
    "\200\202\000"
    // SEC_E_UNTRUSTED_ROOT
    "\346\255\244\346\206\221\350\255\211\351\217\210\347\265\220\346\230\257\347\224\261\344\270\215\345\217"
    "\227\344\277\241\344\273\273\347\232\204\346\216\210\346\254\212\345\226\256\344\275\215\347\231\274\345"
    "\207\272\347\232\204\343\200\202\000"
    // SEC_E_ILLEGAL_MESSAGE
    "\346\224\266\345\210\260\347\232\204\350\250\212\346\201\257\346\234\252\351\240\220\346\234\237\346\210"
    "\226\346\240\274\345\274\217\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // SEC_E_CERT_UNKNOWN
    "\350\231\225\347\220\206\346\206\221\350\255\211\346\231\202\347\231\274\347\224\237\346\234\252\347\237"
    "\245\347\232\204\351\214\257\350\252\244\343\200\202\000"
    // SEC_E_CERT_EXPIRED
    "\346\224\266\345\210\260\347\232\204\346\206\221\350\255\211\345\267\262\351\201\216\346\234\237\343\200"
    "\202\000"
    // SEC_E_ENCRYPT_FAILURE
    "\347\204\241\346\263\225\345\212\240\345\257\206\346\214\207\345\256\232\347\232\204\350\263\207\346\226"
    "\231\343\200\202\000"
    // SEC_E_DECRYPT_FAILURE
    "\347\204\241\346\263\225\350\247\243\345\257\206\346\214\207\345\256\232\347\232\204\350\263\207\346\226"
    "\231\343\200\202\000"
    // SEC_E_ALGORITHM_MISMATCH
    "\347\224\250\346\210\266\347\253\257\345\222\214\344\274\272\346\234\215\345\231\250\347\204\241\346\263"
    "\225\351\200\232\350\250\212\357\274\214\345\233\240\347\202\272\345\256\203\345\200\221\344\270\215\345"
    "\205\267\346\234\211\344\270\200\350\210\254\346\274\224\347\256\227\346\263\225\343\200\202\000"
    // SEC_E_SECURITY_QOS_FAILED
    "\345\233\240\347\202\272\350\246\201\346\261\202\347\232\204\346\234\215\345\213\231\345\223\201\350\263"
    "\252 (\344\276\213\345\246\202\357\274\214\347\233\270\344\272\222\351\251\227\350\255\211\346\210\226"
    "\345\247\224\346\264\276) \357\274\214\346\211\200\344\273\245\347\204\241\346\263\225\345\273\272\347"
    "\253\213\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\343\200\202\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "\345\234\250\345\205\247\345\256\271\345\256\214\346\210\220\344\271\213\345\211\215\345\210\252\351\231"
    "\244\344\272\206\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\343\200\202 \351\200\231"
    "\346\234\203\350\242\253\350\246\226\347\202\272\347\231\273\345\205\245\345\244\261\346\225\227\343\200"
    "\202\000"
    // SEC_E_NO_TGT_REPLY
    "\347\224\250\346\210\266\347\253\257\346\255\243\345\234\250\345\230\227\350\251\246\345\215\224\350\252"
    "\277\345\205\247\345\256\271\357\274\214\350\200\214\344\274\272\346\234\215\345\231\250\351\234\200\350"
    "\246\201\344\275\277\347\224\250\350\200\205\345\260\215\344\275\277\347\224\250\350\200\205\357\274\214"
    "\344\275\206\346\234\252\345\202\263\351\200\201 TGT \345\233\236\345\276\251\343\200\202\000"
    // SEC_E_NO_IP_ADDRESSES
    "\347\204\241\346\263\225\345\256\214\346\210\220\350\246\201\346\261\202\347\232\204\345\267\245\344\275"
    "\234\357\274\214\345\233\240\347\202\272\346\234\254\346\251\237\351\233\273\350\205\246\346\262\222\346"
    "\234\211\344\273\273\344\275\225 IP \344\275\215\345\235\200\343\200\202\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\346\216\247\345\210\266\347\242\274\344\270"
    "\215\347\254\246\345\220\210\350\210\207\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\347"
    "\233\270\351\227\234\350\201\257\347\232\204\350\252\215\350\255\211\343\200\202\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "\345\212\240\345\257\206\347\263\273\347\265\261\346\210\226\347\270\275\345\222\214\346\252\242\346\237"
    "\245\347\242\274\345\207\275\345\274\217\347\204\241\346\225\210\357\274\214\345\233\240\347\202\272\345"
    "\277\205\350\246\201\347\232\204\345\207\275\345\274\217\347\204\241\346\263\225\344\275\277\347\224\250"
    "\343\200\202\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\350\266\205\351\201\216\347\245\250\350\255\211\345\217\203\350\200\203\347\232\204\346\225\270\347\233"
    "\256\344\270\212\351\231\220\343\200\202\000"
    // SEC_E_MUST_BE_KDC
    "\346\234\254\346\251\237\351\233\273\350\205\246\345\277\205\351\240\210\346\230\257 Kerberos KDC (\347"
    "\266\262\345\237\237\346\216\247\345\210\266\347\253\231) \344\270\224\344\270\215\346\230\257\343\200"
    "\202\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "\345\256\211\345\205\250\346\200\247\345\215\224\350\252\277\347\232\204\345\217\246\344\270\200\347\253"
    "\257\351\234\200\350\246\201\345\274\267\345\274\217\345\212\240\345\257\206\357\274\214\344\275\206\345"
    "\234\250\346\234\254\346\251\237\351\233\273\350\205\246\344\270\212\345\211\207\344\270\215\346\224\257"
    "\346\217\264\343\200\202\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "KDC \345\233\236\345\276\251\345\214\205\345\220\253\344\270\200\345\200\213\344\273\245\344\270\212\347"
    "\232\204\344\270\273\351\253\224\345\220\215\347\250\261\343\200\202\000"
    // SEC_E_NO_PA_DATA
    "\351\240\220\346\234\237\346\234\203\345\260\213\346\211\276 PA \350\263\207\346\226\231\344\273\245\345"
    "\217\226\345\276\227\350\246\201\344\275\277\347\224\250\344\271\213 etype \347\232\204\346\217\220\347"
    "\244\272\357\274\214\344\275\206\346\211\276\344\270\215\345\210\260\350\251\262\350\263\207\346\226\231"
    "\343\200\202\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "\347\224\250\346\210\266\347\253\257\346\206\221\350\255\211\344\270\215\345\214\205\345\220\253\346\234"
    "\211\346\225\210\347\232\204 UPN\357\274\214\346\210\226\350\210\207\347\231\273\345\205\245\350\246\201"
    "\346\261\202\344\270\255\347\232\204\347\224\250\346\210\266\347\253\257\345\220\215\347\250\261\344\270"
    "\215\347\233\270\347\254\246\343\200\202 \350\253\213\351\200\243\347\265\241\346\202\250\347\232\204"
    "\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "\351\234\200\350\246\201\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\357\274\214\344\275"
    "\206\346\234\252\344\275\277\347\224\250\343\200\202\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\347\263\273\347\265\261\351\227\234\346\251\237\346\255\243\345\234\250\351\200\262\350\241\214\344\270"
    "\255\343\200\202\000"
    // SEC_E_KDC_INVALID_REQUEST
    "\345\202\263\351\200\201\347\265\246 KDC \347\232\204\350\246\201\346\261\202\347\204\241\346\225\210"
    "\343\200\202\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "KDC \347\204\241\346\263\225\351\207\235\345\260\215\350\246\201\346\261\202\347\232\204\346\234\215\345"
    "\213\231\347\224\242\347\224\237\345\217\203\350\200\203\343\200\202\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "KDC \344\270\215\346\224\257\346\217\264\350\246\201\346\261\202\347\232\204\345\212\240\345\257\206\351"
    "\241\236\345\236\213\343\200\202\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Kerberos \345\245\227\344\273\266\344\270\255\346\217\220\344\276\233\344\272\206\344\270\215\346\224"
    "\257\346\217\264\347\232\204\351\240\220\345\205\210\351\251\227\350\255\211\346\251\237\345\210\266\343"
    "\200\202\000"
    // SEC_E_DELEGATION_REQUIRED
    "\350\246\201\346\261\202\347\232\204\344\275\234\346\245\255\347\204\241\346\263\225\345\256\214\346\210"
    "\220\343\200\202 \351\233\273\350\205\246\345\277\205\351\240\210\345\217\227\344\277\241\344\273\273"
    "\346\211\215\350\203\275\345\247\224\346\264\276\357\274\214\344\270\224\347\233\256\345\211\215\347\232"
    "\204\344\275\277\347\224\250\350\200\205\345\270\263\346\210\266\345\277\205\351\240\210\350\250\255\345"
    "\256\232\347\202\272\345\205\201\350\250\261\345\247\224\346\264\276\343\200\202\000"
    // SEC_E_BAD_BINDINGS
    "\347\224\250\346\210\266\347\253\257\346\217\220\344\276\233\347\232\204 SSPI \351\200\232\351\201\223"
    "\347\263\273\347\265\220\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "\346\224\266\345\210\260\347\232\204\346\206\221\350\255\211\345\267\262\345\260\215\346\207\211\345\210"
    "\260\345\244\232\345\200\213\345\270\263\346\210\266\343\200\202\000"
    // SEC_E_NO_KERB_KEY
    "SEC _ E _ NO _ KERB _ KEY\000"
    // SEC_E_CERT_WRONG_USAGE
    "\346\255\244\346\206\221\350\255\211\344\270\215\351\201\251\347\224\250\346\226\274\350\246\201\346\261"
    "\202\347\232\204\344\275\277\347\224\250\346\226\271\345\274\217\343\200\202\000"
    // SEC_E_DOWNGRADE_DETECTED
    "\347\263\273\347\265\261\347\204\241\346\263\225\351\200\243\347\265\241\347\266\262\345\237\237\346\216"
    "\247\345\210\266\347\253\231\344\276\206\346\234\215\345\213\231\351\251\227\350\255\211\350\246\201\346"
    "\261\202\343\200\202 \350\253\213\347\250\215\345\276\214\345\206\215\350\251\246\344\270\200\346\254"
    "\241\343\200\202\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "\345\267\262\346\222\244\351\212\267\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231"
    "\272\346\205\247\345\215\241\346\206\221\350\255\211\343\200\202 \350\253\213\351\200\243\347\265\241"
    "\346\202\250\347\232\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200\202 \344"
    "\272\213\344\273\266\350\250\230\351\214\204\346\252\224\344\270\255\345\217\257\350\203\275\346\234\203"
    "\346\234\211\345\205\266\344\273\226\350\263\207\350\250\212\343\200\202\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\350\231\225\347\220\206\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205"
    "\247\345\215\241\346\206\221\350\255\211\346\231\202\357\274\214\345\201\265\346\270\254\345\210\260\346"
    "\234\252\345\217\227\344\277\241\344\273\273\347\232\204\346\206\221\350\255\211\346\216\210\346\254\212"
    "\345\226\256\344\275\215\345\226\256\344\275\215\343\200\202 \350\253\213\351\200\243\347\265\241\346"
    "\202\250\347\232\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "\347\204\241\346\263\225\345\210\244\346\226\267\347\224\250\346\226\274\351\251\227\350\255\211\347\232"
    "\204\346\231\272\346\205\247\345\215\241\346\206\221\350\255\211\346\222\244\351\212\267\347\213\200\346"
    "\205\213\343\200\202 \350\253\213\351\200\243\347\265\241\346\202\250\347\232\204\347\263\273\347\265"
    "\261\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205\247\345\215\241\346\206"
    "\221\350\255\211\344\270\215\345\217\227\344\277\241\344\273\273\343\200\202 \350\253\213\351\200\243"
    "\347\265\241\346\202\250\347\232\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200"
    "\202\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205\247\345\215\241\346\206"
    "\221\350\255\211\345\267\262\351\201\216\346\234\237\343\200\202 \350\253\213\351\200\243\347\265\241"
    "\346\202\250\347\232\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Kerberos \345\255\220\347\263\273\347\265\261\347\231\274\347\224\237\351\214\257\350\252\244\343\200"
    "\202 \351\207\235\345\260\215\344\270\215\346\224\257\346\217\264\344\275\277\347\224\250\350\200\205"
    "\346\234\215\345\213\231\347\232\204\347\266\262\345\237\237\346\216\247\345\210\266\347\253\231\357\274"
    "\214\346\217\220\345\207\272\344\275\277\347\224\250\350\200\205\351\200\232\350\250\212\345\215\224\345"
    "\256\232\350\246\201\346\261\202\347\232\204\346\234\215\345\213\231\343\200\202\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "\346\255\244\344\274\272\346\234\215\345\231\250\345\267\262\345\230\227\350\251\246\345\260\215\344\274"
    "\272\346\234\215\345\231\250\351\240\230\345\237\237\344\273\245\345\244\226\347\232\204\347\233\256\346"
    "\250\231\351\200\262\350\241\214 Kerberos \351\231\220\345\210\266\345\247\224\346\264\276\350\246\201"
    "\346\261\202\343\200\202 \351\200\231\346\230\257\344\270\215\346\224\257\346\217\264\347\232\204\357"
    "\274\214\350\241\250\347\244\272\346\255\244\344\274\272\346\234\215\345\231\250\344\270\212\345\205\201"
    "\350\250\261\345\247\224\346\264\276\347\265\246\346\270\205\345\226\256\347\232\204\350\250\255\345\256"
    "\232\344\270\215\346\255\243\347\242\272\343\200\202 \350\253\213\351\200\243\347\265\241\346\202\250"
    "\347\232\204\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "\347\204\241\346\263\225\345\210\244\346\226\267\347\224\250\346\226\274\346\231\272\346\205\247\345\215"
    "\241\351\251\227\350\255\211\347\232\204\347\266\262\345\237\237\346\216\247\345\210\266\347\253\231\346"
    "\206\221\350\255\211\346\222\244\351\212\267\347\213\200\346\205\213\343\200\202 \347\263\273\347\265"
    "\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\344\270\255\346\234\211\345\205\266\344"
    "\273\226\350\263\207\350\250\212\343\200\202 \350\253\213\351\200\243\347\265\241\346\202\250\347\232"
    "\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\350\231\225\347\220\206\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\347\266\262\345\237"
    "\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\346\231\202\357\274\214\345\201\265\346"
    "\270\254\345\210\260\346\234\252\345\217\227\344\277\241\344\273\273\347\232\204\346\206\221\350\255\211"
    "\346\216\210\346\254\212\345\226\256\344\275\215\345\226\256\344\275\215\343\200\202 \347\263\273\347"
    "\265\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\344\270\255\346\234\211\345\205\266"
    "\344\273\226\350\263\207\350\250\212\343\200\202 \350\253\213\351\200\243\347\265\241\346\202\250\347"
    "\232\204\347\263\273\347\265\261\347\256\241\347\220\206\345\223\241\343\200\202\000"
    // SEC_E_KDC_CERT_EXPIRED
    "\347\224\250\346\226\274\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\347\232\204\347\266"
    "\262\345\237\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\345\267\262\351\201\216\346"
    "\234\237\343\200\202 \350\253\213\346\264\275\350\251\242\346\202\250\347\232\204\347\263\273\347\265"
    "\261\347\256\241\347\220\206\345\223\241\357\274\214\344\273\245\345\217\226\345\276\227\347\263\273\347"
    "\265\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\347\232\204\345\205\247\345\256\271"
    "\343\200\202\000"
    // SEC_E_KDC_CERT_REVOKED
    "\347\224\250\346\226\274\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\347\232\204\347\266"
    "\262\345\237\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\345\267\262\346\222\244\351"
    "\212\267\343\200\202 \350\253\213\346\264\275\350\251\242\346\202\250\347\232\204\347\263\273\347\265"
    "\261\347\256\241\347\220\206\345\223\241\357\274\214\344\273\245\345\217\226\345\276\227\347\263\273\347"
    "\265\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\347\232\204\345\205\247\345\256\271"
    "\343\200\202\000"
    // SEC_E_INVALID_PARAMETER
    "\345\202\263\351\201\236\347\265\246\345\207\275\346\225\270\347\232\204\344\270\200\346\210\226\345\244"
    "\232\345\200\213\345\217\203\346\225\270\347\204\241\346\225\210\343\200\202\000"
    // SEC_E_DELEGATION_POLICY
    "\347\224\250\346\210\266\347\253\257\345\216\237\345\211\207\344\270\215\345\205\201\350\250\261\345\260"
    "\207\350\252\215\350\255\211\345\247\224\346\264\276\347\265\246\347\233\256\346\250\231\344\274\272\346"
    "\234\215\345\231\250\343\200\202\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\347\224\250\346\210\266\347\253\257\345\216\237\345\211\207\344\270\215\345\205\201\350\250\261\344\273"
    "\245\345\203\205\351\231\220 NLTM \351\251\227\350\255\211\347\232\204\347\233\256\346\250\231\344\274"
    "\272\346\234\215\345\231\250\351\200\262\350\241\214\350\252\215\350\255\211\345\247\224\346\264\276\343"
    "\200\202\000"
    // SEC_E_NO_CONTEXT
    "\345\277\205\350\246\201\347\232\204\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\344\270"
    "\215\345\255\230\345\234\250\343\200\202\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "PKU2U \351\200\232\350\250\212\345\215\224\345\256\232\345\230\227\350\251\246\345\210\251\347\224\250"
    "\347\233\270\351\227\234\350\201\257\347\232\204\346\206\221\350\255\211\346\231\202\357\274\214\347\231"
    "\274\347\224\237\351\214\257\350\252\244\343\200\202\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\347\204\241\346\263\225\351\251\227\350\255\211\346\234\215\345\213\231\345\231\250\351\233\273\350\205"
    "\246\347\232\204\350\272\253\345\210\206\350\255\230\345\210\245\343\200\202\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\345\217\252\345\205\201\350\250\261 HTTPs \351\205\215\347\275\256\343\200\202\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\345\234\250\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\344\270\212\345\237"
    "\267\350\241\214\346\223\215\344\275\234\346\231\202\347\231\274\347\224\237\351\214\257\350\252\244\343"
    "\200\202\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\346\234\252\347\237\245\347\232\204\345\257\206\347\242\274\347\267\250\350\255\257\346\274\224\347\256"
    "\227\346\263\225\343\200\202\000"
    // CRYPT_E_OID_FORMAT
    "\347\211\251\344\273\266\350\255\230\345\210\245\347\242\274\347\232\204\346\240\274\345\274\217\344\270"
    "\215\346\255\243\347\242\272\343\200\202\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\351\241\236\345\236\213\347\204"
    "\241\346\225\210\343\200\202\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\346\234\252\351\240\220\346\234\237\347\232\204\345\257\206\347\242\274\347\267\250\350\255\257\350\250"
    "\212\346\201\257\347\267\250\347\242\274\343\200\202\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\346\234\252\345\214\205\345\220"
    "\253\351\240\220\346\234\237\347\232\204\345\267\262\351\251\227\350\255\211\345\261\254\346\200\247\343"
    "\200\202\000"
    // CRYPT_E_HASH_VALUE
    "\351\233\234\346\271\212\345\200\274\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // CRYPT_E_INVALID_INDEX
    "\347\264\242\345\274\225\345\200\274\347\204\241\346\225\210\343\200\202\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\347\232\204\345\205\247\345\256"
    "\271\345\267\262\347\266\223\350\247\243\345\257\206\343\200\202\000"
    // CRYPT_E_NOT_DECRYPTED
    "\345\260\232\346\234\252\350\247\243\345\257\206\345\257\206\347\242\274\347\267\250\350\255\257\350\250"
    "\212\346\201\257\347\232\204\345\205\247\345\256\271\343\200\202\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\345\260\201\345\214\205\350\263\207\346\226\231\350\250\212\346\201\257\344\270\215\345\214\205\345\220"
    "\253\346\214\207\345\256\232\347\232\204\346\224\266\344\273\266\350\200\205\343\200\202\000"
    // CRYPT_E_CONTROL_TYPE
    "\344\270\215\346\255\243\347\242\272\346\216\247\345\210\266\351\240\205\351\241\236\345\236\213\343\200"
    "\202\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\347\260\275\347\231\274\350\200\205\345\217\212/\346\210\226\345\272\217\350\231\237\347\204\241\346"
    "\225\210\343\200\202\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\346\211\276\344\270\215\345\210\260\345\216\237\345\247\213\347\260\275\347\275\262\350\200\205\343\200"
    "\202\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\346\234\252\345\214\205\345\220"
    "\253\346\211\200\346\234\211\350\246\201\346\261\202\347\232\204\345\261\254\346\200\247\343\200\202\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\350\263\207\346\226\231\346\265\201\347\250\213\347\232\204\345\257\206\347\242\274\347\267\250\350\255"
    "\257\350\250\212\346\201\257\345\260\232\346\234\252\346\272\226\345\202\231\345\245\275\345\202\263\345"
    "\233\236\350\263\207\346\226\231\343\200\202\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\344\270\262\346\265\201\347\232\204\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201"
    "\257\351\234\200\350\246\201\346\233\264\345\244\232\350\263\207\346\226\231\346\211\215\350\203\275\345"
    "\256\214\346\210\220\350\247\243\347\242\274\344\275\234\346\245\255\343\200\202\000"
    // CRYPT_E_BAD_LEN
    "\347\202\272\350\274\270\345\207\272\350\263\207\346\226\231\346\214\207\345\256\232\347\232\204\351\225"
    "\267\345\272\246\344\270\215\350\266\263\343\200\202\000"
    // CRYPT_E_BAD_ENCODE
    "\347\267\250\347\242\274\346\210\226\350\247\243\347\242\274\344\275\234\346\245\255\346\234\237\351\226"
    "\223\347\231\274\347\224\237\351\214\257\350\252\244\343\200\202\000"
    // CRYPT_E_FILE_ERROR
    "\350\256\200\345\217\226\346\210\226\345\257\253\345\205\245\346\252\224\346\241\210\346\231\202\347\231"
    "\274\347\224\237\351\214\257\350\252\244\343\200\202\000"
    // CRYPT_E_NOT_FOUND
    "\346\211\276\344\270\215\345\210\260\347\211\251\344\273\266\346\210\226\345\261\254\346\200\247\343\200"
    "\202\000"
    // CRYPT_E_EXISTS
    "\347\211\251\344\273\266\346\210\226\345\261\254\346\200\247\345\267\262\347\266\223\345\255\230\345\234"
    "\250\343\200\202\000"
    // CRYPT_E_NO_PROVIDER
    "\346\234\252\346\214\207\345\256\232\345\255\230\346\224\276\345\215\200\346\210\226\347\211\251\344\273"
    "\266\347\232\204\346\217\220\344\276\233\350\200\205\343\200\202\000"
    // CRYPT_E_SELF_SIGNED
    "\346\214\207\345\256\232\347\232\204\346\206\221\350\255\211\346\230\257\350\207\252\346\210\221\347\260"
    "\275\347\275\262\347\232\204\343\200\202\000"
    // CRYPT_E_DELETED_PREV
    "\345\205\210\345\211\215\347\232\204\346\206\221\350\255\211\346\210\226 CRL \345\205\247\345\256\271"
    "\345\267\262\345\210\252\351\231\244\343\200\202\000"
    // CRYPT_E_NO_MATCH
    "\346\211\276\344\270\215\345\210\260\350\246\201\346\261\202\347\232\204\347\211\251\344\273\266\343\200"
    "\202\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\346\206\221\350\255\211\346\262\222\346\234\211\345\217\203\350\200\203\347\247\201\345\257\206\351\207"
    "\221\351\221\260\347\232\204\345\261\254\346\200\247\343\200\202\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\346\211\276\344\270\215\345\210\260\347\224\250\344\276\206\350\247\243\345\257\206\347\232\204\346\206"
    "\221\350\255\211\345\222\214\347\247\201\345\257\206\351\207\221\351\221\260\343\200\202\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\346\211\276\344\270\215\345\210\260\350\246\201\347\224\250\346\226\274\350\247\243\345\257\206\347\232"
    "\204\346\206\221\350\255\211\345\222\214\347\247\201\345\257\206\351\207\221\351\221\260\343\200\202\000"
    // CRYPT_E_BAD_MSG
    "\344\270\215\346\230\257\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\346\210"
    "\226\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\347\232\204\346\240\274\345"
    "\274\217\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // CRYPT_E_NO_SIGNER
    "\347\260\275\347\275\262\347\232\204\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201"
    "\257\346\262\222\346\234\211\346\214\207\345\256\232\347\260\275\347\275\262\350\200\205\347\264\242\345"
    "\274\225\347\232\204\347\260\275\347\275\262\350\200\205\343\200\202\000"
    // CRYPT_E_PENDING_CLOSE
    "\346\234\200\345\276\214\351\227\234\351\226\211\346\234\203\346\232\253\346\255\242\357\274\214\347\233"
    "\264\345\210\260\351\241\215\345\244\226\351\207\213\345\207\272\346\210\226\351\227\234\351\226\211\347"
    "\202\272\346\255\242\343\200\202\000"
    // CRYPT_E_REVOKED
    "\346\206\221\350\255\211\345\267\262\346\222\244\351\212\267\343\200\202\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\346\211\276\344\270\215\345\210\260 Dll \346\210\226\345\214\257\345\207\272\347\232\204\345\207\275"
    "\345\274\217\344\276\206\351\251\227\350\255\211\346\222\244\351\212\267\343\200\202\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\346\222\244\351\212\267\345\212\237\350\203\275\347\204\241\346\263\225\346\252\242\346\237\245\346\206"
    "\221\350\255\211\347\232\204\346\222\244\351\212\267\343\200\202\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\346\222\244\351\212\267\345\212\237\350\203\275\347\204\241\346\263\225\346\252\242\346\237\245\346\222"
    "\244\351\212\267\357\274\214\345\233\240\347\202\272\346\222\244\351\212\267\344\274\272\346\234\215\345"
    "\231\250\345\267\262\351\233\242\347\267\232\343\200\202\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\346\206\221\350\255\211\344\270\215\345\234\250\346\222\244\351\212\267\344\274\272\346\234\215\345\231"
    "\250\347\232\204\350\263\207\346\226\231\345\272\253\344\270\255\343\200\202\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\345\255\227\344\270\262\345\214\205\345\220\253\351\235\236\346\225\270\344\275\215\345\255\227\345\205"
    "\203\343\200\202\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\345\255\227\344\270\262\345\214\205\345\220\253\344\270\215\345\217\257\345\210\227\345\215\260\347\232"
    "\204\345\255\227\345\205\203\343\200\202\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\345\255\227\344\270\262\345\214\205\345\220\253\344\270\215\345\234\2507\344\275\215 ASCII \345\255\227"
    "\345\205\203\351\233\206\344\270\255\347\232\204\345\255\227\345\205\203\343\200\202\000"
    // CRYPT_E_INVALID_X500_STRING
    "\345\255\227\344\270\262\345\214\205\345\220\253\344\270\215\346\255\243\347\242\272 X500 \345\220\215"
    "\347\250\261\345\261\254\346\200\247\347\264\242\345\274\225\351\215\265\343\200\201oid\343\200\201\345"
    "\200\274\346\210\226\345\210\206\351\232\224\347\254\246\350\231\237\343\200\202\000"
    // CRYPT_E_NOT_CHAR_STRING
    "CERT NAME \345\200\274\347\232\204 dwValueType _ _ \344\270\215\346\230\257\345\205\266\344\270\255\344"
    "\270\200\345\200\213\345\255\227\345\205\203\345\255\227\344\270\262\343\200\202 \346\234\200\346\234"
    "\211\345\217\257\350\203\275\346\230\257 CERT _ rdn _ \347\267\250\347\242\274 _ BLOB \346\210\226 cert "
    "_ rdn _ \345\205\253\344\275\215 _ \345\255\227\344\270\262\343\200\202\000"
    // CRYPT_E_FILERESIZED
    "Put \344\275\234\346\245\255\347\204\241\346\263\225\347\271\274\347\272\214\343\200\202 \346\252\224"
    "\346\241\210\351\234\200\350\246\201\350\252\277\346\225\264\345\244\247\345\260\217\343\200\202 \344"
    "\270\215\351\201\216\357\274\214\345\267\262\347\266\223\346\234\211\347\260\275\347\253\240\345\255\230"
    "\345\234\250\343\200\202 \345\277\205\351\240\210\345\256\214\346\210\220\345\256\214\346\225\264\347"
    "\260\275\347\275\262\344\275\234\346\245\255\343\200\202\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\345\257\206\347\242\274\347\267\250\350\255\257\344\275\234\346\245\255\345\233\240\346\234\254\346\251"
    "\237\345\256\211\345\205\250\346\200\247\351\201\270\351\240\205\350\250\255\345\256\232\350\200\214\345"
    "\244\261\346\225\227\343\200\202\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\346\211\276\344\270\215\345\210\260 DLL \346\210\226\345\214\257\345\207\272\347\232\204\345\207\275"
    "\345\274\217\357\274\214\347\204\241\346\263\225\351\251\227\350\255\211\344\270\273\351\253\224\347\232"
    "\204\344\275\277\347\224\250\346\226\271\345\274\217\343\200\202\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\345\221\274\345\217\253\347\232\204\345\207\275\345\274\217\347\204\241\346\263\225\345\260\215\344\270"
    "\273\351\253\224\345\237\267\350\241\214\344\275\277\347\224\250\346\252\242\346\237\245\343\200\202\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\347\224\261\346\226\274\344\274\272\346\234\215\345\231\250\345\267\262\351\233\242\347\267\232\357\274"
    "\214\345\233\240\346\255\244\345\221\274\345\217\253\347\232\204\345\207\275\345\274\217\347\204\241\346"
    "\263\225\345\256\214\346\210\220\344\275\277\347\224\250\346\226\271\345\274\217\346\252\242\346\237\245"
    "\343\200\202\000"
    // CRYPT_E_NOT_IN_CTL
    "\345\234\250\346\206\221\350\255\211\344\277\241\344\273\273\346\270\205\345\226\256 (CTL) \344\270\255"
    "\346\211\276\344\270\215\345\210\260\344\270\273\351\253\224\343\200\202\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\345\257\206\347\242\274\347\267\250\350\255\257\350\250\212\346\201\257\346\210\226\346\206\221\350\255"
    "\211\344\277\241\344\273\273\346\270\205\345\226\256\347\232\204\347\260\275\347\275\262\350\200\205\351"
    "\203\275\344\270\215\345\217\227\344\277\241\344\273\273\343\200\202\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\347\274\272\345\260\221\345\205\254\351\226\213\351\207\221\351\221\260\347\232\204\346\274\224\347\256"
    "\227\346\263\225\345\217\203\346\225\270\343\200\202\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "OSS \346\206\221\350\255\211\347\267\250\347\242\274/\350\247\243\347\242\274\351\214\257\350\252\244"
    "\347\242\274\345\237\272\345\272\225\350\253\213\345\217\203\351\226\261 asn1code\357\274\214\344\273"
    "\245\345\217\226\345\276\227 OSS \345\237\267\350\241\214\351\232\216\346\256\265\351\214\257\350\252"
    "\244\347\232\204\345\256\232\347\276\251\343\200\202 OSS \350\252\244\345\267\256\345\200\274\346\234"
    "\203\344\273\245 CRYPT _ E _ oss error \344\276\206\344\275\215\347\247\273 _ \343\200\202\000"
    // CRYPT_E_ASN1_ERROR
    "ASN1 \346\206\221\350\255\211\347\267\250\347\242\274/\350\247\243\347\242\274\351\214\257\350\252\244"
    "\347\242\274\345\237\272\345\272\225\343\200\202 ASN1 \351\214\257\350\252\244\345\200\274\347\232\204"
    "\344\275\215\347\247\273\346\230\257 CRYPT _ E _ ASN1 _ error\343\200\202\000"
    // CRYPT_E_ASN1_INTERNAL
    "ASN1 \345\205\247\351\203\250\347\267\250\347\242\274\346\210\226\350\247\243\347\242\274\351\214\257"
    "\350\252\244\343\200\202\000"
    // CRYPT_E_ASN1_EOD
    "ASN1 \351\235\236\351\240\220\346\234\237\347\232\204\350\263\207\346\226\231\347\265\220\345\260\276"
    "\343\200\202\000"
    // CRYPT_E_ASN1_CORRUPT
    "ASN1 \350\263\207\346\226\231\345\267\262\346\220\215\346\257\200\343\200\202\000"
    // CRYPT_E_ASN1_LARGE
    "ASN1 \345\200\274\345\244\252\345\244\247\343\200\202\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "ASN1 \351\201\225\345\217\215\346\242\235\344\273\266\347\264\204\346\235\237\343\200\202\000"
    // CRYPT_E_ASN1_MEMORY
    "ASN1 \350\250\230\346\206\266\351\253\224\344\270\215\350\266\263\343\200\202\000"
    // CRYPT_E_ASN1_OVERFLOW
    "ASN1 \347\267\251\350\241\235\345\215\200\346\272\242\344\275\215\343\200\202\000"
    // CRYPT_E_ASN1_BADPDU
    "ASN1 \346\255\244 PDU \344\270\215\346\224\257\346\217\264\345\207\275\346\225\270\343\200\202\000"
    // CRYPT_E_ASN1_BADARGS
    "ASN1 \345\207\275\345\274\217\345\221\274\345\217\253\347\232\204\344\270\215\346\255\243\347\242\272"
    "\345\274\225\346\225\270\343\200\202\000"
    // CRYPT_E_ASN1_BADREAL
    "ASN1 \344\270\215\346\255\243\347\242\272\347\232\204\345\257\246\345\200\274\343\200\202\000"
    // CRYPT_E_ASN1_BADTAG
    "ASN1 \347\254\246\345\220\210\351\214\257\350\252\244\347\232\204\346\250\231\350\250\230\345\200\274"
    "\343\200\202\000"
    // CRYPT_E_ASN1_CHOICE
    "ASN1 \344\270\215\346\255\243\347\242\272\347\232\204\351\201\270\346\223\207\345\200\274\343\200\202"
    "\000"
    // CRYPT_E_ASN1_RULE
    "ASN1 \344\270\215\346\255\243\347\242\272\347\232\204\347\267\250\347\242\274\350\246\217\345\211\207"
    "\343\200\202\000"
    // CRYPT_E_ASN1_UTF8
    "ASN1 \344\270\215\346\255\243\347\242\272\347\232\204 unicode (UTF8) \343\200\202\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "ASN1 \351\214\257\350\252\244\347\232\204 PDU \351\241\236\345\236\213\343\200\202\000"
    // CRYPT_E_ASN1_NYI
    "ASN1 \345\260\232\346\234\252\345\237\267\350\241\214\343\200\202\000"
    // CRYPT_E_ASN1_EXTENDED
    "ASN1 \347\225\245\351\201\216\346\234\252\347\237\245\347\232\204\346\223\264\345\205\205 (s) \343\200"
    "\202\000"
    // CRYPT_E_ASN1_NOEOD
    "ASN1 \351\240\220\346\234\237\347\232\204\350\263\207\346\226\231\347\265\220\345\260\276\000"
    // TRUST_E_SYSTEM_ERROR
    "\351\251\227\350\255\211\344\277\241\344\273\273\346\231\202\347\231\274\347\224\237\347\263\273\347\265"
    "\261\345\261\244\347\264\232\347\232\204\351\214\257\350\252\244\343\200\202\000"
    // TRUST_E_NO_SIGNER_CERT
    "\350\250\212\346\201\257\347\260\275\347\275\262\350\200\205\347\232\204\346\206\221\350\255\211\347\204"
    "\241\346\225\210\346\210\226\346\211\276\344\270\215\345\210\260\343\200\202\000"
    // TRUST_E_COUNTER_SIGNER
    "\345\205\266\344\270\255\344\270\200\345\200\213\350\250\210\346\225\270\345\231\250\347\260\275\347\253"
    "\240\347\204\241\346\225\210\343\200\202\000"
    // TRUST_E_CERT_SIGNATURE
    "\347\204\241\346\263\225\351\251\227\350\255\211\346\206\221\350\255\211\347\232\204\347\260\275\347\253"
    "\240\343\200\202\000"
    // TRUST_E_TIME_STAMP
    "\346\231\202\351\226\223\346\210\263\350\250\230\347\260\275\347\253\240\345\217\212/\346\210\226\346"
    "\206\221\350\255\211\347\204\241\346\263\225\351\251\227\350\255\211\346\210\226\346\240\274\345\274\217"
    "\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // TRUST_E_BAD_DIGEST
    "\347\211\251\344\273\266\347\232\204\346\225\270\344\275\215\347\260\275\347\253\240\346\234\252\351\251"
    "\227\350\255\211\343\200\202\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\345\260\232\346\234\252\350\247\200\345\257\237\345\210\260\346\206\221\350\255\211\347\232\204\345\237"
    "\272\346\234\254\346\242\235\344\273\266\347\264\204\346\235\237\345\273\266\344\274\270\343\200\202\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\346\206\221\350\255\211\344\270\215\347\254\246\345\220\210\346\210\226\345\214\205\345\220\253 Authent"
    "icode (tm) \350\262\241\345\213\231\345\273\266\344\274\270\346\250\241\347\265\204\343\200\202\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\346\234\252\347\237\245\347\232\204\344\277\241\344\273\273\346\217\220\344\276\233\350\200\205\343\200"
    "\202\000"
    // TRUST_E_ACTION_UNKNOWN
    "\346\214\207\345\256\232\347\232\204\344\277\241\344\273\273\346\217\220\344\276\233\350\200\205\344\270"
    "\215\346\224\257\346\217\264\346\214\207\345\256\232\347\232\204\344\277\241\344\273\273\351\251\227\350"
    "\255\211\345\213\225\344\275\234\343\200\202\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\346\214\207\345\256\232\347\265\246\344\270\273\346\227\250\347\232\204\350\241\250\345\226\256\344\270"
    "\215\346\230\257\346\214\207\345\256\232\344\271\213\344\277\241\344\273\273\346\217\220\344\276\233\350"
    "\200\205\346\211\200\346\224\257\346\217\264\346\210\226\346\234\252\347\237\245\347\232\204\350\241\250"
    "\345\226\256\343\200\202\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\351\207\235\345\260\215\346\214\207\345\256\232\347\232\204\345\213\225\344\275\234\357\274\214\344\270"
    "\273\351\253\224\344\270\215\345\217\227\344\277\241\344\273\273\343\200\202\000"
    // TRUST_E_NOSIGNATURE
    "\344\270\273\351\253\224\344\270\255\346\262\222\346\234\211\347\260\275\347\253\240\343\200\202\000"
    // CERT_E_EXPIRED
    "\351\207\235\345\260\215\347\233\256\345\211\215\347\232\204\347\263\273\347\265\261\346\231\202\351\220"
    "\230\346\210\226\347\260\275\347\275\262\346\252\224\346\241\210\344\270\255\347\232\204\346\231\202\351"
    "\226\223\346\210\263\350\250\230\351\200\262\350\241\214\351\251\227\350\255\211\346\231\202\357\274\214"
    "\346\211\200\351\234\200\347\232\204\346\206\221\350\255\211\344\270\215\345\234\250\346\234\211\346\225"
    "\210\346\234\237\351\226\223\345\205\247\343\200\202\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\346\206\221\350\255\211\351\217\210\347\232\204\346\234\211\346\225\210\346\234\237\351\226\223\346\234"
    "\252\346\255\243\347\242\272\345\234\260\351\200\262\350\241\214\345\265\214\345\245\227\343\200\202\000"
    // CERT_E_ROLE
    "\345\217\252\350\203\275\347\224\250\344\276\206\345\201\232\347\202\272\347\265\202\347\253\257\345\257"
    "\246\351\253\224\347\232\204\346\206\221\350\255\211\346\234\203\347\225\266\345\201\232 CA \344\275\277"
    "\347\224\250\357\274\214\345\217\215\344\271\213\344\272\246\347\204\266\343\200\202\000"
    // CERT_E_PATHLENCONST
    "\345\267\262\351\201\225\345\217\215\346\206\221\350\255\211\351\217\210\347\265\220\344\270\255\347\232"
    "\204\350\267\257\345\276\221\351\225\267\345\272\246\346\242\235\344\273\266\347\264\204\346\235\237\343"
    "\200\202\000"
    // CERT_E_CRITICAL
    "\346\206\221\350\255\211\345\214\205\345\220\253\346\250\231\347\244\272\347\202\272\343\200\214\351\207"
    "\215\345\244\247\343\200\215\347\232\204\346\234\252\347\237\245\345\273\266\344\274\270\346\250\241\347"
    "\265\204\343\200\202\000"
    // CERT_E_PURPOSE
    "\347\224\250\346\226\274\345\205\266 CA \346\211\200\346\214\207\345\256\232\344\273\245\345\244\226\347"
    "\224\250\351\200\224\347\232\204\346\206\221\350\255\211\343\200\202\000"
    // CERT_E_ISSUERCHAINING
    "\345\257\246\351\232\233\344\270\212\357\274\214\346\214\207\345\256\232\346\206\221\350\255\211\347\232"
    "\204\347\210\266\347\263\273\344\270\246\346\234\252\347\260\275\347\231\274\350\251\262\345\255\220\346"
    "\206\221\350\255\211\343\200\202\000"
    // CERT_E_MALFORMED
    "\347\274\272\345\260\221\346\206\221\350\255\211\346\210\226\351\207\215\350\246\201\346\254\204\344\275"
    "\215\347\232\204\347\251\272\347\231\275\345\200\274\357\274\214\344\276\213\345\246\202\344\270\273\351"
    "\253\224\346\210\226\347\260\275\347\231\274\350\200\205\345\220\215\347\250\261\343\200\202\000"
    // CERT_E_UNTRUSTEDROOT
    "\346\206\221\350\255\211\351\217\210\345\267\262\350\231\225\347\220\206\357\274\214\344\275\206\345\234"
    "\250\344\277\241\344\273\273\346\217\220\344\276\233\350\200\205\344\270\215\344\277\241\344\273\273\347"
    "\232\204\346\240\271\346\206\221\350\255\211\344\270\255\347\265\202\346\255\242\343\200\202\000"
    // CERT_E_CHAINING
    "\346\206\221\350\255\211\351\217\210\347\204\241\346\263\225\345\273\272\347\253\213\350\207\263\345\217"
    "\227\344\277\241\344\273\273\347\232\204\346\240\271\346\216\210\346\254\212\345\226\256\344\275\215\343"
    "\200\202\000"
    // TRUST_E_FAIL
    "\344\270\200\350\210\254\344\277\241\344\273\273\345\244\261\346\225\227\343\200\202\000"
    // CERT_E_REVOKED
    "\346\206\221\350\255\211\345\267\262\347\224\261\345\205\266\347\260\275\347\231\274\350\200\205\346\230"
    "\216\347\242\272\346\222\244\351\212\267\343\200\202\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\346\206\221\350\255\211\350\267\257\345\276\221\346\234\203\344\273\245\347\233\256\345\211\215\345\216"
    "\237\345\211\207\350\250\255\345\256\232\344\270\215\344\277\241\344\273\273\347\232\204\346\270\254\350"
    "\251\246\346\240\271\347\233\256\351\214\204\347\265\202\346\255\242\343\200\202\000"
    // CERT_E_REVOCATION_FAILURE
    "\346\222\244\351\212\267\350\231\225\347\220\206\347\204\241\346\263\225\347\271\274\347\272\214-\347"
    "\204\241\346\263\225\346\252\242\346\237\245\346\206\221\350\255\211 (s) \343\200\202\000"
    // CERT_E_CN_NO_MATCH
    "\346\206\221\350\255\211\347\232\204 CN \345\220\215\347\250\261\350\210\207\345\202\263\351\201\236\347"
    "\232\204\345\200\274\344\270\215\347\254\246\343\200\202\000"
    // CERT_E_WRONG_USAGE
    "\346\255\244\346\206\221\350\255\211\344\270\215\351\201\251\347\224\250\346\226\274\350\246\201\346\261"
    "\202\347\232\204\344\275\277\347\224\250\346\226\271\345\274\217\343\200\202\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\346\206\221\350\255\211\345\267\262\346\230\216\347\242\272\346\250\231\347\244\272\347\202\272\346\234"
    "\252\345\217\227\344\275\277\347\224\250\350\200\205\344\277\241\344\273\273\343\200\202\000"
    // CERT_E_UNTRUSTEDCA
    "\346\206\221\350\255\211\351\217\210\345\267\262\346\255\243\347\242\272\350\231\225\347\220\206\357\274"
    "\214\344\275\206\345\205\266\344\270\255\344\270\200\345\200\213 CA \346\206\221\350\255\211\344\270\215"
    "\345\217\227\345\216\237\345\211\207\346\217\220\344\276\233\350\200\205\347\232\204\344\277\241\344\273"
    "\273\343\200\202\000"
    // CERT_E_INVALID_POLICY
    "\346\206\221\350\255\211\347\232\204\345\216\237\345\211\207\347\204\241\346\225\210\343\200\202\000"
    // CERT_E_INVALID_NAME
    "\346\206\221\350\255\211\347\232\204\345\220\215\347\250\261\347\204\241\346\225\210\343\200\202 \345"
    "\220\215\347\250\261\344\270\215\346\234\203\345\214\205\345\220\253\345\234\250\345\205\201\350\250\261"
    "\347\232\204\346\270\205\345\226\256\344\270\255\357\274\214\344\271\237\344\270\215\346\234\203\350\242"
    "\253\346\230\216\347\242\272\346\216\222\351\231\244\343\200\202\000"sv;
inline constexpr char system_text_zh_tw_starts[] =
    "\000\000\001\000A\000w\000\314\000+\001,\001Q\001\252\001\333\001\016\002K\002p\002\267\002\034\003\035"
    "\003N\003g\003\200\003\201\003\246\003\305\003\306\003\350\003\020\004D\004c\004\257\004\343\004\013\005"
    "\036\005C\005q\005\231\005\301\005\357\005\021\0066\006e\006\257\006\324\006\363\006*\007g\007\225\007"
    "\275\007\331\007\370\007\027\010c\010\310\010\030\011\201\011\313\011\024\012f\012\213\012\315\012\"\013"
    "Q\013\253\013#\014K\014j\014\213\014\272\014\340\014\035\015\232\015\313\015\366\015\020\016>\016\221"
    "\016\014\017\214\017\350\0178\020\205\020\010\021\325\021k\022\034\023\242\023(\024V\024\223\024\350\024"
    "\015\025S\025\201\025\233\025\234\025\235\025\236\025\237\025\326\025\370\025\035\026\077\026g\026\236"
    "\026\264\026\307\026\362\026\035\027N\027j\027\212\027\246\027\332\027\032\030c\030\213\030\266\030\336"
    "\030\372\030\031\031D\031i\031\223\031\257\031\332\031\013\032\077\032\202\032\310\032\005\033\030\033K"
    "\033v\033\271\033\347\033\006\034+\034a\034\260\034B\035\274\035\371\035A\036u\036\307\036\371\036\077"
    "\037g\037h\037\012 l \220 \261 \311 \333 \366 \016!&!F!m!\210!\251!\307!\350!\015\"*\"\077\"b\"}\"\253\""
    "\331\"\376\"\035#^#\200#\201#\265#\366#\022$R$\247$\325$\356$d%\230%\345%\034&V&\205&\302&\016'Z'\221'"
    "\247'\317'\030(L(x(\246(\327(-)F)\245)";

inline constexpr std::string_view page_text_zh_tw =
    // SEC_E_OK
    "\344\275\234\346\245\255\345\267\262\346\210\220\345\212\237\345\256\214\346\210\220\343\200\202\000"
    // SEC_I_CONTINUE_NEEDED
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\346\202\250\345\277\205\351\240\210\345\206\215\346\254\241\345\221\274\345\217\253\351\200\231\345"
    "\200\213\345\207\275\346\225\270\346\211\215\350\203\275\345\256\214\346\210\220\345\205\247\345\256\271"
    "\343\200\202\000"
    // SEC_I_COMPLETE_NEEDED
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\346\202\250\345\277\205\351\240\210\345\234\250\346\234\200\345\276\214\347\232\204\350\250\212\346"
    "\201\257\344\270\212\345\221\274\345\217\253 CompleteAuthToken \345\207\275\346\225\270\343\200\202\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "\345\207\275\345\274\217\345\267\262\351\240\206\345\210\251\345\256\214\346\210\220\357\274\214\344\275"
    "\206\346\207\211\347\224\250\347\250\213\345\274\217\345\277\205\351\240\210\345\220\214\346\231\202\345"
    "\221\274\345\217\253 CompleteAuthToken \357\274\214\347\204\266\345\276\214\345\206\215 InitializeSecuri"
    "tyCoNtext (\344\270\200\350\210\254) \346\210\226 AcceptSecurityCoNtext (\344\270\200\350\210\254) \357"
    "\274\214\346\211\215\350\203\275\345\256\214\346\210\220\345\205\247\345\256\271\343\200\202\000"
    // SEC_I_LOCAL_LOGON
    "\347\231\273\345\205\245\345\267\262\345\256\214\346\210\220\357\274\214\344\275\206\346\262\222\346\234"
    "\211\344\273\273\344\275\225\345\217\257\347\224\250\347\232\204\347\266\262\350\267\257\346\216\210\346"
    "\254\212\343\200\202 \344\275\277\347\224\250\346\234\254\346\251\237\345\267\262\347\237\245\350\263"
    "\207\350\250\212\351\200\262\350\241\214\347\231\273\345\205\245\343\200\202\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "\000"
    // SEC_I_CONTEXT_EXPIRED
    "\350\250\212\346\201\257\345\257\204\344\273\266\350\200\205\345\267\262\344\275\277\347\224\250\351\200"
    "\243\346\216\245\345\256\214\346\210\220\357\274\214\344\270\246\345\267\262\350\265\267\345\247\213\351"
    "\227\234\346\251\237\343\200\202 \345\246\202\351\234\200\345\210\235\345\247\213\345\214\226\346\210"
    "\226\350\276\250\350\255\230\351\227\234\346\251\237\347\232\204\347\233\270\351\227\234\350\263\207\350"
    "\250\212\357\274\214\350\253\213\345\217\203\351\226\261 \351\227\234\351\226\211 Schannel\351\200\243"
    "\347\267\232\343\200\202\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\346\234\252\345\256\214\346\210\220\357\274"
    "\214\345\233\240\346\255\244\347\204\241\346\263\225\351\251\227\350\255\211\343\200\202 \346\202\250"
    "\345\217\257\344\273\245\345\276\236\345\205\247\345\256\271\345\202\263\345\233\236\345\205\266\344\273"
    "\226\350\263\207\350\250\212\343\200\202\000"
    // SEC_I_RENEGOTIATE
    "\345\205\247\345\256\271\350\263\207\346\226\231\345\277\205\351\240\210\350\210\207\345\260\215\347\255"
    "\211\344\272\222\351\200\243\351\207\215\346\226\260\345\215\224\345\225\206\343\200\202\000"
    // SEC_I_NO_LSA_CONTEXT
    "\346\262\222\346\234\211\350\210\207\346\255\244\345\205\247\345\256\271\347\233\270\351\227\234\350\201"
    "\257\347\232\204 LSA \346\250\241\345\274\217\345\205\247\345\256\271\343\200\202\000"
    // SEC_I_SIGNATURE_NEEDED
    "\000"
    // SEC_I_NO_RENEGOTIATION
    "\000"
    // SEC_I_MESSAGE_FRAGMENT
    "\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "\000"
    // SEC_I_ASYNC_CALL_PENDING
    "\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "\346\262\222\346\234\211\350\266\263\345\244\240\347\232\204\350\250\230\346\206\266\351\253\224\345\217"
    "\257\345\256\214\346\210\220\350\246\201\346\261\202\343\200\202\000"
    // SEC_E_INVALID_HANDLE
    "\345\202\263\351\201\236\347\265\246\345\207\275\346\225\270\347\232\204\346\216\247\345\210\266\347\242"
    "\274\347\204\241\346\225\210\343\200\202\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "\344\270\215\346\224\257\346\217\264\350\246\201\346\261\202\347\232\204\345\207\275\345\274\217\343\200"
    "\202\000"
    // SEC_E_NOT_SUPPORTED
    "\344\270\215\346\224\257\346\217\264\346\255\244\350\246\201\346\261\202\343\200\202\000"
    // SEC_E_TARGET_UNKNOWN
    "\347\204\241\346\263\225\350\276\250\350\255\230\347\233\256\346\250\231\343\200\202\000"
    // SEC_E_INTERNAL_ERROR
    "\347\231\274\347\224\237\346\234\252\345\260\215\346\207\211\345\210\260 SSPI \351\214\257\350\252\244"
    "\347\242\274\347\232\204\351\214\257\350\252\244\343\200\202\000"
    // SEC_E_NO_SPM
    "\000"
    // SEC_E_SECPKG_NOT_FOUND
    "\347\204\241\346\263\225\350\276\250\350\252\215\345\256\211\345\205\250\346\200\247\345\260\201\350\243"
    "\235\343\200\202\000"
    // SEC_E_NOT_OWNER
    "\345\207\275\346\225\270\347\232\204\345\221\274\345\217\253\347\253\257\346\234\252\346\223\201\346\234"
    "\211\350\252\215\350\255\211\343\200\202\000"
    // SEC_E_CANNOT_INSTALL
    "\345\256\211\345\205\250\346\200\247\345\260\201\350\243\235\347\204\241\346\263\225\346\210\220\345\212"
    "\237\345\210\235\345\247\213\345\214\226\357\274\214\345\233\240\346\255\244\344\270\215\346\207\211\350"
    "\251\262\345\256\211\350\243\235\343\200\202\000"
    // SEC_E_INVALID_TOKEN
    "\345\202\263\351\201\236\347\265\246\345\207\275\346\225\270\347\232\204 token \347\204\241\346\225\210"
    "\343\200\202\000"
    // SEC_E_CANNOT_PACK
    "\345\260\201\350\243\235\347\204\241\346\263\225\345\260\201\350\243\235\345\205\247\345\256\271\343\200"
    "\202\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "\346\255\244\345\245\227\344\273\266\344\270\215\346\224\257\346\217\264\344\277\235\350\255\267\345\223"
    "\201\350\263\252\345\261\254\346\200\247\343\200\202\000"
    // SEC_E_NO_IMPERSONATION
    "\346\255\244\345\205\247\345\256\271\344\270\215\345\205\201\350\250\261\344\273\273\344\275\225\346\250"
    "\241\346\223\254\343\200\202\000"
    // SEC_E_LOGON_DENIED
    "\346\255\244\347\213\200\346\205\213\347\242\274\345\267\262\351\201\216\346\231\202\343\200\202\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "\347\204\241\346\263\225\350\276\250\350\255\230\346\217\220\344\276\233\347\232\204\350\252\215\350\255"
    "\211\343\200\202\000"
    // SEC_E_NO_CREDENTIALS
    "\346\262\222\346\234\211\344\273\273\344\275\225\345\217\257\347\224\250\347\232\204\350\252\215\350\255"
    "\211\343\200\202\000"
    // SEC_E_MESSAGE_ALTERED
    "\346\217\220\344\276\233\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\350\250\212\346\201"
    "\257\345\267\262\347\266\223\346\224\271\350\256\212\343\200\202\000"
    // SEC_E_OUT_OF_SEQUENCE
    "\346\217\220\344\276\233\351\200\262\350\241\214\351\251\227\350\255\211\347\232\204\350\250\212\346\201"
    "\257\344\270\215\346\230\257\351\240\206\345\272\217\343\200\202\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "\347\204\241\346\263\225\351\200\243\347\265\241\344\273\273\344\275\225\346\216\210\346\254\212\345\226"
    "\256\344\275\215\351\200\262\350\241\214\351\251\227\350\255\211\343\200\202\000"
    // SEC_E_BAD_PKGID
    "\350\246\201\346\261\202\347\232\204\345\245\227\344\273\266\350\255\230\345\210\245\347\242\274\344\270"
    "\215\345\255\230\345\234\250\343\200\202\000"
    // SEC_E_CONTEXT_EXPIRED
    "\346\207\211\347\224\250\347\250\213\345\274\217\345\217\203\350\200\203\347\232\204\345\205\247\345\256"
    "\271\345\267\262\351\227\234\351\226\211\343\200\202 \346\255\243\347\242\272\346\222\260\345\257\253"
    "\347\232\204\346\207\211\347\224\250\347\250\213\345\274\217\346\207\211\350\251\262\344\270\215\346\234"
    "\203\346\224\266\345\210\260\346\255\244\351\214\257\350\252\244\343\200\202\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "\346\217\220\344\276\233\347\232\204\350\250\212\346\201\257\344\270\215\345\256\214\346\225\264\343\200"
    "\202 \346\234\252\351\251\227\350\255\211\347\260\275\347\253\240\343\200\202\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\346\234\252\345\256\214\346\210\220\357\274"
    "\214\345\233\240\346\255\244\347\204\241\346\263\225\351\251\227\350\255\211\343\200\202 \347\204\241"
    "\346\263\225\345\210\235\345\247\213\345\214\226\345\205\247\345\256\271\343\200\202\000"
    // SEC_E_BUFFER_TOO_SMALL
    "\346\217\220\344\276\233\347\265\246\345\207\275\346\225\270\347\232\204\347\267\251\350\241\235\345\215"
    "\200\344\270\215\345\244\240\345\244\247\357\274\214\347\204\241\346\263\225\345\214\205\345\220\253\350"
    "\263\207\350\250\212\343\200\202\000"
    // SEC_E_WRONG_PRINCIPAL
    "\347\233\256\346\250\231\344\270\273\351\253\224\345\220\215\347\250\261\344\270\215\346\255\243\347\242"
    "\272\343\200\202\000"
    // SEC_E_TIME_SKEW
    "\347\224\250\346\210\266\347\253\257\345\222\214\344\274\272\346\234\215\345\231\250\351\233\273\350\205"
    "\246\344\270\212\347\232\204\346\231\202\351\220\230\344\270\215\347\233\270\347\254\246\343\200\202\000"
    // SEC_E_UNTRUSTED_ROOT
    "\346\255\244\346\206\221\350\255\211\351\217\210\347\265\220\346\230\257\347\224\261\344\270\215\345\217"
    "\227\344\277\241\344\273\273\347\232\204\346\216\210\346\254\212\345\226\256\344\275\215\347\231\274\345"
    "\207\272\347\232\204\343\200\202\000"
    // SEC_E_ILLEGAL_MESSAGE
    "\346\224\266\345\210\260\347\232\204\350\250\212\346\201\257\346\234\252\351\240\220\346\234\237\346\210"
    "\226\346\240\274\345\274\217\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // SEC_E_CERT_UNKNOWN
    "\350\231\225\347\220\206\346\206\221\350\255\211\346\231\202\347\231\274\347\224\237\346\234\252\347\237"
    "\245\347\232\204\351\214\257\350\252\244\343\200\202\000"
    // SEC_E_CERT_EXPIRED
    "\346\224\266\345\210\260\347\232\204\346\206\221\350\255\211\345\267\262\351\201\216\346\234\237\343\200"
    "\202\000"
    // SEC_E_ENCRYPT_FAILURE
    "\347\204\241\346\263\225\345\212\240\345\257\206\346\214\207\345\256\232\347\232\204\350\263\207\346\226"
    "\231\343\200\202\000"
    // SEC_E_DECRYPT_FAILURE
    "\347\204\241\346\263\225\350\247\243\345\257\206\346\214\207\345\256\232\347\232\204\350\263\207\346\226"
    "\231\343\200\202\000"
    // SEC_E_ALGORITHM_MISMATCH
    "\347\224\250\346\210\266\347\253\257\345\222\214\344\274\272\346\234\215\345\231\250\347\204\241\346\263"
    "\225\351\200\232\350\250\212\357\274\214\345\233\240\347\202\272\345\256\203\345\200\221\344\270\215\345"
    "\205\267\346\234\211\344\270\200\350\210\254\346\274\224\347\256\227\346\263\225\343\200\202\000"
    // SEC_E_SECURITY_QOS_FAILED
    "\345\233\240\347\202\272\350\246\201\346\261\202\347\232\204\346\234\215\345\213\231\345\223\201\350\263"
    "\252 (\357\274\210\344\276\213\345\246\202\357\274\214\347\233\270\344\272\222\351\251\227\350\255\211"
    "\346\210\226\345\247\224\346\264\276) \357\274\211\345\244\261\346\225\227\357\274\214\346\211\200\344"
    "\273\245\347\204\241\346\263\225\345\273\272\347\253\213\345\256\211\345\205\250\346\200\247\345\205\247"
    "\345\256\271\343\200\202\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "\345\234\250\345\205\247\345\256\271\345\256\214\346\210\220\344\271\213\345\211\215\345\210\252\351\231"
    "\244\344\272\206\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\343\200\202 \351\200\231"
    "\346\234\203\350\242\253\350\246\226\347\202\272\347\231\273\345\205\245\345\244\261\346\225\227\343\200"
    "\202\000"
    // SEC_E_NO_TGT_REPLY
    "\347\224\250\346\210\266\347\253\257\346\255\243\345\234\250\345\230\227\350\251\246\345\215\224\350\252"
    "\277\345\205\247\345\256\271\357\274\214\350\200\214\344\274\272\346\234\215\345\231\250\351\234\200\350"
    "\246\201\344\275\277\347\224\250\350\200\205\345\260\215\344\275\277\347\224\250\350\200\205\351\200\243"
    "\347\267\232\357\274\214\344\275\206\346\234\252\345\202\263\351\200\201 TGT \345\233\236\345\276\251"
    "\343\200\202\000"
    // SEC_E_NO_IP_ADDRESSES
    "\347\204\241\346\263\225\345\256\214\346\210\220\350\246\201\346\261\202\347\232\204\345\267\245\344\275"
    "\234\357\274\214\345\233\240\347\202\272\346\234\254\346\251\237\351\233\273\350\205\246\346\262\222\346"
    "\234\211\344\273\273\344\275\225 IP \344\275\215\345\235\200\343\200\202\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "\346\217\220\344\276\233\347\232\204\350\252\215\350\255\211\346\216\247\345\210\266\347\242\274\344\270"
    "\215\347\254\246\345\220\210\350\210\207\345\256\211\345\205\250\346\200\247\345\205\247\345\256\271\347"
    "\233\270\351\227\234\350\201\257\347\232\204\350\252\215\350\255\211\343\200\202\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "\345\257\206\347\242\274\347\267\250\350\255\257\347\263\273\347\265\261\346\210\226\347\270\275\345\222"
    "\214\346\252\242\346\237\245\347\242\274\345\207\275\346\225\270\347\204\241\346\225\210\357\274\214\345"
    "\233\240\347\202\272\345\277\205\350\246\201\347\232\204\345\207\275\345\274\217\347\204\241\346\263\225"
    "\344\275\277\347\224\250\343\200\202\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "\350\266\205\351\201\216\347\245\250\350\255\211\345\217\203\350\200\203\347\232\204\346\225\270\347\233"
    "\256\344\270\212\351\231\220\343\200\202\000"
    // SEC_E_MUST_BE_KDC
    "\346\234\254\346\251\237\351\233\273\350\205\246\345\277\205\351\240\210\346\230\257 (KDC) \347\232\204 "
    "Kerberos \347\266\262\345\237\237\346\216\247\345\210\266\347\253\231\357\274\214\344\275\206\345\256"
    "\203\344\270\246\344\270\215\346\230\257\343\200\202\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "\345\256\211\345\205\250\346\200\247\345\215\224\350\252\277\347\232\204\345\217\246\344\270\200\347\253"
    "\257\351\234\200\350\246\201\345\274\267\345\274\217\345\212\240\345\257\206\357\274\214\344\275\206\345"
    "\234\250\346\234\254\346\251\237\351\233\273\350\205\246\344\270\212\345\211\207\344\270\215\346\224\257"
    "\346\217\264\343\200\202\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "KDC \345\233\236\345\276\251\345\214\205\345\220\253\344\270\200\345\200\213\344\273\245\344\270\212\347"
    "\232\204\344\270\273\351\253\224\345\220\215\347\250\261\343\200\202\000"
    // SEC_E_NO_PA_DATA
    "\351\234\200\350\246\201\345\216\237\345\211\207\347\256\241\347\220\206\345\223\241 (PA) \350\263\207"
    "\346\226\231\344\276\206\345\210\244\346\226\267\345\212\240\345\257\206\351\241\236\345\236\213\357\274"
    "\214\344\275\206\346\211\276\344\270\215\345\210\260\343\200\202\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "\347\224\250\346\210\266\347\253\257\346\206\221\350\255\211\344\270\215\345\214\205\345\220\253\346\234"
    "\211\346\225\210\347\232\204 UPN \346\210\226\347\231\273\345\205\245\350\246\201\346\261\202\344\270"
    "\255\347\232\204\347\224\250\346\210\266\347\253\257\345\220\215\347\250\261\344\270\215\347\233\270\347"
    "\254\246\343\200\202\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "\351\234\200\350\246\201\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\357\274\214\344\275"
    "\206\346\234\252\344\275\277\347\224\250\343\200\202\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "\347\263\273\347\265\261\351\227\234\346\251\237\346\255\243\345\234\250\351\200\262\350\241\214\344\270"
    "\255\343\200\202\000"
    // SEC_E_KDC_INVALID_REQUEST
    "\345\202\263\351\200\201\350\207\263 KDC \347\232\204\350\246\201\346\261\202\347\204\241\346\225\210"
    "\343\200\202\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "KDC \347\204\241\346\263\225\351\207\235\345\260\215\350\246\201\346\261\202\347\232\204\346\234\215\345"
    "\213\231\347\224\242\347\224\237\345\217\203\350\200\203\343\200\202\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "KDC \344\270\215\346\224\257\346\217\264\350\246\201\346\261\202\347\232\204\345\212\240\345\257\206\351"
    "\241\236\345\236\213\343\200\202\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "Kerberos \345\245\227\344\273\266\344\270\255\346\217\220\344\276\233\344\272\206\344\270\215\346\224"
    "\257\346\217\264\347\232\204\351\240\220\345\205\210\351\251\227\350\255\211\346\251\237\345\210\266\343"
    "\200\202\000"
    // SEC_E_DELEGATION_REQUIRED
    "\350\246\201\346\261\202\347\232\204\344\275\234\346\245\255\347\204\241\346\263\225\345\256\214\346\210"
    "\220\343\200\202 \351\233\273\350\205\246\345\277\205\351\240\210\345\217\227\344\277\241\344\273\273"
    "\344\273\245\351\200\262\350\241\214\345\247\224\346\264\276\357\274\214\350\200\214\344\270\224\345\277"
    "\205\351\240\210\345\260\207\347\233\256\345\211\215\347\232\204\344\275\277\347\224\250\350\200\205\345"
    "\270\263\346\210\266\350\250\255\345\256\232\347\202\272\345\205\201\350\250\261\345\247\224\346\264\276"
    "\343\200\202\000"
    // SEC_E_BAD_BINDINGS
    "\347\224\250\346\210\266\347\253\257\346\217\220\344\276\233\347\232\204 SSPI \351\200\232\351\201\223"
    "\347\263\273\347\265\220\344\270\215\346\255\243\347\242\272\343\200\202\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "\346\224\266\345\210\260\347\232\204\346\206\221\350\255\211\345\267\262\345\260\215\346\207\211\345\210"
    "\260\345\244\232\345\200\213\345\270\263\346\210\266\343\200\202\000"
    // SEC_E_NO_KERB_KEY
    "\346\211\276\344\270\215\345\210\260\344\273\273\344\275\225 Kerberos \351\207\221\351\221\260\343\200"
    "\202\000"
    // SEC_E_CERT_WRONG_USAGE
    "\346\255\244\346\206\221\350\255\211\344\270\215\351\201\251\347\224\250\346\226\274\350\246\201\346\261"
    "\202\347\232\204\344\275\277\347\224\250\346\226\271\345\274\217\343\200\202\000"
    // SEC_E_DOWNGRADE_DETECTED
    "\347\263\273\347\265\261\345\201\265\346\270\254\345\210\260\345\217\257\350\203\275\346\234\203\345\230"
    "\227\350\251\246\345\215\261\345\217\212\345\256\211\345\205\250\346\200\247\343\200\202 \347\242\272"
    "\350\252\215\346\202\250\345\217\257\344\273\245\350\201\257\347\271\253\345\267\262\351\251\227\350\255"
    "\211\347\232\204\344\274\272\346\234\215\345\231\250\343\200\202\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "\345\267\262\346\222\244\351\212\267\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231"
    "\272\346\205\247\345\215\241\346\206\221\350\255\211\343\200\202 \344\272\213\344\273\266\350\250\230"
    "\351\214\204\346\252\224\344\270\255\345\217\257\350\203\275\346\234\203\346\234\211\345\205\266\344\273"
    "\226\350\263\207\350\250\212\343\200\202\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "\350\231\225\347\220\206\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205"
    "\247\345\215\241\346\206\221\350\255\211\346\231\202\357\274\214\345\201\265\346\270\254\345\210\260\346"
    "\234\252\345\217\227\344\277\241\344\273\273\347\232\204 \346\206\221\350\255\211\346\216\210\346\254"
    "\212\345\226\256\344\275\215 \345\226\256\344\275\215 (CA) \343\200\202\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "\347\204\241\346\263\225\345\210\244\346\226\267\347\224\250\346\226\274\351\251\227\350\255\211\347\232"
    "\204\346\231\272\346\205\247\345\215\241\346\206\221\350\255\211\346\222\244\351\212\267\347\213\200\346"
    "\205\213\343\200\202\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205\247\345\215\241\346\206"
    "\221\350\255\211\344\270\215\345\217\227\344\277\241\344\273\273\343\200\202\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\346\231\272\346\205\247\345\215\241\346\206"
    "\221\350\255\211\345\267\262\351\201\216\346\234\237\343\200\202\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "Kerberos \345\255\220\347\263\273\347\265\261\347\231\274\347\224\237\351\214\257\350\252\244\343\200"
    "\202 \351\207\235\345\260\215\344\270\215\346\224\257\346\217\264\344\275\277\347\224\250\350\200\205"
    "\346\234\215\345\213\231\347\232\204\347\266\262\345\237\237\346\216\247\345\210\266\347\253\231\357\274"
    "\214\346\217\220\345\207\272\344\275\277\347\224\250\350\200\205\351\200\232\350\250\212\345\215\224\345"
    "\256\232\350\246\201\346\261\202\347\232\204\346\234\215\345\213\231\343\200\202\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "\344\274\272\346\234\215\345\231\250\345\230\227\350\251\246\345\260\215\344\274\272\346\234\215\345\231"
    "\250\351\240\230\345\237\237\345\244\226\347\232\204\347\233\256\346\250\231\351\200\262\350\241\214 Ker"
    "beros \351\231\220\345\210\266\345\247\224\346\264\276\350\246\201\346\261\202\343\200\202\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "\347\204\241\346\263\225\345\210\244\346\226\267\347\224\250\346\226\274\346\231\272\346\205\247\345\215"
    "\241\351\251\227\350\255\211\344\271\213\347\266\262\345\237\237\346\216\247\345\210\266\347\253\231\346"
    "\206\221\350\255\211\347\232\204\346\222\244\351\212\267\347\213\200\346\205\213\343\200\202 \347\263"
    "\273\347\265\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\345\214\205\345\220\253\351"
    "\241\215\345\244\226\347\232\204\350\263\207\350\250\212\343\200\202\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "\350\231\225\347\220\206\347\224\250\346\226\274\351\251\227\350\255\211\347\232\204\347\266\262\345\237"
    "\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\346\231\202\357\274\214\345\201\265\346"
    "\270\254\345\210\260\346\234\252\345\217\227\344\277\241\344\273\273\347\232\204 CA\343\200\202 \347\263"
    "\273\347\265\261\344\272\213\344\273\266\350\250\230\351\214\204\346\252\224\345\214\205\345\220\253\351"
    "\241\215\345\244\226\347\232\204\350\263\207\350\250\212\343\200\202\000"
    // SEC_E_KDC_CERT_EXPIRED
    "\347\224\250\346\226\274\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\347\232\204\347\266"
    "\262\345\237\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\345\267\262\351\201\216\346"
    "\234\237\343\200\202\000"
    // SEC_E_KDC_CERT_REVOKED
    "\347\224\250\346\226\274\346\231\272\346\205\247\345\215\241\347\231\273\345\205\245\347\232\204\347\266"
    "\262\345\237\237\346\216\247\345\210\266\347\253\231\346\206\221\350\255\211\345\267\262\346\222\244\351"
    "\212\267\343\200\202\000"
    // SEC_E_INVALID_PARAMETER
    "\000"
    // SEC_E_DELEGATION_POLICY
    "\000"
    // SEC_E_POLICY_NLTM_ONLY
    "\000"
    // SEC_E_NO_CONTEXT
    "\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "\000"
    // SEC_E_INVALID_UPN_NAME
    "\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "\000"
    // CRYPT_E_MSG_ERROR
    "\000"
    // CRYPT_E_UNKNOWN_ALGO
    "\000"
    // CRYPT_E_OID_FORMAT
    "\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "\000"
    // CRYPT_E_HASH_VALUE
    "\000"
    // CRYPT_E_INVALID_INDEX
    "\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "\000"
    // CRYPT_E_NOT_DECRYPTED
    "\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "\000"
    // CRYPT_E_CONTROL_TYPE
    "\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "\000"
    // CRYPT_E_BAD_LEN
    "\000"
    // CRYPT_E_BAD_ENCODE
    "\000"
    // CRYPT_E_FILE_ERROR
    "\000"
    // CRYPT_E_NOT_FOUND
    "\000"
    // CRYPT_E_EXISTS
    "\000"
    // CRYPT_E_NO_PROVIDER
    "\000"
    // CRYPT_E_SELF_SIGNED
    "\000"
    // CRYPT_E_DELETED_PREV
    "\000"
    // CRYPT_E_NO_MATCH
    "\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "\000"
    // CRYPT_E_BAD_MSG
    "\000"
    // CRYPT_E_NO_SIGNER
    "\000"
    // CRYPT_E_PENDING_CLOSE
    "\000"
    // CRYPT_E_REVOKED
    "\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "\000"
    // CRYPT_E_INVALID_IA5_STRING
    "\000"
    // CRYPT_E_INVALID_X500_STRING
    "\000"
    // CRYPT_E_NOT_CHAR_STRING
    "\000"
    // CRYPT_E_FILERESIZED
    "\000"
    // CRYPT_E_SECURITY_SETTINGS
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "\000"
    // CRYPT_E_NOT_IN_CTL
    "\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "\000"
    // CRYPT_E_OSS_ERROR
    "\000"
    // CRYPT_E_ASN1_ERROR
    "\000"
    // CRYPT_E_ASN1_INTERNAL
    "\000"
    // CRYPT_E_ASN1_EOD
    "\000"
    // CRYPT_E_ASN1_CORRUPT
    "\000"
    // CRYPT_E_ASN1_LARGE
    "\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "\000"
    // CRYPT_E_ASN1_MEMORY
    "\000"
    // CRYPT_E_ASN1_OVERFLOW
    "\000"
    // CRYPT_E_ASN1_BADPDU
    "\000"
    // CRYPT_E_ASN1_BADARGS
    "\000"
    // CRYPT_E_ASN1_BADREAL
    "\000"
    // CRYPT_E_ASN1_BADTAG
    "\000"
    // CRYPT_E_ASN1_CHOICE
    "\000"
    // CRYPT_E_ASN1_RULE
    "\000"
    // CRYPT_E_ASN1_UTF8
    "\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "\000"
    // CRYPT_E_ASN1_NYI
    "\000"
    // CRYPT_E_ASN1_EXTENDED
    "\000"
    // CRYPT_E_ASN1_NOEOD
    "\000"
    // TRUST_E_SYSTEM_ERROR
    "\000"
    // TRUST_E_NO_SIGNER_CERT
    "\000"
    // TRUST_E_COUNTER_SIGNER
    "\000"
    // TRUST_E_CERT_SIGNATURE
    "\000"
    // TRUST_E_TIME_STAMP
    "\000"
    // TRUST_E_BAD_DIGEST
    "\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "\000"
    // TRUST_E_ACTION_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "\000"
    // TRUST_E_NOSIGNATURE
    "\000"
    // CERT_E_EXPIRED
    "\000"
    // CERT_E_VALIDITYPERIODNESTING
    "\000"
    // CERT_E_ROLE
    "\000"
    // CERT_E_PATHLENCONST
    "\000"
    // CERT_E_CRITICAL
    "\000"
    // CERT_E_PURPOSE
    "\000"
    // CERT_E_ISSUERCHAINING
    "\000"
    // CERT_E_MALFORMED
    "\000"
    // CERT_E_UNTRUSTEDROOT
    "\000"
    // CERT_E_CHAINING
    "\000"
    // TRUST_E_FAIL
    "\000"
    // CERT_E_REVOKED
    "\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "\000"
    // CERT_E_REVOCATION_FAILURE
    "\000"
    // CERT_E_CN_NO_MATCH
    "\000"
    // CERT_E_WRONG_USAGE
    "\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "\000"
    // CERT_E_UNTRUSTEDCA
    "\000"
    // CERT_E_INVALID_POLICY
    "\000"
    // CERT_E_INVALID_NAME
    "\000"sv;
inline constexpr char page_text_zh_tw_starts[] =
    "\000\000\031\000k\000\307\000\177\001\341\001\342\001r\002\313\002\374\002/\0030\0031\0032\0033\0034\003"
    "_\003\204\003\240\003\266\003\314\003\372\003\373\003\032\004\077\004\177\004\242\004\276\004\346\004"
    "\010\005!\005@\005_\005\212\005\265\005\343\005\010\006j\006\231\006\343\006 \007\077\007s\007\260\007"
    "\336\007\006\010\"\010A\010`\010\254\010\035\011m\011\334\011&\012o\012\307\012\354\012:\013\217\013\276"
    "\013\007\014^\014\206\014\245\014\306\014\365\014\033\015X\015\336\015\017\016:\016]\016\213\016\352\016"
    "C\017\251\017\343\017\021\020<\020\277\020\022\021\214\021\011\022C\022}\022~\022\177\022\200\022\201"
    "\022\202\022\203\022\204\022\205\022\206\022\207\022\210\022\211\022\212\022\213\022\214\022\215\022\216"
    "\022\217\022\220\022\221\022\222\022\223\022\224\022\225\022\226\022\227\022\230\022\231\022\232\022\233"
    "\022\234\022\235\022\236\022\237\022\240\022\241\022\242\022\243\022\244\022\245\022\246\022\247\022\250"
    "\022\251\022\252\022\253\022\254\022\255\022\256\022\257\022\260\022\261\022\262\022\263\022\264\022\265"
    "\022\266\022\267\022\270\022\271\022\272\022\273\022\274\022\275\022\276\022\277\022\300\022\301\022\302"
    "\022\303\022\304\022\305\022\306\022\307\022\310\022\311\022\312\022\313\022\314\022\315\022\316\022\317"
    "\022\320\022\321\022\322\022\323\022\324\022\325\022\326\022\327\022\330\022\331\022\332\022\333\022\334"
    "\022\335\022\336\022\337\022\340\022\341\022\342\022\343\022\344\022\345\022\346\022\347\022\350\022\351"
    "\022\352\022\353\022\354\022\355\022\356\022\357\022\360\022\361\022";

// The texts of one language; none for a value outside sspi::lang.
SSPI_STATUS_ALWAYS_INLINE constexpr language_columns columns_of(lang language) noexcept {
    switch (language) {
    case lang::en:
        return language_columns{{system_text_en, system_text_en_starts}, {page_text_en, page_text_en_starts}};
    case lang::de:
        return language_columns{{system_text_de, system_text_de_starts}, {page_text_de, page_text_de_starts}};
    case lang::es:
        return language_columns{{system_text_es, system_text_es_starts}, {page_text_es, page_text_es_starts}};
    case lang::fr:
        return language_columns{{system_text_fr, system_text_fr_starts}, {page_text_fr, page_text_fr_starts}};
    case lang::it:
        return language_columns{{system_text_it, system_text_it_starts}, {page_text_it, page_text_it_starts}};
    case lang::pt_br:
        return language_columns{{system_text_pt_br, system_text_pt_br_starts}, {page_text_pt_br, page_text_pt_br_starts}};
    case lang::ru:
        return language_columns{{system_text_ru, system_text_ru_starts}, {page_text_ru, page_text_ru_starts}};
    case lang::zh_tw:
        return language_columns{{system_text_zh_tw, system_text_zh_tw_starts}, {page_text_zh_tw, page_text_zh_tw_starts}};
    }
    return {};
}

}  // namespace detail
}  // namespace sspi

// Generated from data/sspi_status.csv
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/detail/lookup.hpp>, where sspi::entry is defined.

namespace sspi {
namespace detail {

inline constexpr std::array<entry, 200> table{{
    {status::sec_e_ok, 0x00000000u, "SEC_E_OK"sv, ""sv, family::sec},
    {status::sec_i_continue_needed, 0x00090312u, "SEC_I_CONTINUE_NEEDED"sv, ""sv, family::sec},
    {status::sec_i_complete_needed, 0x00090313u, "SEC_I_COMPLETE_NEEDED"sv, ""sv, family::sec},
    {status::sec_i_complete_and_continue, 0x00090314u, "SEC_I_COMPLETE_AND_CONTINUE"sv, ""sv, family::sec},
    {status::sec_i_local_logon, 0x00090315u, "SEC_I_LOCAL_LOGON"sv, ""sv, family::sec},
    {status::sec_i_generic_extension_received, 0x00090316u, "SEC_I_GENERIC_EXTENSION_RECEIVED"sv, ""sv, family::sec},
    {status::sec_i_context_expired, 0x00090317u, "SEC_I_CONTEXT_EXPIRED"sv, ""sv, family::sec},
    {status::sec_i_incomplete_credentials, 0x00090320u, "SEC_I_INCOMPLETE_CREDENTIALS"sv, ""sv, family::sec},
    {status::sec_i_renegotiate, 0x00090321u, "SEC_I_RENEGOTIATE"sv, ""sv, family::sec},
    {status::sec_i_no_lsa_context, 0x00090323u, "SEC_I_NO_LSA_CONTEXT"sv, ""sv, family::sec},
    {status::sec_i_signature_needed, 0x0009035Cu, "SEC_I_SIGNATURE_NEEDED"sv, ""sv, family::sec},
    {status::sec_i_no_renegotiation, 0x00090360u, "SEC_I_NO_RENEGOTIATION"sv, ""sv, family::sec},
    {status::sec_i_message_fragment, 0x00090364u, "SEC_I_MESSAGE_FRAGMENT"sv, ""sv, family::sec},
    {status::sec_i_continue_needed_message_ok, 0x00090366u, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK"sv, ""sv, family::sec},
    {status::sec_i_async_call_pending, 0x00090368u, "SEC_I_ASYNC_CALL_PENDING"sv, ""sv, family::sec},
    {status::sec_e_insufficient_memory, 0x80090300u, "SEC_E_INSUFFICIENT_MEMORY"sv, ""sv, family::sec},
    {status::sec_e_invalid_handle, 0x80090301u, "SEC_E_INVALID_HANDLE"sv, ""sv, family::sec},
    {status::sec_e_unsupported_function, 0x80090302u, "SEC_E_UNSUPPORTED_FUNCTION"sv, ""sv, family::sec},
    {status::sec_e_not_supported, 0x80090302u, "SEC_E_NOT_SUPPORTED"sv, "SEC_E_UNSUPPORTED_FUNCTION"sv, family::sec},
    {status::sec_e_target_unknown, 0x80090303u, "SEC_E_TARGET_UNKNOWN"sv, ""sv, family::sec},
    {status::sec_e_internal_error, 0x80090304u, "SEC_E_INTERNAL_ERROR"sv, ""sv, family::sec},
    {status::sec_e_no_spm, 0x80090304u, "SEC_E_NO_SPM"sv, "SEC_E_INTERNAL_ERROR"sv, family::sec},
    {status::sec_e_secpkg_not_found, 0x80090305u, "SEC_E_SECPKG_NOT_FOUND"sv, ""sv, family::sec},
    {status::sec_e_not_owner, 0x80090306u, "SEC_E_NOT_OWNER"sv, ""sv, family::sec},
    {status::sec_e_cannot_install, 0x80090307u, "SEC_E_CANNOT_INSTALL"sv, ""sv, family::sec},
    {status::sec_e_invalid_token, 0x80090308u, "SEC_E_INVALID_TOKEN"sv, ""sv, family::sec},
    {status::sec_e_cannot_pack, 0x80090309u, "SEC_E_CANNOT_PACK"sv, ""sv, family::sec},
    {status::sec_e_qop_not_supported, 0x8009030Au, "SEC_E_QOP_NOT_SUPPORTED"sv, ""sv, family::sec},
    {status::sec_e_no_impersonation, 0x8009030Bu, "SEC_E_NO_IMPERSONATION"sv, ""sv, family::sec},
    {status::sec_e_logon_denied, 0x8009030Cu, "SEC_E_LOGON_DENIED"sv, ""sv, family::sec},
    {status::sec_e_unknown_credentials, 0x8009030Du, "SEC_E_UNKNOWN_CREDENTIALS"sv, ""sv, family::sec},
    {status::sec_e_no_credentials, 0x8009030Eu, "SEC_E_NO_CREDENTIALS"sv, ""sv, family::sec},
    {status::sec_e_message_altered, 0x8009030Fu, "SEC_E_MESSAGE_ALTERED"sv, ""sv, family::sec},
    {status::sec_e_out_of_sequence, 0x80090310u, "SEC_E_OUT_OF_SEQUENCE"sv, ""sv, family::sec},
    {status::sec_e_no_authenticating_authority, 0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY"sv, ""sv, family::sec},
    {status::sec_e_bad_pkgid, 0x80090316u, "SEC_E_BAD_PKGID"sv, ""sv, family::sec},
    {status::sec_e_context_expired, 0x80090317u, "SEC_E_CONTEXT_EXPIRED"sv, ""sv, family::sec},
    {status::sec_e_incomplete_message, 0x80090318u, "SEC_E_INCOMPLETE_MESSAGE"sv, ""sv, family::sec},
    {status::sec_e_incomplete_credentials, 0x80090320u, "SEC_E_INCOMPLETE_CREDENTIALS"sv, ""sv, family::sec},
    {status::sec_e_buffer_too_small, 0x80090321u, "SEC_E_BUFFER_TOO_SMALL"sv, ""sv, family::sec},
    {status::sec_e_wrong_principal, 0x80090322u, "SEC_E_WRONG_PRINCIPAL"sv, ""sv, family::sec},
    {status::sec_e_time_skew, 0x80090324u, "SEC_E_TIME_SKEW"sv, ""sv, family::sec},
    {status::sec_e_untrusted_root, 0x80090325u, "SEC_E_UNTRUSTED_ROOT"sv, ""sv, family::sec},
    {status::sec_e_illegal_message, 0x80090326u, "SEC_E_ILLEGAL_MESSAGE"sv, ""sv, family::sec},
    {status::sec_e_cert_unknown, 0x80090327u, "SEC_E_CERT_UNKNOWN"sv, ""sv, family::sec},
    {status::sec_e_cert_expired, 0x80090328u, "SEC_E_CERT_EXPIRED"sv, ""sv, family::sec},
    {status::sec_e_encrypt_failure, 0x80090329u, "SEC_E_ENCRYPT_FAILURE"sv, ""sv, family::sec},
    {status::sec_e_decrypt_failure, 0x80090330u, "SEC_E_DECRYPT_FAILURE"sv, ""sv, family::sec},
    {status::sec_e_algorithm_mismatch, 0x80090331u, "SEC_E_ALGORITHM_MISMATCH"sv, ""sv, family::sec},
    {status::sec_e_security_qos_failed, 0x80090332u, "SEC_E_SECURITY_QOS_FAILED"sv, ""sv, family::sec},
    {status::sec_e_unfinished_context_deleted, 0x80090333u, "SEC_E_UNFINISHED_CONTEXT_DELETED"sv, ""sv, family::sec},
    {status::sec_e_no_tgt_reply, 0x80090334u, "SEC_E_NO_TGT_REPLY"sv, ""sv, family::sec},
    {status::sec_e_no_ip_addresses, 0x80090335u, "SEC_E_NO_IP_ADDRESSES"sv, ""sv, family::sec},
    {status::sec_e_wrong_credential_handle, 0x80090336u, "SEC_E_WRONG_CREDENTIAL_HANDLE"sv, ""sv, family::sec},
    {status::sec_e_crypto_system_invalid, 0x80090337u, "SEC_E_CRYPTO_SYSTEM_INVALID"sv, ""sv, family::sec},
    {status::sec_e_max_referrals_exceeded, 0x80090338u, "SEC_E_MAX_REFERRALS_EXCEEDED"sv, ""sv, family::sec},
    {status::sec_e_must_be_kdc, 0x80090339u, "SEC_E_MUST_BE_KDC"sv, ""sv, family::sec},
    {status::sec_e_strong_crypto_not_supported, 0x8009033Au, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED"sv, ""sv, family::sec},
    {status::sec_e_too_many_principals, 0x8009033Bu, "SEC_E_TOO_MANY_PRINCIPALS"sv, ""sv, family::sec},
    {status::sec_e_no_pa_data, 0x8009033Cu, "SEC_E_NO_PA_DATA"sv, ""sv, family::sec},
    {status::sec_e_pkinit_name_mismatch, 0x8009033Du, "SEC_E_PKINIT_NAME_MISMATCH"sv, ""sv, family::sec},
    {status::sec_e_smartcard_logon_required, 0x8009033Eu, "SEC_E_SMARTCARD_LOGON_REQUIRED"sv, ""sv, family::sec},
    {status::sec_e_shutdown_in_progress, 0x8009033Fu, "SEC_E_SHUTDOWN_IN_PROGRESS"sv, ""sv, family::sec},
    {status::sec_e_kdc_invalid_request, 0x80090340u, "SEC_E_KDC_INVALID_REQUEST"sv, ""sv, family::sec},
    {status::sec_e_kdc_unable_to_refer, 0x80090341u, "SEC_E_KDC_UNABLE_TO_REFER"sv, ""sv, family::sec},
    {status::sec_e_kdc_unknown_etype, 0x80090342u, "SEC_E_KDC_UNKNOWN_ETYPE"sv, ""sv, family::sec},
    {status::sec_e_unsupported_preauth, 0x80090343u, "SEC_E_UNSUPPORTED_PREAUTH"sv, ""sv, family::sec},
    {status::sec_e_delegation_required, 0x80090345u, "SEC_E_DELEGATION_REQUIRED"sv, ""sv, family::sec},
    {status::sec_e_bad_bindings, 0x80090346u, "SEC_E_BAD_BINDINGS"sv, ""sv, family::sec},
    {status::sec_e_multiple_accounts, 0x80090347u, "SEC_E_MULTIPLE_ACCOUNTS"sv, ""sv, family::sec},
    {status::sec_e_no_kerb_key, 0x80090348u, "SEC_E_NO_KERB_KEY"sv, ""sv, family::sec},
    {status::sec_e_cert_wrong_usage, 0x80090349u, "SEC_E_CERT_WRONG_USAGE"sv, ""sv, family::sec},
    {status::sec_e_downgrade_detected, 0x80090350u, "SEC_E_DOWNGRADE_DETECTED"sv, ""sv, family::sec},
    {status::sec_e_smartcard_cert_revoked, 0x80090351u, "SEC_E_SMARTCARD_CERT_REVOKED"sv, ""sv, family::sec},
    {status::sec_e_issuing_ca_untrusted, 0x80090352u, "SEC_E_ISSUING_CA_UNTRUSTED"sv, ""sv, family::sec},
    {status::sec_e_revocation_offline_c, 0x80090353u, "SEC_E_REVOCATION_OFFLINE_C"sv, ""sv, family::sec},
    {status::sec_e_pkinit_client_failure, 0x80090354u, "SEC_E_PKINIT_CLIENT_FAILURE"sv, ""sv, family::sec},
    {status::sec_e_smartcard_cert_expired, 0x80090355u, "SEC_E_SMARTCARD_CERT_EXPIRED"sv, ""sv, family::sec},
    {status::sec_e_no_s4u_prot_support, 0x80090356u, "SEC_E_NO_S4U_PROT_SUPPORT"sv, ""sv, family::sec},
    {status::sec_e_crossrealm_delegation_failure, 0x80090357u, "SEC_E_CROSSREALM_DELEGATION_FAILURE"sv, ""sv, family::sec},
    {status::sec_e_revocation_offline_kdc, 0x80090358u, "SEC_E_REVOCATION_OFFLINE_KDC"sv, ""sv, family::sec},
    {status::sec_e_issuing_ca_untrusted_kdc, 0x80090359u, "SEC_E_ISSUING_CA_UNTRUSTED_KDC"sv, ""sv, family::sec},
    {status::sec_e_kdc_cert_expired, 0x8009035Au, "SEC_E_KDC_CERT_EXPIRED"sv, ""sv, family::sec},
    {status::sec_e_kdc_cert_revoked, 0x8009035Bu, "SEC_E_KDC_CERT_REVOKED"sv, ""sv, family::sec},
    {status::sec_e_invalid_parameter, 0x8009035Du, "SEC_E_INVALID_PARAMETER"sv, ""sv, family::sec},
    {status::sec_e_delegation_policy, 0x8009035Eu, "SEC_E_DELEGATION_POLICY"sv, ""sv, family::sec},
    {status::sec_e_policy_nltm_only, 0x8009035Fu, "SEC_E_POLICY_NLTM_ONLY"sv, ""sv, family::sec},
    {status::sec_e_no_context, 0x80090361u, "SEC_E_NO_CONTEXT"sv, ""sv, family::sec},
    {status::sec_e_pku2u_cert_failure, 0x80090362u, "SEC_E_PKU2U_CERT_FAILURE"sv, ""sv, family::sec},
    {status::sec_e_mutual_auth_failed, 0x80090363u, "SEC_E_MUTUAL_AUTH_FAILED"sv, ""sv, family::sec},
    {status::sec_e_only_https_allowed, 0x80090365u, "SEC_E_ONLY_HTTPS_ALLOWED"sv, ""sv, family::sec},
    {status::sec_e_application_protocol_mismatch, 0x80090367u, "SEC_E_APPLICATION_PROTOCOL_MISMATCH"sv, ""sv, family::sec},
    {status::sec_e_invalid_upn_name, 0x80090369u, "SEC_E_INVALID_UPN_NAME"sv, ""sv, family::sec},
    {status::sec_e_ext_buffer_too_small, 0x8009036Au, "SEC_E_EXT_BUFFER_TOO_SMALL"sv, ""sv, family::sec},
    {status::sec_e_insufficient_buffers, 0x8009036Bu, "SEC_E_INSUFFICIENT_BUFFERS"sv, ""sv, family::sec},
    {status::crypt_e_msg_error, 0x80091001u, "CRYPT_E_MSG_ERROR"sv, ""sv, family::crypt},
    {status::crypt_e_unknown_algo, 0x80091002u, "CRYPT_E_UNKNOWN_ALGO"sv, ""sv, family::crypt},
    {status::crypt_e_oid_format, 0x80091003u, "CRYPT_E_OID_FORMAT"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_msg_type, 0x80091004u, "CRYPT_E_INVALID_MSG_TYPE"sv, ""sv, family::crypt},
    {status::crypt_e_unexpected_encoding, 0x80091005u, "CRYPT_E_UNEXPECTED_ENCODING"sv, ""sv, family::crypt},
    {status::crypt_e_auth_attr_missing, 0x80091006u, "CRYPT_E_AUTH_ATTR_MISSING"sv, ""sv, family::crypt},
    {status::crypt_e_hash_value, 0x80091007u, "CRYPT_E_HASH_VALUE"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_index, 0x80091008u, "CRYPT_E_INVALID_INDEX"sv, ""sv, family::crypt},
    {status::crypt_e_already_decrypted, 0x80091009u, "CRYPT_E_ALREADY_DECRYPTED"sv, ""sv, family::crypt},
    {status::crypt_e_not_decrypted, 0x8009100Au, "CRYPT_E_NOT_DECRYPTED"sv, ""sv, family::crypt},
    {status::crypt_e_recipient_not_found, 0x8009100Bu, "CRYPT_E_RECIPIENT_NOT_FOUND"sv, ""sv, family::crypt},
    {status::crypt_e_control_type, 0x8009100Cu, "CRYPT_E_CONTROL_TYPE"sv, ""sv, family::crypt},
    {status::crypt_e_issuer_serialnumber, 0x8009100Du, "CRYPT_E_ISSUER_SERIALNUMBER"sv, ""sv, family::crypt},
    {status::crypt_e_signer_not_found, 0x8009100Eu, "CRYPT_E_SIGNER_NOT_FOUND"sv, ""sv, family::crypt},
    {status::crypt_e_attributes_missing, 0x8009100Fu, "CRYPT_E_ATTRIBUTES_MISSING"sv, ""sv, family::crypt},
    {status::crypt_e_stream_msg_not_ready, 0x80091010u, "CRYPT_E_STREAM_MSG_NOT_READY"sv, ""sv, family::crypt},
    {status::crypt_e_stream_insufficient_data, 0x80091011u, "CRYPT_E_STREAM_INSUFFICIENT_DATA"sv, ""sv, family::crypt},
    {status::crypt_e_bad_len, 0x80092001u, "CRYPT_E_BAD_LEN"sv, ""sv, family::crypt},
    {status::crypt_e_bad_encode, 0x80092002u, "CRYPT_E_BAD_ENCODE"sv, ""sv, family::crypt},
    {status::crypt_e_file_error, 0x80092003u, "CRYPT_E_FILE_ERROR"sv, ""sv, family::crypt},
    {status::crypt_e_not_found, 0x80092004u, "CRYPT_E_NOT_FOUND"sv, ""sv, family::crypt},
    {status::crypt_e_exists, 0x80092005u, "CRYPT_E_EXISTS"sv, ""sv, family::crypt},
    {status::crypt_e_no_provider, 0x80092006u, "CRYPT_E_NO_PROVIDER"sv, ""sv, family::crypt},
    {status::crypt_e_self_signed, 0x80092007u, "CRYPT_E_SELF_SIGNED"sv, ""sv, family::crypt},
    {status::crypt_e_deleted_prev, 0x80092008u, "CRYPT_E_DELETED_PREV"sv, ""sv, family::crypt},
    {status::crypt_e_no_match, 0x80092009u, "CRYPT_E_NO_MATCH"sv, ""sv, family::crypt},
    {status::crypt_e_unexpected_msg_type, 0x8009200Au, "CRYPT_E_UNEXPECTED_MSG_TYPE"sv, ""sv, family::crypt},
    {status::crypt_e_no_key_property, 0x8009200Bu, "CRYPT_E_NO_KEY_PROPERTY"sv, ""sv, family::crypt},
    {status::crypt_e_no_decrypt_cert, 0x8009200Cu, "CRYPT_E_NO_DECRYPT_CERT"sv, ""sv, family::crypt},
    {status::crypt_e_bad_msg, 0x8009200Du, "CRYPT_E_BAD_MSG"sv, ""sv, family::crypt},
    {status::crypt_e_no_signer, 0x8009200Eu, "CRYPT_E_NO_SIGNER"sv, ""sv, family::crypt},
    {status::crypt_e_pending_close, 0x8009200Fu, "CRYPT_E_PENDING_CLOSE"sv, ""sv, family::crypt},
    {status::crypt_e_revoked, 0x80092010u, "CRYPT_E_REVOKED"sv, ""sv, family::crypt},
    {status::crypt_e_no_revocation_dll, 0x80092011u, "CRYPT_E_NO_REVOCATION_DLL"sv, ""sv, family::crypt},
    {status::crypt_e_no_revocation_check, 0x80092012u, "CRYPT_E_NO_REVOCATION_CHECK"sv, ""sv, family::crypt},
    {status::crypt_e_revocation_offline, 0x80092013u, "CRYPT_E_REVOCATION_OFFLINE"sv, ""sv, family::crypt},
    {status::crypt_e_not_in_revocation_database, 0x80092014u, "CRYPT_E_NOT_IN_REVOCATION_DATABASE"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_numeric_string, 0x80092020u, "CRYPT_E_INVALID_NUMERIC_STRING"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_printable_string, 0x80092021u, "CRYPT_E_INVALID_PRINTABLE_STRING"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_ia5_string, 0x80092022u, "CRYPT_E_INVALID_IA5_STRING"sv, ""sv, family::crypt},
    {status::crypt_e_invalid_x500_string, 0x80092023u, "CRYPT_E_INVALID_X500_STRING"sv, ""sv, family::crypt},
    {status::crypt_e_not_char_string, 0x80092024u, "CRYPT_E_NOT_CHAR_STRING"sv, ""sv, family::crypt},
    {status::crypt_e_fileresized, 0x80092025u, "CRYPT_E_FILERESIZED"sv, ""sv, family::crypt},
    {status::crypt_e_security_settings, 0x80092026u, "CRYPT_E_SECURITY_SETTINGS"sv, ""sv, family::crypt},
    {status::crypt_e_no_verify_usage_dll, 0x80092027u, "CRYPT_E_NO_VERIFY_USAGE_DLL"sv, ""sv, family::crypt},
    {status::crypt_e_no_verify_usage_check, 0x80092028u, "CRYPT_E_NO_VERIFY_USAGE_CHECK"sv, ""sv, family::crypt},
    {status::crypt_e_verify_usage_offline, 0x80092029u, "CRYPT_E_VERIFY_USAGE_OFFLINE"sv, ""sv, family::crypt},
    {status::crypt_e_not_in_ctl, 0x8009202Au, "CRYPT_E_NOT_IN_CTL"sv, ""sv, family::crypt},
    {status::crypt_e_no_trusted_signer, 0x8009202Bu, "CRYPT_E_NO_TRUSTED_SIGNER"sv, ""sv, family::crypt},
    {status::crypt_e_missing_pubkey_para, 0x8009202Cu, "CRYPT_E_MISSING_PUBKEY_PARA"sv, ""sv, family::crypt},
    {status::crypt_e_object_locator_object_not_found, 0x8009202Du, "CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND"sv, ""sv, family::crypt},
    {status::crypt_e_oss_error, 0x80093000u, "CRYPT_E_OSS_ERROR"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_error, 0x80093100u, "CRYPT_E_ASN1_ERROR"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_internal, 0x80093101u, "CRYPT_E_ASN1_INTERNAL"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_eod, 0x80093102u, "CRYPT_E_ASN1_EOD"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_corrupt, 0x80093103u, "CRYPT_E_ASN1_CORRUPT"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_large, 0x80093104u, "CRYPT_E_ASN1_LARGE"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_constraint, 0x80093105u, "CRYPT_E_ASN1_CONSTRAINT"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_memory, 0x80093106u, "CRYPT_E_ASN1_MEMORY"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_overflow, 0x80093107u, "CRYPT_E_ASN1_OVERFLOW"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_badpdu, 0x80093108u, "CRYPT_E_ASN1_BADPDU"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_badargs, 0x80093109u, "CRYPT_E_ASN1_BADARGS"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_badreal, 0x8009310Au, "CRYPT_E_ASN1_BADREAL"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_badtag, 0x8009310Bu, "CRYPT_E_ASN1_BADTAG"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_choice, 0x8009310Cu, "CRYPT_E_ASN1_CHOICE"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_rule, 0x8009310Du, "CRYPT_E_ASN1_RULE"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_utf8, 0x8009310Eu, "CRYPT_E_ASN1_UTF8"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_pdu_type, 0x80093133u, "CRYPT_E_ASN1_PDU_TYPE"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_nyi, 0x80093134u, "CRYPT_E_ASN1_NYI"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_extended, 0x80093201u, "CRYPT_E_ASN1_EXTENDED"sv, ""sv, family::crypt},
    {status::crypt_e_asn1_noeod, 0x80093202u, "CRYPT_E_ASN1_NOEOD"sv, ""sv, family::crypt},
    {status::trust_e_system_error, 0x80096001u, "TRUST_E_SYSTEM_ERROR"sv, ""sv, family::trust},
    {status::trust_e_no_signer_cert, 0x80096002u, "TRUST_E_NO_SIGNER_CERT"sv, ""sv, family::trust},
    {status::trust_e_counter_signer, 0x80096003u, "TRUST_E_COUNTER_SIGNER"sv, ""sv, family::trust},
    {status::trust_e_cert_signature, 0x80096004u, "TRUST_E_CERT_SIGNATURE"sv, ""sv, family::trust},
    {status::trust_e_time_stamp, 0x80096005u, "TRUST_E_TIME_STAMP"sv, ""sv, family::trust},
    {status::trust_e_bad_digest, 0x80096010u, "TRUST_E_BAD_DIGEST"sv, ""sv, family::trust},
    {status::trust_e_malformed_signature, 0x80096011u, "TRUST_E_MALFORMED_SIGNATURE"sv, ""sv, family::trust},
    {status::trust_e_basic_constraints, 0x80096019u, "TRUST_E_BASIC_CONSTRAINTS"sv, ""sv, family::trust},
    {status::trust_e_financial_criteria, 0x8009601Eu, "TRUST_E_FINANCIAL_CRITERIA"sv, ""sv, family::trust},
    {status::trust_e_provider_unknown, 0x800B0001u, "TRUST_E_PROVIDER_UNKNOWN"sv, ""sv, family::trust},
    {status::trust_e_action_unknown, 0x800B0002u, "TRUST_E_ACTION_UNKNOWN"sv, ""sv, family::trust},
    {status::trust_e_subject_form_unknown, 0x800B0003u, "TRUST_E_SUBJECT_FORM_UNKNOWN"sv, ""sv, family::trust},
    {status::trust_e_subject_not_trusted, 0x800B0004u, "TRUST_E_SUBJECT_NOT_TRUSTED"sv, ""sv, family::trust},
    {status::trust_e_nosignature, 0x800B0100u, "TRUST_E_NOSIGNATURE"sv, ""sv, family::trust},
    {status::cert_e_expired, 0x800B0101u, "CERT_E_EXPIRED"sv, ""sv, family::cert},
    {status::cert_e_validityperiodnesting, 0x800B0102u, "CERT_E_VALIDITYPERIODNESTING"sv, ""sv, family::cert},
    {status::cert_e_role, 0x800B0103u, "CERT_E_ROLE"sv, ""sv, family::cert},
    {status::cert_e_pathlenconst, 0x800B0104u, "CERT_E_PATHLENCONST"sv, ""sv, family::cert},
    {status::cert_e_critical, 0x800B0105u, "CERT_E_CRITICAL"sv, ""sv, family::cert},
    {status::cert_e_purpose, 0x800B0106u, "CERT_E_PURPOSE"sv, ""sv, family::cert},
    {status::cert_e_issuerchaining, 0x800B0107u, "CERT_E_ISSUERCHAINING"sv, ""sv, family::cert},
    {status::cert_e_malformed, 0x800B0108u, "CERT_E_MALFORMED"sv, ""sv, family::cert},
    {status::cert_e_untrustedroot, 0x800B0109u, "CERT_E_UNTRUSTEDROOT"sv, ""sv, family::cert},
    {status::cert_e_chaining, 0x800B010Au, "CERT_E_CHAINING"sv, ""sv, family::cert},
    {status::trust_e_fail, 0x800B010Bu, "TRUST_E_FAIL"sv, ""sv, family::trust},
    {status::cert_e_revoked, 0x800B010Cu, "CERT_E_REVOKED"sv, ""sv, family::cert},
    {status::cert_e_untrustedtestroot, 0x800B010Du, "CERT_E_UNTRUSTEDTESTROOT"sv, ""sv, family::cert},
    {status::cert_e_revocation_failure, 0x800B010Eu, "CERT_E_REVOCATION_FAILURE"sv, ""sv, family::cert},
    {status::cert_e_cn_no_match, 0x800B010Fu, "CERT_E_CN_NO_MATCH"sv, ""sv, family::cert},
    {status::cert_e_wrong_usage, 0x800B0110u, "CERT_E_WRONG_USAGE"sv, ""sv, family::cert},
    {status::trust_e_explicit_distrust, 0x800B0111u, "TRUST_E_EXPLICIT_DISTRUST"sv, ""sv, family::trust},
    {status::cert_e_untrustedca, 0x800B0112u, "CERT_E_UNTRUSTEDCA"sv, ""sv, family::cert},
    {status::cert_e_invalid_policy, 0x800B0113u, "CERT_E_INVALID_POLICY"sv, ""sv, family::cert},
    {status::cert_e_invalid_name, 0x800B0114u, "CERT_E_INVALID_NAME"sv, ""sv, family::cert},
}};

// Perfect hashes: a slot holds 1 + the index in table of the only key that can be there, or 0.
// value_slots covers the primary names (an alias's value leads to the name it aliases),
// name_slots every name, keyed without a "SEC_" prefix.
inline constexpr std::uint32_t value_seed = 1481907765u;
inline constexpr unsigned value_bits = 10;
inline constexpr char value_slots[] =
    "\001\000\000\000\000\000\000\000\000\000\000\000\000\000\277\000\000h\000\000\025\000\000\255\000\000"
    "\000(\000\204\000\000\000B\000\000\000\000\000\000\000\000\000\000\000\000\000\000\002\000\000\000\000k"
    "\000\000\035\000\000\000\000\000\000*\000\000\226\000\000A\000\000\000\016\000Y\000\000\000\000\304\000"
    "\000\000\000\000\000\000\000\000\000\000 \000\000\000\000\000\000\000\000\000\225\000\000\000\000\000"
    "\000\000\000X\000\000\000\000\000\000\000\000\004\000\"\000\000\000\000\000\037\000\000\257\000\000\000"
    "\000\000\000\230\000\000\000\000\000\000\017\000\000\000\000\000\000\000\000\000\000\000\000%\000\000"
    "\000\000\0000\000\000\000\000\000\000\000\000\000\237\000\000\000\000\000\000\000\000_\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\0007\000\000\000\000\000I\000\000w\242\000\000\000\000\205"
    "\000\000\000\000\000\000\000\000\270\000\000a\000\000\000\000\000\000\000\000:\000\000\000\000\000P\000"
    "\000z\241\000\000\000\000\214\000\000\000\000\000\000\000\000\267\000\000`\000\000\000\000\000\000\000"
    "\0009\000\000\000\000\000S\000\000y\000\000\000\000\000\217\000\000\000\000\000\000\000\000\302\000\000c"
    "\000\000\024\000\000\000\010\000<\000\000\203\000\000R\000\000|\000\000\000\000\000\216\000\000\000\000"
    "\000\000\000\000\301\000\000j\000\000\030\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\221\000\000\000\000\000\000\000\000\274\000m\000\000\000\027\000\000\000\000\000,"
    "\000\000\000\000\000C\000\000\000\014\000\000\000\000\000\000\000\306\000o\000\003\246\000\000l\000\000"
    "\000\032\000\000\000\000\000+\000\000\000\227\000E\000\000\000\000\000Z\000\000\000\000\305\000\000\223"
    "\000\006\245\000\000\000\000\000\000!\000\000\000\000\000.\000\000\000\232\000D\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\005#\000\000\000\000\000\0002\000\000\000\000\000\000\000r\231\000"
    "\000G\000\000\000\000\000[\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\0001\000\250"
    "\000\000\000K\000q\234\000\000\000\000\207\000\000\000\000\000\000\000\000\272\000\000\000\000\000\000"
    "\000\000\000\000\0004\000\000\247\000\000\000J\000t\000\000\000\000\000\206\000\000\000\000\000\000\000"
    "\000\271\000\000b\000\000\000\000\000\000\000\000;\000\000\252\000\261\000M\000{\000\000\000\000\000\211"
    "\000\000\000\000\000\000\000\000\264\000\000e\000\000\000\000\000\000\000\000>\000\000\000\000\260T\000"
    "\000~\000\000\000\000\000\220\000\000\000\000\000\000\000\000\303\000\000d\000\000\020\000\000\000\011"
    "\000=\000\000\200\000\000V\000\000}\244\000\000\000\000\000\000\000\000\000\000\000\000\000\276\000\000g"
    "\000\000\031\000\000\254\000\000'\000\000\000\000\000U\000\000\000\000\000\000\000\000\222\000\000\310"
    "\000\000\000\000\000\275\000\000n\000\000\034\000\000\000\000\000-\000\000\000\000\000@\000\000\000\000"
    "\000\000\000\000\000\000\000\307\000\000p\000\000\000\000\000\000\000\000\033\000\000\000\000\000\000"
    "\000\000\000\224\000F\000\000\000\015\000\000\000\000\000\000\000\000\000\000\000\007\000\000\000\000"
    "\000\000\000\036\000\000\256\000\000/\000\000\000\233\000\000\000\000\000\000\000\\\000\000\000\000\000"
    "\000\000\000\000\000\000$\000\000\000\000\0003\000\000\000\000\000\000\000\000s\236\000H\000\000\000\000"
    "\000^\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\0006\000\000\251\000\000L\000\000v"
    "\235\000\000\000\000\210\000\000]\000\000\000\000\000\273\000\000\000\000\000&\000\000\000\000\0005\000"
    "\000\000\263\000O\000u\000\240\000\000\000\000\213\000\000\000\000\000\000\000\000\266\000\000\000\000"
    "\000\000\000\000\000\000\0008\000\000\253\262\000N\000x\000\243\000\000\000\000\212\000\000\000\000\000"
    "\000\000\265\000\000f\000\000\000\022\000\000\000\012\000\077\000\202\000\013\000Q\000\177\000\000\000"
    "\000\000\215\000\000\000\000\000\000\000\000\300\000\000i\000\000\000\021\000\000\000\000\000)\000\201"
    "\000\000\000W\000\000";
inline constexpr std::uint64_t name_seed = 7241750401506076807u;
inline constexpr unsigned name_bits = 11;
inline constexpr char name_slots[] =
    "\000\000\215\000\000\000q\000\000\000\000\000\000\000\000\000\000\000d\000\000\000\000\000a\000\000\000"
    "\000\000\000\000\000\000\000\310\000\000\000\000\000\000\000\032\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000t\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000L\000\000{\000\000\000\000\000#\000\000\000\000\000\000\000\000\014\000\000\000\000\000\000`\000\000"
    "\000\000\000\000\000\000\000\000\000S\000\000\000>,\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\242\000\000\000\000\000\000\301\000\000\000\000\000\000\000\000\000\000h\000\000\000"
    "\000\000\000\000\000\000\000\000\247\000\000\000\000\000\000e\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\256\000\000\000\000"
    "j\000\000\000\000w\000\000\000\000\000\000\000\000\000\000\035\000\000\000u\000\000\000\000\000W\000\000"
    "\000\000\000\000F\000\000\000\000\000\000G\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\267\000\000\000X\000\000\000\227\000\000\000\000\000"
    "\000\000\000\000\000\007\000\000\000Y \000H\000\000\025\000\000\000\000\000\000\000\000\000y\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\232\000\000\307~\000\000\000\000\000\000\000\000\000\250\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\200\037\000\000\206"
    "\000\000\000\000\000\000\000\213\000\000\243\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000.\251\000\000E\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000+\000\000\000\000\000\000\000\000\000\030\000\000\000\000\000\000\000\0006\000\000"
    "\000\000\000\000\266\013\000\000\000\000\000\000\000\000\000\000\006\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000n\000\000\000\000\000\000\000\000\000)\000\214\000\000\000\000\000\000\303\000"
    "\000\000\000\000\000\244\000\000=\000\000\000\000\000\000\000\000\000\000\000\000\000/\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\255\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\204\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\261\000\000\000\000\000\000\000x\000\000\000\000\000\000\000\000\000\273\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\237\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\"\000\000\000\000\000\000\000\000\000\000\000\077\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000-\000\000\000\000\000"
    "\000\000\000\000\000\000\0009I\000\000\000\000\000\000\000\000\000\000\000\000\000\000;\000\262\000\276"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\305\000\000\000\000\000"
    "\000\000\000\000\0002\000\000\000\000\000\000\000\000\203\000\000\000\000\236\000\000\000\000\000\000"
    "\000\000\000\000\012\000\000\000\000\000\000\000\000\000\000\000\264\253\000\000\000\000\201\010\000\000"
    "\000\000\000\000\000\000\0004\000\000\000\000\000\000\000\000\241\000\000\000]\000\000\000\233\000\000"
    "\000\000\000\000:\000\000\000\000\000\000\000\000\000\000\021\000\000\000\000\000\000\000\000\000\000"
    "\226\000\000\000\000\000\000\306\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\217\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\272\000\000\000\000R\000\000N\000m\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\027\000\000\000\000\000\000\210\000\000\000\000\000\000\000\001\000\000"
    "\000\000\000\000\000\223\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\304\000\000"
    "\000\000\000\005\000\000\000\017@\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000|\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\016\000\000\000\034c\000"
    "\000\000\000\000\000\000\000\000\000\000\000\020\000\000\000\000\000\000\000\0001\000\000\000\000\220"
    "\000Z\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000<\000b\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000k\000\000\022\000\000\000\000\000\207\000\015\000\245\000\000\000"
    "\000\000\000\000\000\000\000\211\000\246\000\000\000\000\000\000\000\000\000\000\000\000\000B\000\000"
    "\000\000\000\000\000\000\000\000\000\000\252\000^\000\000\000\000\000\000\000\000\023\0005\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\257\000\000\000\205P\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\216\000\000\000\225\000\000\000\000\000\0003\000\000\000\000\000\000\000\000\000i"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\234\000\000\000\000\000\000\000\000\000\000Q\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\033\000\000\000\000\000o\000\000\000\000"
    "\000\000\000\000\000\000\000\000&\000\000\000\000\000\000\000\000\000*\000\000\036\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\221\000\000\000\000\000\000\000\000\\\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\230\000\000'\000\000%\000\000\000\000\000\000\000\000\302\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000U\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000O\000\000\000\000\000\000\000\000\000\000\000\000\000\0000\011\000\263\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\274\000\000\000\000\000\000\000\000\000s\000V\000\000\000"
    "\000\000\000\000\000\000\000\240\000\000\000\000\000\000\000\000\000\000J7\000\000\000(\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\003\000\000T\000\000\000\000\000\000\000\000\000\000\000!\000"
    "\000\000\000\000\000\000\000\0008r\000\000\000\000\000\000\000\000\000\031\000\000\000\000\000\000\000"
    "\000\000\000\260\024\000\000\000\000\000\000\000M\000\000\000\000\000[\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\300\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\026\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000K\000\000f\000\000\000"
    "\000\000\000\000\000\000\277\000\000\000\000\000\000D\000\000\000\000\265\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\231\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000g\000\000\000\000\202\000\000\000\000\000\000\000\254\000\000\000\000\000\000\000\275\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000$\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000_\000\000\000\000\000\000\000\000\000\000\235\000\271\000"
    "\000\000\000\000\000\177}pz\000\000\270\000\000\000\000\000\000\000\000\000\000\000\222\000\000\000\000l"
    "\000\000\000\000\000\000\000\000\224\000\000\000\000\000\000\000\000\000\000\000\000\000v\000\000\000"
    "\000\000\000\000\000\000A\000\000\000\000\000\000\000\000\000\000\000\004\000\000\000\000\000\000\212"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000C\000";

// What find_name compares each row's key with, name_line::size bytes a row in the order of table.
inline constexpr char name_lines[] =
    // SEC_E_OK
    "e_oke_ok\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000 \000   \000  \000\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\004\000\000\000\377\000\000\000"
    // SEC_I_CONTINUE_NEEDED
    "i_continue_needee_needede_needede_needed \000        \000      \000       \000       \000      \021\000"
    "\000\000\377\000\000\000"
    // SEC_I_COMPLETE_NEEDED
    "i_complete_needee_needede_needede_needed \000        \000      \000       \000       \000      \021\000"
    "\000\000\377\000\000\000"
    // SEC_I_COMPLETE_AND_CONTINUE
    "i_complete_and_ccontinuecontinuecontinue \000        \000   \000                         \027\000\000"
    "\000\377\000\000\000"
    // SEC_I_LOCAL_LOGON
    "i_local_al_logonal_logonal_logonal_logon \000     \000  \000       \000       \000       \000     \015"
    "\000\000\000\377\000\000\000"
    // SEC_I_GENERIC_EXTENSION_RECEIVED
    "i_generic_extension_recereceivedreceived \000       \000         \000                    \034\000\000"
    "\000\377\000\000\000"
    // SEC_I_CONTEXT_EXPIRED
    "i_context_expire_expired_expired_expired \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_I_INCOMPLETE_CREDENTIALS
    "i_incomplete_credentialsdentialsdentials \000          \000                           \030\000\000\000"
    "\377\000\000\000"
    // SEC_I_RENEGOTIATE
    "i_renegoegotiateegotiateegotiateegotiate \000                                      \015\000\000\000\377"
    "\000\000\000"
    // SEC_I_NO_LSA_CONTEXT
    "i_no_lsa_context_context_context_context \000  \000   \000       \000       \000       \000       \020"
    "\000\000\000\377\000\000\000"
    // SEC_I_SIGNATURE_NEEDED
    "i_signature_neede_needede_needede_needed \000         \000     \000       \000       \000      \022\000"
    "\000\000\377\000\000\000"
    // SEC_I_NO_RENEGOTIATION
    "i_no_renegotiatiotiationotiationotiation \000  \000                                   \022\000\000\000"
    "\377\000\000\000"
    // SEC_I_MESSAGE_FRAGMENT
    "i_message_fragmefragmentfragmentfragment \000       \000                              \022\000\000\000"
    "\377\000\000\000"
    // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    "i_continue_needed_messagssage_okssage_ok \000        \000      \000           \000       \000  \034\000"
    "\000\000\377\000\000\000"
    // SEC_I_ASYNC_CALL_PENDING
    "i_async_call_pen_pending_pending_pending \000     \000    \000   \000       \000       \000       \024"
    "\000\000\000\377\000\000\000"
    // SEC_E_INSUFFICIENT_MEMORY
    "e_insufficient_mt_memoryt_memoryt_memory \000            \000  \000       \000       \000      \025\000"
    "\000\000\377\000\000\000"
    // SEC_E_INVALID_HANDLE
    "e_invalid_handled_handled_handled_handle \000       \000       \000       \000       \000      \020\000"
    "\000\000\377\000\000\000"
    // SEC_E_UNSUPPORTED_FUNCTION
    "e_unsupported_fufunctionfunctionfunction \000           \000                          \026\000\000\000"
    "\377\000\000\000"
    // SEC_E_NOT_SUPPORTED
    "e_not_suupportedupportedupportedupported \000   \000                                  \017\000\000\000"
    "\377\000\000\000"
    // SEC_E_TARGET_UNKNOWN
    "e_target_unknown_unknown_unknown_unknown \000      \000       \000       \000       \000       \020\000"
    "\000\000\377\000\000\000"
    // SEC_E_INTERNAL_ERROR
    "e_internal_erroral_erroral_erroral_error \000        \000       \000       \000       \000     \020\000"
    "\000\000\377\000\000\000"
    // SEC_E_NO_SPM
    "e_no_spme_no_spme_no_spme_no_spme_no_spm \000  \000    \000  \000    \000  \000    \000  \000    \000  "
    "\000   \010\000\000\000\377\000\000\000"
    // SEC_E_SECPKG_NOT_FOUND
    "e_secpkg_not_fouot_foundot_foundot_found \000      \000   \000     \000       \000       \000     \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_NOT_OWNER
    "e_not_owot_ownerot_ownerot_ownerot_owner \000   \000    \000       \000       \000       \000     \013"
    "\000\000\000\377\000\000\000"
    // SEC_E_CANNOT_INSTALL
    "e_cannot_install_install_install_install \000      \000       \000       \000       \000       \020\000"
    "\000\000\377\000\000\000"
    // SEC_E_INVALID_TOKEN
    "e_invaliid_tokenid_tokenid_tokenid_token \000        \000       \000       \000       \000     \017\000"
    "\000\000\377\000\000\000"
    // SEC_E_CANNOT_PACK
    "e_cannotnot_packnot_packnot_packnot_pack \000         \000       \000       \000       \000    \015\000"
    "\000\000\377\000\000\000"
    // SEC_E_QOP_NOT_SUPPORTED
    "e_qop_not_supporupportedupportedupported \000   \000   \000                              \023\000\000"
    "\000\377\000\000\000"
    // SEC_E_NO_IMPERSONATION
    "e_no_impersonatisonationsonationsonation \000  \000                                   \022\000\000\000"
    "\377\000\000\000"
    // SEC_E_LOGON_DENIED
    "e_logon_n_deniedn_deniedn_deniedn_denied \000     \000 \000       \000       \000       \000      \016"
    "\000\000\000\377\000\000\000"
    // SEC_E_UNKNOWN_CREDENTIALS
    "e_unknown_credendentialsdentialsdentials \000       \000                              \025\000\000\000"
    "\377\000\000\000"
    // SEC_E_NO_CREDENTIALS
    "e_no_credentialsdentialsdentialsdentials \000  \000                                   \020\000\000\000"
    "\377\000\000\000"
    // SEC_E_MESSAGE_ALTERED
    "e_message_altere_altered_altered_altered \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_E_OUT_OF_SEQUENCE
    "e_out_of_sequencsequencesequencesequence \000   \000  \000                               \021\000\000"
    "\000\377\000\000\000"
    // SEC_E_NO_AUTHENTICATING_AUTHORITY
    "e_no_authenticating_authuthorityuthority \000  \000              \000                    \035\000\000"
    "\000\377\000\000\000"
    // SEC_E_BAD_PKGID
    "e_bad_pkad_pkgidad_pkgidad_pkgidad_pkgid \000   \000    \000       \000       \000       \000     \013"
    "\000\000\000\377\000\000\000"
    // SEC_E_CONTEXT_EXPIRED
    "e_context_expire_expired_expired_expired \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_E_INCOMPLETE_MESSAGE
    "e_incomplete_mes_message_message_message \000          \000   \000       \000       \000       \024\000"
    "\000\000\377\000\000\000"
    // SEC_E_INCOMPLETE_CREDENTIALS
    "e_incomplete_credentialsdentialsdentials \000          \000                           \030\000\000\000"
    "\377\000\000\000"
    // SEC_E_BUFFER_TOO_SMALL
    "e_buffer_too_smaoo_smalloo_smalloo_small \000      \000   \000     \000       \000       \000     \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_WRONG_PRINCIPAL
    "e_wrong_principarincipalrincipalrincipal \000     \000                                \021\000\000\000"
    "\377\000\000\000"
    // SEC_E_TIME_SKEW
    "e_time_sime_skewime_skewime_skewime_skew \000    \000    \000       \000       \000       \000    \013"
    "\000\000\000\377\000\000\000"
    // SEC_E_UNTRUSTED_ROOT
    "e_untrusted_rootted_rootted_rootted_root \000         \000       \000       \000       \000    \020\000"
    "\000\000\377\000\000\000"
    // SEC_E_ILLEGAL_MESSAGE
    "e_illegal_messag_message_message_message \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_E_CERT_UNKNOWN
    "e_cert_u_unknown_unknown_unknown_unknown \000    \000 \000       \000       \000       \000       \016"
    "\000\000\000\377\000\000\000"
    // SEC_E_CERT_EXPIRED
    "e_cert_e_expired_expired_expired_expired \000    \000 \000       \000       \000       \000       \016"
    "\000\000\000\377\000\000\000"
    // SEC_E_ENCRYPT_FAILURE
    "e_encrypt_failur_failure_failure_failure \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_E_DECRYPT_FAILURE
    "e_decrypt_failur_failure_failure_failure \000       \000      \000       \000       \000       \021\000"
    "\000\000\377\000\000\000"
    // SEC_E_ALGORITHM_MISMATCH
    "e_algorithm_mismmismatchmismatchmismatch \000         \000                            \024\000\000\000"
    "\377\000\000\000"
    // SEC_E_SECURITY_QOS_FAILED
    "e_security_qos_fs_faileds_faileds_failed \000        \000   \000  \000       \000       \000      \025"
    "\000\000\000\377\000\000\000"
    // SEC_E_UNFINISHED_CONTEXT_DELETED
    "e_unfinished_context_del_deleted_deleted \000          \000       \000   \000       \000       \034\000"
    "\000\000\377\000\000\000"
    // SEC_E_NO_TGT_REPLY
    "e_no_tgtgt_replygt_replygt_replygt_reply \000  \000     \000       \000       \000       \000     \016"
    "\000\000\000\377\000\000\000"
    // SEC_E_NO_IP_ADDRESSES
    "e_no_ip_addresseddressesddressesddresses \000  \000  \000                                \021\000\000"
    "\000\377\000\000\000"
    // SEC_E_WRONG_CREDENTIAL_HANDLE
    "e_wrong_credential_handll_handlel_handle \000     \000          \000      \000       \000      \031\000"
    "\000\000\377\000\000\000"
    // SEC_E_CRYPTO_SYSTEM_INVALID
    "e_crypto_system__invalid_invalid_invalid \000      \000      \000\000       \000       \000       \027"
    "\000\000\000\377\000\000\000"
    // SEC_E_MAX_REFERRALS_EXCEEDED
    "e_max_referrals_exceededexceededexceeded \000   \000         \000                        \030\000\000"
    "\000\377\000\000\000"
    // SEC_E_MUST_BE_KDC
    "e_must_bt_be_kdct_be_kdct_be_kdct_be_kdc \000    \000  \000  \000    \000  \000    \000  \000    \000  "
    "\000   \015\000\000\000\377\000\000\000"
    // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    "e_strong_crypto_not_suppupportedupported \000      \000      \000   \000                    \035\000\000"
    "\000\377\000\000\000"
    // SEC_E_TOO_MANY_PRINCIPALS
    "e_too_many_princincipalsincipalsincipals \000   \000    \000                             \025\000\000"
    "\000\377\000\000\000"
    // SEC_E_NO_PA_DATA
    "e_no_pa__pa_data_pa_data_pa_data_pa_data \000  \000  \000\000  \000    \000  \000    \000  \000    \000 "
    " \000    \014\000\000\000\377\000\000\000"
    // SEC_E_PKINIT_NAME_MISMATCH
    "e_pkinit_name_mimismatchmismatchmismatch \000      \000    \000                          \026\000\000"
    "\000\377\000\000\000"
    // SEC_E_SMARTCARD_LOGON_REQUIRED
    "e_smartcard_logon_requirrequiredrequired \000         \000     \000                      \032\000\000"
    "\000\377\000\000\000"
    // SEC_E_SHUTDOWN_IN_PROGRESS
    "e_shutdown_in_prprogressprogressprogress \000        \000  \000                          \026\000\000"
    "\000\377\000\000\000"
    // SEC_E_KDC_INVALID_REQUEST
    "e_kdc_invalid_re_request_request_request \000   \000       \000  \000       \000       \000       \025"
    "\000\000\000\377\000\000\000"
    // SEC_E_KDC_UNABLE_TO_REFER
    "e_kdc_unable_to_to_referto_referto_refer \000   \000      \000  \000  \000       \000       \000     "
    "\025\000\000\000\377\000\000\000"
    // SEC_E_KDC_UNKNOWN_ETYPE
    "e_kdc_unknown_etwn_etypewn_etypewn_etype \000   \000       \000    \000       \000       \000     \023"
    "\000\000\000\377\000\000\000"
    // SEC_E_UNSUPPORTED_PREAUTH
    "e_unsupported_pr_preauth_preauth_preauth \000           \000  \000       \000       \000       \025\000"
    "\000\000\377\000\000\000"
    // SEC_E_DELEGATION_REQUIRED
    "e_delegation_reqrequiredrequiredrequired \000          \000                           \025\000\000\000"
    "\377\000\000\000"
    // SEC_E_BAD_BINDINGS
    "e_bad_bibindingsbindingsbindingsbindings \000   \000                                  \016\000\000\000"
    "\377\000\000\000"
    // SEC_E_MULTIPLE_ACCOUNTS
    "e_multiple_accouaccountsaccountsaccounts \000        \000                             \023\000\000\000"
    "\377\000\000\000"
    // SEC_E_NO_KERB_KEY
    "e_no_kerkerb_keykerb_keykerb_keykerb_key \000  \000       \000       \000       \000       \000   \015"
    "\000\000\000\377\000\000\000"
    // SEC_E_CERT_WRONG_USAGE
    "e_cert_wrong_usang_usageng_usageng_usage \000    \000     \000     \000       \000       \000     \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_DOWNGRADE_DETECTED
    "e_downgrade_detedetecteddetecteddetected \000         \000                            \024\000\000\000"
    "\377\000\000\000"
    // SEC_E_SMARTCARD_CERT_REVOKED
    "e_smartcard_cert_revoked_revoked_revoked \000         \000    \000       \000       \000       \030\000"
    "\000\000\377\000\000\000"
    // SEC_E_ISSUING_CA_UNTRUSTED
    "e_issuing_ca_untntrustedntrustedntrusted \000       \000  \000                           \026\000\000"
    "\000\377\000\000\000"
    // SEC_E_REVOCATION_OFFLINE_C
    "e_revocation_offffline_cffline_cffline_c \000          \000         \000       \000       \000 \026\000"
    "\000\000\377\000\000\000"
    // SEC_E_PKINIT_CLIENT_FAILURE
    "e_pkinit_client__failure_failure_failure \000      \000      \000\000       \000       \000       \027"
    "\000\000\000\377\000\000\000"
    // SEC_E_SMARTCARD_CERT_EXPIRED
    "e_smartcard_cert_expired_expired_expired \000         \000    \000       \000       \000       \030\000"
    "\000\000\377\000\000\000"
    // SEC_E_NO_S4U_PROT_SUPPORT
    "e_no_s4u_prot_su_support_support_support \000  \000 \000 \000    \000  \000       \000       \000       "
    "\025\000\000\000\377\000\000\000"
    // SEC_E_CROSSREALM_DELEGATION_FAILURE
    "e_crossrealm_delegation__failure_failure \000          \000          \000\000       \000       \037\000"
    "\000\000\377\000\000\000"
    // SEC_E_REVOCATION_OFFLINE_KDC
    "e_revocation_offline_kdcline_kdcline_kdc \000          \000       \000       \000       \000   \030\000"
    "\000\000\377\000\000\000"
    // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    "e_issuing_ca_untrusted_ksted_kdcsted_kdc \000       \000  \000         \000     \000       \000   \032"
    "\000\000\000\377\000\000\000"
    // SEC_E_KDC_CERT_EXPIRED
    "e_kdc_cert_expir_expired_expired_expired \000   \000    \000     \000       \000       \000       \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_KDC_CERT_REVOKED
    "e_kdc_cert_revok_revoked_revoked_revoked \000   \000    \000     \000       \000       \000       \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_INVALID_PARAMETER
    "e_invalid_paramearameterarameterarameter \000       \000                              \023\000\000\000"
    "\377\000\000\000"
    // SEC_E_DELEGATION_POLICY
    "e_delegation_poln_policyn_policyn_policy \000          \000    \000       \000       \000      \023\000"
    "\000\000\377\000\000\000"
    // SEC_E_POLICY_NLTM_ONLY
    "e_policy_nltm_onltm_onlyltm_onlyltm_only \000      \000    \000     \000       \000       \000    \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_NO_CONTEXT
    "e_no_con_context_context_context_context \000  \000   \000       \000       \000       \000       \014"
    "\000\000\000\377\000\000\000"
    // SEC_E_PKU2U_CERT_FAILURE
    "e_pku2u_cert_fai_failure_failure_failure \000   \000 \000    \000   \000       \000       \000       "
    "\024\000\000\000\377\000\000\000"
    // SEC_E_MUTUAL_AUTH_FAILED
    "e_mutual_auth_fah_failedh_failedh_failed \000      \000    \000   \000       \000       \000      \024"
    "\000\000\000\377\000\000\000"
    // SEC_E_ONLY_HTTPS_ALLOWED
    "e_only_https_all_allowed_allowed_allowed \000    \000     \000   \000       \000       \000       \024"
    "\000\000\000\377\000\000\000"
    // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    "e_application_protocol_mmismatchmismatch \000           \000        \000                 \037\000\000"
    "\000\377\000\000\000"
    // SEC_E_INVALID_UPN_NAME
    "e_invalid_upn_naupn_nameupn_nameupn_name \000       \000   \000     \000       \000       \000    \022"
    "\000\000\000\377\000\000\000"
    // SEC_E_EXT_BUFFER_TOO_SMALL
    "e_ext_buffer_toooo_smalloo_smalloo_small \000   \000      \000     \000       \000       \000     \026"
    "\000\000\000\377\000\000\000"
    // SEC_E_INSUFFICIENT_BUFFERS
    "e_insufficient_b_buffers_buffers_buffers \000            \000 \000       \000       \000       \026\000"
    "\000\000\377\000\000\000"
    // CRYPT_E_MSG_ERROR
    "crypt_e_msg_errosg_errorsg_errorsg_error     \000 \000   \000      \000       \000       \000     \021"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_UNKNOWN_ALGO
    "crypt_e_unknown_own_algoown_algoown_algo     \000 \000       \000   \000       \000       \000    \024"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_OID_FORMAT
    "crypt_e_oid_formd_formatd_formatd_format     \000 \000   \000     \000       \000       \000      \022"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_INVALID_MSG_TYPE
    "crypt_e_invalid_msg_typemsg_typemsg_type     \000 \000       \000   \000       \000       \000    \030"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_UNEXPECTED_ENCODING
    "crypt_e_unexpected_encodencodingencoding     \000 \000          \000                     \033\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_AUTH_ATTR_MISSING
    "crypt_e_auth_attr_missin_missing_missing     \000 \000    \000    \000      \000       \000       \031"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_HASH_VALUE
    "crypt_e_hash_valsh_valuesh_valuesh_value     \000 \000    \000     \000       \000       \000     \022"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_INVALID_INDEX
    "crypt_e_invalid_id_indexid_indexid_index     \000 \000       \000  \000       \000       \000     \025"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_ALREADY_DECRYPTED
    "crypt_e_already_decrypteecryptedecrypted     \000 \000       \000                        \031\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_NOT_DECRYPTED
    "crypt_e_not_decrecryptedecryptedecrypted     \000 \000   \000                            \025\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_RECIPIENT_NOT_FOUND
    "crypt_e_recipient_not_foot_foundot_found     \000 \000         \000   \000    \000       \000     \033"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_CONTROL_TYPE
    "crypt_e_control_rol_typerol_typerol_type     \000 \000       \000   \000       \000       \000    \024"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_ISSUER_SERIALNUMBER
    "crypt_e_issuer_serialnumalnumberalnumber     \000 \000      \000                         \033\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_SIGNER_NOT_FOUND
    "crypt_e_signer_not_foundot_foundot_found     \000 \000      \000   \000       \000       \000     \030"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_ATTRIBUTES_MISSING
    "crypt_e_attributes_missi_missing_missing     \000 \000          \000     \000       \000       \032\000"
    "\000\000\377\001\000\000"
    // CRYPT_E_STREAM_MSG_NOT_READY
    "crypt_e_stream_msg_not_rot_readyot_ready     \000 \000      \000   \000   \000   \000       \000     "
    "\034\000\000\000\377\001\000\000"
    // CRYPT_E_STREAM_INSUFFICIENT_DATA
    "crypt_e_stream_insufficient_dataent_data     \000 \000      \000            \000       \000     \000\000"
    "\000\377\001\000\000"
    // CRYPT_E_BAD_LEN
    "crypt_e__bad_len_bad_len_bad_len_bad_len     \000 \000\000   \000   \000   \000   \000   \000   \000   "
    "\000   \017\000\000\000\377\001\000\000"
    // CRYPT_E_BAD_ENCODE
    "crypt_e_bad_encod_encoded_encoded_encode     \000 \000   \000     \000       \000       \000      \022"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_FILE_ERROR
    "crypt_e_file_errle_errorle_errorle_error     \000 \000    \000     \000       \000       \000     \022"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NOT_FOUND
    "crypt_e_not_founot_foundot_foundot_found     \000 \000   \000      \000       \000       \000     \021"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_EXISTS
    "crypt_e_e_existse_existse_existse_exists     \000 \000 \000       \000       \000       \000      \016"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NO_PROVIDER
    "crypt_e_no_proviproviderproviderprovider     \000 \000  \000                             \023\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_SELF_SIGNED
    "crypt_e_self_sigf_signedf_signedf_signed     \000 \000    \000    \000       \000       \000      \023"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_DELETED_PREV
    "crypt_e_deleted_ted_prevted_prevted_prev     \000 \000       \000   \000       \000       \000    \024"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NO_MATCH
    "crypt_e_no_matchno_matchno_matchno_match     \000 \000  \000       \000       \000       \000     \020"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_UNEXPECTED_MSG_TYPE
    "crypt_e_unexpected_msg_tmsg_typemsg_type     \000 \000          \000   \000    \000       \000    \033"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NO_KEY_PROPERTY
    "crypt_e_no_key_ppropertypropertyproperty     \000 \000  \000   \000                         \027\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_NO_DECRYPT_CERT
    "crypt_e_no_decryypt_certypt_certypt_cert     \000 \000  \000        \000       \000       \000    \027"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_BAD_MSG
    "crypt_e__bad_msg_bad_msg_bad_msg_bad_msg     \000 \000\000   \000   \000   \000   \000   \000   \000   "
    "\000   \017\000\000\000\377\001\000\000"
    // CRYPT_E_NO_SIGNER
    "crypt_e_no_signeo_signero_signero_signer     \000 \000  \000      \000       \000       \000      \021"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_PENDING_CLOSE
    "crypt_e_pending_ng_closeng_closeng_close     \000 \000       \000  \000       \000       \000     \025"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_REVOKED
    "crypt_e__revoked_revoked_revoked_revoked     \000 \000\000       \000       \000       \000       \017"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NO_REVOCATION_DLL
    "crypt_e_no_revocation_dltion_dlltion_dll     \000 \000  \000          \000      \000       \000   \031"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NO_REVOCATION_CHECK
    "crypt_e_no_revocation_chon_checkon_check     \000 \000  \000          \000    \000       \000     \033"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_REVOCATION_OFFLINE
    "crypt_e_revocation_offli_offline_offline     \000 \000          \000     \000       \000       \032\000"
    "\000\000\377\001\000\000"
    // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    "crypt_e_not_in_revocation_databadatabase     \000 \000   \000  \000          \000              \"\000"
    "\000\000\377\001\000\000"
    // CRYPT_E_INVALID_NUMERIC_STRING
    "crypt_e_invalid_numeric_c_stringc_string     \000 \000       \000       \000 \000       \000      \036"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_INVALID_PRINTABLE_STRING
    "crypt_e_invalid_printable_stringe_string     \000 \000       \000         \000       \000       \000\000"
    "\000\377\001\000\000"
    // CRYPT_E_INVALID_IA5_STRING
    "crypt_e_invalid_ia5_stri5_string5_string     \000 \000       \000  \000\000    \000\000      \000\000   "
    "   \032\000\000\000\377\001\000\000"
    // CRYPT_E_INVALID_X500_STRING
    "crypt_e_invalid_x500_str0_string0_string     \000 \000       \000 \000\000\000\000   \000\000      \000"
    "\000      \033\000\000\000\377\001\000\000"
    // CRYPT_E_NOT_CHAR_STRING
    "crypt_e_not_charr_stringr_stringr_string     \000 \000   \000     \000       \000       \000      \027"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_FILERESIZED
    "crypt_e_fileresieresizederesizederesized     \000 \000                                \023\000\000\000"
    "\377\001\000\000"
    // CRYPT_E_SECURITY_SETTINGS
    "crypt_e_security_settingsettingssettings     \000 \000        \000                       \031\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_NO_VERIFY_USAGE_DLL
    "crypt_e_no_verify_usage_sage_dllsage_dll     \000 \000  \000      \000     \000    \000       \000   "
    "\033\000\000\000\377\001\000\000"
    // CRYPT_E_NO_VERIFY_USAGE_CHECK
    "crypt_e_no_verify_usage_ge_checkge_check     \000 \000  \000      \000     \000  \000       \000     "
    "\035\000\000\000\377\001\000\000"
    // CRYPT_E_VERIFY_USAGE_OFFLINE
    "crypt_e_verify_usage_off_offline_offline     \000 \000      \000     \000   \000       \000       \034"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_NOT_IN_CTL
    "crypt_e_not_in_ct_in_ctlt_in_ctlt_in_ctl     \000 \000   \000  \000  \000  \000    \000  \000    \000  "
    "\000   \022\000\000\000\377\001\000\000"
    // CRYPT_E_NO_TRUSTED_SIGNER
    "crypt_e_no_trusted_signed_signerd_signer     \000 \000  \000       \000      \000       \000      \031"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_MISSING_PUBKEY_PARA
    "crypt_e_missing_pubkey_pkey_parakey_para     \000 \000       \000      \000    \000       \000    \033"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    "crypt_e_object_locator_object_noot_found     \000 \000      \000       \000      \000    \000     '\000"
    "\000\000\377\001\000\000"
    // CRYPT_E_OSS_ERROR
    "crypt_e_oss_erross_errorss_errorss_error     \000 \000   \000      \000       \000       \000     \021"
    "\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_ERROR
    "crypt_e_asn1_errn1_errorn1_errorn1_error     \000 \000   \000\000    \000\000      \000\000      \000"
    "\000     \022\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_INTERNAL
    "crypt_e_asn1_intinternalinternalinternal     \000 \000   \000\000                           \025\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_ASN1_EOD
    "crypt_e_asn1_eodasn1_eodasn1_eodasn1_eod     \000 \000   \000\000      \000\000      \000\000      \000"
    "\000   \020\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_CORRUPT
    "crypt_e_asn1_cor_corrupt_corrupt_corrupt     \000 \000   \000\000   \000       \000       \000       "
    "\024\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_LARGE
    "crypt_e_asn1_larn1_largen1_largen1_large     \000 \000   \000\000    \000\000      \000\000      \000"
    "\000     \022\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_CONSTRAINT
    "crypt_e_asn1_connstraintnstraintnstraint     \000 \000   \000\000                           \027\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_ASN1_MEMORY
    "crypt_e_asn1_mem1_memory1_memory1_memory     \000 \000   \000\000   \000\000      \000\000      \000\000"
    "      \023\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_OVERFLOW
    "crypt_e_asn1_oveoverflowoverflowoverflow     \000 \000   \000\000                           \025\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_ASN1_BADPDU
    "crypt_e_asn1_bad1_badpdu1_badpdu1_badpdu     \000 \000   \000\000   \000\000      \000\000      \000\000"
    "      \023\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_BADARGS
    "crypt_e_asn1_bad_badargs_badargs_badargs     \000 \000   \000\000   \000       \000       \000       "
    "\024\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_BADREAL
    "crypt_e_asn1_bad_badreal_badreal_badreal     \000 \000   \000\000   \000       \000       \000       "
    "\024\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_BADTAG
    "crypt_e_asn1_bad1_badtag1_badtag1_badtag     \000 \000   \000\000   \000\000      \000\000      \000\000"
    "      \023\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_CHOICE
    "crypt_e_asn1_cho1_choice1_choice1_choice     \000 \000   \000\000   \000\000      \000\000      \000\000"
    "      \023\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_RULE
    "crypt_e_asn1_rulsn1_rulesn1_rulesn1_rule     \000 \000   \000\000     \000\000      \000\000      \000"
    "\000    \021\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_UTF8
    "crypt_e_asn1_utfsn1_utf8sn1_utf8sn1_utf8     \000 \000   \000\000     \000\000   \000  \000\000   \000  "
    "\000\000   \000\021\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_PDU_TYPE
    "crypt_e_asn1_pdupdu_typepdu_typepdu_type     \000 \000   \000\000      \000       \000       \000    "
    "\025\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_NYI
    "crypt_e_asn1_nyiasn1_nyiasn1_nyiasn1_nyi     \000 \000   \000\000      \000\000      \000\000      \000"
    "\000   \020\000\000\000\377\001\000\000"
    // CRYPT_E_ASN1_EXTENDED
    "crypt_e_asn1_extextendedextendedextended     \000 \000   \000\000                           \025\000\000"
    "\000\377\001\000\000"
    // CRYPT_E_ASN1_NOEOD
    "crypt_e_asn1_noen1_noeodn1_noeodn1_noeod     \000 \000   \000\000    \000\000      \000\000      \000"
    "\000     \022\000\000\000\377\001\000\000"
    // TRUST_E_SYSTEM_ERROR
    "trust_e_system_eem_errorem_errorem_error     \000 \000      \000   \000       \000       \000     \024"
    "\000\000\000\377\001\000\000"
    // TRUST_E_NO_SIGNER_CERT
    "trust_e_no_signener_certner_certner_cert     \000 \000  \000        \000       \000       \000    \026"
    "\000\000\000\377\001\000\000"
    // TRUST_E_COUNTER_SIGNER
    "trust_e_counter_r_signerr_signerr_signer     \000 \000       \000 \000       \000       \000      \026"
    "\000\000\000\377\001\000\000"
    // TRUST_E_CERT_SIGNATURE
    "trust_e_cert_sigignatureignatureignature     \000 \000    \000                           \026\000\000"
    "\000\377\001\000\000"
    // TRUST_E_TIME_STAMP
    "trust_e_time_stame_stampme_stampme_stamp     \000 \000    \000     \000       \000       \000     \022"
    "\000\000\000\377\001\000\000"
    // TRUST_E_BAD_DIGEST
    "trust_e_bad_diged_digestd_digestd_digest     \000 \000   \000     \000       \000       \000      \022"
    "\000\000\000\377\001\000\000"
    // TRUST_E_MALFORMED_SIGNATURE
    "trust_e_malformed_signatignatureignature     \000 \000         \000                      \033\000\000"
    "\000\377\001\000\000"
    // TRUST_E_BASIC_CONSTRAINTS
    "trust_e_basic_constraintstraintsstraints     \000 \000     \000                          \031\000\000"
    "\000\377\001\000\000"
    // TRUST_E_FINANCIAL_CRITERIA
    "trust_e_financial_critercriteriacriteria     \000 \000         \000                      \032\000\000"
    "\000\377\001\000\000"
    // TRUST_E_PROVIDER_UNKNOWN
    "trust_e_provider_unknown_unknown_unknown     \000 \000        \000       \000       \000       \030\000"
    "\000\000\377\001\000\000"
    // TRUST_E_ACTION_UNKNOWN
    "trust_e_action_u_unknown_unknown_unknown     \000 \000      \000 \000       \000       \000       \026"
    "\000\000\000\377\001\000\000"
    // TRUST_E_SUBJECT_FORM_UNKNOWN
    "trust_e_subject_form_unk_unknown_unknown     \000 \000       \000    \000   \000       \000       \034"
    "\000\000\000\377\001\000\000"
    // TRUST_E_SUBJECT_NOT_TRUSTED
    "trust_e_subject_not_trus_trusted_trusted     \000 \000       \000   \000    \000       \000       \033"
    "\000\000\000\377\001\000\000"
    // TRUST_E_NOSIGNATURE
    "trust_e_nosignatignatureignatureignature     \000 \000                                \023\000\000\000"
    "\377\001\000\000"
    // CERT_E_EXPIRED
    "cert_e_e_expired_expired_expired_expired    \000 \000 \000       \000       \000       \000       \016"
    "\000\000\000\377\001\000\000"
    // CERT_E_VALIDITYPERIODNESTING
    "cert_e_validityperiodnesdnestingdnesting    \000 \000                                 \034\000\000\000"
    "\377\001\000\000"
    // CERT_E_ROLE
    "cert_e_rt_e_rolet_e_rolet_e_rolet_e_role    \000 \000  \000 \000     \000 \000     \000 \000     \000 "
    "\000    \013\000\000\000\377\001\000\000"
    // CERT_E_PATHLENCONST
    "cert_e_pathlencolenconstlenconstlenconst    \000 \000                                 \023\000\000\000"
    "\377\001\000\000"
    // CERT_E_CRITICAL
    "cert_e_ccriticalcriticalcriticalcritical    \000 \000                                 \017\000\000\000"
    "\377\001\000\000"
    // CERT_E_PURPOSE
    "cert_e_p_purpose_purpose_purpose_purpose    \000 \000 \000       \000       \000       \000       \016"
    "\000\000\000\377\001\000\000"
    // CERT_E_ISSUERCHAINING
    "cert_e_issuerchachainingchainingchaining    \000 \000                                 \025\000\000\000"
    "\377\001\000\000"
    // CERT_E_MALFORMED
    "cert_e_malformedalformedalformedalformed    \000 \000                                 \020\000\000\000"
    "\377\001\000\000"
    // CERT_E_UNTRUSTEDROOT
    "cert_e_untrustedstedrootstedrootstedroot    \000 \000                                 \024\000\000\000"
    "\377\001\000\000"
    // CERT_E_CHAINING
    "cert_e_cchainingchainingchainingchaining    \000 \000                                 \017\000\000\000"
    "\377\001\000\000"
    // TRUST_E_FAIL
    "trust_e_t_e_failt_e_failt_e_failt_e_fail     \000 \000 \000 \000     \000 \000     \000 \000     \000 "
    "\000    \014\000\000\000\377\001\000\000"
    // CERT_E_REVOKED
    "cert_e_r_revoked_revoked_revoked_revoked    \000 \000 \000       \000       \000       \000       \016"
    "\000\000\000\377\001\000\000"
    // CERT_E_UNTRUSTEDTESTROOT
    "cert_e_untrustedtestroottestroottestroot    \000 \000                                 \030\000\000\000"
    "\377\001\000\000"
    // CERT_E_REVOCATION_FAILURE
    "cert_e_revocation_failur_failure_failure    \000 \000          \000      \000       \000       \031\000"
    "\000\000\377\001\000\000"
    // CERT_E_CN_NO_MATCH
    "cert_e_cn_no_matno_matchno_matchno_match    \000 \000  \000  \000     \000       \000       \000     "
    "\022\000\000\000\377\001\000\000"
    // CERT_E_WRONG_USAGE
    "cert_e_wrong_usang_usageng_usageng_usage    \000 \000     \000     \000       \000       \000     \022"
    "\000\000\000\377\001\000\000"
    // TRUST_E_EXPLICIT_DISTRUST
    "trust_e_explicit_distrusdistrustdistrust     \000 \000        \000                       \031\000\000"
    "\000\377\001\000\000"
    // CERT_E_UNTRUSTEDCA
    "cert_e_untrustedrustedcarustedcarustedca    \000 \000                                 \022\000\000\000"
    "\377\001\000\000"
    // CERT_E_INVALID_POLICY
    "cert_e_invalid_pd_policyd_policyd_policy    \000 \000       \000  \000       \000       \000      \025"
    "\000\000\000\377\001\000\000"
    // CERT_E_INVALID_NAME
    "cert_e_invalid_nlid_namelid_namelid_name    \000 \000       \000    \000       \000       \000    \023"
    "\000\000\000\377\001\000\000"
    ;
inline constexpr std::size_t shortest_name_key = 4;
inline constexpr std::size_t longest_name_key = 39;

// The prefix of each family's names, in the order of sspi::family.
inline constexpr std::array<std::string_view, 4> family_names{{
    "SEC"sv, "CERT"sv, "CRYPT"sv, "TRUST"sv,
}};
inline constexpr std::array<family, 4> all_families{{
    family::sec, family::cert, family::crypt, family::trust,
}};

}  // namespace detail
}  // namespace sspi

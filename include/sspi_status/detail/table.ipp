// Generated from data/ (sspi_status.csv, languages.csv, tls_alerts.csv, packages.csv, call_texts.csv)
// by sspi-status-gen (tools/generator). Do not edit.
// Included once, by <sspi_status/sspi_status.hpp>, where sspi::entry is defined.

namespace sspi {
namespace detail {

inline constexpr std::array<entry, 200> table{{
    {status::sec_e_ok, 0x00000000u, "SEC_E_OK"sv, {}, family::sec},
    {status::sec_i_continue_needed, 0x00090312u, "SEC_I_CONTINUE_NEEDED"sv, {}, family::sec},
    {status::sec_i_complete_needed, 0x00090313u, "SEC_I_COMPLETE_NEEDED"sv, {}, family::sec},
    {status::sec_i_complete_and_continue, 0x00090314u, "SEC_I_COMPLETE_AND_CONTINUE"sv, {}, family::sec},
    {status::sec_i_local_logon, 0x00090315u, "SEC_I_LOCAL_LOGON"sv, {}, family::sec},
    {status::sec_i_generic_extension_received, 0x00090316u, "SEC_I_GENERIC_EXTENSION_RECEIVED"sv, {}, family::sec},
    {status::sec_i_context_expired, 0x00090317u, "SEC_I_CONTEXT_EXPIRED"sv, {}, family::sec},
    {status::sec_i_incomplete_credentials, 0x00090320u, "SEC_I_INCOMPLETE_CREDENTIALS"sv, {}, family::sec},
    {status::sec_i_renegotiate, 0x00090321u, "SEC_I_RENEGOTIATE"sv, {}, family::sec},
    {status::sec_i_no_lsa_context, 0x00090323u, "SEC_I_NO_LSA_CONTEXT"sv, {}, family::sec},
    {status::sec_i_signature_needed, 0x0009035Cu, "SEC_I_SIGNATURE_NEEDED"sv, {}, family::sec},
    {status::sec_i_no_renegotiation, 0x00090360u, "SEC_I_NO_RENEGOTIATION"sv, {}, family::sec},
    {status::sec_i_message_fragment, 0x00090364u, "SEC_I_MESSAGE_FRAGMENT"sv, {}, family::sec},
    {status::sec_i_continue_needed_message_ok, 0x00090366u, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK"sv, {}, family::sec},
    {status::sec_i_async_call_pending, 0x00090368u, "SEC_I_ASYNC_CALL_PENDING"sv, {}, family::sec},
    {status::sec_e_insufficient_memory, 0x80090300u, "SEC_E_INSUFFICIENT_MEMORY"sv, {}, family::sec},
    {status::sec_e_invalid_handle, 0x80090301u, "SEC_E_INVALID_HANDLE"sv, {}, family::sec},
    {status::sec_e_unsupported_function, 0x80090302u, "SEC_E_UNSUPPORTED_FUNCTION"sv, {}, family::sec},
    {status::sec_e_not_supported, 0x80090302u, "SEC_E_NOT_SUPPORTED"sv, "SEC_E_UNSUPPORTED_FUNCTION"sv, family::sec},
    {status::sec_e_target_unknown, 0x80090303u, "SEC_E_TARGET_UNKNOWN"sv, {}, family::sec},
    {status::sec_e_internal_error, 0x80090304u, "SEC_E_INTERNAL_ERROR"sv, {}, family::sec},
    {status::sec_e_no_spm, 0x80090304u, "SEC_E_NO_SPM"sv, "SEC_E_INTERNAL_ERROR"sv, family::sec},
    {status::sec_e_secpkg_not_found, 0x80090305u, "SEC_E_SECPKG_NOT_FOUND"sv, {}, family::sec},
    {status::sec_e_not_owner, 0x80090306u, "SEC_E_NOT_OWNER"sv, {}, family::sec},
    {status::sec_e_cannot_install, 0x80090307u, "SEC_E_CANNOT_INSTALL"sv, {}, family::sec},
    {status::sec_e_invalid_token, 0x80090308u, "SEC_E_INVALID_TOKEN"sv, {}, family::sec},
    {status::sec_e_cannot_pack, 0x80090309u, "SEC_E_CANNOT_PACK"sv, {}, family::sec},
    {status::sec_e_qop_not_supported, 0x8009030Au, "SEC_E_QOP_NOT_SUPPORTED"sv, {}, family::sec},
    {status::sec_e_no_impersonation, 0x8009030Bu, "SEC_E_NO_IMPERSONATION"sv, {}, family::sec},
    {status::sec_e_logon_denied, 0x8009030Cu, "SEC_E_LOGON_DENIED"sv, {}, family::sec},
    {status::sec_e_unknown_credentials, 0x8009030Du, "SEC_E_UNKNOWN_CREDENTIALS"sv, {}, family::sec},
    {status::sec_e_no_credentials, 0x8009030Eu, "SEC_E_NO_CREDENTIALS"sv, {}, family::sec},
    {status::sec_e_message_altered, 0x8009030Fu, "SEC_E_MESSAGE_ALTERED"sv, {}, family::sec},
    {status::sec_e_out_of_sequence, 0x80090310u, "SEC_E_OUT_OF_SEQUENCE"sv, {}, family::sec},
    {status::sec_e_no_authenticating_authority, 0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY"sv, {}, family::sec},
    {status::sec_e_bad_pkgid, 0x80090316u, "SEC_E_BAD_PKGID"sv, {}, family::sec},
    {status::sec_e_context_expired, 0x80090317u, "SEC_E_CONTEXT_EXPIRED"sv, {}, family::sec},
    {status::sec_e_incomplete_message, 0x80090318u, "SEC_E_INCOMPLETE_MESSAGE"sv, {}, family::sec},
    {status::sec_e_incomplete_credentials, 0x80090320u, "SEC_E_INCOMPLETE_CREDENTIALS"sv, {}, family::sec},
    {status::sec_e_buffer_too_small, 0x80090321u, "SEC_E_BUFFER_TOO_SMALL"sv, {}, family::sec},
    {status::sec_e_wrong_principal, 0x80090322u, "SEC_E_WRONG_PRINCIPAL"sv, {}, family::sec},
    {status::sec_e_time_skew, 0x80090324u, "SEC_E_TIME_SKEW"sv, {}, family::sec},
    {status::sec_e_untrusted_root, 0x80090325u, "SEC_E_UNTRUSTED_ROOT"sv, {}, family::sec},
    {status::sec_e_illegal_message, 0x80090326u, "SEC_E_ILLEGAL_MESSAGE"sv, {}, family::sec},
    {status::sec_e_cert_unknown, 0x80090327u, "SEC_E_CERT_UNKNOWN"sv, {}, family::sec},
    {status::sec_e_cert_expired, 0x80090328u, "SEC_E_CERT_EXPIRED"sv, {}, family::sec},
    {status::sec_e_encrypt_failure, 0x80090329u, "SEC_E_ENCRYPT_FAILURE"sv, {}, family::sec},
    {status::sec_e_decrypt_failure, 0x80090330u, "SEC_E_DECRYPT_FAILURE"sv, {}, family::sec},
    {status::sec_e_algorithm_mismatch, 0x80090331u, "SEC_E_ALGORITHM_MISMATCH"sv, {}, family::sec},
    {status::sec_e_security_qos_failed, 0x80090332u, "SEC_E_SECURITY_QOS_FAILED"sv, {}, family::sec},
    {status::sec_e_unfinished_context_deleted, 0x80090333u, "SEC_E_UNFINISHED_CONTEXT_DELETED"sv, {}, family::sec},
    {status::sec_e_no_tgt_reply, 0x80090334u, "SEC_E_NO_TGT_REPLY"sv, {}, family::sec},
    {status::sec_e_no_ip_addresses, 0x80090335u, "SEC_E_NO_IP_ADDRESSES"sv, {}, family::sec},
    {status::sec_e_wrong_credential_handle, 0x80090336u, "SEC_E_WRONG_CREDENTIAL_HANDLE"sv, {}, family::sec},
    {status::sec_e_crypto_system_invalid, 0x80090337u, "SEC_E_CRYPTO_SYSTEM_INVALID"sv, {}, family::sec},
    {status::sec_e_max_referrals_exceeded, 0x80090338u, "SEC_E_MAX_REFERRALS_EXCEEDED"sv, {}, family::sec},
    {status::sec_e_must_be_kdc, 0x80090339u, "SEC_E_MUST_BE_KDC"sv, {}, family::sec},
    {status::sec_e_strong_crypto_not_supported, 0x8009033Au, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED"sv, {}, family::sec},
    {status::sec_e_too_many_principals, 0x8009033Bu, "SEC_E_TOO_MANY_PRINCIPALS"sv, {}, family::sec},
    {status::sec_e_no_pa_data, 0x8009033Cu, "SEC_E_NO_PA_DATA"sv, {}, family::sec},
    {status::sec_e_pkinit_name_mismatch, 0x8009033Du, "SEC_E_PKINIT_NAME_MISMATCH"sv, {}, family::sec},
    {status::sec_e_smartcard_logon_required, 0x8009033Eu, "SEC_E_SMARTCARD_LOGON_REQUIRED"sv, {}, family::sec},
    {status::sec_e_shutdown_in_progress, 0x8009033Fu, "SEC_E_SHUTDOWN_IN_PROGRESS"sv, {}, family::sec},
    {status::sec_e_kdc_invalid_request, 0x80090340u, "SEC_E_KDC_INVALID_REQUEST"sv, {}, family::sec},
    {status::sec_e_kdc_unable_to_refer, 0x80090341u, "SEC_E_KDC_UNABLE_TO_REFER"sv, {}, family::sec},
    {status::sec_e_kdc_unknown_etype, 0x80090342u, "SEC_E_KDC_UNKNOWN_ETYPE"sv, {}, family::sec},
    {status::sec_e_unsupported_preauth, 0x80090343u, "SEC_E_UNSUPPORTED_PREAUTH"sv, {}, family::sec},
    {status::sec_e_delegation_required, 0x80090345u, "SEC_E_DELEGATION_REQUIRED"sv, {}, family::sec},
    {status::sec_e_bad_bindings, 0x80090346u, "SEC_E_BAD_BINDINGS"sv, {}, family::sec},
    {status::sec_e_multiple_accounts, 0x80090347u, "SEC_E_MULTIPLE_ACCOUNTS"sv, {}, family::sec},
    {status::sec_e_no_kerb_key, 0x80090348u, "SEC_E_NO_KERB_KEY"sv, {}, family::sec},
    {status::sec_e_cert_wrong_usage, 0x80090349u, "SEC_E_CERT_WRONG_USAGE"sv, {}, family::sec},
    {status::sec_e_downgrade_detected, 0x80090350u, "SEC_E_DOWNGRADE_DETECTED"sv, {}, family::sec},
    {status::sec_e_smartcard_cert_revoked, 0x80090351u, "SEC_E_SMARTCARD_CERT_REVOKED"sv, {}, family::sec},
    {status::sec_e_issuing_ca_untrusted, 0x80090352u, "SEC_E_ISSUING_CA_UNTRUSTED"sv, {}, family::sec},
    {status::sec_e_revocation_offline_c, 0x80090353u, "SEC_E_REVOCATION_OFFLINE_C"sv, {}, family::sec},
    {status::sec_e_pkinit_client_failure, 0x80090354u, "SEC_E_PKINIT_CLIENT_FAILURE"sv, {}, family::sec},
    {status::sec_e_smartcard_cert_expired, 0x80090355u, "SEC_E_SMARTCARD_CERT_EXPIRED"sv, {}, family::sec},
    {status::sec_e_no_s4u_prot_support, 0x80090356u, "SEC_E_NO_S4U_PROT_SUPPORT"sv, {}, family::sec},
    {status::sec_e_crossrealm_delegation_failure, 0x80090357u, "SEC_E_CROSSREALM_DELEGATION_FAILURE"sv, {}, family::sec},
    {status::sec_e_revocation_offline_kdc, 0x80090358u, "SEC_E_REVOCATION_OFFLINE_KDC"sv, {}, family::sec},
    {status::sec_e_issuing_ca_untrusted_kdc, 0x80090359u, "SEC_E_ISSUING_CA_UNTRUSTED_KDC"sv, {}, family::sec},
    {status::sec_e_kdc_cert_expired, 0x8009035Au, "SEC_E_KDC_CERT_EXPIRED"sv, {}, family::sec},
    {status::sec_e_kdc_cert_revoked, 0x8009035Bu, "SEC_E_KDC_CERT_REVOKED"sv, {}, family::sec},
    {status::sec_e_invalid_parameter, 0x8009035Du, "SEC_E_INVALID_PARAMETER"sv, {}, family::sec},
    {status::sec_e_delegation_policy, 0x8009035Eu, "SEC_E_DELEGATION_POLICY"sv, {}, family::sec},
    {status::sec_e_policy_nltm_only, 0x8009035Fu, "SEC_E_POLICY_NLTM_ONLY"sv, {}, family::sec},
    {status::sec_e_no_context, 0x80090361u, "SEC_E_NO_CONTEXT"sv, {}, family::sec},
    {status::sec_e_pku2u_cert_failure, 0x80090362u, "SEC_E_PKU2U_CERT_FAILURE"sv, {}, family::sec},
    {status::sec_e_mutual_auth_failed, 0x80090363u, "SEC_E_MUTUAL_AUTH_FAILED"sv, {}, family::sec},
    {status::sec_e_only_https_allowed, 0x80090365u, "SEC_E_ONLY_HTTPS_ALLOWED"sv, {}, family::sec},
    {status::sec_e_application_protocol_mismatch, 0x80090367u, "SEC_E_APPLICATION_PROTOCOL_MISMATCH"sv, {}, family::sec},
    {status::sec_e_invalid_upn_name, 0x80090369u, "SEC_E_INVALID_UPN_NAME"sv, {}, family::sec},
    {status::sec_e_ext_buffer_too_small, 0x8009036Au, "SEC_E_EXT_BUFFER_TOO_SMALL"sv, {}, family::sec},
    {status::sec_e_insufficient_buffers, 0x8009036Bu, "SEC_E_INSUFFICIENT_BUFFERS"sv, {}, family::sec},
    {status::crypt_e_msg_error, 0x80091001u, "CRYPT_E_MSG_ERROR"sv, {}, family::crypt},
    {status::crypt_e_unknown_algo, 0x80091002u, "CRYPT_E_UNKNOWN_ALGO"sv, {}, family::crypt},
    {status::crypt_e_oid_format, 0x80091003u, "CRYPT_E_OID_FORMAT"sv, {}, family::crypt},
    {status::crypt_e_invalid_msg_type, 0x80091004u, "CRYPT_E_INVALID_MSG_TYPE"sv, {}, family::crypt},
    {status::crypt_e_unexpected_encoding, 0x80091005u, "CRYPT_E_UNEXPECTED_ENCODING"sv, {}, family::crypt},
    {status::crypt_e_auth_attr_missing, 0x80091006u, "CRYPT_E_AUTH_ATTR_MISSING"sv, {}, family::crypt},
    {status::crypt_e_hash_value, 0x80091007u, "CRYPT_E_HASH_VALUE"sv, {}, family::crypt},
    {status::crypt_e_invalid_index, 0x80091008u, "CRYPT_E_INVALID_INDEX"sv, {}, family::crypt},
    {status::crypt_e_already_decrypted, 0x80091009u, "CRYPT_E_ALREADY_DECRYPTED"sv, {}, family::crypt},
    {status::crypt_e_not_decrypted, 0x8009100Au, "CRYPT_E_NOT_DECRYPTED"sv, {}, family::crypt},
    {status::crypt_e_recipient_not_found, 0x8009100Bu, "CRYPT_E_RECIPIENT_NOT_FOUND"sv, {}, family::crypt},
    {status::crypt_e_control_type, 0x8009100Cu, "CRYPT_E_CONTROL_TYPE"sv, {}, family::crypt},
    {status::crypt_e_issuer_serialnumber, 0x8009100Du, "CRYPT_E_ISSUER_SERIALNUMBER"sv, {}, family::crypt},
    {status::crypt_e_signer_not_found, 0x8009100Eu, "CRYPT_E_SIGNER_NOT_FOUND"sv, {}, family::crypt},
    {status::crypt_e_attributes_missing, 0x8009100Fu, "CRYPT_E_ATTRIBUTES_MISSING"sv, {}, family::crypt},
    {status::crypt_e_stream_msg_not_ready, 0x80091010u, "CRYPT_E_STREAM_MSG_NOT_READY"sv, {}, family::crypt},
    {status::crypt_e_stream_insufficient_data, 0x80091011u, "CRYPT_E_STREAM_INSUFFICIENT_DATA"sv, {}, family::crypt},
    {status::crypt_e_bad_len, 0x80092001u, "CRYPT_E_BAD_LEN"sv, {}, family::crypt},
    {status::crypt_e_bad_encode, 0x80092002u, "CRYPT_E_BAD_ENCODE"sv, {}, family::crypt},
    {status::crypt_e_file_error, 0x80092003u, "CRYPT_E_FILE_ERROR"sv, {}, family::crypt},
    {status::crypt_e_not_found, 0x80092004u, "CRYPT_E_NOT_FOUND"sv, {}, family::crypt},
    {status::crypt_e_exists, 0x80092005u, "CRYPT_E_EXISTS"sv, {}, family::crypt},
    {status::crypt_e_no_provider, 0x80092006u, "CRYPT_E_NO_PROVIDER"sv, {}, family::crypt},
    {status::crypt_e_self_signed, 0x80092007u, "CRYPT_E_SELF_SIGNED"sv, {}, family::crypt},
    {status::crypt_e_deleted_prev, 0x80092008u, "CRYPT_E_DELETED_PREV"sv, {}, family::crypt},
    {status::crypt_e_no_match, 0x80092009u, "CRYPT_E_NO_MATCH"sv, {}, family::crypt},
    {status::crypt_e_unexpected_msg_type, 0x8009200Au, "CRYPT_E_UNEXPECTED_MSG_TYPE"sv, {}, family::crypt},
    {status::crypt_e_no_key_property, 0x8009200Bu, "CRYPT_E_NO_KEY_PROPERTY"sv, {}, family::crypt},
    {status::crypt_e_no_decrypt_cert, 0x8009200Cu, "CRYPT_E_NO_DECRYPT_CERT"sv, {}, family::crypt},
    {status::crypt_e_bad_msg, 0x8009200Du, "CRYPT_E_BAD_MSG"sv, {}, family::crypt},
    {status::crypt_e_no_signer, 0x8009200Eu, "CRYPT_E_NO_SIGNER"sv, {}, family::crypt},
    {status::crypt_e_pending_close, 0x8009200Fu, "CRYPT_E_PENDING_CLOSE"sv, {}, family::crypt},
    {status::crypt_e_revoked, 0x80092010u, "CRYPT_E_REVOKED"sv, {}, family::crypt},
    {status::crypt_e_no_revocation_dll, 0x80092011u, "CRYPT_E_NO_REVOCATION_DLL"sv, {}, family::crypt},
    {status::crypt_e_no_revocation_check, 0x80092012u, "CRYPT_E_NO_REVOCATION_CHECK"sv, {}, family::crypt},
    {status::crypt_e_revocation_offline, 0x80092013u, "CRYPT_E_REVOCATION_OFFLINE"sv, {}, family::crypt},
    {status::crypt_e_not_in_revocation_database, 0x80092014u, "CRYPT_E_NOT_IN_REVOCATION_DATABASE"sv, {}, family::crypt},
    {status::crypt_e_invalid_numeric_string, 0x80092020u, "CRYPT_E_INVALID_NUMERIC_STRING"sv, {}, family::crypt},
    {status::crypt_e_invalid_printable_string, 0x80092021u, "CRYPT_E_INVALID_PRINTABLE_STRING"sv, {}, family::crypt},
    {status::crypt_e_invalid_ia5_string, 0x80092022u, "CRYPT_E_INVALID_IA5_STRING"sv, {}, family::crypt},
    {status::crypt_e_invalid_x500_string, 0x80092023u, "CRYPT_E_INVALID_X500_STRING"sv, {}, family::crypt},
    {status::crypt_e_not_char_string, 0x80092024u, "CRYPT_E_NOT_CHAR_STRING"sv, {}, family::crypt},
    {status::crypt_e_fileresized, 0x80092025u, "CRYPT_E_FILERESIZED"sv, {}, family::crypt},
    {status::crypt_e_security_settings, 0x80092026u, "CRYPT_E_SECURITY_SETTINGS"sv, {}, family::crypt},
    {status::crypt_e_no_verify_usage_dll, 0x80092027u, "CRYPT_E_NO_VERIFY_USAGE_DLL"sv, {}, family::crypt},
    {status::crypt_e_no_verify_usage_check, 0x80092028u, "CRYPT_E_NO_VERIFY_USAGE_CHECK"sv, {}, family::crypt},
    {status::crypt_e_verify_usage_offline, 0x80092029u, "CRYPT_E_VERIFY_USAGE_OFFLINE"sv, {}, family::crypt},
    {status::crypt_e_not_in_ctl, 0x8009202Au, "CRYPT_E_NOT_IN_CTL"sv, {}, family::crypt},
    {status::crypt_e_no_trusted_signer, 0x8009202Bu, "CRYPT_E_NO_TRUSTED_SIGNER"sv, {}, family::crypt},
    {status::crypt_e_missing_pubkey_para, 0x8009202Cu, "CRYPT_E_MISSING_PUBKEY_PARA"sv, {}, family::crypt},
    {status::crypt_e_object_locator_object_not_found, 0x8009202Du, "CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND"sv, {}, family::crypt},
    {status::crypt_e_oss_error, 0x80093000u, "CRYPT_E_OSS_ERROR"sv, {}, family::crypt},
    {status::crypt_e_asn1_error, 0x80093100u, "CRYPT_E_ASN1_ERROR"sv, {}, family::crypt},
    {status::crypt_e_asn1_internal, 0x80093101u, "CRYPT_E_ASN1_INTERNAL"sv, {}, family::crypt},
    {status::crypt_e_asn1_eod, 0x80093102u, "CRYPT_E_ASN1_EOD"sv, {}, family::crypt},
    {status::crypt_e_asn1_corrupt, 0x80093103u, "CRYPT_E_ASN1_CORRUPT"sv, {}, family::crypt},
    {status::crypt_e_asn1_large, 0x80093104u, "CRYPT_E_ASN1_LARGE"sv, {}, family::crypt},
    {status::crypt_e_asn1_constraint, 0x80093105u, "CRYPT_E_ASN1_CONSTRAINT"sv, {}, family::crypt},
    {status::crypt_e_asn1_memory, 0x80093106u, "CRYPT_E_ASN1_MEMORY"sv, {}, family::crypt},
    {status::crypt_e_asn1_overflow, 0x80093107u, "CRYPT_E_ASN1_OVERFLOW"sv, {}, family::crypt},
    {status::crypt_e_asn1_badpdu, 0x80093108u, "CRYPT_E_ASN1_BADPDU"sv, {}, family::crypt},
    {status::crypt_e_asn1_badargs, 0x80093109u, "CRYPT_E_ASN1_BADARGS"sv, {}, family::crypt},
    {status::crypt_e_asn1_badreal, 0x8009310Au, "CRYPT_E_ASN1_BADREAL"sv, {}, family::crypt},
    {status::crypt_e_asn1_badtag, 0x8009310Bu, "CRYPT_E_ASN1_BADTAG"sv, {}, family::crypt},
    {status::crypt_e_asn1_choice, 0x8009310Cu, "CRYPT_E_ASN1_CHOICE"sv, {}, family::crypt},
    {status::crypt_e_asn1_rule, 0x8009310Du, "CRYPT_E_ASN1_RULE"sv, {}, family::crypt},
    {status::crypt_e_asn1_utf8, 0x8009310Eu, "CRYPT_E_ASN1_UTF8"sv, {}, family::crypt},
    {status::crypt_e_asn1_pdu_type, 0x80093133u, "CRYPT_E_ASN1_PDU_TYPE"sv, {}, family::crypt},
    {status::crypt_e_asn1_nyi, 0x80093134u, "CRYPT_E_ASN1_NYI"sv, {}, family::crypt},
    {status::crypt_e_asn1_extended, 0x80093201u, "CRYPT_E_ASN1_EXTENDED"sv, {}, family::crypt},
    {status::crypt_e_asn1_noeod, 0x80093202u, "CRYPT_E_ASN1_NOEOD"sv, {}, family::crypt},
    {status::trust_e_system_error, 0x80096001u, "TRUST_E_SYSTEM_ERROR"sv, {}, family::trust},
    {status::trust_e_no_signer_cert, 0x80096002u, "TRUST_E_NO_SIGNER_CERT"sv, {}, family::trust},
    {status::trust_e_counter_signer, 0x80096003u, "TRUST_E_COUNTER_SIGNER"sv, {}, family::trust},
    {status::trust_e_cert_signature, 0x80096004u, "TRUST_E_CERT_SIGNATURE"sv, {}, family::trust},
    {status::trust_e_time_stamp, 0x80096005u, "TRUST_E_TIME_STAMP"sv, {}, family::trust},
    {status::trust_e_bad_digest, 0x80096010u, "TRUST_E_BAD_DIGEST"sv, {}, family::trust},
    {status::trust_e_malformed_signature, 0x80096011u, "TRUST_E_MALFORMED_SIGNATURE"sv, {}, family::trust},
    {status::trust_e_basic_constraints, 0x80096019u, "TRUST_E_BASIC_CONSTRAINTS"sv, {}, family::trust},
    {status::trust_e_financial_criteria, 0x8009601Eu, "TRUST_E_FINANCIAL_CRITERIA"sv, {}, family::trust},
    {status::trust_e_provider_unknown, 0x800B0001u, "TRUST_E_PROVIDER_UNKNOWN"sv, {}, family::trust},
    {status::trust_e_action_unknown, 0x800B0002u, "TRUST_E_ACTION_UNKNOWN"sv, {}, family::trust},
    {status::trust_e_subject_form_unknown, 0x800B0003u, "TRUST_E_SUBJECT_FORM_UNKNOWN"sv, {}, family::trust},
    {status::trust_e_subject_not_trusted, 0x800B0004u, "TRUST_E_SUBJECT_NOT_TRUSTED"sv, {}, family::trust},
    {status::trust_e_nosignature, 0x800B0100u, "TRUST_E_NOSIGNATURE"sv, {}, family::trust},
    {status::cert_e_expired, 0x800B0101u, "CERT_E_EXPIRED"sv, {}, family::cert},
    {status::cert_e_validityperiodnesting, 0x800B0102u, "CERT_E_VALIDITYPERIODNESTING"sv, {}, family::cert},
    {status::cert_e_role, 0x800B0103u, "CERT_E_ROLE"sv, {}, family::cert},
    {status::cert_e_pathlenconst, 0x800B0104u, "CERT_E_PATHLENCONST"sv, {}, family::cert},
    {status::cert_e_critical, 0x800B0105u, "CERT_E_CRITICAL"sv, {}, family::cert},
    {status::cert_e_purpose, 0x800B0106u, "CERT_E_PURPOSE"sv, {}, family::cert},
    {status::cert_e_issuerchaining, 0x800B0107u, "CERT_E_ISSUERCHAINING"sv, {}, family::cert},
    {status::cert_e_malformed, 0x800B0108u, "CERT_E_MALFORMED"sv, {}, family::cert},
    {status::cert_e_untrustedroot, 0x800B0109u, "CERT_E_UNTRUSTEDROOT"sv, {}, family::cert},
    {status::cert_e_chaining, 0x800B010Au, "CERT_E_CHAINING"sv, {}, family::cert},
    {status::trust_e_fail, 0x800B010Bu, "TRUST_E_FAIL"sv, {}, family::trust},
    {status::cert_e_revoked, 0x800B010Cu, "CERT_E_REVOKED"sv, {}, family::cert},
    {status::cert_e_untrustedtestroot, 0x800B010Du, "CERT_E_UNTRUSTEDTESTROOT"sv, {}, family::cert},
    {status::cert_e_revocation_failure, 0x800B010Eu, "CERT_E_REVOCATION_FAILURE"sv, {}, family::cert},
    {status::cert_e_cn_no_match, 0x800B010Fu, "CERT_E_CN_NO_MATCH"sv, {}, family::cert},
    {status::cert_e_wrong_usage, 0x800B0110u, "CERT_E_WRONG_USAGE"sv, {}, family::cert},
    {status::trust_e_explicit_distrust, 0x800B0111u, "TRUST_E_EXPLICIT_DISTRUST"sv, {}, family::trust},
    {status::cert_e_untrustedca, 0x800B0112u, "CERT_E_UNTRUSTEDCA"sv, {}, family::cert},
    {status::cert_e_invalid_policy, 0x800B0113u, "CERT_E_INVALID_POLICY"sv, {}, family::cert},
    {status::cert_e_invalid_name, 0x800B0114u, "CERT_E_INVALID_NAME"sv, {}, family::cert},
}};

// Perfect hashes: a slot holds 1 + the index in table of the only key that can be there, or 0.
// value_slots covers the primary names (an alias's value leads to the name it aliases),
// name_slots every name, keyed without a "SEC_" prefix.
inline constexpr std::uint32_t value_seed = 1481907765u;
inline constexpr unsigned value_bits = 10;
inline constexpr std::array<std::uint8_t, 1024> value_slots{{
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 191, 0, 0, 104, 0, 0, 21, 0, 0, 173, 0, 0, 0, 40, 0, 132, 0, 0,
    0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 107, 0, 0, 29, 0, 0, 0, 0, 0, 0, 42,
    0, 0, 150, 0, 0, 65, 0, 0, 0, 14, 0, 89, 0, 0, 0, 0, 196, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 149, 0, 0, 0, 0, 0, 0, 0, 0, 88, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 34, 0, 0, 0, 0, 0,
    31, 0, 0, 175, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 37, 0,
    0, 0, 0, 0, 48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 159, 0, 0, 0, 0, 0, 0, 0, 0, 95, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 55, 0, 0, 0, 0, 0, 73, 0, 0, 119, 162, 0, 0, 0, 0, 133, 0, 0, 0, 0, 0, 0, 0, 0,
    184, 0, 0, 97, 0, 0, 0, 0, 0, 0, 0, 0, 58, 0, 0, 0, 0, 0, 80, 0, 0, 122, 161, 0, 0, 0, 0, 140, 0, 0, 0, 0,
    0, 0, 0, 0, 183, 0, 0, 96, 0, 0, 0, 0, 0, 0, 0, 0, 57, 0, 0, 0, 0, 0, 83, 0, 0, 121, 0, 0, 0, 0, 0, 143,
    0, 0, 0, 0, 0, 0, 0, 0, 194, 0, 0, 99, 0, 0, 20, 0, 0, 0, 8, 0, 60, 0, 0, 131, 0, 0, 82, 0, 0, 124, 0, 0,
    0, 0, 0, 142, 0, 0, 0, 0, 0, 0, 0, 0, 193, 0, 0, 106, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 145, 0, 0, 0, 0, 0, 0, 0, 0, 188, 0, 109, 0, 0, 0, 23, 0, 0, 0, 0, 0, 44, 0, 0, 0,
    0, 0, 67, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 198, 0, 111, 0, 3, 166, 0, 0, 108, 0, 0, 0, 26, 0, 0, 0, 0, 0,
    43, 0, 0, 0, 151, 0, 69, 0, 0, 0, 0, 0, 90, 0, 0, 0, 0, 197, 0, 0, 147, 0, 6, 165, 0, 0, 0, 0, 0, 0, 33, 0,
    0, 0, 0, 0, 46, 0, 0, 0, 154, 0, 68, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 35, 0, 0, 0, 0,
    0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 114, 153, 0, 0, 71, 0, 0, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 49, 0, 168, 0, 0, 0, 75, 0, 113, 156, 0, 0, 0, 0, 135, 0, 0, 0, 0, 0, 0, 0, 0, 186, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 167, 0, 0, 0, 74, 0, 116, 0, 0, 0, 0, 0, 134, 0, 0, 0, 0, 0, 0, 0,
    0, 185, 0, 0, 98, 0, 0, 0, 0, 0, 0, 0, 0, 59, 0, 0, 170, 0, 177, 0, 77, 0, 123, 0, 0, 0, 0, 0, 137, 0, 0, 0,
    0, 0, 0, 0, 0, 180, 0, 0, 101, 0, 0, 0, 0, 0, 0, 0, 0, 62, 0, 0, 0, 0, 176, 84, 0, 0, 126, 0, 0, 0, 0, 0,
    144, 0, 0, 0, 0, 0, 0, 0, 0, 195, 0, 0, 100, 0, 0, 16, 0, 0, 0, 9, 0, 61, 0, 0, 128, 0, 0, 86, 0, 0, 125, 164,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 190, 0, 0, 103, 0, 0, 25, 0, 0, 172, 0, 0, 39, 0, 0, 0, 0, 0, 85,
    0, 0, 0, 0, 0, 0, 0, 0, 146, 0, 0, 200, 0, 0, 0, 0, 0, 189, 0, 0, 110, 0, 0, 28, 0, 0, 0, 0, 0, 45, 0, 0,
    0, 0, 0, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 199, 0, 0, 112, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 148, 0, 70, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 30,
    0, 0, 174, 0, 0, 47, 0, 0, 0, 155, 0, 0, 0, 0, 0, 0, 0, 92, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 36, 0, 0,
    0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 115, 158, 0, 72, 0, 0, 0, 0, 0, 94, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 169, 0, 0, 76, 0, 0, 118, 157, 0, 0, 0, 0, 136, 0, 0, 93, 0, 0, 0, 0, 0, 187,
    0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 53, 0, 0, 0, 179, 0, 79, 0, 117, 0, 160, 0, 0, 0, 0, 139, 0, 0, 0, 0, 0,
    0, 0, 0, 182, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 56, 0, 0, 171, 178, 0, 78, 0, 120, 0, 163, 0, 0, 0, 0, 138, 0,
    0, 0, 0, 0, 0, 0, 181, 0, 0, 102, 0, 0, 0, 18, 0, 0, 0, 10, 0, 63, 0, 130, 0, 11, 0, 81, 0, 127, 0, 0, 0, 0,
    0, 141, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 0, 105, 0, 0, 0, 17, 0, 0, 0, 0, 0, 41, 0, 129, 0, 0, 0, 87, 0, 0,
}};
inline constexpr std::uint64_t name_seed = 7241750401506076807u;
inline constexpr unsigned name_bits = 11;
inline constexpr std::array<std::uint8_t, 2048> name_slots{{
    0, 0, 141, 0, 0, 0, 113, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 97, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 116,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 0, 0, 123, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0,
    0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 96, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 0, 0, 0, 62, 44, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 162, 0, 0, 0, 0, 0, 0, 193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 104,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 167, 0, 0, 0, 0, 0, 0, 101, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 174, 0, 0, 0, 0, 106, 0, 0, 0, 0, 119, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 29, 0, 0, 0, 117, 0, 0, 0, 0, 0, 87, 0, 0, 0, 0, 0, 0, 70, 0, 0, 0, 0, 0, 0, 71,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 183, 0, 0, 0, 88, 0, 0, 0, 151, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 89, 32, 0, 72, 0, 0, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 121, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 154, 0, 0, 199,
    126, 0, 0, 0, 0, 0, 0, 0, 0, 0, 168, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 31, 0, 0, 134, 0, 0, 0, 0, 0, 0, 0, 139, 0, 0, 163, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, 169, 0, 0, 69, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 0,
    0, 0, 182, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 110, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 41, 0, 140, 0, 0, 0, 0, 0, 0, 195, 0, 0, 0, 0, 0, 0, 164, 0, 0, 61, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 173, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 132, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 177,
    0, 0, 0, 0, 0, 0, 0, 120, 0, 0, 0, 0, 0, 0, 0, 0, 0, 187, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 159, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 45, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 57, 73, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 59, 0, 178, 0, 190, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 197, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0,
    0, 0, 131, 0, 0, 0, 0, 158, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 180, 171,
    0, 0, 0, 0, 129, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 161, 0, 0, 0, 93, 0, 0, 0,
    155, 0, 0, 0, 0, 0, 0, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0,
    0, 0, 0, 0, 198, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    143, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 186, 0, 0, 0, 0, 82, 0, 0, 78, 0, 109, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 136, 0, 0, 0,
    0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 147, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 196, 0,
    0, 0, 0, 0, 5, 0, 0, 0, 15, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 124, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 28, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 49, 0, 0, 0, 0, 144, 0, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 60, 0, 98, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 107, 0, 0, 18, 0, 0, 0, 0, 0, 135, 0,
    13, 0, 165, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 137, 0, 166, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 170, 0, 94, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 53, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 175, 0, 0, 0, 133, 80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 142, 0, 0, 0, 149, 0,
    0, 0, 0, 0, 0, 51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 105, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 156, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 81,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 0, 0, 0, 0, 111, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 145, 0, 0, 0, 0, 0, 0, 0, 0, 92, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 39, 0, 0, 37, 0, 0, 0, 0, 0, 0, 0,
    0, 194, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 79, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 48, 9, 0, 179, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 188, 0, 0, 0, 0, 0, 0, 0, 0, 0, 115, 0, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 160, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 74, 55, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 84, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 56, 114, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 176, 20, 0, 0, 0, 0, 0, 0, 0, 77, 0, 0, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 192, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 75, 0, 0, 102, 0, 0, 0, 0, 0, 0, 0, 0, 0, 191, 0, 0, 0, 0, 0,
    0, 68, 0, 0, 0, 0, 181, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 153,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 103, 0, 0, 0, 0, 130, 0, 0, 0, 0, 0, 0, 0, 172, 0, 0, 0, 0, 0, 0, 0, 189, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 95, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 185, 0, 0, 0, 0, 0, 0, 127, 125, 112, 122, 0, 0, 184, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 146, 0, 0, 0, 0, 108, 0, 0, 0, 0, 0, 0, 0, 0, 148, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 118, 0, 0, 0, 0, 0, 0, 0, 0, 0, 65, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
    138, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 67, 0,
}};

// What find_name compares each row's key with, in the order of table.
inline constexpr std::array<name_line, 200> name_lines{{
    {{{0x6B6F5F656B6F5F65u, 0x0000000000000000u, 0x0000000000000000u, 0x0000000000000000u, 0x0000000000000000u}}, {{0x2020002020200020u, 0x0000000000000000u, 0x0000000000000000u, 0x0000000000000000u, 0x0000000000000000u}}, 4, 0xFF},  // SEC_E_OK
    {{{0x6E69746E6F635F69u, 0x656465656E5F6575u, 0x64656465656E5F65u, 0x64656465656E5F65u, 0x64656465656E5F65u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 17, 0xFF},  // SEC_I_CONTINUE_NEEDED
    {{{0x656C706D6F635F69u, 0x656465656E5F6574u, 0x64656465656E5F65u, 0x64656465656E5F65u, 0x64656465656E5F65u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 17, 0xFF},  // SEC_I_COMPLETE_NEEDED
    {{{0x656C706D6F635F69u, 0x635F646E615F6574u, 0x65756E69746E6F63u, 0x65756E69746E6F63u, 0x65756E69746E6F63u}}, {{0x2020202020200020u, 0x2000202020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 23, 0xFF},  // SEC_I_COMPLETE_AND_CONTINUE
    {{{0x5F6C61636F6C5F69u, 0x6E6F676F6C5F6C61u, 0x6E6F676F6C5F6C61u, 0x6E6F676F6C5F6C61u, 0x6E6F676F6C5F6C61u}}, {{0x0020202020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 13, 0xFF},  // SEC_I_LOCAL_LOGON
    {{{0x6972656E65675F69u, 0x736E657478655F63u, 0x656365725F6E6F69u, 0x6465766965636572u, 0x6465766965636572u}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u}}, 28, 0xFF},  // SEC_I_GENERIC_EXTENSION_RECEIVED
    {{{0x7865746E6F635F69u, 0x6572697078655F74u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_I_CONTEXT_EXPIRED
    {{{0x706D6F636E695F69u, 0x6572635F6574656Cu, 0x736C6169746E6564u, 0x736C6169746E6564u, 0x736C6169746E6564u}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 24, 0xFF},  // SEC_I_INCOMPLETE_CREDENTIALS
    {{{0x6F67656E65725F69u, 0x65746169746F6765u, 0x65746169746F6765u, 0x65746169746F6765u, 0x65746169746F6765u}}, {{0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 13, 0xFF},  // SEC_I_RENEGOTIATE
    {{{0x61736C5F6F6E5F69u, 0x747865746E6F635Fu, 0x747865746E6F635Fu, 0x747865746E6F635Fu, 0x747865746E6F635Fu}}, {{0x2020200020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 16, 0xFF},  // SEC_I_NO_LSA_CONTEXT
    {{{0x74616E6769735F69u, 0x6465656E5F657275u, 0x64656465656E5F65u, 0x64656465656E5F65u, 0x64656465656E5F65u}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 18, 0xFF},  // SEC_I_SIGNATURE_NEEDED
    {{{0x6E65725F6F6E5F69u, 0x69746169746F6765u, 0x6E6F69746169746Fu, 0x6E6F69746169746Fu, 0x6E6F69746169746Fu}}, {{0x2020200020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 18, 0xFF},  // SEC_I_NO_RENEGOTIATION
    {{{0x67617373656D5F69u, 0x656D676172665F65u, 0x746E656D67617266u, 0x746E656D67617266u, 0x746E656D67617266u}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 18, 0xFF},  // SEC_I_MESSAGE_FRAGMENT
    {{{0x6E69746E6F635F69u, 0x656465656E5F6575u, 0x67617373656D5F64u, 0x6B6F5F6567617373u, 0x6B6F5F6567617373u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020002020202020u, 0x2020002020202020u}}, 28, 0xFF},  // SEC_I_CONTINUE_NEEDED_MESSAGE_OK
    {{{0x5F636E7973615F69u, 0x6E65705F6C6C6163u, 0x676E69646E65705Fu, 0x676E69646E65705Fu, 0x676E69646E65705Fu}}, {{0x0020202020200020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0xFF},  // SEC_I_ASYNC_CALL_PENDING
    {{{0x666675736E695F65u, 0x6D5F746E65696369u, 0x79726F6D656D5F74u, 0x79726F6D656D5F74u, 0x79726F6D656D5F74u}}, {{0x2020202020200020u, 0x2000202020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 21, 0xFF},  // SEC_E_INSUFFICIENT_MEMORY
    {{{0x696C61766E695F65u, 0x656C646E61685F64u, 0x656C646E61685F64u, 0x656C646E61685F64u, 0x656C646E61685F64u}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 16, 0xFF},  // SEC_E_INVALID_HANDLE
    {{{0x707075736E755F65u, 0x75665F646574726Fu, 0x6E6F6974636E7566u, 0x6E6F6974636E7566u, 0x6E6F6974636E7566u}}, {{0x2020202020200020u, 0x2020002020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 22, 0xFF},  // SEC_E_UNSUPPORTED_FUNCTION
    {{{0x75735F746F6E5F65u, 0x646574726F707075u, 0x646574726F707075u, 0x646574726F707075u, 0x646574726F707075u}}, {{0x2020002020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 15, 0xFF},  // SEC_E_NOT_SUPPORTED
    {{{0x7465677261745F65u, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu}}, {{0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 16, 0xFF},  // SEC_E_TARGET_UNKNOWN
    {{{0x6E7265746E695F65u, 0x726F7272655F6C61u, 0x726F7272655F6C61u, 0x726F7272655F6C61u, 0x726F7272655F6C61u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 16, 0xFF},  // SEC_E_INTERNAL_ERROR
    {{{0x6D70735F6F6E5F65u, 0x6D70735F6F6E5F65u, 0x6D70735F6F6E5F65u, 0x6D70735F6F6E5F65u, 0x6D70735F6F6E5F65u}}, {{0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u}}, 8, 0xFF},  // SEC_E_NO_SPM
    {{{0x676B706365735F65u, 0x756F665F746F6E5Fu, 0x646E756F665F746Fu, 0x646E756F665F746Fu, 0x646E756F665F746Fu}}, {{0x2020202020200020u, 0x2020200020202000u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0xFF},  // SEC_E_SECPKG_NOT_FOUND
    {{{0x776F5F746F6E5F65u, 0x72656E776F5F746Fu, 0x72656E776F5F746Fu, 0x72656E776F5F746Fu, 0x72656E776F5F746Fu}}, {{0x2020002020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 11, 0xFF},  // SEC_E_NOT_OWNER
    {{{0x746F6E6E61635F65u, 0x6C6C6174736E695Fu, 0x6C6C6174736E695Fu, 0x6C6C6174736E695Fu, 0x6C6C6174736E695Fu}}, {{0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 16, 0xFF},  // SEC_E_CANNOT_INSTALL
    {{{0x696C61766E695F65u, 0x6E656B6F745F6469u, 0x6E656B6F745F6469u, 0x6E656B6F745F6469u, 0x6E656B6F745F6469u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 15, 0xFF},  // SEC_E_INVALID_TOKEN
    {{{0x746F6E6E61635F65u, 0x6B6361705F746F6Eu, 0x6B6361705F746F6Eu, 0x6B6361705F746F6Eu, 0x6B6361705F746F6Eu}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 13, 0xFF},  // SEC_E_CANNOT_PACK
    {{{0x6F6E5F706F715F65u, 0x726F707075735F74u, 0x646574726F707075u, 0x646574726F707075u, 0x646574726F707075u}}, {{0x2020002020200020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0xFF},  // SEC_E_QOP_NOT_SUPPORTED
    {{{0x706D695F6F6E5F65u, 0x6974616E6F737265u, 0x6E6F6974616E6F73u, 0x6E6F6974616E6F73u, 0x6E6F6974616E6F73u}}, {{0x2020200020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 18, 0xFF},  // SEC_E_NO_IMPERSONATION
    {{{0x5F6E6F676F6C5F65u, 0x6465696E65645F6Eu, 0x6465696E65645F6Eu, 0x6465696E65645F6Eu, 0x6465696E65645F6Eu}}, {{0x0020202020200020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 14, 0xFF},  // SEC_E_LOGON_DENIED
    {{{0x776F6E6B6E755F65u, 0x6E65646572635F6Eu, 0x736C6169746E6564u, 0x736C6169746E6564u, 0x736C6169746E6564u}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0xFF},  // SEC_E_UNKNOWN_CREDENTIALS
    {{{0x6572635F6F6E5F65u, 0x736C6169746E6564u, 0x736C6169746E6564u, 0x736C6169746E6564u, 0x736C6169746E6564u}}, {{0x2020200020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 16, 0xFF},  // SEC_E_NO_CREDENTIALS
    {{{0x67617373656D5F65u, 0x657265746C615F65u, 0x64657265746C615Fu, 0x64657265746C615Fu, 0x64657265746C615Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_E_MESSAGE_ALTERED
    {{{0x666F5F74756F5F65u, 0x636E65757165735Fu, 0x65636E6575716573u, 0x65636E6575716573u, 0x65636E6575716573u}}, {{0x2020002020200020u, 0x2020202020202000u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 17, 0xFF},  // SEC_E_OUT_OF_SEQUENCE
    {{{0x7475615F6F6E5F65u, 0x74616369746E6568u, 0x687475615F676E69u, 0x797469726F687475u, 0x797469726F687475u}}, {{0x2020200020200020u, 0x2020202020202020u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u}}, 29, 0xFF},  // SEC_E_NO_AUTHENTICATING_AUTHORITY
    {{{0x6B705F6461625F65u, 0x6469676B705F6461u, 0x6469676B705F6461u, 0x6469676B705F6461u, 0x6469676B705F6461u}}, {{0x2020002020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 11, 0xFF},  // SEC_E_BAD_PKGID
    {{{0x7865746E6F635F65u, 0x6572697078655F74u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_E_CONTEXT_EXPIRED
    {{{0x706D6F636E695F65u, 0x73656D5F6574656Cu, 0x6567617373656D5Fu, 0x6567617373656D5Fu, 0x6567617373656D5Fu}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0xFF},  // SEC_E_INCOMPLETE_MESSAGE
    {{{0x706D6F636E695F65u, 0x6572635F6574656Cu, 0x736C6169746E6564u, 0x736C6169746E6564u, 0x736C6169746E6564u}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 24, 0xFF},  // SEC_E_INCOMPLETE_CREDENTIALS
    {{{0x7265666675625F65u, 0x616D735F6F6F745Fu, 0x6C6C616D735F6F6Fu, 0x6C6C616D735F6F6Fu, 0x6C6C616D735F6F6Fu}}, {{0x2020202020200020u, 0x2020200020202000u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0xFF},  // SEC_E_BUFFER_TOO_SMALL
    {{{0x5F676E6F72775F65u, 0x617069636E697270u, 0x6C617069636E6972u, 0x6C617069636E6972u, 0x6C617069636E6972u}}, {{0x0020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 17, 0xFF},  // SEC_E_WRONG_PRINCIPAL
    {{{0x735F656D69745F65u, 0x77656B735F656D69u, 0x77656B735F656D69u, 0x77656B735F656D69u, 0x77656B735F656D69u}}, {{0x2000202020200020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 11, 0xFF},  // SEC_E_TIME_SKEW
    {{{0x737572746E755F65u, 0x746F6F725F646574u, 0x746F6F725F646574u, 0x746F6F725F646574u, 0x746F6F725F646574u}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 16, 0xFF},  // SEC_E_UNTRUSTED_ROOT
    {{{0x6167656C6C695F65u, 0x67617373656D5F6Cu, 0x6567617373656D5Fu, 0x6567617373656D5Fu, 0x6567617373656D5Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_E_ILLEGAL_MESSAGE
    {{{0x755F747265635F65u, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu}}, {{0x2000202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 14, 0xFF},  // SEC_E_CERT_UNKNOWN
    {{{0x655F747265635F65u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2000202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 14, 0xFF},  // SEC_E_CERT_EXPIRED
    {{{0x707972636E655F65u, 0x72756C6961665F74u, 0x6572756C6961665Fu, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_E_ENCRYPT_FAILURE
    {{{0x7079726365645F65u, 0x72756C6961665F74u, 0x6572756C6961665Fu, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 17, 0xFF},  // SEC_E_DECRYPT_FAILURE
    {{{0x69726F676C615F65u, 0x6D73696D5F6D6874u, 0x686374616D73696Du, 0x686374616D73696Du, 0x686374616D73696Du}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 20, 0xFF},  // SEC_E_ALGORITHM_MISMATCH
    {{{0x6972756365735F65u, 0x665F736F715F7974u, 0x64656C6961665F73u, 0x64656C6961665F73u, 0x64656C6961665F73u}}, {{0x2020202020200020u, 0x2000202020002020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 21, 0xFF},  // SEC_E_SECURITY_QOS_FAILED
    {{{0x696E69666E755F65u, 0x6E6F635F64656873u, 0x6C65645F74786574u, 0x646574656C65645Fu, 0x646574656C65645Fu}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u}}, 28, 0xFF},  // SEC_E_UNFINISHED_CONTEXT_DELETED
    {{{0x7467745F6F6E5F65u, 0x796C7065725F7467u, 0x796C7065725F7467u, 0x796C7065725F7467u, 0x796C7065725F7467u}}, {{0x2020200020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 14, 0xFF},  // SEC_E_NO_TGT_REPLY
    {{{0x5F70695F6F6E5F65u, 0x6573736572646461u, 0x7365737365726464u, 0x7365737365726464u, 0x7365737365726464u}}, {{0x0020200020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 17, 0xFF},  // SEC_E_NO_IP_ADDRESSES
    {{{0x5F676E6F72775F65u, 0x69746E6564657263u, 0x6C646E61685F6C61u, 0x656C646E61685F6Cu, 0x656C646E61685F6Cu}}, {{0x0020202020200020u, 0x2020202020202020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020202020200020u}}, 25, 0xFF},  // SEC_E_WRONG_CREDENTIAL_HANDLE
    {{{0x6F74707972635F65u, 0x5F6D65747379735Fu, 0x64696C61766E695Fu, 0x64696C61766E695Fu, 0x64696C61766E695Fu}}, {{0x2020202020200020u, 0x0020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 23, 0xFF},  // SEC_E_CRYPTO_SYSTEM_INVALID
    {{{0x65725F78616D5F65u, 0x5F736C6172726566u, 0x6465646565637865u, 0x6465646565637865u, 0x6465646565637865u}}, {{0x2020002020200020u, 0x0020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 24, 0xFF},  // SEC_E_MAX_REFERRALS_EXCEEDED
    {{{0x625F7473756D5F65u, 0x63646B5F65625F74u, 0x63646B5F65625F74u, 0x63646B5F65625F74u, 0x63646B5F65625F74u}}, {{0x2000202020200020u, 0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u}}, 13, 0xFF},  // SEC_E_MUST_BE_KDC
    {{{0x676E6F7274735F65u, 0x5F6F74707972635Fu, 0x707075735F746F6Eu, 0x646574726F707075u, 0x646574726F707075u}}, {{0x2020202020200020u, 0x0020202020202000u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u}}, 29, 0xFF},  // SEC_E_STRONG_CRYPTO_NOT_SUPPORTED
    {{{0x616D5F6F6F745F65u, 0x636E6972705F796Eu, 0x736C617069636E69u, 0x736C617069636E69u, 0x736C617069636E69u}}, {{0x2020002020200020u, 0x2020202020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0xFF},  // SEC_E_TOO_MANY_PRINCIPALS
    {{{0x5F61705F6F6E5F65u, 0x617461645F61705Fu, 0x617461645F61705Fu, 0x617461645F61705Fu, 0x617461645F61705Fu}}, {{0x0020200020200020u, 0x2020202000202000u, 0x2020202000202000u, 0x2020202000202000u, 0x2020202000202000u}}, 12, 0xFF},  // SEC_E_NO_PA_DATA
    {{{0x74696E696B705F65u, 0x696D5F656D616E5Fu, 0x686374616D73696Du, 0x686374616D73696Du, 0x686374616D73696Du}}, {{0x2020202020200020u, 0x2020002020202000u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 22, 0xFF},  // SEC_E_PKINIT_NAME_MISMATCH
    {{{0x637472616D735F65u, 0x6F676F6C5F647261u, 0x7269757165725F6Eu, 0x6465726975716572u, 0x6465726975716572u}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u}}, 26, 0xFF},  // SEC_E_SMARTCARD_LOGON_REQUIRED
    {{{0x6F64747568735F65u, 0x72705F6E695F6E77u, 0x73736572676F7270u, 0x73736572676F7270u, 0x73736572676F7270u}}, {{0x2020202020200020u, 0x2020002020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 22, 0xFF},  // SEC_E_SHUTDOWN_IN_PROGRESS
    {{{0x6E695F63646B5F65u, 0x65725F64696C6176u, 0x747365757165725Fu, 0x747365757165725Fu, 0x747365757165725Fu}}, {{0x2020002020200020u, 0x2020002020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 21, 0xFF},  // SEC_E_KDC_INVALID_REQUEST
    {{{0x6E755F63646B5F65u, 0x5F6F745F656C6261u, 0x72656665725F6F74u, 0x72656665725F6F74u, 0x72656665725F6F74u}}, {{0x2020002020200020u, 0x0020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 21, 0xFF},  // SEC_E_KDC_UNABLE_TO_REFER
    {{{0x6E755F63646B5F65u, 0x74655F6E776F6E6Bu, 0x65707974655F6E77u, 0x65707974655F6E77u, 0x65707974655F6E77u}}, {{0x2020002020200020u, 0x2020002020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 19, 0xFF},  // SEC_E_KDC_UNKNOWN_ETYPE
    {{{0x707075736E755F65u, 0x72705F646574726Fu, 0x687475616572705Fu, 0x687475616572705Fu, 0x687475616572705Fu}}, {{0x2020202020200020u, 0x2020002020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 21, 0xFF},  // SEC_E_UNSUPPORTED_PREAUTH
    {{{0x6167656C65645F65u, 0x7165725F6E6F6974u, 0x6465726975716572u, 0x6465726975716572u, 0x6465726975716572u}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0xFF},  // SEC_E_DELEGATION_REQUIRED
    {{{0x69625F6461625F65u, 0x73676E69646E6962u, 0x73676E69646E6962u, 0x73676E69646E6962u, 0x73676E69646E6962u}}, {{0x2020002020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 14, 0xFF},  // SEC_E_BAD_BINDINGS
    {{{0x7069746C756D5F65u, 0x756F6363615F656Cu, 0x73746E756F636361u, 0x73746E756F636361u, 0x73746E756F636361u}}, {{0x2020202020200020u, 0x2020202020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0xFF},  // SEC_E_MULTIPLE_ACCOUNTS
    {{{0x72656B5F6F6E5F65u, 0x79656B5F6272656Bu, 0x79656B5F6272656Bu, 0x79656B5F6272656Bu, 0x79656B5F6272656Bu}}, {{0x2020200020200020u, 0x2020200020202020u, 0x2020200020202020u, 0x2020200020202020u, 0x2020200020202020u}}, 13, 0xFF},  // SEC_E_NO_KERB_KEY
    {{{0x775F747265635F65u, 0x6173755F676E6F72u, 0x65676173755F676Eu, 0x65676173755F676Eu, 0x65676173755F676Eu}}, {{0x2000202020200020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0xFF},  // SEC_E_CERT_WRONG_USAGE
    {{{0x72676E776F645F65u, 0x657465645F656461u, 0x6465746365746564u, 0x6465746365746564u, 0x6465746365746564u}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 20, 0xFF},  // SEC_E_DOWNGRADE_DETECTED
    {{{0x637472616D735F65u, 0x747265635F647261u, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 24, 0xFF},  // SEC_E_SMARTCARD_CERT_REVOKED
    {{{0x6E69757373695F65u, 0x746E755F61635F67u, 0x646574737572746Eu, 0x646574737572746Eu, 0x646574737572746Eu}}, {{0x2020202020200020u, 0x2020200020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 22, 0xFF},  // SEC_E_ISSUING_CA_UNTRUSTED
    {{{0x61636F7665725F65u, 0x66666F5F6E6F6974u, 0x635F656E696C6666u, 0x635F656E696C6666u, 0x635F656E696C6666u}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2000202020202020u, 0x2000202020202020u, 0x2000202020202020u}}, 22, 0xFF},  // SEC_E_REVOCATION_OFFLINE_C
    {{{0x74696E696B705F65u, 0x5F746E65696C635Fu, 0x6572756C6961665Fu, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x2020202020200020u, 0x0020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 23, 0xFF},  // SEC_E_PKINIT_CLIENT_FAILURE
    {{{0x637472616D735F65u, 0x747265635F647261u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2020202020200020u, 0x2020202000202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 24, 0xFF},  // SEC_E_SMARTCARD_CERT_EXPIRED
    {{{0x7534735F6F6E5F65u, 0x75735F746F72705Fu, 0x74726F707075735Fu, 0x74726F707075735Fu, 0x74726F707075735Fu}}, {{0x2000200020200020u, 0x2020002020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 21, 0xFF},  // SEC_E_NO_S4U_PROT_SUPPORT
    {{{0x7273736F72635F65u, 0x6C65645F6D6C6165u, 0x5F6E6F6974616765u, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x2020202020200020u, 0x2020200020202020u, 0x0020202020202020u, 0x2020202020202000u, 0x2020202020202000u}}, 31, 0xFF},  // SEC_E_CROSSREALM_DELEGATION_FAILURE
    {{{0x61636F7665725F65u, 0x66666F5F6E6F6974u, 0x63646B5F656E696Cu, 0x63646B5F656E696Cu, 0x63646B5F656E696Cu}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020200020202020u, 0x2020200020202020u, 0x2020200020202020u}}, 24, 0xFF},  // SEC_E_REVOCATION_OFFLINE_KDC
    {{{0x6E69757373695F65u, 0x746E755F61635F67u, 0x6B5F646574737572u, 0x63646B5F64657473u, 0x63646B5F64657473u}}, {{0x2020202020200020u, 0x2020200020200020u, 0x2000202020202020u, 0x2020200020202020u, 0x2020200020202020u}}, 26, 0xFF},  // SEC_E_ISSUING_CA_UNTRUSTED_KDC
    {{{0x65635F63646B5F65u, 0x72697078655F7472u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2020002020200020u, 0x2020202020002020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 18, 0xFF},  // SEC_E_KDC_CERT_EXPIRED
    {{{0x65635F63646B5F65u, 0x6B6F7665725F7472u, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu}}, {{0x2020002020200020u, 0x2020202020002020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 18, 0xFF},  // SEC_E_KDC_CERT_REVOKED
    {{{0x696C61766E695F65u, 0x656D617261705F64u, 0x726574656D617261u, 0x726574656D617261u, 0x726574656D617261u}}, {{0x2020202020200020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0xFF},  // SEC_E_INVALID_PARAMETER
    {{{0x6167656C65645F65u, 0x6C6F705F6E6F6974u, 0x7963696C6F705F6Eu, 0x7963696C6F705F6Eu, 0x7963696C6F705F6Eu}}, {{0x2020202020200020u, 0x2020200020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 19, 0xFF},  // SEC_E_DELEGATION_POLICY
    {{{0x7963696C6F705F65u, 0x6E6F5F6D746C6E5Fu, 0x796C6E6F5F6D746Cu, 0x796C6E6F5F6D746Cu, 0x796C6E6F5F6D746Cu}}, {{0x2020202020200020u, 0x2020002020202000u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 18, 0xFF},  // SEC_E_POLICY_NLTM_ONLY
    {{{0x6E6F635F6F6E5F65u, 0x747865746E6F635Fu, 0x747865746E6F635Fu, 0x747865746E6F635Fu, 0x747865746E6F635Fu}}, {{0x2020200020200020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 12, 0xFF},  // SEC_E_NO_CONTEXT
    {{{0x5F7532756B705F65u, 0x6961665F74726563u, 0x6572756C6961665Fu, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x0020002020200020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0xFF},  // SEC_E_PKU2U_CERT_FAILURE
    {{{0x6C617574756D5F65u, 0x61665F687475615Fu, 0x64656C6961665F68u, 0x64656C6961665F68u, 0x64656C6961665F68u}}, {{0x2020202020200020u, 0x2020002020202000u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 20, 0xFF},  // SEC_E_MUTUAL_AUTH_FAILED
    {{{0x685F796C6E6F5F65u, 0x6C6C615F73707474u, 0x6465776F6C6C615Fu, 0x6465776F6C6C615Fu, 0x6465776F6C6C615Fu}}, {{0x2000202020200020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0xFF},  // SEC_E_ONLY_HTTPS_ALLOWED
    {{{0x63696C7070615F65u, 0x72705F6E6F697461u, 0x6D5F6C6F636F746Fu, 0x686374616D73696Du, 0x686374616D73696Du}}, {{0x2020202020200020u, 0x2020002020202020u, 0x2000202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 31, 0xFF},  // SEC_E_APPLICATION_PROTOCOL_MISMATCH
    {{{0x696C61766E695F65u, 0x616E5F6E70755F64u, 0x656D616E5F6E7075u, 0x656D616E5F6E7075u, 0x656D616E5F6E7075u}}, {{0x2020202020200020u, 0x2020002020200020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 18, 0xFF},  // SEC_E_INVALID_UPN_NAME
    {{{0x75625F7478655F65u, 0x6F6F745F72656666u, 0x6C6C616D735F6F6Fu, 0x6C6C616D735F6F6Fu, 0x6C6C616D735F6F6Fu}}, {{0x2020002020200020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 22, 0xFF},  // SEC_E_EXT_BUFFER_TOO_SMALL
    {{{0x666675736E695F65u, 0x625F746E65696369u, 0x737265666675625Fu, 0x737265666675625Fu, 0x737265666675625Fu}}, {{0x2020202020200020u, 0x2000202020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 22, 0xFF},  // SEC_E_INSUFFICIENT_BUFFERS
    {{{0x5F655F7470797263u, 0x6F7272655F67736Du, 0x726F7272655F6773u, 0x726F7272655F6773u, 0x726F7272655F6773u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 17, 0x1FF},  // CRYPT_E_MSG_ERROR
    {{{0x5F655F7470797263u, 0x5F6E776F6E6B6E75u, 0x6F676C615F6E776Fu, 0x6F676C615F6E776Fu, 0x6F676C615F6E776Fu}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 20, 0x1FF},  // CRYPT_E_UNKNOWN_ALGO
    {{{0x5F655F7470797263u, 0x6D726F665F64696Fu, 0x74616D726F665F64u, 0x74616D726F665F64u, 0x74616D726F665F64u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 18, 0x1FF},  // CRYPT_E_OID_FORMAT
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x657079745F67736Du, 0x657079745F67736Du, 0x657079745F67736Du}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 24, 0x1FF},  // CRYPT_E_INVALID_MSG_TYPE
    {{{0x5F655F7470797263u, 0x7463657078656E75u, 0x646F636E655F6465u, 0x676E69646F636E65u, 0x676E69646F636E65u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020002020u, 0x2020202020202020u, 0x2020202020202020u}}, 27, 0x1FF},  // CRYPT_E_UNEXPECTED_ENCODING
    {{{0x5F655F7470797263u, 0x7474615F68747561u, 0x6E697373696D5F72u, 0x676E697373696D5Fu, 0x676E697373696D5Fu}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u}}, 25, 0x1FF},  // CRYPT_E_AUTH_ATTR_MISSING
    {{{0x5F655F7470797263u, 0x6C61765F68736168u, 0x65756C61765F6873u, 0x65756C61765F6873u, 0x65756C61765F6873u}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0x1FF},  // CRYPT_E_HASH_VALUE
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x7865646E695F6469u, 0x7865646E695F6469u, 0x7865646E695F6469u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 21, 0x1FF},  // CRYPT_E_INVALID_INDEX
    {{{0x5F655F7470797263u, 0x5F79646165726C61u, 0x6574707972636564u, 0x6465747079726365u, 0x6465747079726365u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 25, 0x1FF},  // CRYPT_E_ALREADY_DECRYPTED
    {{{0x5F655F7470797263u, 0x726365645F746F6Eu, 0x6465747079726365u, 0x6465747079726365u, 0x6465747079726365u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0x1FF},  // CRYPT_E_NOT_DECRYPTED
    {{{0x5F655F7470797263u, 0x6E65697069636572u, 0x6F665F746F6E5F74u, 0x646E756F665F746Fu, 0x646E756F665F746Fu}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020002020200020u, 0x2020202020002020u, 0x2020202020002020u}}, 27, 0x1FF},  // CRYPT_E_RECIPIENT_NOT_FOUND
    {{{0x5F655F7470797263u, 0x5F6C6F72746E6F63u, 0x657079745F6C6F72u, 0x657079745F6C6F72u, 0x657079745F6C6F72u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 20, 0x1FF},  // CRYPT_E_CONTROL_TYPE
    {{{0x5F655F7470797263u, 0x735F726575737369u, 0x6D756E6C61697265u, 0x7265626D756E6C61u, 0x7265626D756E6C61u}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 27, 0x1FF},  // CRYPT_E_ISSUER_SERIALNUMBER
    {{{0x5F655F7470797263u, 0x6E5F72656E676973u, 0x646E756F665F746Fu, 0x646E756F665F746Fu, 0x646E756F665F746Fu}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 24, 0x1FF},  // CRYPT_E_SIGNER_NOT_FOUND
    {{{0x5F655F7470797263u, 0x7475626972747461u, 0x697373696D5F7365u, 0x676E697373696D5Fu, 0x676E697373696D5Fu}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020002020u, 0x2020202020202000u, 0x2020202020202000u}}, 26, 0x1FF},  // CRYPT_E_ATTRIBUTES_MISSING
    {{{0x5F655F7470797263u, 0x6D5F6D6165727473u, 0x725F746F6E5F6773u, 0x79646165725F746Fu, 0x79646165725F746Fu}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2000202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 28, 0x1FF},  // CRYPT_E_STREAM_MSG_NOT_READY
    {{{0x5F655F7470797263u, 0x695F6D6165727473u, 0x696369666675736Eu, 0x617461645F746E65u, 0x617461645F746E65u}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020202020202020u, 0x2020202000202020u, 0x2020202000202020u}}, 32, 0x1FF},  // CRYPT_E_STREAM_INSUFFICIENT_DATA
    {{{0x5F655F7470797263u, 0x6E656C5F6461625Fu, 0x6E656C5F6461625Fu, 0x6E656C5F6461625Fu, 0x6E656C5F6461625Fu}}, {{0x0020002020202020u, 0x2020200020202000u, 0x2020200020202000u, 0x2020200020202000u, 0x2020200020202000u}}, 15, 0x1FF},  // CRYPT_E_BAD_LEN
    {{{0x5F655F7470797263u, 0x6F636E655F646162u, 0x65646F636E655F64u, 0x65646F636E655F64u, 0x65646F636E655F64u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 18, 0x1FF},  // CRYPT_E_BAD_ENCODE
    {{{0x5F655F7470797263u, 0x7272655F656C6966u, 0x726F7272655F656Cu, 0x726F7272655F656Cu, 0x726F7272655F656Cu}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0x1FF},  // CRYPT_E_FILE_ERROR
    {{{0x5F655F7470797263u, 0x6E756F665F746F6Eu, 0x646E756F665F746Fu, 0x646E756F665F746Fu, 0x646E756F665F746Fu}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 17, 0x1FF},  // CRYPT_E_NOT_FOUND
    {{{0x5F655F7470797263u, 0x7374736978655F65u, 0x7374736978655F65u, 0x7374736978655F65u, 0x7374736978655F65u}}, {{0x0020002020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 14, 0x1FF},  // CRYPT_E_EXISTS
    {{{0x5F655F7470797263u, 0x69766F72705F6F6Eu, 0x72656469766F7270u, 0x72656469766F7270u, 0x72656469766F7270u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0x1FF},  // CRYPT_E_NO_PROVIDER
    {{{0x5F655F7470797263u, 0x6769735F666C6573u, 0x64656E6769735F66u, 0x64656E6769735F66u, 0x64656E6769735F66u}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 19, 0x1FF},  // CRYPT_E_SELF_SIGNED
    {{{0x5F655F7470797263u, 0x5F646574656C6564u, 0x766572705F646574u, 0x766572705F646574u, 0x766572705F646574u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 20, 0x1FF},  // CRYPT_E_DELETED_PREV
    {{{0x5F655F7470797263u, 0x686374616D5F6F6Eu, 0x686374616D5F6F6Eu, 0x686374616D5F6F6Eu, 0x686374616D5F6F6Eu}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 16, 0x1FF},  // CRYPT_E_NO_MATCH
    {{{0x5F655F7470797263u, 0x7463657078656E75u, 0x745F67736D5F6465u, 0x657079745F67736Du, 0x657079745F67736Du}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2000202020002020u, 0x2020202000202020u, 0x2020202000202020u}}, 27, 0x1FF},  // CRYPT_E_UNEXPECTED_MSG_TYPE
    {{{0x5F655F7470797263u, 0x705F79656B5F6F6Eu, 0x79747265706F7270u, 0x79747265706F7270u, 0x79747265706F7270u}}, {{0x0020002020202020u, 0x2000202020002020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 23, 0x1FF},  // CRYPT_E_NO_KEY_PROPERTY
    {{{0x5F655F7470797263u, 0x79726365645F6F6Eu, 0x747265635F747079u, 0x747265635F747079u, 0x747265635F747079u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 23, 0x1FF},  // CRYPT_E_NO_DECRYPT_CERT
    {{{0x5F655F7470797263u, 0x67736D5F6461625Fu, 0x67736D5F6461625Fu, 0x67736D5F6461625Fu, 0x67736D5F6461625Fu}}, {{0x0020002020202020u, 0x2020200020202000u, 0x2020200020202000u, 0x2020200020202000u, 0x2020200020202000u}}, 15, 0x1FF},  // CRYPT_E_BAD_MSG
    {{{0x5F655F7470797263u, 0x656E6769735F6F6Eu, 0x72656E6769735F6Fu, 0x72656E6769735F6Fu, 0x72656E6769735F6Fu}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 17, 0x1FF},  // CRYPT_E_NO_SIGNER
    {{{0x5F655F7470797263u, 0x5F676E69646E6570u, 0x65736F6C635F676Eu, 0x65736F6C635F676Eu, 0x65736F6C635F676Eu}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 21, 0x1FF},  // CRYPT_E_PENDING_CLOSE
    {{{0x5F655F7470797263u, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu}}, {{0x0020002020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 15, 0x1FF},  // CRYPT_E_REVOKED
    {{{0x5F655F7470797263u, 0x636F7665725F6F6Eu, 0x6C645F6E6F697461u, 0x6C6C645F6E6F6974u, 0x6C6C645F6E6F6974u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020002020202020u, 0x2020200020202020u, 0x2020200020202020u}}, 25, 0x1FF},  // CRYPT_E_NO_REVOCATION_DLL
    {{{0x5F655F7470797263u, 0x636F7665725F6F6Eu, 0x68635F6E6F697461u, 0x6B636568635F6E6Fu, 0x6B636568635F6E6Fu}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020002020202020u, 0x2020202020002020u, 0x2020202020002020u}}, 27, 0x1FF},  // CRYPT_E_NO_REVOCATION_CHECK
    {{{0x5F655F7470797263u, 0x697461636F766572u, 0x696C66666F5F6E6Fu, 0x656E696C66666F5Fu, 0x656E696C66666F5Fu}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020002020u, 0x2020202020202000u, 0x2020202020202000u}}, 26, 0x1FF},  // CRYPT_E_REVOCATION_OFFLINE
    {{{0x5F655F7470797263u, 0x725F6E695F746F6Eu, 0x6F697461636F7665u, 0x6162617461645F6Eu, 0x6573616261746164u}}, {{0x0020002020202020u, 0x2000202000202020u, 0x2020202020202020u, 0x2020202020200020u, 0x2020202020202020u}}, 34, 0x1FF},  // CRYPT_E_NOT_IN_REVOCATION_DATABASE
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x5F636972656D756Eu, 0x676E697274735F63u, 0x676E697274735F63u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x0020202020202020u, 0x2020202020200020u, 0x2020202020200020u}}, 30, 0x1FF},  // CRYPT_E_INVALID_NUMERIC_STRING
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x6C6261746E697270u, 0x676E697274735F65u, 0x676E697274735F65u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202020202020u, 0x2020202020200020u, 0x2020202020200020u}}, 32, 0x1FF},  // CRYPT_E_INVALID_PRINTABLE_STRING
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x697274735F356169u, 0x676E697274735F35u, 0x676E697274735F35u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000002020u, 0x2020202020200000u, 0x2020202020200000u}}, 26, 0x1FF},  // CRYPT_E_INVALID_IA5_STRING
    {{{0x5F655F7470797263u, 0x5F64696C61766E69u, 0x7274735F30303578u, 0x676E697274735F30u, 0x676E697274735F30u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020200000000020u, 0x2020202020200000u, 0x2020202020200000u}}, 27, 0x1FF},  // CRYPT_E_INVALID_X500_STRING
    {{{0x5F655F7470797263u, 0x726168635F746F6Eu, 0x676E697274735F72u, 0x676E697274735F72u, 0x676E697274735F72u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 23, 0x1FF},  // CRYPT_E_NOT_CHAR_STRING
    {{{0x5F655F7470797263u, 0x69736572656C6966u, 0x64657A6973657265u, 0x64657A6973657265u, 0x64657A6973657265u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0x1FF},  // CRYPT_E_FILERESIZED
    {{{0x5F655F7470797263u, 0x7974697275636573u, 0x676E69747465735Fu, 0x73676E6974746573u, 0x73676E6974746573u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020202000u, 0x2020202020202020u, 0x2020202020202020u}}, 25, 0x1FF},  // CRYPT_E_SECURITY_SETTINGS
    {{{0x5F655F7470797263u, 0x66697265765F6F6Eu, 0x5F65676173755F79u, 0x6C6C645F65676173u, 0x6C6C645F65676173u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x0020202020200020u, 0x2020200020202020u, 0x2020200020202020u}}, 27, 0x1FF},  // CRYPT_E_NO_VERIFY_USAGE_DLL
    {{{0x5F655F7470797263u, 0x66697265765F6F6Eu, 0x5F65676173755F79u, 0x6B636568635F6567u, 0x6B636568635F6567u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x0020202020200020u, 0x2020202020002020u, 0x2020202020002020u}}, 29, 0x1FF},  // CRYPT_E_NO_VERIFY_USAGE_CHECK
    {{{0x5F655F7470797263u, 0x755F796669726576u, 0x66666F5F65676173u, 0x656E696C66666F5Fu, 0x656E696C66666F5Fu}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u}}, 28, 0x1FF},  // CRYPT_E_VERIFY_USAGE_OFFLINE
    {{{0x5F655F7470797263u, 0x635F6E695F746F6Eu, 0x6C74635F6E695F74u, 0x6C74635F6E695F74u, 0x6C74635F6E695F74u}}, {{0x0020002020202020u, 0x2000202000202020u, 0x2020200020200020u, 0x2020200020200020u, 0x2020200020200020u}}, 18, 0x1FF},  // CRYPT_E_NOT_IN_CTL
    {{{0x5F655F7470797263u, 0x74737572745F6F6Eu, 0x656E6769735F6465u, 0x72656E6769735F64u, 0x72656E6769735F64u}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020200020u, 0x2020202020200020u}}, 25, 0x1FF},  // CRYPT_E_NO_TRUSTED_SIGNER
    {{{0x5F655F7470797263u, 0x5F676E697373696Du, 0x705F79656B627570u, 0x617261705F79656Bu, 0x617261705F79656Bu}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2000202020202020u, 0x2020202000202020u, 0x2020202000202020u}}, 27, 0x1FF},  // CRYPT_E_MISSING_PUBKEY_PARA
    {{{0x5F655F7470797263u, 0x6C5F7463656A626Fu, 0x6F5F726F7461636Fu, 0x6F6E5F7463656A62u, 0x646E756F665F746Fu}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2000202020202020u, 0x2020002020202020u, 0x2020202020002020u}}, 39, 0x1FF},  // CRYPT_E_OBJECT_LOCATOR_OBJECT_NOT_FOUND
    {{{0x5F655F7470797263u, 0x6F7272655F73736Fu, 0x726F7272655F7373u, 0x726F7272655F7373u, 0x726F7272655F7373u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 17, 0x1FF},  // CRYPT_E_OSS_ERROR
    {{{0x5F655F7470797263u, 0x7272655F316E7361u, 0x726F7272655F316Eu, 0x726F7272655F316Eu, 0x726F7272655F316Eu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020000020u, 0x2020202020000020u, 0x2020202020000020u}}, 18, 0x1FF},  // CRYPT_E_ASN1_ERROR
    {{{0x5F655F7470797263u, 0x746E695F316E7361u, 0x6C616E7265746E69u, 0x6C616E7265746E69u, 0x6C616E7265746E69u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0x1FF},  // CRYPT_E_ASN1_INTERNAL
    {{{0x5F655F7470797263u, 0x646F655F316E7361u, 0x646F655F316E7361u, 0x646F655F316E7361u, 0x646F655F316E7361u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020200000202020u, 0x2020200000202020u, 0x2020200000202020u}}, 16, 0x1FF},  // CRYPT_E_ASN1_EOD
    {{{0x5F655F7470797263u, 0x726F635F316E7361u, 0x74707572726F635Fu, 0x74707572726F635Fu, 0x74707572726F635Fu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0x1FF},  // CRYPT_E_ASN1_CORRUPT
    {{{0x5F655F7470797263u, 0x72616C5F316E7361u, 0x656772616C5F316Eu, 0x656772616C5F316Eu, 0x656772616C5F316Eu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020000020u, 0x2020202020000020u, 0x2020202020000020u}}, 18, 0x1FF},  // CRYPT_E_ASN1_LARGE
    {{{0x5F655F7470797263u, 0x6E6F635F316E7361u, 0x746E69617274736Eu, 0x746E69617274736Eu, 0x746E69617274736Eu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 23, 0x1FF},  // CRYPT_E_ASN1_CONSTRAINT
    {{{0x5F655F7470797263u, 0x6D656D5F316E7361u, 0x79726F6D656D5F31u, 0x79726F6D656D5F31u, 0x79726F6D656D5F31u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020200000u, 0x2020202020200000u, 0x2020202020200000u}}, 19, 0x1FF},  // CRYPT_E_ASN1_MEMORY
    {{{0x5F655F7470797263u, 0x65766F5F316E7361u, 0x776F6C667265766Fu, 0x776F6C667265766Fu, 0x776F6C667265766Fu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0x1FF},  // CRYPT_E_ASN1_OVERFLOW
    {{{0x5F655F7470797263u, 0x6461625F316E7361u, 0x7564706461625F31u, 0x7564706461625F31u, 0x7564706461625F31u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020200000u, 0x2020202020200000u, 0x2020202020200000u}}, 19, 0x1FF},  // CRYPT_E_ASN1_BADPDU
    {{{0x5F655F7470797263u, 0x6461625F316E7361u, 0x736772616461625Fu, 0x736772616461625Fu, 0x736772616461625Fu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0x1FF},  // CRYPT_E_ASN1_BADARGS
    {{{0x5F655F7470797263u, 0x6461625F316E7361u, 0x6C6165726461625Fu, 0x6C6165726461625Fu, 0x6C6165726461625Fu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 20, 0x1FF},  // CRYPT_E_ASN1_BADREAL
    {{{0x5F655F7470797263u, 0x6461625F316E7361u, 0x6761746461625F31u, 0x6761746461625F31u, 0x6761746461625F31u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020200000u, 0x2020202020200000u, 0x2020202020200000u}}, 19, 0x1FF},  // CRYPT_E_ASN1_BADTAG
    {{{0x5F655F7470797263u, 0x6F68635F316E7361u, 0x6563696F68635F31u, 0x6563696F68635F31u, 0x6563696F68635F31u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020200000u, 0x2020202020200000u, 0x2020202020200000u}}, 19, 0x1FF},  // CRYPT_E_ASN1_CHOICE
    {{{0x5F655F7470797263u, 0x6C75725F316E7361u, 0x656C75725F316E73u, 0x656C75725F316E73u, 0x656C75725F316E73u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202000002020u, 0x2020202000002020u, 0x2020202000002020u}}, 17, 0x1FF},  // CRYPT_E_ASN1_RULE
    {{{0x5F655F7470797263u, 0x6674755F316E7361u, 0x386674755F316E73u, 0x386674755F316E73u, 0x386674755F316E73u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x0020202000002020u, 0x0020202000002020u, 0x0020202000002020u}}, 17, 0x1FF},  // CRYPT_E_ASN1_UTF8
    {{{0x5F655F7470797263u, 0x7564705F316E7361u, 0x657079745F756470u, 0x657079745F756470u, 0x657079745F756470u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 21, 0x1FF},  // CRYPT_E_ASN1_PDU_TYPE
    {{{0x5F655F7470797263u, 0x69796E5F316E7361u, 0x69796E5F316E7361u, 0x69796E5F316E7361u, 0x69796E5F316E7361u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020200000202020u, 0x2020200000202020u, 0x2020200000202020u}}, 16, 0x1FF},  // CRYPT_E_ASN1_NYI
    {{{0x5F655F7470797263u, 0x7478655F316E7361u, 0x6465646E65747865u, 0x6465646E65747865u, 0x6465646E65747865u}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0x1FF},  // CRYPT_E_ASN1_EXTENDED
    {{{0x5F655F7470797263u, 0x656F6E5F316E7361u, 0x646F656F6E5F316Eu, 0x646F656F6E5F316Eu, 0x646F656F6E5F316Eu}}, {{0x0020002020202020u, 0x2020200000202020u, 0x2020202020000020u, 0x2020202020000020u, 0x2020202020000020u}}, 18, 0x1FF},  // CRYPT_E_ASN1_NOEOD
    {{{0x5F655F7473757274u, 0x655F6D6574737973u, 0x726F7272655F6D65u, 0x726F7272655F6D65u, 0x726F7272655F6D65u}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 20, 0x1FF},  // TRUST_E_SYSTEM_ERROR
    {{{0x5F655F7473757274u, 0x656E6769735F6F6Eu, 0x747265635F72656Eu, 0x747265635F72656Eu, 0x747265635F72656Eu}}, {{0x0020002020202020u, 0x2020202020002020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 22, 0x1FF},  // TRUST_E_NO_SIGNER_CERT
    {{{0x5F655F7473757274u, 0x5F7265746E756F63u, 0x72656E6769735F72u, 0x72656E6769735F72u, 0x72656E6769735F72u}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 22, 0x1FF},  // TRUST_E_COUNTER_SIGNER
    {{{0x5F655F7473757274u, 0x6769735F74726563u, 0x65727574616E6769u, 0x65727574616E6769u, 0x65727574616E6769u}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 22, 0x1FF},  // TRUST_E_CERT_SIGNATURE
    {{{0x5F655F7473757274u, 0x6174735F656D6974u, 0x706D6174735F656Du, 0x706D6174735F656Du, 0x706D6174735F656Du}}, {{0x0020002020202020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0x1FF},  // TRUST_E_TIME_STAMP
    {{{0x5F655F7473757274u, 0x656769645F646162u, 0x7473656769645F64u, 0x7473656769645F64u, 0x7473656769645F64u}}, {{0x0020002020202020u, 0x2020202000202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 18, 0x1FF},  // TRUST_E_BAD_DIGEST
    {{{0x5F655F7473757274u, 0x656D726F666C616Du, 0x74616E6769735F64u, 0x65727574616E6769u, 0x65727574616E6769u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u}}, 27, 0x1FF},  // TRUST_E_MALFORMED_SIGNATURE
    {{{0x5F655F7473757274u, 0x6F635F6369736162u, 0x746E69617274736Eu, 0x73746E6961727473u, 0x73746E6961727473u}}, {{0x0020002020202020u, 0x2020002020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 25, 0x1FF},  // TRUST_E_BASIC_CONSTRAINTS
    {{{0x5F655F7473757274u, 0x6169636E616E6966u, 0x7265746972635F6Cu, 0x6169726574697263u, 0x6169726574697263u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020200020u, 0x2020202020202020u, 0x2020202020202020u}}, 26, 0x1FF},  // TRUST_E_FINANCIAL_CRITERIA
    {{{0x5F655F7473757274u, 0x72656469766F7270u, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 24, 0x1FF},  // TRUST_E_PROVIDER_UNKNOWN
    {{{0x5F655F7473757274u, 0x755F6E6F69746361u, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu}}, {{0x0020002020202020u, 0x2000202020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 22, 0x1FF},  // TRUST_E_ACTION_UNKNOWN
    {{{0x5F655F7473757274u, 0x5F7463656A627573u, 0x6B6E755F6D726F66u, 0x6E776F6E6B6E755Fu, 0x6E776F6E6B6E755Fu}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020200020202020u, 0x2020202020202000u, 0x2020202020202000u}}, 28, 0x1FF},  // TRUST_E_SUBJECT_FORM_UNKNOWN
    {{{0x5F655F7473757274u, 0x5F7463656A627573u, 0x737572745F746F6Eu, 0x646574737572745Fu, 0x646574737572745Fu}}, {{0x0020002020202020u, 0x0020202020202020u, 0x2020202000202020u, 0x2020202020202000u, 0x2020202020202000u}}, 27, 0x1FF},  // TRUST_E_SUBJECT_NOT_TRUSTED
    {{{0x5F655F7473757274u, 0x74616E6769736F6Eu, 0x65727574616E6769u, 0x65727574616E6769u, 0x65727574616E6769u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0x1FF},  // TRUST_E_NOSIGNATURE
    {{{0x655F655F74726563u, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu, 0x646572697078655Fu}}, {{0x2000200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 14, 0x1FF},  // CERT_E_EXPIRED
    {{{0x765F655F74726563u, 0x7079746964696C61u, 0x73656E646F697265u, 0x676E697473656E64u, 0x676E697473656E64u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 28, 0x1FF},  // CERT_E_VALIDITYPERIODNESTING
    {{{0x725F655F74726563u, 0x656C6F725F655F74u, 0x656C6F725F655F74u, 0x656C6F725F655F74u, 0x656C6F725F655F74u}}, {{0x2000200020202020u, 0x2020202000200020u, 0x2020202000200020u, 0x2020202000200020u, 0x2020202000200020u}}, 11, 0x1FF},  // CERT_E_ROLE
    {{{0x705F655F74726563u, 0x6F636E656C687461u, 0x74736E6F636E656Cu, 0x74736E6F636E656Cu, 0x74736E6F636E656Cu}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 19, 0x1FF},  // CERT_E_PATHLENCONST
    {{{0x635F655F74726563u, 0x6C61636974697263u, 0x6C61636974697263u, 0x6C61636974697263u, 0x6C61636974697263u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 15, 0x1FF},  // CERT_E_CRITICAL
    {{{0x705F655F74726563u, 0x65736F707275705Fu, 0x65736F707275705Fu, 0x65736F707275705Fu, 0x65736F707275705Fu}}, {{0x2000200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 14, 0x1FF},  // CERT_E_PURPOSE
    {{{0x695F655F74726563u, 0x6168637265757373u, 0x676E696E69616863u, 0x676E696E69616863u, 0x676E696E69616863u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 21, 0x1FF},  // CERT_E_ISSUERCHAINING
    {{{0x6D5F655F74726563u, 0x64656D726F666C61u, 0x64656D726F666C61u, 0x64656D726F666C61u, 0x64656D726F666C61u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 16, 0x1FF},  // CERT_E_MALFORMED
    {{{0x755F655F74726563u, 0x646574737572746Eu, 0x746F6F7264657473u, 0x746F6F7264657473u, 0x746F6F7264657473u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 20, 0x1FF},  // CERT_E_UNTRUSTEDROOT
    {{{0x635F655F74726563u, 0x676E696E69616863u, 0x676E696E69616863u, 0x676E696E69616863u, 0x676E696E69616863u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 15, 0x1FF},  // CERT_E_CHAINING
    {{{0x5F655F7473757274u, 0x6C6961665F655F74u, 0x6C6961665F655F74u, 0x6C6961665F655F74u, 0x6C6961665F655F74u}}, {{0x0020002020202020u, 0x2020202000200020u, 0x2020202000200020u, 0x2020202000200020u, 0x2020202000200020u}}, 12, 0x1FF},  // TRUST_E_FAIL
    {{{0x725F655F74726563u, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu, 0x64656B6F7665725Fu}}, {{0x2000200020202020u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u, 0x2020202020202000u}}, 14, 0x1FF},  // CERT_E_REVOKED
    {{{0x755F655F74726563u, 0x646574737572746Eu, 0x746F6F7274736574u, 0x746F6F7274736574u, 0x746F6F7274736574u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 24, 0x1FF},  // CERT_E_UNTRUSTEDTESTROOT
    {{{0x725F655F74726563u, 0x6F697461636F7665u, 0x72756C6961665F6Eu, 0x6572756C6961665Fu, 0x6572756C6961665Fu}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020200020u, 0x2020202020202000u, 0x2020202020202000u}}, 25, 0x1FF},  // CERT_E_REVOCATION_FAILURE
    {{{0x635F655F74726563u, 0x74616D5F6F6E5F6Eu, 0x686374616D5F6F6Eu, 0x686374616D5F6F6Eu, 0x686374616D5F6F6Eu}}, {{0x2000200020202020u, 0x2020200020200020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0x1FF},  // CERT_E_CN_NO_MATCH
    {{{0x775F655F74726563u, 0x6173755F676E6F72u, 0x65676173755F676Eu, 0x65676173755F676Eu, 0x65676173755F676Eu}}, {{0x2000200020202020u, 0x2020200020202020u, 0x2020202020002020u, 0x2020202020002020u, 0x2020202020002020u}}, 18, 0x1FF},  // CERT_E_WRONG_USAGE
    {{{0x5F655F7473757274u, 0x746963696C707865u, 0x737572747369645Fu, 0x7473757274736964u, 0x7473757274736964u}}, {{0x0020002020202020u, 0x2020202020202020u, 0x2020202020202000u, 0x2020202020202020u, 0x2020202020202020u}}, 25, 0x1FF},  // TRUST_E_EXPLICIT_DISTRUST
    {{{0x755F655F74726563u, 0x646574737572746Eu, 0x6163646574737572u, 0x6163646574737572u, 0x6163646574737572u}}, {{0x2000200020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u, 0x2020202020202020u}}, 18, 0x1FF},  // CERT_E_UNTRUSTEDCA
    {{{0x695F655F74726563u, 0x705F64696C61766Eu, 0x7963696C6F705F64u, 0x7963696C6F705F64u, 0x7963696C6F705F64u}}, {{0x2000200020202020u, 0x2000202020202020u, 0x2020202020200020u, 0x2020202020200020u, 0x2020202020200020u}}, 21, 0x1FF},  // CERT_E_INVALID_POLICY
    {{{0x695F655F74726563u, 0x6E5F64696C61766Eu, 0x656D616E5F64696Cu, 0x656D616E5F64696Cu, 0x656D616E5F64696Cu}}, {{0x2000200020202020u, 0x2000202020202020u, 0x2020202000202020u, 0x2020202000202020u, 0x2020202000202020u}}, 19, 0x1FF},  // CERT_E_INVALID_NAME
}};
inline constexpr std::size_t shortest_name_key = 4;
inline constexpr std::size_t longest_name_key = 39;

// The prefix of each family's names, in the order of sspi::family.
inline constexpr std::array<std::string_view, 4> family_names{{"SEC"sv, "CERT"sv, "CRYPT"sv, "TRUST"sv}};
inline constexpr std::array<family, 4> all_families{{family::sec, family::cert, family::crypt, family::trust}};

}  // namespace detail
}  // namespace sspi

// Generated from data/{sspi_status,languages,call_texts,packages,conditions}.csv
// by sspi-status-gen (tools/generator). Do not edit.
// The public enumerations of <sspi_status/sspi_status.hpp>, calls.hpp and conditions.hpp.
#ifndef SSPI_STATUS_ENUMS_HPP
#define SSPI_STATUS_ENUMS_HPP

#include <cstdint>

namespace sspi {

// One enumerator per name of the table, in lower case so that the macros of <windows.h>
// cannot touch them. An alias has the value of the name it aliases.
enum class status : std::int32_t {
    sec_e_ok = 0,  // 0x00000000
    sec_i_continue_needed = 590610,  // 0x00090312
    sec_i_complete_needed = 590611,  // 0x00090313
    sec_i_complete_and_continue = 590612,  // 0x00090314
    sec_i_local_logon = 590613,  // 0x00090315
    sec_i_generic_extension_received = 590614,  // 0x00090316
    sec_i_context_expired = 590615,  // 0x00090317
    sec_i_incomplete_credentials = 590624,  // 0x00090320
    sec_i_renegotiate = 590625,  // 0x00090321
    sec_i_no_lsa_context = 590627,  // 0x00090323
    sec_i_signature_needed = 590684,  // 0x0009035C
    sec_i_no_renegotiation = 590688,  // 0x00090360
    sec_i_message_fragment = 590692,  // 0x00090364
    sec_i_continue_needed_message_ok = 590694,  // 0x00090366
    sec_i_async_call_pending = 590696,  // 0x00090368
    sec_e_insufficient_memory = -2146893056,  // 0x80090300
    sec_e_invalid_handle = -2146893055,  // 0x80090301
    sec_e_unsupported_function = -2146893054,  // 0x80090302
    sec_e_not_supported = -2146893054,  // 0x80090302
    sec_e_target_unknown = -2146893053,  // 0x80090303
    sec_e_internal_error = -2146893052,  // 0x80090304
    sec_e_no_spm = -2146893052,  // 0x80090304
    sec_e_secpkg_not_found = -2146893051,  // 0x80090305
    sec_e_not_owner = -2146893050,  // 0x80090306
    sec_e_cannot_install = -2146893049,  // 0x80090307
    sec_e_invalid_token = -2146893048,  // 0x80090308
    sec_e_cannot_pack = -2146893047,  // 0x80090309
    sec_e_qop_not_supported = -2146893046,  // 0x8009030A
    sec_e_no_impersonation = -2146893045,  // 0x8009030B
    sec_e_logon_denied = -2146893044,  // 0x8009030C
    sec_e_unknown_credentials = -2146893043,  // 0x8009030D
    sec_e_no_credentials = -2146893042,  // 0x8009030E
    sec_e_message_altered = -2146893041,  // 0x8009030F
    sec_e_out_of_sequence = -2146893040,  // 0x80090310
    sec_e_no_authenticating_authority = -2146893039,  // 0x80090311
    sec_e_bad_pkgid = -2146893034,  // 0x80090316
    sec_e_context_expired = -2146893033,  // 0x80090317
    sec_e_incomplete_message = -2146893032,  // 0x80090318
    sec_e_incomplete_credentials = -2146893024,  // 0x80090320
    sec_e_buffer_too_small = -2146893023,  // 0x80090321
    sec_e_wrong_principal = -2146893022,  // 0x80090322
    sec_e_time_skew = -2146893020,  // 0x80090324
    sec_e_untrusted_root = -2146893019,  // 0x80090325
    sec_e_illegal_message = -2146893018,  // 0x80090326
    sec_e_cert_unknown = -2146893017,  // 0x80090327
    sec_e_cert_expired = -2146893016,  // 0x80090328
    sec_e_encrypt_failure = -2146893015,  // 0x80090329
    sec_e_decrypt_failure = -2146893008,  // 0x80090330
    sec_e_algorithm_mismatch = -2146893007,  // 0x80090331
    sec_e_security_qos_failed = -2146893006,  // 0x80090332
    sec_e_unfinished_context_deleted = -2146893005,  // 0x80090333
    sec_e_no_tgt_reply = -2146893004,  // 0x80090334
    sec_e_no_ip_addresses = -2146893003,  // 0x80090335
    sec_e_wrong_credential_handle = -2146893002,  // 0x80090336
    sec_e_crypto_system_invalid = -2146893001,  // 0x80090337
    sec_e_max_referrals_exceeded = -2146893000,  // 0x80090338
    sec_e_must_be_kdc = -2146892999,  // 0x80090339
    sec_e_strong_crypto_not_supported = -2146892998,  // 0x8009033A
    sec_e_too_many_principals = -2146892997,  // 0x8009033B
    sec_e_no_pa_data = -2146892996,  // 0x8009033C
    sec_e_pkinit_name_mismatch = -2146892995,  // 0x8009033D
    sec_e_smartcard_logon_required = -2146892994,  // 0x8009033E
    sec_e_shutdown_in_progress = -2146892993,  // 0x8009033F
    sec_e_kdc_invalid_request = -2146892992,  // 0x80090340
    sec_e_kdc_unable_to_refer = -2146892991,  // 0x80090341
    sec_e_kdc_unknown_etype = -2146892990,  // 0x80090342
    sec_e_unsupported_preauth = -2146892989,  // 0x80090343
    sec_e_delegation_required = -2146892987,  // 0x80090345
    sec_e_bad_bindings = -2146892986,  // 0x80090346
    sec_e_multiple_accounts = -2146892985,  // 0x80090347
    sec_e_no_kerb_key = -2146892984,  // 0x80090348
    sec_e_cert_wrong_usage = -2146892983,  // 0x80090349
    sec_e_downgrade_detected = -2146892976,  // 0x80090350
    sec_e_smartcard_cert_revoked = -2146892975,  // 0x80090351
    sec_e_issuing_ca_untrusted = -2146892974,  // 0x80090352
    sec_e_revocation_offline_c = -2146892973,  // 0x80090353
    sec_e_pkinit_client_failure = -2146892972,  // 0x80090354
    sec_e_smartcard_cert_expired = -2146892971,  // 0x80090355
    sec_e_no_s4u_prot_support = -2146892970,  // 0x80090356
    sec_e_crossrealm_delegation_failure = -2146892969,  // 0x80090357
    sec_e_revocation_offline_kdc = -2146892968,  // 0x80090358
    sec_e_issuing_ca_untrusted_kdc = -2146892967,  // 0x80090359
    sec_e_kdc_cert_expired = -2146892966,  // 0x8009035A
    sec_e_kdc_cert_revoked = -2146892965,  // 0x8009035B
    sec_e_invalid_parameter = -2146892963,  // 0x8009035D
    sec_e_delegation_policy = -2146892962,  // 0x8009035E
    sec_e_policy_nltm_only = -2146892961,  // 0x8009035F
    sec_e_no_context = -2146892959,  // 0x80090361
    sec_e_pku2u_cert_failure = -2146892958,  // 0x80090362
    sec_e_mutual_auth_failed = -2146892957,  // 0x80090363
    sec_e_only_https_allowed = -2146892955,  // 0x80090365
    sec_e_application_protocol_mismatch = -2146892953,  // 0x80090367
    sec_e_invalid_upn_name = -2146892951,  // 0x80090369
    sec_e_ext_buffer_too_small = -2146892950,  // 0x8009036A
    sec_e_insufficient_buffers = -2146892949,  // 0x8009036B
    crypt_e_msg_error = -2146889727,  // 0x80091001
    crypt_e_unknown_algo = -2146889726,  // 0x80091002
    crypt_e_oid_format = -2146889725,  // 0x80091003
    crypt_e_invalid_msg_type = -2146889724,  // 0x80091004
    crypt_e_unexpected_encoding = -2146889723,  // 0x80091005
    crypt_e_auth_attr_missing = -2146889722,  // 0x80091006
    crypt_e_hash_value = -2146889721,  // 0x80091007
    crypt_e_invalid_index = -2146889720,  // 0x80091008
    crypt_e_already_decrypted = -2146889719,  // 0x80091009
    crypt_e_not_decrypted = -2146889718,  // 0x8009100A
    crypt_e_recipient_not_found = -2146889717,  // 0x8009100B
    crypt_e_control_type = -2146889716,  // 0x8009100C
    crypt_e_issuer_serialnumber = -2146889715,  // 0x8009100D
    crypt_e_signer_not_found = -2146889714,  // 0x8009100E
    crypt_e_attributes_missing = -2146889713,  // 0x8009100F
    crypt_e_stream_msg_not_ready = -2146889712,  // 0x80091010
    crypt_e_stream_insufficient_data = -2146889711,  // 0x80091011
    crypt_e_bad_len = -2146885631,  // 0x80092001
    crypt_e_bad_encode = -2146885630,  // 0x80092002
    crypt_e_file_error = -2146885629,  // 0x80092003
    crypt_e_not_found = -2146885628,  // 0x80092004
    crypt_e_exists = -2146885627,  // 0x80092005
    crypt_e_no_provider = -2146885626,  // 0x80092006
    crypt_e_self_signed = -2146885625,  // 0x80092007
    crypt_e_deleted_prev = -2146885624,  // 0x80092008
    crypt_e_no_match = -2146885623,  // 0x80092009
    crypt_e_unexpected_msg_type = -2146885622,  // 0x8009200A
    crypt_e_no_key_property = -2146885621,  // 0x8009200B
    crypt_e_no_decrypt_cert = -2146885620,  // 0x8009200C
    crypt_e_bad_msg = -2146885619,  // 0x8009200D
    crypt_e_no_signer = -2146885618,  // 0x8009200E
    crypt_e_pending_close = -2146885617,  // 0x8009200F
    crypt_e_revoked = -2146885616,  // 0x80092010
    crypt_e_no_revocation_dll = -2146885615,  // 0x80092011
    crypt_e_no_revocation_check = -2146885614,  // 0x80092012
    crypt_e_revocation_offline = -2146885613,  // 0x80092013
    crypt_e_not_in_revocation_database = -2146885612,  // 0x80092014
    crypt_e_invalid_numeric_string = -2146885600,  // 0x80092020
    crypt_e_invalid_printable_string = -2146885599,  // 0x80092021
    crypt_e_invalid_ia5_string = -2146885598,  // 0x80092022
    crypt_e_invalid_x500_string = -2146885597,  // 0x80092023
    crypt_e_not_char_string = -2146885596,  // 0x80092024
    crypt_e_fileresized = -2146885595,  // 0x80092025
    crypt_e_security_settings = -2146885594,  // 0x80092026
    crypt_e_no_verify_usage_dll = -2146885593,  // 0x80092027
    crypt_e_no_verify_usage_check = -2146885592,  // 0x80092028
    crypt_e_verify_usage_offline = -2146885591,  // 0x80092029
    crypt_e_not_in_ctl = -2146885590,  // 0x8009202A
    crypt_e_no_trusted_signer = -2146885589,  // 0x8009202B
    crypt_e_missing_pubkey_para = -2146885588,  // 0x8009202C
    crypt_e_object_locator_object_not_found = -2146885587,  // 0x8009202D
    crypt_e_oss_error = -2146881536,  // 0x80093000
    crypt_e_asn1_error = -2146881280,  // 0x80093100
    crypt_e_asn1_internal = -2146881279,  // 0x80093101
    crypt_e_asn1_eod = -2146881278,  // 0x80093102
    crypt_e_asn1_corrupt = -2146881277,  // 0x80093103
    crypt_e_asn1_large = -2146881276,  // 0x80093104
    crypt_e_asn1_constraint = -2146881275,  // 0x80093105
    crypt_e_asn1_memory = -2146881274,  // 0x80093106
    crypt_e_asn1_overflow = -2146881273,  // 0x80093107
    crypt_e_asn1_badpdu = -2146881272,  // 0x80093108
    crypt_e_asn1_badargs = -2146881271,  // 0x80093109
    crypt_e_asn1_badreal = -2146881270,  // 0x8009310A
    crypt_e_asn1_badtag = -2146881269,  // 0x8009310B
    crypt_e_asn1_choice = -2146881268,  // 0x8009310C
    crypt_e_asn1_rule = -2146881267,  // 0x8009310D
    crypt_e_asn1_utf8 = -2146881266,  // 0x8009310E
    crypt_e_asn1_pdu_type = -2146881229,  // 0x80093133
    crypt_e_asn1_nyi = -2146881228,  // 0x80093134
    crypt_e_asn1_extended = -2146881023,  // 0x80093201
    crypt_e_asn1_noeod = -2146881022,  // 0x80093202
    trust_e_system_error = -2146869247,  // 0x80096001
    trust_e_no_signer_cert = -2146869246,  // 0x80096002
    trust_e_counter_signer = -2146869245,  // 0x80096003
    trust_e_cert_signature = -2146869244,  // 0x80096004
    trust_e_time_stamp = -2146869243,  // 0x80096005
    trust_e_bad_digest = -2146869232,  // 0x80096010
    trust_e_malformed_signature = -2146869231,  // 0x80096011
    trust_e_basic_constraints = -2146869223,  // 0x80096019
    trust_e_financial_criteria = -2146869218,  // 0x8009601E
    trust_e_provider_unknown = -2146762751,  // 0x800B0001
    trust_e_action_unknown = -2146762750,  // 0x800B0002
    trust_e_subject_form_unknown = -2146762749,  // 0x800B0003
    trust_e_subject_not_trusted = -2146762748,  // 0x800B0004
    trust_e_nosignature = -2146762496,  // 0x800B0100
    cert_e_expired = -2146762495,  // 0x800B0101
    cert_e_validityperiodnesting = -2146762494,  // 0x800B0102
    cert_e_role = -2146762493,  // 0x800B0103
    cert_e_pathlenconst = -2146762492,  // 0x800B0104
    cert_e_critical = -2146762491,  // 0x800B0105
    cert_e_purpose = -2146762490,  // 0x800B0106
    cert_e_issuerchaining = -2146762489,  // 0x800B0107
    cert_e_malformed = -2146762488,  // 0x800B0108
    cert_e_untrustedroot = -2146762487,  // 0x800B0109
    cert_e_chaining = -2146762486,  // 0x800B010A
    trust_e_fail = -2146762485,  // 0x800B010B
    cert_e_revoked = -2146762484,  // 0x800B010C
    cert_e_untrustedtestroot = -2146762483,  // 0x800B010D
    cert_e_revocation_failure = -2146762482,  // 0x800B010E
    cert_e_cn_no_match = -2146762481,  // 0x800B010F
    cert_e_wrong_usage = -2146762480,  // 0x800B0110
    trust_e_explicit_distrust = -2146762479,  // 0x800B0111
    cert_e_untrustedca = -2146762478,  // 0x800B0112
    cert_e_invalid_policy = -2146762477,  // 0x800B0113
    cert_e_invalid_name = -2146762476,  // 0x800B0114
};

// The winerror.h families of the names, by prefix: SEC_, CERT_, CRYPT_, TRUST_.
enum class family : std::uint8_t { sec, cert, crypt, trust };

// The languages of the texts: English first, then Microsoft's translations.
enum class lang : std::uint8_t { en, de, es, fr, it, pt_br, ru, zh_tw };

// The SSPI functions whose return values Microsoft documents.
enum class call : std::uint8_t {
    accept_security_context,
    acquire_credentials_handle,
    decrypt_message,
    encrypt_message,
    initialize_security_context,
    query_context_attributes,
    complete_auth_token,
    make_signature,
    verify_signature,
    apply_control_token,
    impersonate_security_context,
    revert_security_context,
    export_security_context,
    import_security_context,
    set_context_attributes,
    query_credentials_attributes,
    set_credentials_attributes,
    free_credentials_handle,
    delete_security_context,
    enumerate_security_packages,
};

// The security packages the functions' pages are written for; general: the page for any package.
enum class package : std::uint8_t { general, credssp, digest, kerberos, negotiate, ntlm, schannel };

// The portable conditions of <sspi_status/conditions.hpp>, one per condition of data/conditions.csv.
enum class condition : int {
    logon_failure = 1,
    clock_skew,
    account_locked_out,
    account_disabled,
    no_such_user,
    password_expired,
    no_logon_servers,
    wrong_principal,
    certificate_revoked,
    revocation_unknown,
    certificate_expired,
    untrusted_root,
};

}  // namespace sspi

#endif

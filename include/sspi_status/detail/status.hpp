// Generated from data/sspi_status.csv by sspi-status-gen (tools/generator). Do not edit.
#ifndef SSPI_STATUS_DETAIL_STATUS_HPP
#define SSPI_STATUS_DETAIL_STATUS_HPP

#include <cstdint>

namespace sspi {

// One enumerator per SEC_E_*/SEC_I_* name of winerror.h, in lower case so that the macros of
// <windows.h> cannot touch them. An alias has the value of the name it aliases.
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
};

}  // namespace sspi

#endif

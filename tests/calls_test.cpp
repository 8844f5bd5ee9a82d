// The per-call API: names of calls and packages in the spellings code and logs use, the rows of a page,
// call_text's fallbacks, and all of it at compile time.
#include <sspi_status/calls.hpp>

#include <catch2/catch.hpp>

#include <cstring>
#include <string>

using sspi::call;
using sspi::package;

TEST_CASE("calls: parse_call reads a function's name in any case, with or without A/W") {
    for (const char* name : {"InitializeSecurityContext", "InitializeSecurityContextW", "InitializeSecurityContextA",
                             "initializesecuritycontext", "INITIALIZESECURITYCONTEXTW", "initializeSecurityContextw"}) {
        INFO(name);
        CHECK(sspi::parse_call(name) == call::initialize_security_context);
    }
    CHECK(sspi::parse_call("AcceptSecurityContext") == call::accept_security_context);
    CHECK(sspi::parse_call("AcquireCredentialsHandleW") == call::acquire_credentials_handle);
    CHECK(sspi::parse_call("EnumerateSecurityPackagesA") == call::enumerate_security_packages);
    CHECK(sspi::parse_call("QueryContextAttributesExW") == std::nullopt);  // another function
    for (const char* near_miss : {"", "W", "InitializeSecurityContex", "InitializeSecurityContextX",
                                  "InitializeSecurityContextWW", "Initialize SecurityContext", "InitializeSecurityContext ",
                                  "_InitializeSecurityContext", "initialize_security_context"}) {
        INFO('"' << near_miss << '"');
        CHECK(sspi::parse_call(near_miss) == std::nullopt);
    }
    for (const auto c : sspi::calls()) {
        INFO(sspi::call_name(c));
        CHECK(sspi::parse_call(sspi::call_name(c)) == c);
        CHECK(sspi::parse_call(std::string(sspi::call_name(c)) + "W") == c);
    }
    CHECK(sspi::call_name(static_cast<call>(200)).empty());
}

TEST_CASE("calls: parse_package reads the pages' names and the ones Windows uses") {
    CHECK(sspi::parse_package("Kerberos") == package::kerberos);
    CHECK(sspi::parse_package("kerberos") == package::kerberos);
    CHECK(sspi::parse_package("NTLM") == package::ntlm);
    CHECK(sspi::parse_package("ntlm") == package::ntlm);
    CHECK(sspi::parse_package("Negotiate") == package::negotiate);
    CHECK(sspi::parse_package("Schannel") == package::schannel);
    CHECK(sspi::parse_package("SCHANNEL") == package::schannel);
    CHECK(sspi::parse_package("Microsoft Unified Security Protocol Provider") == package::schannel);
    CHECK(sspi::parse_package("microsoft unified security protocol provider") == package::schannel);
    CHECK(sspi::parse_package("UNISP_NAME") == package::schannel);
    CHECK(sspi::parse_package("CredSSP") == package::credssp);
    CHECK(sspi::parse_package("CREDSSP") == package::credssp);
    CHECK(sspi::parse_package("Digest") == package::digest);
    CHECK(sspi::parse_package("WDigest") == package::digest);
    CHECK(sspi::parse_package("General") == package::general);
    for (const char* near_miss : {"", "Kerb", "Kerberos5", "NTLMv2", "Microsoft Unified Security Protocol", "Schannel ", "TLS"}) {
        INFO('"' << near_miss << '"');
        CHECK(sspi::parse_package(near_miss) == std::nullopt);
    }
    CHECK(sspi::package_name(package::ntlm) == "NTLM");
    CHECK(sspi::package_name(package::credssp) == "CredSSP");
    CHECK(sspi::package_name(static_cast<package>(99)).empty());
    CHECK(sspi::packages().front() == package::general);
}

TEST_CASE("calls: return_values() gives a page's codes in its order") {
    // InitializeSecurityContext (Kerberos): five success codes, then ten errors, as on the page.
    const auto kerberos = sspi::return_values(call::initialize_security_context, package::kerberos);
    REQUIRE(kerberos.size() == 15);
    CHECK(kerberos.begin()->name == "SEC_E_OK");
    CHECK(kerberos.begin()->code == 0);
    CHECK((kerberos.end() - 1)->name == "SEC_E_WRONG_PRINCIPAL");
    CHECK((kerberos.end() - 1)->code == static_cast<std::int32_t>(0x80090322u));
    // Names the table lacks are listed as the page gives them.
    const auto digest = sspi::return_values(call::accept_security_context, package::digest);
    bool logon_failure = false;
    for (const auto& row : digest)
        logon_failure =
            logon_failure || (row.name == "STATUS_LOGON_FAILURE" && row.code == static_cast<std::int32_t>(0xC000006Du));
    CHECK(logon_failure);
    const auto signature = sspi::return_values(call::make_signature);
    bool invalid_parameter = false;
    for (const auto& row : signature)
        invalid_parameter = invalid_parameter || (row.name == "STATUS_INVALID_PARAMETER" && !row.code);
    CHECK(invalid_parameter);
    CHECK(sspi::return_values(call::query_context_attributes, package::kerberos).empty());  // the page lists none
    CHECK(sspi::return_values(call::make_signature, package::kerberos).empty());            // no such page
    CHECK(sspi::return_values(static_cast<call>(200), package::general).empty());
    CHECK(sspi::return_values(call::initialize_security_context, static_cast<package>(99)).empty());
}

TEST_CASE("calls: call_text, its fallbacks and what it refuses") {
    const std::string_view wrong_principal = sspi::call_text(0x80090322, call::initialize_security_context, package::kerberos);
    CHECK(wrong_principal ==
          "The principal that received the authentication request is not the same as the one passed into the "
          "pszTargetName parameter. This indicates a failure in mutual authentication.");
    CHECK(wrong_principal.data()[wrong_principal.size()] == '\0');
    CHECK(sspi::call_text(sspi::status::sec_e_wrong_principal, call::initialize_security_context, package::kerberos) ==
          wrong_principal);
    CHECK(sspi::call_text(-2146893022, call::initialize_security_context, package::kerberos) == wrong_principal);
    CHECK(sspi::call_text(0x80090322, call::initialize_security_context, package::kerberos, sspi::lang::de) ==
          "Der Prinzipal, der die Authentifizierungsanforderung empfangen hat, ist nicht identisch mit dem Prinzipal, der an den "
          "parameter pszTargetName übergeben wird. Dies weist auf einen Fehler bei der gegenseitigen Authentifizierung hin.");
    // A package page that does not list the code: the general page's text, or nothing.
    CHECK(sspi::call_text(0x80090322, call::initialize_security_context, package::ntlm) ==
          sspi::call_text(0x80090322, call::initialize_security_context, package::general));
    CHECK(sspi::call_text(sspi::status::sec_e_bad_bindings, call::accept_security_context, package::kerberos) ==
          "The function failed. Channel binding policy was not satisfied.");  // from AcceptSecurityContext (General)
    CHECK(sspi::call_text(sspi::status::sec_e_wrong_principal, call::make_signature).empty());
    // The page's wrong value is not a key: the row is served under the name's value.
    CHECK(sspi::call_text(0x80100003, call::query_context_attributes).empty());
    CHECK(sspi::call_text(sspi::status::sec_e_invalid_handle, call::query_context_attributes) ==
          "The function failed. The phContext parameter specifies a handle to an incomplete context.");
    // A code the table lacks, by the page's value.
    CHECK(sspi::call_text(0xC000006D, call::accept_security_context, package::digest).substr(0, 20) == "The function failed.");
    // English only (sdk-api) and a language outside the enumeration read in English.
    CHECK(sspi::call_text(sspi::status::sec_e_qop_not_supported, call::make_signature, package::general, sspi::lang::ru) ==
          sspi::call_text(sspi::status::sec_e_qop_not_supported, call::make_signature));
    CHECK(sspi::call_text(0x80090322, call::initialize_security_context, package::kerberos, static_cast<sspi::lang>(77)) ==
          wrong_principal);
    // What is no code, call or package.
    CHECK(sspi::call_text(0x1'8009'0322LL, call::initialize_security_context, package::kerberos).empty());
    CHECK(sspi::call_text(0x80090322, static_cast<call>(200), package::kerberos).empty());
    CHECK(sspi::call_text(0x80090322, call::initialize_security_context, static_cast<package>(99)).empty());
}

TEST_CASE("calls: every text is NUL-terminated, in every language") {
    for (const auto c : sspi::calls())
        for (const auto p : sspi::packages())
            for (const auto& row : sspi::return_values(c, p))
                for (const auto language : sspi::languages()) {
                    if (!row.code) continue;
                    const auto text = sspi::call_text(*row.code, c, p, language);
                    INFO(sspi::call_name(c) << " " << sspi::package_name(p) << " " << row.name);
                    REQUIRE_FALSE(text.empty());
                    CHECK(std::strlen(text.data()) == text.size());
                }
}

// All of it at compile time.
static_assert(sspi::parse_call("DecryptMessage") == call::decrypt_message);
static_assert(sspi::parse_call("acceptsecuritycontextw") == call::accept_security_context);
static_assert(!sspi::parse_call("AcceptSecurityContextX"));
static_assert(sspi::parse_package("WDigest") == package::digest);
static_assert(sspi::call_name(call::complete_auth_token) == "CompleteAuthToken");
static_assert(sspi::call_text(0x80090322, call::initialize_security_context, package::kerberos).substr(0, 13) == "The principal");
static_assert(sspi::call_text(0x80090322, call::make_signature).empty());
static_assert(sspi::return_values(call::initialize_security_context, package::kerberos).size() == 15);
static_assert(sspi::return_values(call::verify_signature).begin()->name == "SEC_E_INVALID_HANDLE" ||
              sspi::return_values(call::verify_signature).size() == 5);
static_assert(sspi::from_tls_alert(48)->code == sspi::status::sec_e_untrusted_root);

TEST_CASE("calls: call_text_package names the page call_text reads") {
    // The Kerberos page of InitializeSecurityContext lists SEC_E_WRONG_PRINCIPAL (above).
    CHECK(sspi::call_text_package(0x80090322, call::initialize_security_context, package::kerberos) == package::kerberos);
    // The Kerberos page of AcceptSecurityContext does not list SEC_E_BAD_BINDINGS; the general page does.
    CHECK(sspi::call_text_package(sspi::status::sec_e_bad_bindings, call::accept_security_context, package::kerberos) ==
          package::general);
    CHECK(sspi::call_text_package(*sspi::find(sspi::status::sec_e_bad_bindings), call::accept_security_context) ==
          package::general);
    // Neither lists it, the page's wrong value, no such call or package.
    CHECK(sspi::call_text_package(sspi::status::sec_e_wrong_principal, call::make_signature) == std::nullopt);
    CHECK(sspi::call_text_package(0x80100003, call::query_context_attributes) == std::nullopt);
    CHECK(sspi::call_text_package(sspi::status::sec_e_invalid_handle, call::query_context_attributes) == package::general);
    CHECK(sspi::call_text_package(0x80090322, static_cast<call>(200), package::kerberos) == std::nullopt);
    CHECK(sspi::call_text_package(0x80090322, call::initialize_security_context, static_cast<package>(99)) == std::nullopt);
    static_assert(sspi::call_text_package(0x80090322, call::initialize_security_context, package::kerberos) == package::kerberos);
    // It agrees with call_text on every code, call and package.
    for (const auto& e : sspi::entries())
        for (const auto c : sspi::calls())
            for (const auto p : sspi::packages()) {
                const auto answering = sspi::call_text_package(e, c, p);
                CHECK(answering.has_value() == !sspi::call_text(e, c, p).empty());
                if (answering) CHECK(sspi::call_text(e, c, *answering) == sspi::call_text(e, c, p));
            }
}

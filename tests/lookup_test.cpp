// find, find_name, name, succeeded/failed and is_documented at run time.
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using sspi::status;

TEST_CASE("find accepts every integer type a status code travels in") {
    const sspi::entry* logon_denied = sspi::find(status::sec_e_logon_denied);
    REQUIRE(logon_denied != nullptr);
    CHECK(logon_denied->name == "SEC_E_LOGON_DENIED");
    CHECK(logon_denied->value == 0x8009030Cu);
    CHECK(sspi::find(std::uint32_t{0x8009030C}) == logon_denied);
    CHECK(sspi::find(std::int32_t{-2146893044}) == logon_denied);
    CHECK(sspi::find(-2146893044L) == logon_denied);  // SECURITY_STATUS / HRESULT on Windows
    CHECK(sspi::find(2148074252LL) == logon_denied);  // the unsigned reading in a wider type
    CHECK(sspi::find(std::uint64_t{0x8009030C}) == logon_denied);
    CHECK(sspi::find(0x00090312)->code == status::sec_i_continue_needed);
    CHECK(sspi::find(0)->name == "SEC_E_OK");
}

TEST_CASE("find rejects values that are not SSPI codes, and never wraps a wide value") {
    for (const std::uint32_t unknown : {0x80090399u, 0x12345678u, 0xFFFFFFFFu, 0x8009036Cu, 0x80090344u, 0x00090300u})
        CHECK(sspi::find(unknown) == nullptr);
    CHECK(sspi::find(0x18009030CLL) == nullptr);  // 0x8009030C plus bit 32
    CHECK(sspi::find(-2146893044LL - 0x100000000LL) == nullptr);
    CHECK(sspi::find(std::uint64_t{0xFFFFFFFF8009030C}) == nullptr);
}

TEST_CASE("an aliased value finds the primary name; the alias name finds its own entry") {
    CHECK(sspi::find(status::sec_e_no_spm)->name == "SEC_E_INTERNAL_ERROR");
    CHECK(sspi::find(0x80090302u)->name == "SEC_E_UNSUPPORTED_FUNCTION");
    const sspi::entry* not_supported = sspi::find_name("SEC_E_NOT_SUPPORTED");
    REQUIRE(not_supported != nullptr);
    CHECK(not_supported->name == "SEC_E_NOT_SUPPORTED");
    CHECK(not_supported->alias_of == "SEC_E_UNSUPPORTED_FUNCTION");
    CHECK(not_supported->code == status::sec_e_unsupported_function);
    CHECK(sspi::find_name("e_no_spm")->alias_of == "SEC_E_INTERNAL_ERROR");
}

TEST_CASE("find_name ignores ASCII case and the SEC_ prefix") {
    for (const char* spelling : {"SEC_E_LOGON_DENIED", "sec_e_logon_denied", "Sec_E_Logon_Denied", "E_LOGON_DENIED",
                                 "e_logon_denied", "sEC_e_LOGON_denied"}) {
        INFO(spelling);
        const sspi::entry* e = sspi::find_name(spelling);
        REQUIRE(e != nullptr);
        CHECK(e->value == 0x8009030Cu);
    }
    CHECK(sspi::find_name("i_continue_needed")->code == status::sec_i_continue_needed);
    CHECK(sspi::find_name("SEC_E_OK")->value == 0u);
    CHECK(sspi::find_name("E_REVOCATION_OFFLINE_C")->value == 0x80090353u);
}

TEST_CASE("the CERT_, CRYPT_ and TRUST_ families are found by value and by name, with their prefix") {
    CHECK(sspi::find(0x80092012u)->name == "CRYPT_E_NO_REVOCATION_CHECK");
    CHECK(sspi::find(-2146885613L)->name == "CRYPT_E_REVOCATION_OFFLINE");  // 0x80092013
    CHECK(sspi::find(0x800B0109u)->name == "CERT_E_UNTRUSTEDROOT");
    CHECK(sspi::find(status::trust_e_nosignature)->family == sspi::family::trust);
    for (const char* spelling : {"CRYPT_E_REVOKED", "crypt_e_revoked", "Crypt_E_Revoked"}) {
        INFO(spelling);
        REQUIRE(sspi::find_name(spelling) != nullptr);
        CHECK(sspi::find_name(spelling)->value == 0x80092010u);
    }
    CHECK(sspi::find_name("cert_e_untrustedroot")->family == sspi::family::cert);
    // Their prefix is not optional, and the SEC_ prefix does not lead to them.
    CHECK(sspi::find_name("E_REVOKED") == nullptr);
    CHECK(sspi::find_name("SEC_CRYPT_E_REVOKED") == nullptr);
    CHECK(sspi::find_name("CRYPT_E_REVOKE") == nullptr);
    std::size_t counts[4] = {};
    for (const auto& e : sspi::entries()) ++counts[static_cast<std::size_t>(e.family)];
    CHECK(counts[static_cast<std::size_t>(sspi::family::sec)] == 95);
    CHECK(counts[static_cast<std::size_t>(sspi::family::cert)] == 18);
    CHECK(counts[static_cast<std::size_t>(sspi::family::crypt)] == 71);
    CHECK(counts[static_cast<std::size_t>(sspi::family::trust)] == 16);
    CHECK(sspi::family_name(static_cast<sspi::family>(4)).empty());
}

TEST_CASE("every name is found by its own spelling, upper and lower case, and every value") {
    for (const auto& e : sspi::entries()) {
        INFO(e.name);
        CHECK(sspi::find_name(e.name) == &e);
        std::string lower(e.name);
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        CHECK(sspi::find_name(lower) == &e);
        CHECK(sspi::find(e.value)->value == e.value);
    }
}

TEST_CASE("find_name rejects what is not a name") {
    const std::string absurd(100000, 'E');
    for (const std::string& text :
         {std::string(), std::string("SEC_"), std::string("SEC"), std::string("sec_e_"), std::string("LOGON_DENIED"),
          std::string("SEC_E_LOGON_DENIED "), std::string(" SEC_E_LOGON_DENIED"), std::string("SEC_SEC_E_LOGON_DENIED"),
          std::string("SEC_E_LOGON_DENIEDX"), std::string("SEC_E_LOGON-DENIED"), std::string("SEC_E_LOGON_DENIED\0", 19),
          std::string("0x8009030C"), absurd}) {
        INFO(text.substr(0, 40));
        CHECK(sspi::find_name(text) == nullptr);
    }
}

TEST_CASE("name gives the primary name, or nothing") {
    CHECK(sspi::name(0x80090308u) == "SEC_E_INVALID_TOKEN");
    CHECK(sspi::name(status::sec_e_not_supported) == "SEC_E_UNSUPPORTED_FUNCTION");
    CHECK(sspi::name(0x12345678).empty());
}

TEST_CASE("succeeded and failed follow the severity bit, as SUCCEEDED and FAILED do") {
    CHECK(sspi::succeeded(status::sec_e_ok));
    CHECK(sspi::succeeded(status::sec_i_continue_needed));
    CHECK(sspi::succeeded(0x00090366u));
    CHECK(sspi::failed(status::sec_e_logon_denied));
    CHECK(sspi::failed(-2146893044L));
    CHECK_FALSE(sspi::failed(status::sec_i_complete_needed));
    CHECK(sspi::failed(0x80090399u));    // unknown, but an error by its severity
    CHECK(sspi::failed(0x1FFFFFFFFLL));  // not a 32-bit value at all
    CHECK_FALSE(sspi::succeeded(0x1FFFFFFFFLL));
}

TEST_CASE("is_documented tells the 77 codes of the doc pages from the others") {
    std::size_t documented = 0;
    for (const auto& e : sspi::entries()) documented += sspi::is_documented(e) ? 1 : 0;
    CHECK(documented == 77);
    CHECK(sspi::is_documented(status::sec_e_logon_denied));
    CHECK(sspi::is_documented(status::sec_e_ok));
    CHECK_FALSE(sspi::is_documented(status::sec_e_no_context));
    CHECK_FALSE(sspi::is_documented(status::sec_e_invalid_upn_name));
    CHECK_FALSE(sspi::is_documented(status::sec_i_generic_extension_received));
    CHECK_FALSE(sspi::is_documented(0x12345678));
    CHECK(sspi::is_documented(*sspi::find_name("SEC_E_NOT_SUPPORTED")));
    CHECK_FALSE(sspi::is_documented(*sspi::find_name("SEC_E_NO_SPM")));
}

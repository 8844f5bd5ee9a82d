// <sspi_status/fmt.hpp>: every format spec, unknown values, and format strings checked at compile time.
#include <sspi_status/fmt.hpp>

#include <catch2/catch.hpp>

#include <fmt/format.h>

using sspi::status;

namespace {
const auto unknown = static_cast<status>(0x12345678);
}

TEST_CASE("{} and {:n} print the name") {
    CHECK(fmt::format("{}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED");
    CHECK(fmt::format("{:n}", status::sec_i_continue_needed) == "SEC_I_CONTINUE_NEEDED");
    CHECK(fmt::format("{}", status::sec_e_no_spm) == "SEC_E_INTERNAL_ERROR");  // a value means its primary name
}

TEST_CASE("{:x} and {:d} print the value") {
    CHECK(fmt::format("{:x}", status::sec_e_logon_denied) == "0x8009030C");
    CHECK(fmt::format("{:x}", status::sec_e_ok) == "0x00000000");
    CHECK(fmt::format("{:d}", status::sec_e_logon_denied) == "-2146893044");
    CHECK(fmt::format("{:d}", status::sec_i_continue_needed) == "590610");
    CHECK(fmt::format("{:d}", status::sec_e_ok) == "0");
    CHECK(fmt::format("{:d}", static_cast<status>(-2147483647 - 1)) == "-2147483648");
}

TEST_CASE("{:m} prints the message, {:m:de} in German") {
    CHECK(fmt::format("{:m}", status::sec_e_logon_denied) == "This status code is obsolete.");
    CHECK(fmt::format("{:m:en}", status::sec_e_logon_denied) == "This status code is obsolete.");
    CHECK(fmt::format("{:m:de}", status::sec_e_logon_denied) == "Dieser Statuscode ist veraltet.");
    CHECK(fmt::format("{:m:de}", status::sec_e_no_context) == "The required security context does not exist.");
}

TEST_CASE("{:f} prints name, value and message") {
    CHECK(fmt::format("{:f}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED (0x8009030C): This status code is obsolete.");
    CHECK(fmt::format("{:f:de}", status::sec_e_logon_denied) ==
          "SEC_E_LOGON_DENIED (0x8009030C): Dieser Statuscode ist veraltet.");
}

TEST_CASE("unknown values print their hex value, never garbage") {
    CHECK(fmt::format("{}", unknown) == "0x12345678");
    CHECK(fmt::format("{:x}", unknown) == "0x12345678");
    CHECK(fmt::format("{:d}", unknown) == "305419896");
    CHECK(fmt::format("{:m}", unknown) == "This value is not an SSPI status code.");
    CHECK(fmt::format("{:f}", unknown) == "0x12345678: This value is not an SSPI status code.");
}

TEST_CASE("format strings are checked at compile time") {
    // FMT_STRING checks the specs during compilation in C++17; from C++20 every fmt::format call does.
    CHECK(fmt::format(FMT_STRING("{} {:x} {:f:de}"), status::sec_e_time_skew, status::sec_e_time_skew, status::sec_e_ok) ==
          "SEC_E_TIME_SKEW 0x80090324 SEC_E_OK (0x00000000): Der Vorgang wurde erfolgreich abgeschlossen.");
}

TEST_CASE("malformed specs are rejected at run time too") {
    for (const char* spec : {"{:q}", "{:x:de}", "{:m:fr}", "{:mm}", "{:n:}", "{:m:}"}) {
        INFO(spec);
        CHECK_THROWS_AS(fmt::format(fmt::runtime(spec), status::sec_e_ok), fmt::format_error);
    }
}

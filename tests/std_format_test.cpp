// <sspi_status/format.hpp>: the std::format formatter, with the same specs as the fmt one.
#include <sspi_status/format.hpp>

#include <catch2/catch.hpp>

#if !SSPI_STATUS_HAS_STD_FORMAT
#error "this test needs a standard library with <format>"
#endif

#include <format>

#define FORMAT std::format
#define FORMAT_NAME "std::format"
#include "format_spec_cases.ipp"

TEST_CASE("std::format strings are checked at compile time") {
    CHECK(std::format("{} {:x} {:f:de}", status::sec_e_time_skew, status::sec_e_time_skew, status::sec_e_ok) ==
          "SEC_E_TIME_SKEW 0x80090324 SEC_E_OK (0x00000000): Der Vorgang wurde erfolgreich abgeschlossen.");
}

TEST_CASE("malformed std::format specs throw std::format_error") {
    const status code = status::sec_e_ok;
    for (const char* spec : {"{:q}", "{:x:de}", "{:m:tlh}", "{:m:zh-CN}", "{:mm}", "{:n:}", "{:m:}", "{:m:abcdefghijklmnopq}"}) {
        INFO(spec);
        CHECK_THROWS_AS(std::vformat(spec, std::make_format_args(code)), std::format_error);
    }
}

// <sspi_status/fmt.hpp>: every format spec, unknown values, and format strings checked at compile time.
#include <sspi_status/fmt.hpp>

#include <catch2/catch.hpp>

#include <fmt/format.h>

#define FORMAT fmt::format
#define FORMAT_NAME "fmt"
#include "format_spec_cases.ipp"

TEST_CASE("format strings are checked at compile time") {
    // FMT_STRING checks the specs during compilation in C++17; from C++20 every fmt::format call does.
    CHECK(fmt::format(FMT_STRING("{} {:x} {:f:de} {:>12x}"), status::sec_e_time_skew, status::sec_e_time_skew, status::sec_e_ok,
                      status::sec_e_ok) ==
          "SEC_E_TIME_SKEW 0x80090324 SEC_E_OK (0x00000000): Der Vorgang wurde erfolgreich abgeschlossen.   0x00000000");
}

TEST_CASE("malformed specs are rejected at run time too") {
    for (const char* spec : {"{:q}", "{:x:de}", "{:m:tlh}", "{:m:zh-CN}", "{:mm}", "{:n:}", "{:m:}", "{:m:abcdefghijklmnopq}",
                             "{:010x}", "{:>}x}", "{:{}}", "{:<<<}", "{:>99999x}"}) {
        INFO(spec);
        CHECK_THROWS_AS(fmt::format(fmt::runtime(spec), status::sec_e_ok), fmt::format_error);
    }
}

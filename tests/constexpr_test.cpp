// The constexpr API: static_asserts (constexpr_checks.hpp) and the same lookups at run time.
#include "constexpr_checks.hpp"

#include <catch2/catch.hpp>

using sspi::status;

TEST_CASE("constexpr lookups give the same answers at run time") {
    volatile std::uint32_t value = 0x8009030Cu;  // keeps the call out of constant evaluation
    CHECK(sspi::find(value) == sspi::find(status::sec_e_logon_denied));
}

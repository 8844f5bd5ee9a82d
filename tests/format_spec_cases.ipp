// The format specs of sspi::status, for any formatter: the includer defines FORMAT (fmt::format or
// std::format) and FORMAT_NAME. Shared so that the fmt and std::format formatters are held to one list.

using sspi::status;

namespace {
const auto unknown = static_cast<status>(0x12345678);
}

TEST_CASE(FORMAT_NAME ": {} and {:n} print the name") {
    CHECK(FORMAT("{}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED");
    CHECK(FORMAT("{:n}", status::sec_i_continue_needed) == "SEC_I_CONTINUE_NEEDED");
    CHECK(FORMAT("{}", status::sec_e_no_spm) == "SEC_E_INTERNAL_ERROR");  // a value means its primary name
}

TEST_CASE(FORMAT_NAME ": {:x} and {:d} print the value") {
    CHECK(FORMAT("{:x}", status::sec_e_logon_denied) == "0x8009030C");
    CHECK(FORMAT("{:x}", status::sec_e_ok) == "0x00000000");
    CHECK(FORMAT("{:d}", status::sec_e_logon_denied) == "-2146893044");
    CHECK(FORMAT("{:d}", status::sec_i_continue_needed) == "590610");
    CHECK(FORMAT("{:d}", status::sec_e_ok) == "0");
    CHECK(FORMAT("{:d}", static_cast<status>(-2147483647 - 1)) == "-2147483648");
}

TEST_CASE(FORMAT_NAME ": {:m} prints the message, {:m:de} in German") {
    CHECK(FORMAT("{:m}", status::sec_e_logon_denied) == "This status code is obsolete.");
    CHECK(FORMAT("{:m:en}", status::sec_e_logon_denied) == "This status code is obsolete.");
    CHECK(FORMAT("{:m:de}", status::sec_e_logon_denied) == "Dieser Statuscode ist veraltet.");
    CHECK(FORMAT("{:m:de}", status::sec_e_no_context) == "The required security context does not exist.");
}

TEST_CASE(FORMAT_NAME ": {:f} prints name, value and message") {
    CHECK(FORMAT("{:f}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED (0x8009030C): This status code is obsolete.");
    CHECK(FORMAT("{:f:de}", status::sec_e_logon_denied) ==
          "SEC_E_LOGON_DENIED (0x8009030C): Dieser Statuscode ist veraltet.");
}

TEST_CASE(FORMAT_NAME ": unknown values print their hex value, never garbage") {
    CHECK(FORMAT("{}", unknown) == "0x12345678");
    CHECK(FORMAT("{:x}", unknown) == "0x12345678");
    CHECK(FORMAT("{:d}", unknown) == "305419896");
    CHECK(FORMAT("{:m}", unknown) == "This value is not an SSPI status code.");
    CHECK(FORMAT("{:f}", unknown) == "0x12345678: This value is not an SSPI status code.");
}

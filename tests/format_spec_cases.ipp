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
    CHECK(FORMAT("{:m}", status::sec_e_logon_denied) == "The logon attempt failed");
    CHECK(FORMAT("{:m:en}", status::sec_e_logon_denied) == "The logon attempt failed");
    CHECK(FORMAT("{:m:de}", status::sec_e_logon_denied) == "Fehler beim Anmeldeversuch");
    CHECK(FORMAT("{:m:de}", status::crypt_e_revoked) == "Das Zertifikat wird widerrufen.");
    CHECK(FORMAT("{:m:de}", status::crypt_e_object_locator_object_not_found) ==
          "An object could not be located using the object locator infrastructure with the given name.");
}

TEST_CASE(FORMAT_NAME ": the message specs take every language tag") {
    CHECK(FORMAT("{:m:fr}", status::sec_e_no_kerb_key) ==
          "Aucune cl\xC3\xA9 Kerberos n\xE2\x80\x99"
          "a \xC3\xA9t\xC3\xA9 trouv\xC3\xA9"
          "e.");
    CHECK(FORMAT("{:m:es-ES}", status::sec_e_no_kerb_key) == "No se encontr\xC3\xB3 ninguna clave Kerberos.");
    CHECK(FORMAT("{:m:it}", status::sec_e_no_kerb_key) == "Non \xC3\xA8 stata trovata alcuna chiave Kerberos.");
    CHECK(FORMAT("{:m:pt_BR}", status::sec_e_no_kerb_key) == "Nenhuma chave Kerberos foi encontrada.");
    CHECK(FORMAT("{:m:ru}", status::sec_e_no_kerb_key) ==
          "\xD0\x9A\xD0\xBB\xD1\x8E\xD1\x87 Kerberos \xD0\xBD\xD0\xB5 \xD0\xBD\xD0\xB0\xD0\xB9\xD0\xB4\xD0\xB5\xD0\xBD.");
    CHECK(FORMAT("{:f:zh-Hant}", status::sec_e_no_kerb_key) ==
          "SEC_E_NO_KERB_KEY (0x80090348): \xE6\x89\xBE\xE4\xB8\x8D\xE5\x88\xB0\xE4\xBB\xBB\xE4\xBD\x95 Kerberos "
          "\xE9\x87\x91\xE9\x91\xB0\xE3\x80\x82");
}

TEST_CASE(FORMAT_NAME ": {:f} prints name, value and message") {
    CHECK(FORMAT("{:f}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED (0x8009030C): The logon attempt failed");
    CHECK(FORMAT("{:f:de}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED (0x8009030C): Fehler beim Anmeldeversuch");
    CHECK(
        FORMAT("{:f}", status::crypt_e_no_revocation_check) ==
        "CRYPT_E_NO_REVOCATION_CHECK (0x80092012): The revocation function was unable to check revocation for the certificate.");
}

TEST_CASE(FORMAT_NAME ": unknown values print their hex value, never garbage") {
    CHECK(FORMAT("{}", unknown) == "0x12345678");
    CHECK(FORMAT("{:x}", unknown) == "0x12345678");
    CHECK(FORMAT("{:d}", unknown) == "305419896");
    CHECK(FORMAT("{:m}", unknown) == "This value is not an SSPI status code.");
    CHECK(FORMAT("{:f}", unknown) == "0x12345678: This value is not an SSPI status code.");
}

TEST_CASE(FORMAT_NAME ": fill, align and width pad every view, counting wide characters as two columns") {
    CHECK(FORMAT("{:>12x}", status::sec_e_logon_denied) == "  0x8009030C");
    CHECK(FORMAT("{:12x}", status::sec_e_logon_denied) == "0x8009030C  ");  // text aligns left by default
    CHECK(FORMAT("{:*^24}", status::sec_e_logon_denied) == "***SEC_E_LOGON_DENIED***");
    CHECK(FORMAT("{:*^23n}", status::sec_e_logon_denied) == "**SEC_E_LOGON_DENIED***");
    CHECK(FORMAT("{:>13d}", status::sec_e_logon_denied) == "  -2146893044");
    CHECK(FORMAT("{:<26m}|", status::sec_e_logon_denied) == "The logon attempt failed  |");
    CHECK(FORMAT("{:>14m:zh-TW}", status::sec_e_logon_denied) ==
          "  \xE7\x99\xBB\xE5\x85\xA5\xE5\x98\x97\xE8\xA9\xA6\xE5\xA4\xB1\xE6\x95\x97");  // 登入嘗試失敗: 12 columns
    CHECK(FORMAT("{:\xC2\xB7>12x}", status::sec_e_logon_denied) ==
          "\xC2\xB7\xC2\xB7"
          "0x8009030C");                                                         // fill ·
    CHECK(FORMAT("{:>5}", status::sec_e_logon_denied) == "SEC_E_LOGON_DENIED");  // never cut
    CHECK(FORMAT("{:>14}", unknown) == "    0x12345678");
    CHECK(FORMAT("{:-<62f}", status::sec_e_ok) == "SEC_E_OK (0x00000000): The operation completed successfully.--");
}

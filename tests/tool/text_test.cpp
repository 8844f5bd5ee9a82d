// The tool's text helpers: case folding across scripts and JSON strings.
#include "../../tools/sspi-status/text.hpp"

#include <catch2/catch.hpp>

TEST_CASE("fold_case lower-cases Latin, Greek and Cyrillic letters and leaves the rest") {
    CHECK(tool::fold_case("SEC_E_Logon") == "sec_e_logon");
    CHECK(tool::fold_case("\xC3\x9C"
                          "BER \xC3\x84"
                          "RGER \xC3\x96L") ==
          "\xC3\xBC"
          "ber \xC3\xA4"
          "rger \xC3\xB6l");                                                                           // ÜBER ÄRGER ÖL
    CHECK(tool::fold_case("CL\xC3\x89") == "cl\xC3\xA9");                                              // CLÉ -> clé
    CHECK(tool::fold_case("\xD0\x9A\xD0\x9B\xD0\xAE\xD0\xA7") == "\xD0\xBA\xD0\xBB\xD1\x8E\xD1\x87");  // КЛЮЧ -> ключ
    CHECK(tool::fold_case("\xD0\x81") == "\xD1\x91");                                                  // Ё -> ё
    CHECK(tool::fold_case("\xC5\x81\xC3\x93\xC5\xB9") == "\xC5\x82\xC3\xB3\xC5\xBA");                  // ŁÓŹ -> łóź
    CHECK(tool::fold_case("\xC3\x97\xC3\x9F") == "\xC3\x97\xC3\x9F");                                  // × and ß stay
    CHECK(tool::fold_case("\xE6\x86\x91\xE8\xAD\x89") == "\xE6\x86\x91\xE8\xAD\x89");                  // 憑證 has no case
    CHECK(tool::fold_case("a\xFF"
                          "b") ==
          "a\xEF\xBF\xBD"
          "b");
}

TEST_CASE("json_string escapes what JSON requires and replaces invalid UTF-8") {
    CHECK(tool::json_string("plain") == "\"plain\"");
    CHECK(tool::json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(tool::json_string("tab\tnl\ncr\r\x01\x7F") == "\"tab\\tnl\\ncr\\r\\u0001\\u007f\"");
    CHECK(tool::json_string("\xC3\xBC") == "\"\xC3\xBC\"");
    CHECK(tool::json_string("\xC3") == "\"\xEF\xBF\xBD\"");
    CHECK(tool::json_string("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate, byte by byte
}

// Fuzz target: the generator's CSV reader and the checks of sspi_status.csv and call_texts.csv; what
// they accept must also generate.
#include "../../tools/generator/csv.hpp"
#include "../../tools/generator/data.hpp"
#include "../../tools/generator/emit.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
// English and German: the status CSV's texts are columns 4 to 7 (system_text_en/de, page_text_en/de).
const auto languages = generator::read_languages(
    generator::parse_csv("lang,tag,script,regions,windows_language,windows_sublanguages\nen,en,,,0x09,\nde,de,,,0x07,\n"));
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto records = generator::parse_csv(text);
        for (const auto& record : records)
            if (record.line == 0 || record.fields.empty()) std::abort();
        auto rows = generator::read_status_table(records, languages);
        if (rows.empty()) std::abort();
        // The smallest valid TLS alert table: its Default row names the first code.
        const std::string& first = rows.front().name;
        auto alerts = generator::read_tls_alerts(
            generator::parse_csv("alert,name,page_code,page_value,code,note\ndefault,Default," + first + "," +
                                 generator::hex(rows.front().value) + "," + first + ",\n"),
            rows);
        // The same bytes as a call_texts.csv: rejected with a line, or accepted.
        const auto packages = generator::read_packages(generator::parse_csv("package,name,other_names\ngeneral,General,\n"));
        std::vector<std::string> calls;
        try {
            generator::read_call_texts(records, languages, rows, packages, calls);
        } catch (const generator::input_error& error) {
            if (error.line == 0) std::abort();
        }
        auto texts = generator::read_call_texts(
            generator::parse_csv("call,package,code,page_value,page,note,text_en,text_de\nDeleteSecurityContext,general," +
                                 first + ",,p.md,,Done.,\n"),
            languages, rows, packages, calls);
        const auto family =
            generator::read_family_table(generator::parse_csv("name,value,text,source\nA_OK,0x00000000,Done.,t\n"));
        const auto kerberos = generator::read_kerberos(
            generator::parse_csv("number,name,mit_name,text,description,causes,source\n0,,KRB5KDC_ERR_NONE,No error,,,m\n"));
        const generator::data_set set{languages,
                                      std::move(rows),
                                      std::move(alerts),
                                      packages,
                                      std::move(calls),
                                      std::move(texts),
                                      family,
                                      family,
                                      {},
                                      kerberos,
                                      {},
                                      {"logon_failure"},
                                      {},
                                      {},
                                      {}};
        if (generator::emit_headers(set).size() != 11) std::abort();
    } catch (const generator::input_error& error) {
        if (error.line == 0) std::abort();
    }
    return 0;
}

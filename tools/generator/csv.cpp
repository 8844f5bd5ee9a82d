#include "csv.hpp"

#include "../common/utf8.hpp"

#include <algorithm>

namespace generator {

std::size_t first_invalid_utf8_line(std::string_view text) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        char32_t code_point = 0;
        if (!utf8::decode(text, i, code_point)) return line;
        if (code_point == '\n') ++line;
    }
    return 0;
}

std::vector<csv_record> parse_csv(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        throw input_error(1, "the file starts with a UTF-8 byte order mark; save it as UTF-8 without one");
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n')) + 1;
        throw input_error(line, "NUL byte: the file is not text");
    }
    if (const auto bad_line = first_invalid_utf8_line(text)) throw input_error(bad_line, "invalid UTF-8");

    std::vector<csv_record> records;
    std::size_t line = 1;
    std::size_t i = 0;
    // Steps over the line end at i (LF or CRLF), if the text has not ended there.
    const auto skip_line_end = [&] {
        if (i < text.size() && text[i] == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') throw input_error(line, "carriage return without line feed");
            ++i;
        }
        if (i < text.size()) {
            ++i;
            ++line;
        }
    };

    while (i < text.size()) {
        csv_record record{line, {}};
        for (;;) {  // one field per pass
            std::string field;
            if (i < text.size() && text[i] == '"') {
                const auto opened_on = line;
                for (++i;; ++i) {
                    if (i >= text.size()) throw input_error(opened_on, "unterminated quoted field");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field += '"';
                            ++i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n') ++line;
                    field += text[i];
                }
                // Reported where the field opened: a stray quote there is the usual cause.
                if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    throw input_error(opened_on, "text after the closing quote of a field" +
                                                     (line == opened_on ? std::string()
                                                                        : " (the quote opened here closes on line " + std::to_string(line) + ")"));
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    if (text[i] == '"') throw input_error(line, "quote inside an unquoted field");
                    field += text[i++];
                }
            }
            record.fields.push_back(std::move(field));
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            skip_line_end();
            break;
        }
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace generator

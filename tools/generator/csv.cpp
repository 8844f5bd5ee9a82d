#include "csv.hpp"

#include "../common/utf8.hpp"

#include <algorithm>

namespace generator {
namespace {

// One pass over the text: where it is, and on which line.
class csv_parser {
public:
    explicit csv_parser(std::string_view text) : text_(text) {}

    std::vector<csv_record> records() {
        std::vector<csv_record> records;
        while (i_ < text_.size()) {
            csv_record record{line_, {}};
            for (;;) {  // one field per pass
                record.fields.push_back(at('"') ? quoted_field() : plain_field());
                if (!at(',')) break;
                ++i_;
            }
            skip_line_end();
            records.push_back(std::move(record));
        }
        return records;
    }

private:
    bool at(char c) const { return i_ < text_.size() && text_[i_] == c; }
    bool at_field_end() const { return i_ >= text_.size() || at(',') || at('\r') || at('\n'); }

    std::string quoted_field() {
        const std::size_t opened_on = line_;
        std::string field;
        for (++i_;; ++i_) {
            if (i_ >= text_.size()) throw input_error(opened_on, "unterminated quoted field");
            if (at('"') && i_ + 1 < text_.size() && text_[i_ + 1] == '"') {
                field += '"';
                ++i_;
                continue;
            }
            if (at('"')) break;
            if (at('\n')) ++line_;
            field += text_[i_];
        }
        ++i_;
        // Reported where the field opened: a stray quote there is the usual cause.
        if (!at_field_end())
            throw input_error(opened_on,
                              "text after the closing quote of a field" +
                                  (line_ == opened_on ? std::string()
                                                      : " (the quote opened here closes on line " + std::to_string(line_) + ")"));
        return field;
    }

    std::string plain_field() {
        std::string field;
        for (; !at_field_end(); ++i_) {
            if (at('"')) throw input_error(line_, "quote inside an unquoted field");
            field += text_[i_];
        }
        return field;
    }

    // Steps over the line end (LF or CRLF), if the text has not ended there.
    void skip_line_end() {
        if (at('\r')) {
            if (i_ + 1 >= text_.size() || text_[i_ + 1] != '\n') throw input_error(line_, "carriage return without line feed");
            ++i_;
        }
        if (i_ < text_.size()) {
            ++i_;
            ++line_;
        }
    }

    std::string_view text_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
};

}  // namespace

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
        const auto line =
            static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n')) + 1;
        throw input_error(line, "NUL byte: the file is not text");
    }
    if (const auto bad_line = first_invalid_utf8_line(text)) throw input_error(bad_line, "invalid UTF-8");
    return csv_parser(text).records();
}

const std::string& csv_row::operator[](std::string_view column) const {
    const auto field = fields.find(column);
    if (field == fields.end()) throw std::logic_error("no column " + std::string(column));
    return field->second;
}

csv_table read_table(const std::vector<csv_record>& records, const std::vector<std::string>& columns) {
    if (records.empty()) throw input_error(1, "missing header");
    if (records[0].fields != columns) {
        std::string expected;
        for (const auto& column : columns) expected += (expected.empty() ? "" : ",") + column;
        throw input_error(records[0].line, "wrong header, expected: " + expected);
    }
    csv_table table{records[0].line, {}};
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& fields = records[r].fields;
        if (fields.size() != columns.size())
            throw input_error(records[r].line, "wrong number of fields: " + std::to_string(fields.size()) + ", expected " +
                                                   std::to_string(columns.size()));
        csv_row row{records[r].line, {}};
        for (std::size_t c = 0; c < columns.size(); ++c) row.fields.emplace(columns[c], fields[c]);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace generator

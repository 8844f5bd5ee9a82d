// Reads the copies of Microsoft's documents in tests/sources/ as a reader sees them,
// so that tests can hold the generated table against the documents themselves.
#ifndef SSPI_STATUS_TESTS_DOC_SOURCES_HPP
#define SSPI_STATUS_TESTS_DOC_SOURCES_HPP

#include "files.hpp"

#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace doc_sources {

inline std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// Where markdown emphasis with underscores that opens at cell[at] closes ("_pInput_"), or 0: it opens
// and closes a word of letters and digits, so that SEC_E_OK is none.
inline std::size_t emphasis_end(std::string_view cell, std::size_t at) {
    const auto is_word = [&](std::size_t i) { return i < cell.size() && std::isalnum(static_cast<unsigned char>(cell[i])) != 0; };
    if (cell[at] != '_' || (at > 0 && (is_word(at - 1) || cell[at - 1] == '_')) || !is_word(at + 1)) return 0;
    std::size_t end = at + 1;
    while (is_word(end)) ++end;
    return end < cell.size() && cell[end] == '_' && !is_word(end + 1) && (end + 1 == cell.size() || cell[end + 1] != '_') ? end
                                                                                                                          : 0;
}

// Markdown/HTML table cell -> plain text: block tags (<br/>, <li>, <dt>, ...) read as a space and
// inline ones (<strong>, <a>, <i>, ...) as nothing, links keep their text and lose their target,
// emphasis and code markers (* and `, and _ around a word) and backslash escapes go, whitespace collapses.
inline std::string plain_text(std::string_view cell) {
    static constexpr std::string_view inline_tags[] = {"a", "b", "i", "em", "strong", "code", "span"};
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == '<') {
            const auto close = cell.find('>', i);
            if (close == std::string_view::npos) throw std::runtime_error("unclosed tag in: " + std::string(cell));
            auto tag = cell.substr(i + 1, close - i - 1);
            if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
            tag = tag.substr(0, tag.find_first_of(" /"));
            bool is_inline = false;
            for (const auto name : inline_tags) is_inline = is_inline || tag == name;
            if (!is_inline) out += ' ';
            i = close;
        } else if (c == ']' && i + 1 < cell.size() && cell[i + 1] == '(') {
            const auto close = cell.find(')', i);
            if (close == std::string_view::npos) throw std::runtime_error("unclosed link in: " + std::string(cell));
            i = close;
        } else if (c == '\\' && i + 1 < cell.size()) {
            out += cell[++i];
        } else if (const auto end = emphasis_end(cell, i); end != 0) {
            out.append(cell.substr(i + 1, end - i - 1));
            i = end;
        } else if (c != '[' && c != '*' && c != '`') {
            out += c;
        }
    }
    std::string collapsed;
    for (const char c : out) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed += space ? ' ' : c;
    }
    if (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    return collapsed;
}

// The folder of a translation, by its language tag: "de" -> "de-de", "pt-BR" -> "pt-br".
inline std::string folder_of_tag(std::string_view tag) {
    std::string folder(tag);
    for (char& c : folder) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return folder.find('-') == std::string::npos ? folder + "-" + folder : folder;
}

struct page_row {
    std::string code;     // first column as plain text (garbled on translated pages)
    std::string meaning;  // second column as plain text
};

// The rows of a doc page's status table, header and delimiter rows excluded, in page order.
inline std::vector<page_row> page_rows(const std::string& path) {
    std::vector<page_row> rows;
    bool in_table = false;
    for (const auto& line : split(files::read(path), '\n')) {
        if (line.rfind("|", 0) != 0) {
            if (in_table) break;
            continue;
        }
        const auto cells = split(line, '|');
        if (cells.size() != 4) throw std::runtime_error(path + ": table row without two columns: " + line);
        if (!in_table) {  // header row
            in_table = true;
            continue;
        }
        if (cells[1].find_first_not_of('-') == std::string::npos) continue;  // delimiter row
        rows.push_back({plain_text(cells[1]), plain_text(cells[2])});
    }
    return rows;
}

// The rows of an excerpt of "COM Error Codes (Security and Setup)": the real identifier of each row's
// <span id="NAME"> -> its text (second column) as plain text.
inline std::map<std::string, std::string> com_error_texts(const std::string& path) {
    std::map<std::string, std::string> texts;
    for (const auto& line : split(files::read(path), '\n')) {
        if (line.empty()) continue;
        const std::string opening = "| <span id=\"";
        if (line.rfind(opening, 0) != 0) throw std::runtime_error(path + ": not a row with a span id: " + line);
        const auto name_end = line.find('"', opening.size());
        const auto cells = split(line, '|');
        if (name_end == std::string::npos || cells.size() != 4) throw std::runtime_error(path + ": malformed row: " + line);
        const std::string name = line.substr(opening.size(), name_end - opening.size());
        if (!texts.emplace(name, plain_text(cells[2])).second) throw std::runtime_error(path + ": two rows for " + name);
    }
    return texts;
}

// One row of a return-value table (win32 per-call pages, sdk-api "## -returns").
struct return_row {
    std::string name;   // the code cell's identifier, spaces removed ("SEC_E_WRONG_PRINCIPAL"; garbled on translated pages)
    std::string value;  // the value the code cell gives after the name, without the L suffix ("0x80090322"), or ""
    std::string text;   // the description cell as plain text
};

inline return_row make_return_row(std::string_view code_cell, std::string_view text_cell) {
    return_row row;
    const auto code = plain_text(code_cell);
    const auto value_at = code.find("0x");
    for (const char c : code.substr(0, value_at)) {
        if (c == ' ') continue;
        if (c != '_' && std::isalnum(static_cast<unsigned char>(c)) == 0) break;
        row.name += c;
    }
    if (value_at != std::string::npos) {
        row.value = code.substr(value_at, code.find_first_not_of("0123456789ABCDEFabcdefx", value_at) - value_at);
    }
    row.text = plain_text(text_cell);
    return row;
}

// The rows of the return-value tables of an excerpt in tests/sources/win32 or sdk-api, in page order:
// markdown rows (header and delimiter rows excluded) or the <td> pairs of HTML <tr> rows.
inline std::vector<return_row> return_rows(const std::string& path) {
    const auto text = files::read(path);
    std::vector<return_row> rows;
    const auto lines = split(text, '\n');
    const auto is_delimiter = [](const std::string& line) {
        return line.rfind("|", 0) == 0 && line.find_first_not_of("|-: ") == std::string::npos;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("|", 0) != 0 || is_delimiter(lines[i])) continue;
        if (i + 1 < lines.size() && is_delimiter(lines[i + 1])) continue;  // header row
        const auto cells = split(lines[i], '|');                           // the closing pipe is optional in markdown
        const bool two_columns = cells.size() == 3 || (cells.size() == 4 && plain_text(cells[3]).empty());
        if (!two_columns) throw std::runtime_error(path + ": table row without two columns: " + lines[i]);
        rows.push_back(make_return_row(cells[1], cells[2]));
    }
    const auto markdown_rows = rows.size();
    for (auto row = text.find("<tr"); row != std::string::npos; row = text.find("<tr", row + 1)) {
        const auto row_end = text.find("</tr>", row);
        if (row_end == std::string::npos) throw std::runtime_error(path + ": <tr> without </tr>");
        const std::string_view tr(text.data() + row, row_end - row);
        if (tr.find("<th") != std::string_view::npos) continue;
        if (markdown_rows != 0) throw std::runtime_error(path + ": markdown and HTML rows in one section");
        std::vector<std::string_view> cells;
        for (auto td = tr.find("<td"); td != std::string_view::npos; td = tr.find("<td", td + 1)) {
            const auto open_end = tr.find('>', td);
            const auto close = tr.find("</td>", td);
            if (open_end == std::string_view::npos || close == std::string_view::npos)
                throw std::runtime_error(path + ": unclosed <td>");
            cells.push_back(tr.substr(open_end + 1, close - open_end - 1));
        }
        if (cells.size() != 2) throw std::runtime_error(path + ": <tr> without two cells: " + std::string(tr));
        rows.push_back(make_return_row(cells[0], cells[1]));
    }
    return rows;
}
struct winerror_row {
    std::string name, value, alias_of, message_text;
};

// winerror-sec.tsv and winerror-trust.tsv: name, value, alias_of, message_text, with a header line.
inline std::vector<winerror_row> winerror_rows(const std::string& path) {
    std::vector<winerror_row> rows;
    const auto lines = split(files::read(path), '\n');
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        const auto fields = split(lines[i], '\t');
        if (fields.size() != 4) throw std::runtime_error(path + ": line without 4 fields: " + lines[i]);
        rows.push_back({fields[0], fields[1], fields[2], fields[3]});
    }
    return rows;
}

}  // namespace doc_sources

#endif

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

// Markdown/HTML table cell -> plain text: tags dropped (<br/> reads as a space), links keep
// their text and lose their target, emphasis markers and backslash escapes go, whitespace collapses.
inline std::string plain_text(std::string_view cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == '<') {
            const auto close = cell.find('>', i);
            if (close == std::string_view::npos) throw std::runtime_error("unclosed tag in: " + std::string(cell));
            if (cell.substr(i, close - i + 1) == "<br/>") out += ' ';
            i = close;
        } else if (c == ']' && i + 1 < cell.size() && cell[i + 1] == '(') {
            const auto close = cell.find(')', i);
            if (close == std::string_view::npos) throw std::runtime_error("unclosed link in: " + std::string(cell));
            i = close;
        } else if (c == '\\' && i + 1 < cell.size()) {
            out += cell[++i];
        } else if (c != '[' && c != '*') {
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

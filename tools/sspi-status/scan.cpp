#include "scan.hpp"

#include "code_argument.hpp"

#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string>

namespace tool {
namespace {

void flush(std::string& buffer, std::FILE* output) {
    std::fwrite(buffer.data(), 1, buffer.size(), output);
    buffer.clear();
}

}  // namespace

std::vector<const sspi::entry*> codes_in_line(std::string_view line) {
    std::vector<const sspi::entry*> found;
    const auto add = [&](const sspi::entry* e) {
        if (e != nullptr && std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
    };
    for (std::size_t i = 0; i < line.size();) {  // word by word
        if (!is_name_character(line[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < line.size() && is_name_character(line[end])) ++end;
        const auto word = line.substr(i, end - i);
        const bool hex_code = word.size() == 10 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X');
        const bool name = family_prefix_length(word) != 0;
        if (hex_code || name) {
            const auto code = read_code(word);
            if (code.what == code_argument::kind::known) add(code.entry);
        }
        i = end;
    }
    return found;
}

void scan(std::istream& input, std::FILE* output, const languages& shown, bool all_lines, bool json) {
    constexpr std::size_t flush_at = 1 << 16;
    std::string buffer;
    std::string line;
    std::size_t number = 0;
    bool first = true;
    if (json) buffer += "{\"lines\":[";
    while (std::getline(input, line)) {
        ++number;
        const auto codes = codes_in_line(line);
        if (codes.empty() && !all_lines) continue;
        if (json) {
            fmt::format_to(std::back_inserter(buffer), "{}\n{{\"line\":{},\"text\":{},\"codes\":[", first ? "" : ",", number,
                           json_string(line));
            for (std::size_t i = 0; i < codes.size(); ++i) {
                if (i != 0) buffer += ',';
                entry_json(buffer, *codes[i], shown);
            }
            buffer += "]}";
        } else {
            const bool crlf = !line.empty() && line.back() == '\r';
            buffer.append(line, 0, line.size() - (crlf ? 1 : 0));
            for (std::size_t i = 0; i < codes.size(); ++i) {
                buffer += i == 0 ? "  # " : "; ";
                scan_note(buffer, *codes[i], shown);
            }
            buffer += crlf ? "\r\n" : "\n";
        }
        first = false;
        if (buffer.size() >= flush_at) flush(buffer, output);
    }
    if (json) buffer += "\n]}\n";
    flush(buffer, output);
}

}  // namespace tool

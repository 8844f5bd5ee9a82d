#include "scan.hpp"

#include "code_argument.hpp"
#include "log_codes.hpp"
#include "log_input.hpp"
#include "text.hpp"

#include "../common/utf8.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tool {
namespace {

constexpr std::size_t flush_at = std::size_t{1} << 16;

// Whether a piece of a line may end after this byte: an ASCII byte that is no part of a word (so that
// no code and no UTF-8 sequence is cut) and no carriage return (which belongs to the line end).
bool is_cut_point(char c) { return static_cast<unsigned char>(c) < 0x80 && !is_name_character(c) && c != '\r'; }

class scanner {
public:
    scanner(output& out, const languages& shown, bool all_lines, bool json)
        : out_(out), shown_(shown), all_lines_(all_lines), json_(json) {
        if (json_) list_.emplace(buffer_, "\"lines\"", "\n");
    }

    // A piece of the current line; `last` when the line ends after it (with a newline, or at the end of
    // the input), `word_cut` when the piece ends inside a word too long to be a code.
    void piece(std::string_view text, bool last, bool newline, bool word_cut) {
        if (!open_) start_line();
        const std::size_t first = codes_.size();
        find_log_codes(text, before_, skip_word_, codes_);
        find_log_context(text, codes_, first);
        for (std::size_t k = first; k < codes_.size(); ++k) codes_[k].start = codes_[k].end = 0;  // places of this piece only
        skip_word_ = word_cut;
        if (!text.empty()) before_ = text.back();
        const bool crlf = last && !text.empty() && text.back() == '\r';
        if (crlf) text.remove_suffix(1);
        if (all_lines_) {
            if (json_)
                append_json_escaped(buffer_, text);
            else
                buffer_.append(text);
        } else if (!last || !held_.empty() || !codes_.empty()) {  // a whole line without a code is not kept
            const std::size_t room = line_limit - std::min(line_limit, held_.size());
            const std::string_view kept = text.size() <= room ? text : utf8::whole_characters(text.substr(0, room));
            held_.append(kept);
            omitted_ += text.size() - kept.size();
        }
        if (crlf && json_ && all_lines_) buffer_ += "\\r";
        if (last) end_line(crlf, newline);
        if (buffer_.size() >= flush_at) flush();
    }

    void finish() {
        if (json_) list_->close();
        flush();
    }

private:
    void start_line() {
        open_ = true;
        ++number_;
        if (all_lines_ && json_) {
            list_->next_item();
            line_number_json();
            buffer_ += "\"";
        }
    }

    // {"line":12,"text": (without fmt: --all-lines --json writes it for every line)
    void line_number_json() {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, number_).ptr;
        buffer_ += "{\"line\":";
        buffer_.append(digits, end);
        buffer_ += ",\"text\":";
    }

    void code_json(const log_code& code) {
        if (code.entry != nullptr)
            entry_json(buffer_, *code.entry, shown_, code.context);
        else
            reading_json(buffer_, code.other);
    }

    void code_note(const log_code& code) {
        if (code.entry != nullptr)
            scan_note(buffer_, *code.entry, shown_, code.context);
        else
            reading_note(buffer_, code.other, code.context);
    }

    void end_line(bool crlf, bool newline) {
        const std::string_view line_end = !newline ? "" : crlf ? "\r\n" : "\n";
        if (json_) {
            if (!all_lines_ && !codes_.empty()) {
                list_->next_item();
                line_number_json();
                buffer_ += json_string(held_ + (crlf ? "\r" : ""));
                if (omitted_ != 0) fmt::format_to(std::back_inserter(buffer_), ",\"omitted_bytes\":{}", omitted_);
            } else if (all_lines_) {
                buffer_ += '"';
            }
            if (all_lines_ || !codes_.empty()) {
                buffer_ += ",\"codes\":[";
                for (std::size_t i = 0; i < codes_.size(); ++i) {
                    if (i != 0) buffer_ += ',';
                    code_json(codes_[i]);
                }
                buffer_ += "]}";
            }
        } else if (all_lines_ || !codes_.empty()) {
            if (!all_lines_) {
                buffer_ += held_;
                if (omitted_ != 0)
                    fmt::format_to(std::back_inserter(buffer_), " [{} more bytes of this line not shown]", omitted_);
            }
            for (std::size_t i = 0; i < codes_.size(); ++i) {
                buffer_ += i == 0 ? "  # " : "; ";
                code_note(codes_[i]);
            }
            // A line printed on its own, not passed through, always ends: the output is a list of lines.
            buffer_ += all_lines_ ? line_end : crlf ? "\r\n" : "\n";
        }
        open_ = false;
        skip_word_ = false;
        before_ = '\n';
        held_.clear();
        omitted_ = 0;
        codes_.clear();
    }

    void flush() {
        out_.write(buffer_);
        buffer_.clear();
    }

    output& out_;
    const languages& shown_;
    bool all_lines_, json_;
    std::string buffer_;  // declared before list_, which writes into it
    std::string held_;    // without all_lines: the line's first bytes
    std::size_t omitted_ = 0;
    std::vector<log_code> codes_;  // each once
    std::size_t number_ = 0;
    std::optional<json_list> list_;  // with json
    bool open_ = false, skip_word_ = false;
    char before_ = '\n';  // the byte before the current piece, in the line
};

// A long line: hands on all of pending but the bytes after its last cut point. Without one, cuts before
// the last run of name characters, at a character boundary; a run that fills it is a word too long to
// be a code, and goes on in pieces.
void hand_on_long_line(scanner& lines, std::string& pending) {
    std::size_t cut = pending.size();
    while (cut > 0 && !is_cut_point(pending[cut - 1])) --cut;
    bool word_cut = false;
    if (cut == 0) {
        cut = utf8::whole_characters(pending).size();
        std::size_t run = cut;
        while (run > 0 && is_name_character(pending[run - 1])) --run;
        word_cut = run == 0;
        if (!word_cut) cut = run;
    }
    lines.piece(std::string_view(pending).substr(0, cut), false, false, word_cut);
    pending.erase(0, cut);
}

}  // namespace

void scan(std::FILE* input, std::string_view already_read, output& out, const languages& shown, bool all_lines, bool json) {
    scanner lines(out, shown, all_lines, json);
    log_input reader(input, already_read);
    std::string pending;  // the current line's bytes not yet handed on: at most one chunk and a word
    for (std::string_view chunk; !(chunk = reader.next()).empty();) {
        std::size_t start = 0;
        if (!pending.empty()) {
            // The rest of the line begun in the last chunk.
            const char* newline = static_cast<const char*>(std::memchr(chunk.data(), '\n', chunk.size()));
            const std::size_t end = newline != nullptr ? static_cast<std::size_t>(newline - chunk.data()) : chunk.size();
            pending.append(chunk.substr(0, end));
            if (newline == nullptr) {
                if (pending.size() >= line_limit) hand_on_long_line(lines, pending);
                continue;
            }
            lines.piece(pending, true, true, false);
            pending.clear();
            start = end + 1;
        }
        for (const char* newline;
             (newline = static_cast<const char*>(std::memchr(chunk.data() + start, '\n', chunk.size() - start))) != nullptr;) {
            const std::size_t end = static_cast<std::size_t>(newline - chunk.data());
            lines.piece(chunk.substr(start, end - start), true, true, false);
            start = end + 1;
        }
        pending.assign(chunk.substr(start));
        if (pending.size() >= line_limit) hand_on_long_line(lines, pending);
    }
    if (!pending.empty()) lines.piece(pending, true, false, false);
    lines.finish();
    if (reader.replaced() != 0)
        fmt::print(stderr, "sspi-status: --scan: {} UTF-16 code units that are no character were written as U+FFFD\n",
                   reader.replaced());
}

}  // namespace tool

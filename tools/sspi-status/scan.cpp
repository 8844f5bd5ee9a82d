#include "scan.hpp"

#include "code_argument.hpp"
#include "readings.hpp"
#include "text.hpp"

#include "../common/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tool {
namespace {

constexpr std::size_t chunk_size = std::size_t{1} << 16;
constexpr std::size_t flush_at = std::size_t{1} << 16;

// Whether a piece of a line may end after this byte: an ASCII byte that is no part of a word (so that
// no code and no UTF-8 sequence is cut) and no carriage return (which belongs to the line end).
bool is_cut_point(char c) { return static_cast<unsigned char>(c) < 0x80 && !is_name_character(c) && c != '\r'; }

// The first letters of the families' prefixes, in either case.
const auto family_initials = [] {
    std::array<bool, 256> initials{};
    for (const sspi::family f : sspi::families()) {
        const auto initial = static_cast<unsigned char>(sspi::family_name(f)[0]);
        initials[initial] = initials[initial | 0x20u] = true;
    }
    return initials;
}();

// Whether a word may be one of some names: one of them has its first letter (in either case) and its
// length. Most words of a log are no call and no package, and this says so with one table read.
class name_filter {
public:
    void add(std::string_view name) {
        const auto initial = static_cast<unsigned char>(name[0]);
        const std::uint64_t length = std::uint64_t{1} << std::min<std::size_t>(name.size(), 63);
        lengths_[initial] |= length;
        lengths_[initial | 0x20u] |= length;
        lengths_[initial & ~0x20u] |= length;
    }
    bool may_be(std::string_view word) const {
        return (lengths_[static_cast<unsigned char>(word[0])] >> std::min<std::size_t>(word.size(), 63) & 1u) != 0;
    }

private:
    std::array<std::uint64_t, 256> lengths_{};  // by first byte: bit n for a name of n bytes (63: longer)
};

const auto call_names = [] {
    name_filter names;
    for (const sspi::call c : sspi::calls()) {
        names.add(sspi::call_name(c));
        names.add(std::string(sspi::call_name(c)) + "W");  // with the A/W suffix
    }
    return names;
}();

const auto package_names = [] {
    name_filter names;
    for (const sspi::package p : sspi::packages()) names.add(sspi::package_name(p));
    for (const auto& alias : sspi::package_aliases()) names.add(alias.name);
    return names;
}();

// The labels of the event texts' fields and the family of the number after each, longest first where
// one ends another ("Sub Status" before "Status").
struct field_label {
    std::string_view text;
    log_field field;
};
constexpr std::array<field_label, 6> field_labels{{{"Sub Status", log_field::ntstatus},
                                                   {"Status", log_field::ntstatus},
                                                   {"Error Code", log_field::ntstatus},
                                                   {"Failure Code", log_field::kerberos},
                                                   {"Result Code", log_field::kerberos},
                                                   {"System error", log_field::win32}}};

// The field whose label comes right before `at` in the text ("Status: ", "System error "), or none.
log_field field_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (end > 0 && text[end - 1] == ':') --end;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    for (const auto& label : field_labels)
        if (end >= label.text.size() &&
            equals_ignoring_case(text.substr(end - label.text.size(), label.text.size()), label.text) &&
            (end == label.text.size() || !is_name_character(text[end - label.text.size() - 1])))
            return label.field;
    return log_field::none;
}

// Whether a word may be a number or a name of the other families: a number, or an upper-case name
// with an underscore (STATUS_LOGON_FAILURE, KRB5KDC_ERR_PREAUTH_FAILED).
bool may_be_other_code(std::string_view word) {
    if (word[0] >= '0' && word[0] <= '9') return true;
    return word.size() >= 5 && word[0] >= 'A' && word[0] <= 'Z' && word.find('_') != std::string_view::npos;
}

// A code found on a line: an entry of the SSPI table, or a reading in another family.
struct found_code {
    const sspi::entry* entry = nullptr;
    reading other;

    bool operator==(const found_code& o) const { return entry == o.entry && (entry != nullptr || same_reading(other, o.other)); }
};

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
        find_codes(text);
        skip_word_ = word_cut;
        if (!text.empty()) before_ = text.back();
        const bool crlf = last && !text.empty() && text.back() == '\r';
        if (crlf) text.remove_suffix(1);
        if (all_lines_) {
            if (json_)
                append_json_escaped(buffer_, text);
            else
                buffer_.append(text);
        } else {
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
            fmt::format_to(std::back_inserter(buffer_), "{{\"line\":{},\"text\":\"", number_);
        }
    }

    void find_codes(std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            if (!is_name_character(text[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < text.size() && is_name_character(text[end])) ++end;
            const auto word = text.substr(i, end - i);
            const bool continues_cut_word = i == 0 && skip_word_;
            if (!continues_cut_word) note_context(word);
            const bool hex_code = word.size() == 10 && word[0] == '0' && (word[1] == 'x' || word[1] == 'X');
            // An error code in decimal as pywin32, Rust and .NET print it: -2146893044, or 2148074252
            // unsigned. Ten digits with the severity bit, so that no ordinary number reads as a code.
            const bool negative = (i == 0 ? before_ : text[i - 1]) == '-';
            const bool decimal_code = word.size() == 10 && word.find_first_not_of("0123456789") == std::string_view::npos &&
                                      (negative || word >= "2147483648");
            // Most words of a log are no code: a name starts as one of the families' prefixes does.
            const bool may_be_name = word.size() > 4 && family_initials[static_cast<unsigned char>(word[0])];
            // A word at the end of a piece is whole: pieces end at cut points or inside overlong words.
            if (!continues_cut_word) {
                std::optional<found_code> found;
                if (hex_code || decimal_code || (may_be_name && family_prefix_length(word) != 0)) {
                    // Only a negative number needs its sign, which may lie in the previous piece.
                    const auto code = decimal_code && negative ? read_code("-" + std::string(word)) : read_code(word);
                    if (code.what == code_argument::kind::known) found = found_code{code.entry, {}};
                }
                if (!found && may_be_other_code(word))
                    if (const auto r = log_reading(word, negative, hex_code || decimal_code, field_before(text, i)))
                        found = found_code{nullptr, *r};
                if (found && std::find(codes_.begin(), codes_.end(), *found) == codes_.end()) codes_.push_back(*found);
            }
            i = end;
        }
    }

    // The first SSPI function and the first package (other than general) the line names, in any of the
    // spellings parse_call and parse_package read: "schannel:", "InitializeSecurityContextW".
    void note_context(std::string_view word) {
        // Markdown writes emphasis with underscores: "_AcceptSecurityContext_".
        while (!word.empty() && word.front() == '_') word.remove_prefix(1);
        while (!word.empty() && word.back() == '_') word.remove_suffix(1);
        if (word.empty()) return;
        if (!context_.call && call_names.may_be(word)) context_.call = sspi::parse_call(word);
        if (context_.package == sspi::package::general && package_names.may_be(word))
            if (const auto package = sspi::parse_package(word)) context_.package = *package;
    }

    void end_line(bool crlf, bool newline) {
        const std::string_view line_end = !newline ? "" : crlf ? "\r\n" : "\n";
        if (json_) {
            if (!all_lines_ && !codes_.empty()) {
                list_->next_item();
                fmt::format_to(std::back_inserter(buffer_), "{{\"line\":{},\"text\":", number_);
                buffer_ += json_string(held_ + (crlf ? "\r" : ""));
                if (omitted_ != 0) fmt::format_to(std::back_inserter(buffer_), ",\"omitted_bytes\":{}", omitted_);
            } else if (all_lines_) {
                buffer_ += '"';
            }
            if (all_lines_ || !codes_.empty()) {
                buffer_ += ",\"codes\":[";
                for (std::size_t i = 0; i < codes_.size(); ++i) {
                    if (i != 0) buffer_ += ',';
                    if (codes_[i].entry != nullptr)
                        entry_json(buffer_, *codes_[i].entry, shown_, context_);
                    else
                        reading_json(buffer_, codes_[i].other);
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
                if (codes_[i].entry != nullptr)
                    scan_note(buffer_, *codes_[i].entry, shown_, context_);
                else
                    reading_note(buffer_, codes_[i].other, context_);
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
        context_ = {};
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
    std::vector<found_code> codes_;  // each once: at most one per entry of a table
    call_context context_;           // what the line names so far
    std::size_t number_ = 0;
    std::optional<json_list> list_;  // with json
    bool open_ = false, skip_word_ = false;
    char before_ = '\n';  // the byte before the current piece, in the line
};

}  // namespace

void scan(std::FILE* input, output& out, const languages& shown, bool all_lines, bool json) {
    scanner lines(out, shown, all_lines, json);
    std::string pending;  // the current line's bytes not yet handed on: at most one chunk and a word
    std::vector<char> chunk(chunk_size);
    for (;;) {
        errno = 0;
        const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), input);
        if (got == 0 && std::ferror(input))
            throw io_error{std::string("read error: ") + (errno != 0 ? std::strerror(errno) : "cannot read")};
        if (got == 0) break;
        pending.append(chunk.data(), got);
        std::size_t start = 0;
        for (std::size_t newline; (newline = pending.find('\n', start)) != std::string::npos; start = newline + 1)
            lines.piece(std::string_view(pending).substr(start, newline - start), true, true, false);
        pending.erase(0, start);
        if (pending.size() < chunk_size) continue;
        // A long line: hand on all but the bytes after its last cut point. Without one, cut before the
        // last run of name characters, at a character boundary; a run that fills the chunk is a word
        // too long to be a code, and goes on in pieces.
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
    if (!pending.empty()) lines.piece(pending, true, false, false);
    lines.finish();
}

}  // namespace tool

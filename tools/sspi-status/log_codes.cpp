#include "log_codes.hpp"

#include "code_argument.hpp"
#include "text.hpp"

#include "../common/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace tool {
namespace {

// ---- Where to look, eight bytes at a time ----

// A code holds an 'x' ("0x8009030C"), a '_' (a name) or at least seven digits in a row (a ten-digit
// code), and seven digits in a row fill one of the four-byte halves of an eight-byte word; or it follows
// "System error" (net use), whose 'S' is flagged too. Most bytes of a log are none of these, timestamps'
// short numbers included.
constexpr std::uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u, low7 = 0x7F7F7F7F7F7F7F7Fu;

// The high bit of each byte of v that is zero: exact per byte, no carry between bytes.
inline std::uint64_t zero_bytes(std::uint64_t v) { return ~(((v & low7) + low7) | v) & high; }

// The bytes of a word where a code may be, as their high bits.
inline std::uint64_t candidates(std::uint64_t word) {
    const std::uint64_t ascii = ~word & high;
    const std::uint64_t low = word & low7;
    const std::uint64_t digit = (low + (0x80 - '0') * ones) & ~(low + (0x80 - '9' - 1) * ones) & ascii;
    std::uint64_t groups = 0;  // the first byte of a half that is four digits
    if ((digit & 0x80808080u) == 0x80808080u) groups |= 0x80u;
    if ((digit >> 32) == 0x80808080u) groups |= std::uint64_t{0x80u} << 32;
    const std::uint64_t x = zero_bytes((low | 0x20 * ones) ^ ('x' * ones)) & ascii;
    const std::uint64_t underscore = zero_bytes(low ^ ('_' * ones)) & ascii;
    const std::uint64_t system = zero_bytes(low ^ ('S' * ones)) & ascii;
    return x | underscore | groups | system;
}

inline unsigned first_byte(std::uint64_t bits) {
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<unsigned>(__builtin_ctzll(bits)) / 8;  // little-endian loads
#else
    unsigned n = 0;
    while ((bits & 0x80u) == 0) bits >>= 8, ++n;
    return n;
#endif
}

// The first place at or after i where a code may be, or text.size().
std::size_t next_candidate(std::string_view text, std::size_t i) {
#ifdef __SSE2__
    // The same test sixteen bytes at a time, where the processor has SSE2 (every x86-64 one).
    const __m128i zero_to_nine = _mm_set1_epi8(static_cast<char>(-128 + 10)), digit_shift = _mm_set1_epi8('0' - 128);
    for (; i + 17 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i x = _mm_cmpeq_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('x'));
        const __m128i underscore = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('_'));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
        const __m128i system = _mm_and_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('S')), _mm_cmpeq_epi8(next, _mm_set1_epi8('y')));
        const auto digits =
            static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_sub_epi8(bytes, digit_shift), zero_to_nine)));
        const unsigned groups = digits & digits >> 1 & digits >> 2 & digits >> 3 & 0x1111u;
        if (const unsigned bits =
                static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(x, underscore), system))) | groups)
            return i + static_cast<unsigned>(__builtin_ctz(bits));
    }
#endif
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (const std::uint64_t bits = candidates(word)) return i + first_byte(bits);
    }
    for (; i < text.size(); ++i)
        if ((text[i] >= '0' && text[i] <= '9') || text[i] == '_' || text[i] == 'x' || text[i] == 'X' || text[i] == 'S') return i;
    return text.size();
}

// ---- Word boundaries ----

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether a code point is a letter or digit of some script: anything but the spaces, punctuation and
// symbols of Latin-1, the general punctuation to miscellaneous symbols blocks, CJK punctuation and
// the fullwidth forms' punctuation. A code is no code inside a word ("unicodeé0x80090322é").
bool is_letter(char32_t c) {
    if (c < 0x80) return is_name_character(static_cast<char>(c));
    if (c <= 0xBF || c == 0xD7 || c == 0xF7 || c == utf8::replacement) return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F)) return false;
    if (c >= 0xFF00 && c <= 0xFF65)
        return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    return true;
}

// Whether a letter of some script ends right before text[at]; before is the byte before text.
bool letter_before(std::string_view text, std::size_t at, char before) {
    if (at == 0) return is_name_character(before);
    std::size_t start = at - 1;
    while (start > 0 && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    char32_t c = 0;
    std::size_t i = start;
    utf8::decode(text, i, c);
    return i == at && is_letter(c);
}

bool letter_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    char32_t c = 0;
    utf8::decode(text, at, c);
    return is_letter(c);
}

// ---- What the words before a number say ----

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

// The field whose label comes right before `at` ("Status: ", "System error "), or none.
log_field field_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (end > 0 && text[end - 1] == ':') --end;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    for (const auto& label : field_labels) {
        const std::size_t size = label.text.size();
        if (end >= size && equals_ignoring_case(text.substr(end - size, size), label.text) &&
            (end == size || !is_name_character(text[end - size - 1])))
            return label.field;
    }
    return log_field::none;
}

// The ASCII word that ends before `at`, past blanks and the punctuation of "status=", "(...) =", "[": or empty.
std::string_view word_before(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && std::strchr(" \t:=([\"'<)", text[end - 1]) != nullptr && end + 8 > at) --end;
    std::size_t start = end;
    while (start > 0 && is_name_character(text[start - 1])) --start;
    return text.substr(start, end - start);
}

bool ends_with_ignoring_case(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && equals_ignoring_case(text.substr(text.size() - end.size()), end);
}

// Whether a zero here is a status: a call's result, or after status, returned, result or error.
bool zero_is_status(std::string_view text, std::size_t at) {
    const std::string_view word = word_before(text, at);
    for (const std::string_view said : {"status", "returned", "returns", "return", "result", "error"})
        if (ends_with_ignoring_case(word, said)) return true;
    return !word.empty() && sspi::parse_call(word).has_value();
}

// ---- A word that may be a code ----

// The word text[start, end) without markdown's emphasis around it ("_SEC_E_WRONG_PRINCIPAL_").
void trim_emphasis(std::string_view text, std::size_t& start, std::size_t& end) {
    while (start < end && text[start] == '_') ++start;
    while (end > start && text[end - 1] == '_') --end;
}

// A word of digits, or "0x" and hex digits, and its value; none for a longer one.
struct number_word {
    bool hex;
    std::size_t digits;  // after "0x" for hex
    std::uint64_t value;
};

std::optional<number_word> number_shape(std::string_view word) {
    const bool hex = word.size() > 2 && word[0] == '0' && (word[1] | 0x20) == 'x';
    const std::string_view digits = hex ? word.substr(2) : word;
    if (digits.size() > 10) return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : digits) {
        const int digit = hex || is_digit(c) ? hex_digit(c) : -1;
        if (digit < 0) return std::nullopt;
        value = value * (hex ? 16 : 10) + static_cast<unsigned>(digit);
    }
    return number_word{hex, digits.size(), value};
}

void add(std::vector<log_code>& found, log_code code) {
    for (const auto& known : found)
        if (known.same_code(code)) return;
    found.push_back(code);
}

// A number word at text[start, end): "0x" and 8 hex digits or a signed or unsigned ten-digit error
// code; a shorter one after a field label of the event texts ("Failure Code: 0x18", "System error 1326").
void number_code(std::string_view text, std::size_t start, std::size_t end, char before, std::vector<log_code>& found) {
    const auto number = number_shape(text.substr(start, end - start));
    if (!number) return;
    // "2.2148074252" and "2148074252.5" are decimals; "order-2146893044" has no sign.
    if (!number->hex && ((start >= 2 && text[start - 1] == '.' && is_digit(text[start - 2])) ||
                         (end + 1 < text.size() && text[end] == '.' && is_digit(text[end + 1]))))
        return;
    const char sign = start == 0 ? before : text[start - 1];
    const bool negative = !number->hex && sign == '-' && !(start >= 2 && is_name_character(text[start - 2]));
    const bool long_form =
        number->hex ? number->digits == 8
                    : number->digits == 10 && (negative ? number->value <= 0x80000000u
                                                        : number->value >= 0x80000000u && number->value <= 0xFFFFFFFFu);
    const auto value = static_cast<std::uint32_t>(negative ? 0x100000000u - number->value : number->value);
    log_code code;
    code.start = start - (negative ? 1 : 0);
    code.end = end;
    if (long_form)
        if (const sspi::entry* e = sspi::find(value); e != nullptr && (value != 0 || zero_is_status(text, start))) {
            code.entry = e;
            return add(found, code);
        }
    const log_field field = field_before(text, start);
    if (!long_form && field == log_field::none) return;
    if (const auto r = log_number_reading(value, long_form, field)) {
        code.other = *r;
        add(found, code);
    }
}

// A name word: a name of the SSPI table with its family prefix, in any case, or of the other
// families as they spell it; markdown's emphasis around it ("_SEC_E_WRONG_PRINCIPAL_") is no part of it.
void name_code(std::string_view text, std::size_t start, std::size_t end, std::vector<log_code>& found) {
    trim_emphasis(text, start, end);
    const std::string_view word = text.substr(start, end - start);
    if (word.size() < 5 || is_digit(word[0])) return;
    log_code code;
    code.start = start;
    code.end = end;
    if (family_prefix_length(word) != 0) {
        const code_argument name = read_code(word);
        if (name.what == code_argument::kind::known) {
            code.entry = name.entry;
            return add(found, code);
        }
    }
    if (word[0] >= 'A' && word[0] <= 'Z')
        if (const auto r = log_name_reading(word)) {
            code.other = *r;
            add(found, code);
        }
}

// "System error 1326 has occurred." (net use) at text[at]: the number after it, however short.
void system_error_code(std::string_view text, std::size_t at, char before, std::vector<log_code>& found) {
    constexpr std::string_view label = "System error ";
    if (text.compare(at, label.size(), label) != 0 || letter_before(text, at, before)) return;
    std::size_t start = at + label.size(), end = start;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end > start && end - start < 10 && !letter_at(text, end)) number_code(text, start, end, before, found);
}

// ---- Calls and packages ----

// Whether a word may be one of some names: one of them has its first letter (in either case) and its
// length. Most words of a log are no call and no package, and this says so with one table read.
class name_filter {
public:
    void add(std::string_view name) {
        const auto initial = static_cast<unsigned char>(name[0]);
        const std::uint64_t length = std::uint64_t{1} << std::min<std::size_t>(name.size(), 63);
        lengths_[initial | 0x20u] |= length;
        lengths_[initial & ~0x20u] |= length;
    }
    bool may_be(std::string_view word) const {
        return (lengths_[static_cast<unsigned char>(word[0])] >> std::min<std::size_t>(word.size(), 63) & 1u) != 0;
    }

private:
    std::array<std::uint64_t, 256> lengths_{};  // by first byte: bit n for a name of n bytes (63: longer)
};

const name_filter call_filter = [] {
    name_filter names;
    for (const sspi::call c : sspi::calls()) {
        names.add(sspi::call_name(c));
        names.add(std::string(sspi::call_name(c)) + "W");  // with the A/W suffix
    }
    return names;
}();

const name_filter package_filter = [] {
    name_filter names;
    for (const sspi::package p : sspi::packages()) names.add(sspi::package_name(p));
    for (const auto& alias : sspi::package_aliases()) names.add(alias.name);
    return names;
}();

// Negotiate and Digest are English words too ("could not negotiate ALPN", "SHA256 digest ok"): a
// package only when capitalised as the pages write them, or in parentheses after a call.
bool is_english_word(sspi::package p) { return p == sspi::package::negotiate || p == sspi::package::digest; }

struct call_mention {
    std::size_t at, end;
    sspi::call call;
    std::optional<sspi::package> in_parentheses;  // "AcceptSecurityContext (Negotiate)"
};

struct package_mention {
    std::size_t at;
    sspi::package package;
};

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

// The page of the call nearest the code whose page lists it, or none.
call_context nearest_page(std::uint32_t value, std::size_t at, std::vector<call_mention> calls,
                          std::vector<package_mention> packages) {
    std::stable_sort(calls.begin(), calls.end(),
                     [&](const auto& a, const auto& b) { return distance(a.at, at) < distance(b.at, at); });
    std::stable_sort(packages.begin(), packages.end(),
                     [&](const auto& a, const auto& b) { return distance(a.at, at) < distance(b.at, at); });
    for (const auto& mention : calls) {
        std::vector<sspi::package> tried;
        if (mention.in_parentheses) tried.push_back(*mention.in_parentheses);
        for (const auto& p : packages) tried.push_back(p.package);
        tried.push_back(sspi::package::general);
        for (const auto p : tried)
            if (sspi::call_text_package(value, mention.call, p) == p) return {mention.call, p};
    }
    return {};
}

std::uint32_t value_of(const log_code& code) {
    if (code.entry != nullptr) return code.entry->value;
    return code.other.ntstatus != nullptr ? code.other.ntstatus->value : 0;
}

}  // namespace

bool log_code::same_code(const log_code& o) const {
    if (entry != nullptr || o.entry != nullptr) return entry != nullptr && o.entry != nullptr && entry->value == o.entry->value;
    return same_reading(other, o.other);
}

void find_log_codes(std::string_view text, char before, bool skip_first_word, std::vector<log_code>& found) {
    std::size_t i = 0;
    if (skip_first_word)
        while (i < text.size() && is_name_character(text[i])) ++i;
    while ((i = next_candidate(text, i)) < text.size()) {
        if (text[i] == 'S') {
            system_error_code(text, i, before, found);
            ++i;
            continue;
        }
        std::size_t start = i, end = i;
        while (start > 0 && is_name_character(text[start - 1])) --start;
        while (end < text.size() && is_name_character(text[end])) ++end;
        i = end;
        const std::string_view word = text.substr(start, end - start);
        const bool name = word.find('_') != std::string_view::npos;
        // Most numbers of a log are no code: a code is "0x" and hex digits, or ten decimal digits.
        if (!name && !(word.size() > 2 && word[0] == '0' && (word[1] | 0x20) == 'x') && word.size() != 10) continue;
        if (letter_before(text, start, before) || letter_at(text, end)) continue;  // inside a word of another script
        if (name)
            name_code(text, start, end, found);
        else if (is_digit(word[0]))
            number_code(text, start, end, before, found);
    }
}

void find_log_context(std::string_view text, std::vector<log_code>& found, std::size_t first) {
    if (first >= found.size()) return;
    std::vector<call_mention> calls;
    std::vector<package_mention> packages;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_name_character(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && is_name_character(text[i])) ++i;
        std::size_t end = i;
        trim_emphasis(text, start, end);  // "_AcceptSecurityContext_"
        const std::string_view word = text.substr(start, end - start);
        if (word.empty()) continue;
        if (call_filter.may_be(word))
            if (const auto c = sspi::parse_call(word)) {
                calls.push_back({start, end, *c, std::nullopt});
                continue;
            }
        if (!package_filter.may_be(word)) continue;
        const auto p = sspi::parse_package(word);
        if (!p) continue;
        // "(Negotiate)" right after a call belongs to it, in any case.
        std::size_t open = start;
        while (open > 0 && text[open - 1] == ' ') --open;
        const bool after_call =
            open > 0 && text[open - 1] == '(' && !calls.empty() && calls.back().end < open &&
            text.substr(calls.back().end, open - 1 - calls.back().end).find_first_not_of(' ') == std::string_view::npos;
        if (after_call) {
            calls.back().in_parentheses = *p;
        } else if (!is_english_word(*p) || (word[0] >= 'A' && word[0] <= 'Z')) {
            packages.push_back({start, *p});
        }
    }
    if (calls.empty()) return;
    for (std::size_t k = first; k < found.size(); ++k)
        if (found[k].entry != nullptr || found[k].other.ntstatus != nullptr)
            found[k].context = nearest_page(value_of(found[k]), found[k].start, calls, packages);
}

}  // namespace tool

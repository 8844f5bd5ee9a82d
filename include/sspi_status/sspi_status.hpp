// sspi_status: every status a Windows SSPI call hands back (SEC_E_*, SEC_I_*, and the CERT_E_*,
// CRYPT_E_* and TRUST_E_* codes Schannel returns) with its name and texts in the languages Microsoft
// publishes, as constexpr lookups and a std::error_category. C++17, standard library only.
#ifndef SSPI_STATUS_SSPI_STATUS_HPP
#define SSPI_STATUS_SSPI_STATUS_HPP

#include <sspi_status/detail/hash.hpp>
#include <sspi_status/detail/languages.hpp>
#include <sspi_status/detail/status.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace sspi {

// One name of winerror.h. Its texts are read with system_text(), page_text() and message().
struct entry {
    status code;
    std::uint32_t value;
    std::string_view name;      // "SEC_E_LOGON_DENIED"
    std::string_view alias_of;  // the name this one is an alias of, or empty
    sspi::family family;        // SEC, CERT, CRYPT or TRUST
};

// A TLS or SSL alert, by its number and the name Microsoft's table gives it ("TLS1_ALERT_UNKNOWN_CA").
struct tls_alert {
    int number;
    std::string_view name;
};

namespace detail {

// The bytes of each row's line in name_lines (see key_equals).
inline constexpr std::size_t name_line_size = 88;

// One kind of text in one language for every row of a table: NUL-terminated texts back to back,
// row r's from starts[r] up to the NUL before starts[r + 1]. Without starts, no texts at all.
struct text_column {
    std::string_view texts;
    const char* starts = nullptr;  // 16-bit offsets, read by bytes_at

    constexpr std::string_view operator[](std::size_t row) const noexcept {
        if (starts == nullptr) return {};
        const std::size_t from = bytes_at<2>(starts, row), next = bytes_at<2>(starts, row + 1);
        return std::string_view(texts.data() + from, next - from - 1);
    }
};

// A column too long for one literal (C++ compilers need to support 64 KiB): pieces of RowsPerPiece
// rows each, a constant so that finding the piece is no division.
template <std::size_t Pieces, std::size_t RowsPerPiece>
struct pieced_text_column {
    std::array<text_column, Pieces> pieces;

    constexpr std::string_view operator[](std::size_t row) const noexcept {
        const std::size_t piece = row / RowsPerPiece;
        return piece < Pieces ? pieces[piece][row % RowsPerPiece] : std::string_view{};
    }
};

struct language_columns {
    text_column system, page;  // what Windows says; what the "SSPI Status Codes" page says
};

// Where a function must be inlined whatever the optimiser thinks of its size: columns_of(), so
// that a program asking for constant languages links those languages' texts only, and the key
// compare of find_name, which would otherwise be a call.
#if defined(_MSC_VER)
#define SSPI_STATUS_ALWAYS_INLINE __forceinline
#elif defined(__GNUC__)
#define SSPI_STATUS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define SSPI_STATUS_ALWAYS_INLINE inline
#endif

}  // namespace detail

}  // namespace sspi

#include <sspi_status/detail/table.ipp>
#include <sspi_status/detail/texts.ipp>
#include <sspi_status/detail/tls_alerts.ipp>

static_assert(sizeof(sspi::detail::name_lines) == sspi::detail::table.size() * sspi::detail::name_line_size + 1,
              "name_lines holds one line of name_line_size bytes per row");

namespace sspi {
namespace detail {

constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

// Whether a key of n bytes (4 to 40), typed with the "SEC_" prefix or not, is the one of a row's line
// of name_lines, letters in any case. The line holds, at 0, the key's words at 0, 8, 16, 24 and n - 8
// (none past its end; for a key under 8 bytes, its first and last 4 bytes in one word) in lower case;
// at 40, 0x20 in each byte of them that is a letter, where the key may come in either case; at 80,
// the key's length, and at 84 which bits of (n | typed prefix << 8) must equal it (0xFF where a typed
// "SEC_" may stand before the key, 0x1FF where it must not), so that the row itself is not read.
// Each word is one or, one xor; no loop, no call.
SSPI_STATUS_ALWAYS_INLINE constexpr bool key_equals(const char* key, std::size_t n, bool prefixed, const char* line) noexcept {
    const auto differs = [line](std::size_t i, std::uint64_t word) { return (word | load8(line + 40 + 8 * i)) ^ load8(line + 8 * i); };
    const std::uint64_t shape = ((n | std::size_t{prefixed} << 8) & load4(line + 84)) ^ load4(line + 80);
    if (n < 8) return (shape | differs(0, load4(key) | std::uint64_t{load4(key + n - 4)} << 32)) == 0;
    const std::size_t last = n - 8;
    return (shape | differs(0, load8(key)) | differs(1, load8(key + (8 < last ? 8 : last))) |
            differs(2, load8(key + (16 < last ? 16 : last))) | differs(3, load8(key + (24 < last ? 24 : last))) |
            differs(4, load8(key + last))) == 0;
}

template <class T>
inline constexpr bool is_character_v = std::is_same_v<T, char> || std::is_same_v<T, signed char> ||
                                       std::is_same_v<T, unsigned char> || std::is_same_v<T, wchar_t> ||
                                       std::is_same_v<T, char16_t> || std::is_same_v<T, char32_t>
#if defined(__cpp_char8_t)
                                       || std::is_same_v<T, char8_t>
#endif
    ;

// A code's 32 bits, and whether the value fits 32 bits at all (as int32_t or uint32_t): a wider value
// is no code, never wrapped around.
struct code_bits {
    std::uint32_t bits;
    bool valid;
};

template <class Code>
constexpr code_bits bits_of(Code code) noexcept {
    if constexpr (std::is_same_v<Code, status>) {
        return {static_cast<std::uint32_t>(static_cast<std::int32_t>(code)), true};
    } else if constexpr (sizeof(Code) <= 4) {
        return {static_cast<std::uint32_t>(code), true};
    } else if constexpr (std::is_signed_v<Code>) {
        return {static_cast<std::uint32_t>(code), code >= static_cast<Code>(-2147483647 - 1) && code <= static_cast<Code>(0xFFFFFFFFLL)};
    } else {
        return {static_cast<std::uint32_t>(code), code <= static_cast<Code>(0xFFFFFFFFULL)};
    }
}

constexpr const entry* find_bits(code_bits code) noexcept {
    if (!code.valid) return nullptr;
    const unsigned slot = bytes_at<1>(value_slots, value_slot(value_mix(code.bits), value_seed, value_bits));
    if (slot == 0) return nullptr;
    const entry& candidate = table[slot - 1];
    return candidate.value == code.bits ? &candidate : nullptr;
}

inline constexpr std::string_view unknown_message = "This value is not an SSPI status code.";

}  // namespace detail

// The types a status code may come in: sspi::status and every integer type (std::int32_t,
// std::uint32_t, SECURITY_STATUS and HRESULT, which are long, std::int64_t, ...; __int128 where the
// compiler has it), but bool and the character types, which hold no status.
template <class T>
inline constexpr bool is_code_type_v =
    std::is_same_v<T, status> || (std::is_integral_v<T> && !std::is_same_v<T, bool> && !detail::is_character_v<T>);

// Every entry, in value order, an alias right after the name it aliases.
constexpr const auto& entries() noexcept { return detail::table; }

// The entry of a code, or nullptr; an aliased value finds the primary name.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr const entry* find(Code code) noexcept {
    return detail::find_bits(detail::bits_of(code));
}

// The entry of a name such as "SEC_E_LOGON_DENIED" or "CRYPT_E_REVOKED", in any ASCII case, the
// "SEC_" prefix optional; or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept {
    // Written for few branches that depend on the input: the prefix and the family are arithmetic.
    const std::uint32_t head = name.size() >= 4 ? detail::load4(name.data()) : 0;
    const bool sec_prefix = (head | 0x00202020u) == 0x5F636573u;  // "sec_", any case
    const std::size_t skip = std::size_t{sec_prefix} << 2;
    const char* key = name.data() + skip;
    const std::size_t n = name.size() - skip;
    if (n - detail::shortest_name_key > detail::longest_name_key - detail::shortest_name_key) return nullptr;
    const unsigned slot = detail::bytes_at<1>(detail::name_slots, detail::name_slot(detail::name_mix(key, n), detail::name_seed, detail::name_bits));
    if (slot == 0) return nullptr;
    return detail::key_equals(key, n, sec_prefix, detail::name_lines + (slot - 1) * detail::name_line_size) ? &detail::table[slot - 1] : nullptr;
}

namespace detail {

inline constexpr std::size_t no_row = static_cast<std::size_t>(-1);

// The row of table that holds an entry's texts, found by value (and name, for an alias), so that a
// copy of an entry reads the same texts; no_row for an entry of no table row.
constexpr std::size_t row_of(const entry& e) noexcept {
    const entry* primary = find_bits({e.value, true});
    if (primary == nullptr) return no_row;
    std::size_t row = static_cast<std::size_t>(primary - table.data());
    if (e.alias_of.empty()) return row;
    for (++row; row < table.size() && table[row].value == e.value; ++row)
        if (table[row].name == e.name) return row;
    return no_row;
}

constexpr std::string_view text(const text_column& column, const entry& e) noexcept {
    const std::size_t row = row_of(e);
    return row == no_row ? std::string_view{} : column[row];
}

// Whose texts a row speaks with: an alias without English texts of its own uses its target's.
constexpr std::size_t speaker(std::size_t row) noexcept {
    const entry& e = table[row];
    const language_columns english = columns_of(lang::en);
    if (e.alias_of.empty() || !english.system[row].empty() || !english.page[row].empty()) return row;
    return static_cast<std::size_t>(find_bits({e.value, true}) - table.data());
}

// message() once the language's columns are chosen: a call with a constant language inlines the
// choice and so refers to that language's texts and English only.
constexpr std::string_view message_in(const entry& e, const language_columns& columns) noexcept {
    const std::size_t own = row_of(e);
    if (own == no_row) return e.name.empty() ? unknown_message : e.name;
    const std::size_t row = speaker(own);
    const language_columns english = columns_of(lang::en);
    const std::string_view name = table[row].name;
    const std::string_view english_system = english.system[row];
    const bool system_speaks = !english_system.empty() && english_system != name;
    if (system_speaks)
        if (const auto text = columns.system[row]; !text.empty()) return text;
    if (const auto text = columns.page[row]; !text.empty()) return text;
    if (system_speaks) return english_system;
    const std::string_view english_page = english.page[row];
    return english_page.empty() ? name : english_page;
}

}  // namespace detail

// What Windows says: winerror.h's text in English, Microsoft's translation of it in the other
// languages; empty where there is none, and for a value outside sspi::lang.
constexpr std::string_view system_text(const entry& e, lang language) noexcept {
    return detail::text(detail::columns_of(language).system, e);
}

// The "SSPI Status Codes" page's text; empty where the page does not list the code, and for a value
// outside sspi::lang.
constexpr std::string_view page_text(const entry& e, lang language) noexcept {
    return detail::text(detail::columns_of(language).page, e);
}

// Never empty: the first of system_text(language), page_text(language), system_text(en) and
// page_text(en) that says something, else the name. A system text that is only the code's name says
// nothing, and neither do its translations. An alias without texts of its own speaks with its target's.
constexpr std::string_view message(const entry& e, lang language = lang::en) noexcept {
    return detail::message_in(e, detail::columns_of(language));
}

namespace detail {
constexpr std::string_view message_of_code(code_bits code, const language_columns& columns) noexcept {
    const entry* e = find_bits(code);
    return e != nullptr ? message_in(*e, columns) : unknown_message;
}
}  // namespace detail

// For a code that is not in the table, a fixed text that says so.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr std::string_view message(Code code, lang language = lang::en) noexcept {
    return detail::message_of_code(detail::bits_of(code), detail::columns_of(language));
}

// The primary name of a code, or an empty string_view for a value that is not in the table.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr std::string_view name(Code code) noexcept {
    const entry* e = find(code);
    return e != nullptr ? e->name : std::string_view{};
}

// Severity as SUCCEEDED()/FAILED() see it: SEC_I_* and SEC_E_OK succeed; a value wider than 32 bits fails.
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr bool succeeded(Code code) noexcept {
    const detail::code_bits bits = detail::bits_of(code);
    return bits.valid && (bits.bits & 0x80000000u) == 0;
}
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr bool failed(Code code) noexcept {
    return !succeeded(code);
}

// Whether the "SSPI Status Codes" pages list the code.
constexpr bool is_documented(const entry& e) noexcept { return !page_text(e, lang::en).empty(); }
template <class Code, std::enable_if_t<is_code_type_v<Code>, int> = 0>
constexpr bool is_documented(Code code) noexcept {
    const entry* e = find(code);
    return e != nullptr && is_documented(*e);
}

namespace detail {
// A run of a generated table, as a range.
template <class T>
class list {
public:
    constexpr list(const T* first, const T* last) noexcept : first_(first), last_(last) {}
    constexpr const T* begin() const noexcept { return first_; }
    constexpr const T* end() const noexcept { return last_; }
    constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(last_ - first_); }
    constexpr bool empty() const noexcept { return first_ == last_; }

private:
    const T* first_;
    const T* last_;
};
}  // namespace detail

// The alerts of a code, in the order of their numbers: a range of tls_alert.
using tls_alert_list = detail::list<tls_alert>;

// The entry Schannel returns when it receives TLS alert `alert` (Microsoft's "Schannel Error Codes for
// TLS and SSL Alerts"): the code of the alert's row, or of the Default row for an alert the table does
// not list; nullptr outside 0 to 255.
constexpr const entry* from_tls_alert(int alert) noexcept {
    if (alert < 0 || alert > 255) return nullptr;
    const unsigned row = detail::bytes_at<1>(detail::tls_alert_rows, static_cast<std::size_t>(alert));
    return &detail::table[row != 0 ? row - 1 : detail::tls_default_row];
}

// The alerts the table lists for a code (an alias's are its target's); the Default row, which stands
// for every other alert, is not among them.
constexpr tls_alert_list tls_alerts(const entry& e) noexcept {
    const entry* primary = detail::find_bits({e.value, true});
    if (primary == nullptr) return {detail::tls_alert_table.data(), detail::tls_alert_table.data()};
    const auto row = static_cast<std::size_t>(primary - detail::table.data());
    return {detail::tls_alert_table.data() + detail::bytes_at<1>(detail::tls_alert_starts, row),
            detail::tls_alert_table.data() + detail::bytes_at<1>(detail::tls_alert_starts, row + 1)};
}

// The prefix of a family's names: "SEC", "CERT", "CRYPT", "TRUST"; empty for a value outside sspi::family.
constexpr std::string_view family_name(family f) noexcept {
    const auto index = static_cast<std::size_t>(f);
    return index < detail::family_names.size() ? detail::family_names[index] : std::string_view{};
}

// Every family, in the order of the table.
constexpr const auto& families() noexcept { return detail::all_families; }

// Every language, English first.
constexpr const auto& languages() noexcept { return detail::all_languages; }

// The BCP 47 tag of a language: "en", "de", "pt-BR", "zh-TW", …; empty for a value outside sspi::lang.
constexpr std::string_view lang_tag(lang language) noexcept {
    const auto index = static_cast<std::size_t>(language);
    return index < detail::language_table.size() ? detail::language_table[index].tag : std::string_view{};
}

namespace detail {

// Hex digits of a value, "0x8009030C", without allocating.
constexpr std::array<char, 10> hex(std::uint32_t value) noexcept {
    std::array<char, 10> text{'0', 'x'};
    for (std::size_t i = 0; i < 8; ++i) text[9 - i] = "0123456789ABCDEF"[(value >> (4 * i)) & 0xFu];
    return text;
}

// The sspi category of any module. Each DLL or shared object that includes this header has a
// category object of its own, so an address cannot tell ours from another's; a condition in this
// marker category, which every sspi category recognises by the marker's name, can (Boost.System
// gives its categories an id for the same reason).
inline constexpr std::string_view identity_marker_name = "sspi_status identity marker";

class identity_marker final : public std::error_category {
public:
    const char* name() const noexcept override { return identity_marker_name.data(); }
    std::string message(int) const override { return "identifies the sspi category across modules"; }
};

inline const std::error_category& identity_marker_category() noexcept {
    static const identity_marker instance;
    return instance;
}

class category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "sspi"; }

    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        return condition.category().name() == identity_marker_name || std::error_category::equivalent(value, condition);
    }

    // sspi::message(code, lang::en), so that the two never disagree.
    std::string message(int value) const override {
        const entry* e = find(value);
        if (e == nullptr) {
            const auto digits = hex(static_cast<std::uint32_t>(value));
            return "unknown SSPI status " + std::string(digits.data(), digits.size());
        }
        return std::string(sspi::message(*e, lang::en));
    }

    // Only where the meaning is the same as a portable condition's; see README, "std::error_code".
    std::error_condition default_error_condition(int value) const noexcept override {
        switch (static_cast<status>(value)) {
        case status::sec_e_insufficient_memory: return std::errc::not_enough_memory;
        case status::sec_e_unsupported_function: return std::errc::function_not_supported;
        case status::sec_e_invalid_parameter: return std::errc::invalid_argument;
        case status::sec_e_buffer_too_small:
        case status::sec_e_ext_buffer_too_small: return std::errc::no_buffer_space;
        default: return {value, *this};
        }
    }
};

}  // namespace detail

// One per module, constant-initialised (error_category's constructor is constexpr). A static of the
// function rather than of the namespace, so that nothing runs at start-up: the registration of its
// virtual destructor waits for the first call, and a program that never calls links none of it.
inline const std::error_category& category() noexcept {
    static const detail::category_impl instance;
    return instance;
}

inline std::error_code make_error_code(status code) noexcept { return {static_cast<int>(code), category()}; }

namespace detail {
// Whether a category is the sspi category of this module or of any other.
inline bool is_sspi_category(const std::error_category& c) noexcept {
    return c == category() || c.equivalent(0, std::error_condition(0, identity_marker_category()));
}
}  // namespace detail

// Failure test for an error_code: in the sspi category (of any module) only SEC_E_* and the other
// error codes fail (SEC_I_* codes are non-zero but succeed); in any other category every non-zero
// value fails.
inline bool failed(const std::error_code& ec) noexcept {
    return detail::is_sspi_category(ec.category()) ? failed(ec.value()) : static_cast<bool>(ec);
}
inline bool succeeded(const std::error_code& ec) noexcept { return !failed(ec); }

}  // namespace sspi

namespace std {
template <>
struct is_error_code_enum<sspi::status> : true_type {};
}  // namespace std

#endif

// sspi_status: every Windows SSPI status code (SEC_E_*, SEC_I_*) with its name and messages in the
// languages of Microsoft's documentation, as constexpr lookups and a std::error_category.
// C++17, standard library only.
#ifndef SSPI_STATUS_SSPI_STATUS_HPP
#define SSPI_STATUS_SSPI_STATUS_HPP

#include <sspi_status/detail/hash.hpp>
#include <sspi_status/detail/status.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace sspi {

// One SEC_E_*/SEC_I_* name of winerror.h and what the sources say of it; empty where a source says nothing.
struct entry {
    status code;
    std::uint32_t value;
    std::string_view name;            // "SEC_E_LOGON_DENIED"
    std::string_view message_en;      // the English "SSPI Status Codes" page
    std::string_view message_de;      // the German page (machine-translated by Microsoft)
    std::string_view system_message;  // winerror.h's MessageText: what Windows itself says
    std::string_view alias_of;        // the name this one is an alias of
};

// The languages of the "SSPI Status Codes" page: English, and Microsoft's machine translations.
enum class lang { en, de, es, fr, it, pt_br, ru, zh_tw };

}  // namespace sspi

#include <sspi_status/detail/table.ipp>
#include <sspi_status/detail/translations.ipp>

namespace sspi {
namespace detail {

// Whether text, read in upper case, is upper; no early exit, so that compilers can vectorise it.
constexpr bool equals_upper(std::string_view text, std::string_view upper) noexcept {
    if (text.size() != upper.size()) return false;
    unsigned difference = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        difference |= static_cast<unsigned char>(ascii_upper(text[i])) ^ static_cast<unsigned char>(upper[i]);
    return difference == 0;
}

// A constant, so that find_name rejects an overlong text before hashing it, at no cost per call.
inline constexpr std::size_t longest_name = [] {
    std::size_t longest = 0;
    for (const entry& e : table) longest = e.name.size() > longest ? e.name.size() : longest;
    return longest;
}();

// A status code as any integer type carries it: std::int32_t, std::uint32_t, and Windows' SECURITY_STATUS
// and HRESULT (long). A value that fits neither 32-bit view is kept as "no code", never wrapped around.
class any_code {
public:
    template <class Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
    constexpr any_code(Integer value) noexcept  // NOLINT(google-explicit-constructor): converts by design
        : bits_(static_cast<std::uint32_t>(value)), valid_(fits_32_bits(value)) {}
    constexpr any_code(status code) noexcept  // NOLINT(google-explicit-constructor)
        : bits_(static_cast<std::uint32_t>(static_cast<std::int32_t>(code))), valid_(true) {}

    constexpr bool valid() const noexcept { return valid_; }
    constexpr std::uint32_t bits() const noexcept { return bits_; }

private:
    template <class Integer>
    static constexpr bool fits_32_bits(Integer value) noexcept {
        if constexpr (std::is_signed_v<Integer>)
            return static_cast<long long>(value) >= -0x80000000LL && static_cast<long long>(value) <= 0xFFFFFFFFLL;
        else
            return static_cast<unsigned long long>(value) <= 0xFFFFFFFFULL;
    }

    std::uint32_t bits_;
    bool valid_;
};

inline constexpr std::string_view unknown_message = "This value is not an SSPI status code.";

}  // namespace detail

// Every entry, in value order, an alias right after the name it aliases.
constexpr const auto& entries() noexcept { return detail::table; }

// The entry of a code, or nullptr; an aliased value finds the primary name.
constexpr const entry* find(detail::any_code code) noexcept {
    if (!code.valid()) return nullptr;
    const unsigned slot = detail::value_slots[detail::value_slot(code.bits(), detail::value_seed, detail::value_bits)];
    if (slot == 0) return nullptr;
    const entry& candidate = detail::table[slot - 1];
    return candidate.value == code.bits() ? &candidate : nullptr;
}

// The entry of a name such as "SEC_E_LOGON_DENIED", in any ASCII case, "SEC_" optional; or nullptr.
constexpr const entry* find_name(std::string_view name) noexcept {
    if (name.size() >= 4 && detail::equals_upper(std::string_view(name.data(), 4), "SEC_")) name.remove_prefix(4);
    if (name.size() < detail::shortest_name_key || name.size() + 4 > detail::longest_name) return nullptr;
    const unsigned slot = detail::name_slots[detail::name_slot(name, detail::name_seed, detail::name_bits)];
    if (slot == 0) return nullptr;
    const entry& candidate = detail::table[slot - 1];
    const std::string_view candidate_key(candidate.name.data() + 4, candidate.name.size() - 4);
    // The exact spelling, the usual case, is one memcmp; other cases are folded byte by byte.
    return name == candidate_key || detail::equals_upper(name, candidate_key) ? &candidate : nullptr;
}

namespace detail {

// A text of one of the six translated pages, out of the entries, in one string per language.
constexpr std::string_view translated_text(const entry& e, lang language) noexcept {
    const entry* own = find_name(e.name);
    if (own == nullptr) return {};
    const auto row = static_cast<std::size_t>(own - table.data());
    const auto column = static_cast<std::size_t>(language) - static_cast<std::size_t>(lang::es);
    const auto& offsets = translation_offsets[column];
    return translation_text[column].substr(offsets[row], offsets[row + 1] - offsets[row]);
}

// Whose texts an entry speaks with: an alias without text of its own uses its target's.
constexpr const entry& speaker(const entry& e) noexcept {
    if (e.alias_of.empty() || !e.message_en.empty() || !e.system_message.empty()) return e;
    const entry* target = find(e.value);
    return target != nullptr ? *target : e;
}

}  // namespace detail

// The page's text in that language, empty where the page does not list the code. Kept small, so that
// a call with a constant en or de inlines to a member read and links none of the translations.
constexpr std::string_view page_text(const entry& e, lang language) noexcept {
    if (language == lang::en) return e.message_en;
    if (language == lang::de) return e.message_de;
    return detail::translated_text(e, language);
}

namespace detail {

// What message() says when the page has no text in the language asked for.
constexpr std::string_view fallback_message(const entry& source) noexcept {
    if (!source.message_en.empty()) return source.message_en;
    return source.system_message.empty() ? source.name : source.system_message;
}

}  // namespace detail

// Never empty: the page's text in that language, else the English page's, else winerror.h's, else the name.
// An alias without text of its own speaks with its target's.
constexpr std::string_view message(const entry& e, lang language = lang::en) noexcept {
    const entry& source = detail::speaker(e);
    const std::string_view localized = page_text(source, language);
    return localized.empty() ? detail::fallback_message(source) : localized;
}

// For a code that is not an SSPI status, a fixed text that says so.
constexpr std::string_view message(detail::any_code code, lang language = lang::en) noexcept {
    const entry* e = find(code);
    return e != nullptr ? message(*e, language) : detail::unknown_message;
}

// The primary name of a code, or an empty string_view for a value that is not an SSPI status.
constexpr std::string_view name(detail::any_code code) noexcept {
    const entry* e = find(code);
    return e != nullptr ? e->name : std::string_view{};
}

// Severity as SUCCEEDED()/FAILED() see it: SEC_I_* and SEC_E_OK succeed; a value wider than 32 bits fails.
constexpr bool succeeded(detail::any_code code) noexcept { return code.valid() && (code.bits() & 0x80000000u) == 0; }
constexpr bool failed(detail::any_code code) noexcept { return !succeeded(code); }

// Whether the "SSPI Status Codes" pages list the code.
constexpr bool is_documented(const entry& e) noexcept { return !e.message_en.empty(); }
constexpr bool is_documented(detail::any_code code) noexcept {
    const entry* e = find(code);
    return e != nullptr && is_documented(*e);
}

// The BCP 47 tag of a language: "en", "de", "es", "fr", "it", "pt-BR", "ru", "zh-TW".
constexpr std::string_view lang_tag(lang language) noexcept {
    constexpr std::string_view tags[] = {"en", "de", "es", "fr", "it", "pt-BR", "ru", "zh-TW"};
    return tags[static_cast<std::size_t>(language)];
}

// A language tag as people write it ("fr", "fr-FR", "pt_BR", "zh-Hant-TW", "de_DE.UTF-8", any case),
// or std::nullopt when it is none of ours. Portuguese of any region reads the Brazilian page; Chinese
// must be Traditional (Hant, or TW, HK, MO without a script).
constexpr std::optional<lang> parse_lang(std::string_view tag) noexcept {
    tag = tag.substr(0, tag.find_first_of(".@"));  // POSIX locale: encoding and modifier
    std::string_view subtags[4];
    std::size_t count = 0;
    for (std::size_t start = 0; start <= tag.size();) {
        const std::size_t end = std::min(tag.find_first_of("-_", start), tag.size());
        const std::string_view subtag = tag.substr(start, end - start);
        if (count == 4 || subtag.empty() || subtag.size() > 8) return std::nullopt;
        for (const char c : subtag)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return std::nullopt;
        subtags[count++] = subtag;
        start = end + 1;
    }
    const auto is = [](std::string_view subtag, std::string_view upper) { return detail::equals_upper(subtag, upper); };
    constexpr std::pair<std::string_view, lang> primaries[] = {{"EN", lang::en}, {"DE", lang::de}, {"ES", lang::es},
                                                               {"FR", lang::fr}, {"IT", lang::it}, {"PT", lang::pt_br},
                                                               {"RU", lang::ru}};
    for (const auto& [primary, language] : primaries)
        if (is(subtags[0], primary)) return language;
    if (!is(subtags[0], "ZH")) return std::nullopt;
    bool traditional = false;
    for (std::size_t i = 1; i < count; ++i) {
        if (is(subtags[i], "HANS")) return std::nullopt;
        traditional = traditional || is(subtags[i], "HANT") || is(subtags[i], "TW") || is(subtags[i], "HK") || is(subtags[i], "MO");
    }
    return traditional ? std::optional<lang>(lang::zh_tw) : std::nullopt;
}

namespace detail {

// Hex digits of a value, "0x8009030C", without allocating.
constexpr std::array<char, 10> hex(std::uint32_t value) noexcept {
    std::array<char, 10> text{'0', 'x'};
    for (std::size_t i = 0; i < 8; ++i) text[9 - i] = "0123456789ABCDEF"[(value >> (4 * i)) & 0xFu];
    return text;
}

class category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "sspi"; }

    // What Windows says for the code (winerror.h), else the English page's text.
    std::string message(int value) const override {
        const entry* e = find(value);
        if (e == nullptr) {
            const auto digits = hex(static_cast<std::uint32_t>(value));
            return "unknown SSPI status " + std::string(digits.data(), digits.size());
        }
        return std::string(e->system_message.empty() ? detail::fallback_message(detail::speaker(*e)) : e->system_message);
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

// Constant-initialised (error_category's constructor is constexpr), one per program; only the
// registration of its virtual destructor runs at start-up.
inline const category_impl category_instance{};

}  // namespace detail

inline const std::error_category& category() noexcept { return detail::category_instance; }

inline std::error_code make_error_code(status code) noexcept { return {static_cast<int>(code), category()}; }

// Failure test for an error_code: in the sspi category only SEC_E_* codes fail (SEC_I_* codes are
// non-zero but succeed); in any other category every non-zero value fails. The template keeps
// a status argument from converting to std::error_code.
template <class ErrorCode, std::enable_if_t<std::is_same_v<ErrorCode, std::error_code>, int> = 0>
bool failed(const ErrorCode& ec) noexcept {
    return ec.category() == category() ? failed(ec.value()) : static_cast<bool>(ec);
}
template <class ErrorCode, std::enable_if_t<std::is_same_v<ErrorCode, std::error_code>, int> = 0>
bool succeeded(const ErrorCode& ec) noexcept {
    return !failed(ec);
}

}  // namespace sspi

namespace std {
template <>
struct is_error_code_enum<sspi::status> : true_type {};
}  // namespace std

#endif

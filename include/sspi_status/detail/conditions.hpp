// The conditions' members (data/conditions.csv), their category, and how an error_code is matched to
// them. Included by <sspi_status/conditions.hpp> after sspi::condition_member is defined.
#ifndef SSPI_STATUS_DETAIL_CONDITIONS_HPP
#define SSPI_STATUS_DETAIL_CONDITIONS_HPP

#include <sspi_status/detail/identity.hpp>

#include <array>
#include <string>
#include <string_view>
#include <system_error>

#include <sspi_status/detail/conditions.ipp>

namespace sspi {
namespace detail {

constexpr std::string_view condition_name(condition c) noexcept {
    const auto index = static_cast<std::size_t>(c) - 1;  // 0, no condition, wraps to past the end
    return index < condition_names.size() ? condition_names[index] : no_text;
}

// The member of a category's value; a short table, read in order.
constexpr const condition_member* condition_of(std::string_view category, std::uint32_t value) noexcept {
    for (const condition_member& m : condition_table)
        if (m.value == value && m.category == category) return &m;
    return nullptr;
}

// Which of the four categories c is, of any module (on Windows, system_category is win32's); empty for any other.
inline std::string_view family_category_name(const std::error_category& c) noexcept {
#ifdef _WIN32
    if (c == std::system_category()) return "win32";  // GetLastError()'s codes, as Windows' std::error_code holds them
#endif
    for (const std::string_view name : {"sspi", "ntstatus", "win32", "kerberos"})
        if (is_category_named(c, name)) return name;
    return {};
}

// The member of an error_code of the four categories, or nullptr.
inline const condition_member* condition_of_code(const std::error_code& code) noexcept {
    const std::string_view family = family_category_name(code.category());
    return family.empty() ? nullptr : condition_of(family, static_cast<std::uint32_t>(code.value()));
}

class condition_category_impl final : public marked_category {
public:
    const char* name() const noexcept override { return "sspi_condition"; }

    // The condition's name in words: "clock skew".
    std::string message(int value) const override {
        std::string text(condition_name(static_cast<condition>(value)));
        for (char& c : text)
            if (c == '_') c = ' ';
        return text.empty() ? "not an sspi condition" : text;
    }

    using marked_category::equivalent;  // the marker's overload stays visible
    bool equivalent(const std::error_code& code, int value) const noexcept override {
        const condition_member* m = condition_of_code(code);
        return m != nullptr && static_cast<int>(m->condition) == value;
    }
};

inline const std::error_category& condition_category() noexcept {
    static const condition_category_impl instance;
    return instance;
}

}  // namespace detail
}  // namespace sspi

#endif

// How a category of this library is known for one in any module: by its name and a marker.
#ifndef SSPI_STATUS_DETAIL_IDENTITY_HPP
#define SSPI_STATUS_DETAIL_IDENTITY_HPP

#include <string>
#include <string_view>
#include <system_error>

namespace sspi {
namespace detail {

// Each DLL or shared object that includes the header has a category object of its own, so an address
// cannot tell ours from another's; a condition in this marker category, which every category of the
// library recognises by the marker's name, can (Boost.System gives its categories an id for the same reason).
inline constexpr std::string_view identity_marker_name = "sspi_status identity marker";

class identity_marker final : public std::error_category {
public:
    const char* name() const noexcept override { return identity_marker_name.data(); }
    std::string message(int) const override { return "identifies the categories of sspi_status across modules"; }
};

inline const std::error_category& identity_marker_category() noexcept {
    static const identity_marker instance;
    return instance;
}

// The base of the library's categories: each answers the marker.
class marked_category : public std::error_category {
public:
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        return condition.category().name() == identity_marker_name || std::error_category::equivalent(value, condition);
    }
};

// Whether c is the library's category of this name ("sspi", "ntstatus", "win32", "kerberos"), of any module.
inline bool is_category_named(const std::error_category& c, std::string_view name) noexcept {
    return c.name() == name && c.equivalent(0, std::error_condition(0, identity_marker_category()));
}

}  // namespace detail
}  // namespace sspi

#endif

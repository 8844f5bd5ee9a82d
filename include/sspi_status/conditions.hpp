// Portable conditions: the failures programs handle (a wrong password, a skewed clock, a revoked
// certificate), each matching the codes of every family that mean it, so that
// ec == sspi::condition::clock_skew holds for SEC_E_TIME_SKEW, STATUS_TIME_DIFFERENCE_AT_DC,
// ERROR_TIME_SKEW and KRB_AP_ERR_SKEW alike. Membership, and why, is data/conditions.csv.
#ifndef SSPI_STATUS_CONDITIONS_HPP
#define SSPI_STATUS_CONDITIONS_HPP

#include <sspi_status/sspi_status.hpp>  // sspi::condition (enums.hpp)

#include <cstdint>
#include <string_view>
#include <system_error>

namespace sspi {

// ---- Types ----

// One code a condition holds: the category of its family ("sspi", "ntstatus", "win32" or "kerberos"),
// its value there (a Kerberos error's protocol number) and its name ("KRB_AP_ERR_SKEW").
struct condition_member {
    sspi::condition condition;
    std::string_view category;
    std::uint32_t value;
    std::string_view name;
};

}  // namespace sspi

#include <sspi_status/detail/conditions.hpp>

namespace sspi {

// ---- Lookup ----

// Every member, condition by condition, in the order of data/conditions.csv.
constexpr const auto& condition_members() noexcept { return detail::condition_table; }

// The name of a condition: "clock_skew"; empty for a value outside sspi::condition.
constexpr std::string_view condition_name(condition c) noexcept { return detail::condition_name(c); }

// The member of a value of a family's category ("ntstatus", 0xC0000133), or nullptr where it is in no condition.
constexpr const condition_member* condition_of(std::string_view category, std::uint32_t value) noexcept {
    return detail::condition_of(category, value);
}

// The member of an error_code of the four categories (of any module), or nullptr.
inline const condition_member* condition_of(const std::error_code& ec) noexcept { return detail::condition_of_code(ec); }

// ---- std::error_condition ----

// The category named "sspi_condition"; its message(c) is the condition's name in words ("clock skew").
inline const std::error_category& condition_category() noexcept { return detail::condition_category(); }

// A condition as a std::error_condition (found by ADL: ec == sspi::condition::clock_skew).
inline std::error_condition make_error_condition(condition c) noexcept { return {static_cast<int>(c), condition_category()}; }

}  // namespace sspi

#endif

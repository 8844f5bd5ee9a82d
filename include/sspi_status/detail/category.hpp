// The sspi error category, and how one of another module is known.
#ifndef SSPI_STATUS_DETAIL_CATEGORY_HPP
#define SSPI_STATUS_DETAIL_CATEGORY_HPP

#include <sspi_status/detail/identity.hpp>
#include <sspi_status/detail/messages.hpp>

#include <string>
#include <system_error>

namespace sspi {
namespace detail {

class category_impl final : public marked_category {
public:
    const char* name() const noexcept override { return "sspi"; }

    // sspi::message(value, lang::en), so that the two never disagree.
    std::string message(int value) const override { return std::string(message_of_code(bits_of(value), columns_of(lang::en))); }

    // Only where the meaning is the same as a portable condition's (docs/api.md, "std::error_code").
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

// One per module, constant-initialised (error_category's constructor is constexpr). A static of the
// function rather than of the namespace, so that nothing runs at start-up: the registration of its
// virtual destructor waits for the first call, and a program that never calls links none of it.
inline const std::error_category& category() noexcept {
    static const category_impl instance;
    return instance;
}

// Whether a category is the sspi category of this module or of any other.
inline bool is_sspi_category(const std::error_category& c) noexcept { return c == category() || is_category_named(c, "sspi"); }

}  // namespace detail
}  // namespace sspi

#endif

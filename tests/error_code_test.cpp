// std::error_code interop: the category, messages, std::errc conditions and the failure test.
#include <sspi_status/sspi_status.hpp>

#include <catch2/catch.hpp>

#include <cstring>
#include <system_error>

using sspi::status;

TEST_CASE("a status converts to an error_code in the one sspi category") {
    const std::error_code ec = status::sec_e_logon_denied;
    CHECK(&ec.category() == &sspi::category());
    CHECK(std::strcmp(ec.category().name(), "sspi") == 0);
    CHECK(ec.value() == -2146893044);
    CHECK(ec == sspi::make_error_code(status::sec_e_logon_denied));
    CHECK(ec == status::sec_e_logon_denied);
    CHECK(ec != status::sec_e_time_skew);
    CHECK(ec != std::error_code(-2146893044, std::generic_category()));
    CHECK_FALSE(std::error_code(status::sec_e_ok));
}

TEST_CASE("ec.message() is message(code, lang::en) for every code") {
    for (const auto& e : sspi::entries()) {
        INFO(e.name);
        CHECK(sspi::make_error_code(e.code).message() == sspi::message(e.code, sspi::lang::en));
    }
}

TEST_CASE("ec.message() is what Windows says for the code") {
    CHECK(std::error_code(status::sec_e_logon_denied).message() == "The logon attempt failed");
    CHECK(std::error_code(status::sec_e_ok).message() == "The operation completed successfully.");
    CHECK(std::error_code(status::sec_i_continue_needed).message() ==
          "The function completed successfully, but must be called again to complete the context");
    // SEC_E_NO_SPM has no text of its own; the value is SEC_E_INTERNAL_ERROR's.
    CHECK(std::error_code(status::sec_e_no_spm).message() == "The Local Security Authority cannot be contacted");
}

TEST_CASE("ec.message() of an unknown value is the one text message() gives for it") {
    // Once "unknown SSPI status 0x12345678", a second text for the same thing.
    for (const int value : {0x12345678, static_cast<int>(0x80090399u), -1}) {
        CHECK(std::error_code(value, sspi::category()).message() == "This value is not an SSPI status code.");
        CHECK(std::error_code(value, sspi::category()).message() == sspi::message(value));
    }
}

TEST_CASE("only codes whose meaning is the same compare equal to std::errc conditions") {
    CHECK(std::error_code(status::sec_e_insufficient_memory) == std::errc::not_enough_memory);
    CHECK(std::error_code(status::sec_e_unsupported_function) == std::errc::function_not_supported);
    CHECK(std::error_code(status::sec_e_not_supported) == std::errc::function_not_supported);
    CHECK(std::error_code(status::sec_e_invalid_parameter) == std::errc::invalid_argument);
    CHECK(std::error_code(status::sec_e_buffer_too_small) == std::errc::no_buffer_space);
    CHECK(std::error_code(status::sec_e_ext_buffer_too_small) == std::errc::no_buffer_space);

    CHECK(std::error_code(status::sec_e_insufficient_memory) != std::errc::invalid_argument);
    CHECK(std::error_code(status::sec_e_logon_denied) != std::errc::permission_denied);
    CHECK(std::error_code(status::sec_e_time_skew) != std::errc::timed_out);
    CHECK(std::error_code(status::sec_e_invalid_handle) != std::errc::bad_file_descriptor);
    CHECK(std::error_code(status::sec_e_insufficient_buffers) != std::errc::no_buffer_space);

    const std::error_condition unmapped = std::error_code(status::sec_e_logon_denied).default_error_condition();
    CHECK(&unmapped.category() == &sspi::category());
    CHECK(unmapped.value() == -2146893044);
}

TEST_CASE("sspi::failed tells SEC_I_ successes from failures, which operator bool cannot") {
    const std::error_code continue_needed = status::sec_i_continue_needed;
    CHECK(static_cast<bool>(continue_needed));
    CHECK_FALSE(sspi::failed(continue_needed));
    CHECK(sspi::succeeded(continue_needed));
    CHECK(sspi::failed(std::error_code(status::sec_e_logon_denied)));
    CHECK_FALSE(sspi::failed(std::error_code()));
    CHECK_FALSE(sspi::failed(std::error_code(status::sec_e_ok)));
    // Other categories: every non-zero value is a failure.
    CHECK(sspi::failed(std::make_error_code(std::errc::invalid_argument)));
    CHECK(sspi::failed(std::error_code(0x00090312, std::system_category())));
}

TEST_CASE("sspi::failed recognises the sspi category of another module by more than its address") {
    // What another DLL that includes the header has: a category object of its own.
    static const sspi::detail::category_impl other_module{};
    REQUIRE(&other_module != &sspi::category());
    CHECK_FALSE(sspi::failed(std::error_code(static_cast<int>(status::sec_i_continue_needed), other_module)));
    CHECK(sspi::succeeded(std::error_code(static_cast<int>(status::sec_i_continue_needed), other_module)));
    CHECK(sspi::failed(std::error_code(static_cast<int>(status::sec_e_logon_denied), other_module)));

    // A category of someone else's, even one called "sspi", is not ours: every non-zero value fails.
    struct impostor final : std::error_category {
        const char* name() const noexcept override { return "sspi"; }
        std::string message(int) const override { return "impostor"; }
    };
    static const impostor other{};
    CHECK(sspi::failed(std::error_code(static_cast<int>(status::sec_i_continue_needed), other)));
}

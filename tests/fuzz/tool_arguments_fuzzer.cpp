// Fuzz target: sspi-status's command line (arguments split at NUL bytes) and its reading of codes.
#include "../../tools/sspi-status/code_argument.hpp"
#include "../../tools/sspi-status/options.hpp"
#include "../../tools/sspi-status/text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0)
            args.emplace_back();
        else
            args.back() += static_cast<char>(data[i]);
    }
    for (const auto& arg : args) {
        const auto code = tool::read_code(arg);
        if (code.what == tool::code_argument::kind::known && (code.entry == nullptr || !code.problem.empty())) std::abort();
        if (code.what == tool::code_argument::kind::not_a_code && code.problem.empty()) std::abort();
        if (tool::json_string(arg).size() < 2) std::abort();
    }
    try {
        tool::parse_options(args, sspi::lang::de);
    } catch (const tool::usage_error& error) {
        if (error.message.empty()) std::abort();
    }
    return 0;
}

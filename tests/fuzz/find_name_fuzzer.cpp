// Fuzz target: sspi::find_name and sspi::find on arbitrary bytes, against a plain reference.
#include <sspi_status/sspi_status.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

// What find_name promises, as a linear scan: the name in any ASCII case; a SEC_ name also without
// its prefix.
const sspi::entry* reference_find_name(std::string_view text) {
    for (const auto& e : sspi::entries()) {
        if (sspi::detail::equals_ignoring_case(text, e.name)) return &e;
        if (e.family == sspi::family::sec && sspi::detail::equals_ignoring_case(text, e.name.substr(4))) return &e;
    }
    return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (sspi::find_name(text) != reference_find_name(text)) std::abort();
    // The same text behind "SEC_" (in some case), so that prefixed spellings are fuzzed as often.
    const std::string prefixed = (size % 2 == 0 ? "SEC_" : "sec_") + std::string(text);
    if (sspi::find_name(prefixed) != reference_find_name(prefixed)) std::abort();
    if (size >= 4) {
        std::uint32_t value = 0;
        std::memcpy(&value, data, 4);
        const sspi::entry* e = sspi::find(value);
        if (e != nullptr && e->value != value) std::abort();
        if (sspi::message(value).empty()) std::abort();
    }
    return 0;
}

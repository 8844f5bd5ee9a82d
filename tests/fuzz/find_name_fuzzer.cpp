// Fuzz target: sspi::find_name and sspi::find on arbitrary bytes.
#include <sspi_status/sspi_status.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const sspi::entry* e = sspi::find_name(text)) {
        // A hit is the name itself, in some case, with or without SEC_.
        const std::string_view key = e->name.substr(e->name.size() - std::min(e->name.size(), text.size()));
        if (!sspi::detail::equals_upper(text, key) && !sspi::detail::equals_upper(text, e->name)) std::abort();
        if (sspi::find(e->value) == nullptr || sspi::message(*e).empty()) std::abort();
    }
    if (size >= 4) {
        std::uint32_t value = 0;
        std::memcpy(&value, data, 4);
        const sspi::entry* e = sspi::find(value);
        if (e != nullptr && e->value != value) std::abort();
        if (sspi::message(value).empty()) std::abort();
    }
    return 0;
}

// A TLS alert number as a user or a CSV writes it: one to three digits, 0 to 255.
#ifndef SSPI_STATUS_TOOLS_ALERT_NUMBER_HPP
#define SSPI_STATUS_TOOLS_ALERT_NUMBER_HPP

#include <optional>
#include <string_view>

namespace alert_number {

inline std::optional<int> parse(std::string_view text) {
    if (text.empty() || text.size() > 3) return std::nullopt;
    int number = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        number = number * 10 + (c - '0');
    }
    return number <= 255 ? std::optional<int>(number) : std::nullopt;
}

}  // namespace alert_number

#endif

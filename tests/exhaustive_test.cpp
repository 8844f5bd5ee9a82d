// All 2^32 values: find agrees with a reference built from entries() (the sorted distinct values,
// walked in step with the loop), a hit has exactly the value asked for, and no message is empty.
#include <sspi_status/sspi_status.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

struct range_result {
    std::uint64_t hits = 0;
    std::uint64_t failures = 0;
};

// Checks [first, last] (inclusive) against the sorted values; values past the range are never reached.
range_result check_range(std::uint32_t first, std::uint32_t last, const std::vector<std::uint32_t>& values) {
    range_result result;
    auto next = std::lower_bound(values.begin(), values.end(), first);
    for (std::uint64_t v = first; v <= last; ++v) {
        const auto value = static_cast<std::uint32_t>(v);
        const bool expected = next != values.end() && *next == value;
        if (expected) ++next;
        const sspi::entry* e = sspi::find(value);
        const bool ok = (e != nullptr) == expected && (e == nullptr || (e->value == value && e->alias_of.empty())) &&
                        !sspi::message(value).empty();
        if (!ok && result.failures++ < 10) std::printf("FAILED at 0x%08X\n", static_cast<unsigned>(value));
        result.hits += e != nullptr ? 1 : 0;
    }
    return result;
}

}  // namespace

int main() {
    std::vector<std::uint32_t> values;
    for (const auto& e : sspi::entries()) values.push_back(e.value);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());

    const unsigned threads = std::max(2u, std::thread::hardware_concurrency());
    std::vector<range_result> results(threads);
    std::vector<std::thread> workers;
    const std::uint64_t span = (std::uint64_t{1} << 32) / threads;
    for (unsigned t = 0; t < threads; ++t) {
        const auto first = static_cast<std::uint32_t>(t * span);
        const auto last = static_cast<std::uint32_t>(t + 1 == threads ? 0xFFFFFFFFull : (t + 1) * span - 1);
        workers.emplace_back([&, t, first, last] { results[t] = check_range(first, last, values); });
    }
    range_result total;
    for (unsigned t = 0; t < threads; ++t) {
        workers[t].join();
        total.hits += results[t].hits;
        total.failures += results[t].failures;
    }
    std::printf("%llu values checked, %llu found (%zu distinct values in the table), %llu failures\n",
                static_cast<unsigned long long>(std::uint64_t{1} << 32), static_cast<unsigned long long>(total.hits),
                values.size(), static_cast<unsigned long long>(total.failures));
    return total.failures == 0 && total.hits == values.size() ? 0 : 1;
}

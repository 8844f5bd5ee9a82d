// Many threads at once use the category, message() and the lookups; built with -fsanitize=thread.
#include <sspi_status/sspi_status.hpp>

#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&wrong, t] {
            for (int round = 0; round < 2000; ++round) {
                for (const auto& e : sspi::entries()) {
                    const std::error_code ec = e.code;
                    const bool ok = &ec.category() == &sspi::category() && !ec.message().empty() &&
                                    sspi::find(e.value) != nullptr && sspi::find_name(e.name) == &e &&
                                    !sspi::message(e, (round + t) % 2 == 0 ? sspi::lang::en : sspi::lang::de).empty() &&
                                    (e.value == 0 || ec.default_error_condition().value() != 0);
                    if (!ok) wrong.fetch_add(1);
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    std::printf("%d wrong answers\n", wrong.load());
    return wrong.load() == 0 ? 0 : 1;
}

#include "perfect_hash.hpp"

#include "csv.hpp"
#include "literals.hpp"

#include <map>

namespace generator {

slot_table perfect_slots(const std::vector<std::size_t>& keyed_rows, const std::function<std::string(std::size_t row)>& name_of,
                         const std::function<std::size_t(std::size_t row)>& line_of,
                         const std::function<std::uint64_t(std::size_t row)>& mix_of,
                         const std::function<std::uint32_t(std::uint64_t mix, std::uint64_t seed, unsigned bits)>& slot_of) {
    std::map<std::uint64_t, std::size_t> unseeded;
    std::vector<std::uint64_t> mixes;
    for (const std::size_t row : keyed_rows) {
        const auto [other, added] = unseeded.emplace(mix_of(row), row);
        if (!added)
            throw input_error(line_of(row), name_of(row) + " hashes like " + name_of(other->second) + " (line " +
                                                std::to_string(line_of(other->second)) +
                                                ") under every seed; the hash in detail/hash.hpp must read more of it");
        mixes.push_back(other->first);
    }
    for (unsigned bits = 8; bits <= 16; ++bits) {
        if ((std::size_t{1} << bits) < 4 * keyed_rows.size()) continue;
        std::vector<std::size_t> slots(std::size_t{1} << bits, 0);
        std::vector<std::uint32_t> taken;  // the slots an attempt filled, emptied again when it fails
        for (std::uint64_t attempt = 1; attempt < (1u << 16); ++attempt) {
            const std::uint64_t seed = (attempt * 0x9E3779B97F4A7C15u) | 1u;  // odd, with bits spread over the word
            bool collision = false;
            taken.clear();
            for (std::size_t i = 0; i < keyed_rows.size() && !collision; ++i) {
                const std::uint32_t slot = slot_of(mixes[i], seed, bits);
                collision = slots[slot] != 0;
                if (!collision) {
                    slots[slot] = keyed_rows[i] + 1;
                    taken.push_back(slot);
                }
            }
            if (!collision) return {seed, bits, std::move(slots)};
            for (const std::uint32_t slot : taken) slots[slot] = 0;
        }
    }
    throw input_error(line_of(keyed_rows.front()), "no perfect hash found for the table");
}

std::string slot_literal(const std::string& prefix, const std::string& seed_type, const slot_table& table, std::size_t width) {
    const std::uint64_t seed = seed_type == "std::uint32_t" ? table.seed & 0xFFFFFFFFu : table.seed;  // as value_slot reads it
    return "inline constexpr " + seed_type + " " + prefix + "_seed = " + std::to_string(seed) + "u;\n" +
           "inline constexpr unsigned " + prefix + "_bits = " + std::to_string(table.bits) + ";\n" +
           byte_table(prefix + "_slots", table.slots, width);
}

}  // namespace generator

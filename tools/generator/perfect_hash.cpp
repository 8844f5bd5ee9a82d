#include "perfect_hash.hpp"

#include "csv.hpp"
#include "literals.hpp"

#include <algorithm>
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

bucket_table bounded_buckets(const std::vector<std::size_t>& keyed_rows,
                             const std::function<std::uint64_t(std::size_t row)>& mix_of,
                             const std::function<std::uint32_t(std::uint64_t mix, std::uint64_t seed, unsigned bits)>& slot_of) {
    constexpr std::uint64_t tries = 4096;
    constexpr std::size_t good_enough = 3;
    unsigned bits = 1;
    while ((std::size_t{1} << bits) < 2 * keyed_rows.size()) ++bits;
    std::vector<std::uint64_t> mixes;
    for (const std::size_t row : keyed_rows) mixes.push_back(mix_of(row));
    std::uint64_t best_seed = 0;
    std::size_t best_largest = keyed_rows.size() + 1;
    std::vector<std::size_t> counts(std::size_t{1} << bits);
    for (std::uint64_t attempt = 1; attempt <= tries && best_largest > good_enough; ++attempt) {
        const std::uint64_t seed = (attempt * 0x9E3779B97F4A7C15u) | 1u;
        std::fill(counts.begin(), counts.end(), 0);
        std::size_t largest = 0;
        for (const std::uint64_t mix : mixes) largest = std::max(largest, ++counts[slot_of(mix, seed, bits)]);
        if (largest < best_largest) best_seed = seed, best_largest = largest;
    }
    bucket_table table{best_seed, bits, std::vector<std::size_t>((std::size_t{1} << bits) + 1, 0), {}, best_largest};
    for (const std::uint64_t mix : mixes) ++table.starts[slot_of(mix, best_seed, bits) + 1];
    for (std::size_t b = 1; b < table.starts.size(); ++b) table.starts[b] += table.starts[b - 1];
    table.rows.resize(keyed_rows.size());
    std::vector<std::size_t> filled(table.starts.begin(), table.starts.end() - 1);
    for (std::size_t i = 0; i < keyed_rows.size(); ++i) table.rows[filled[slot_of(mixes[i], best_seed, bits)]++] = keyed_rows[i];
    return table;
}

std::string bucket_literal(const std::string& prefix, const bucket_table& table) {
    return "inline constexpr std::uint64_t " + prefix + "_seed = " + std::to_string(table.seed) + "u;\n" +
           "inline constexpr unsigned " + prefix + "_bits = " + std::to_string(table.bits) + ";\n" +
           byte_table(prefix + "_starts", table.starts, 2) + byte_table(prefix + "_rows", table.rows, 2) +
           "inline constexpr std::size_t " + prefix + "_largest = " + std::to_string(table.largest) +
           ";  // keys in the fullest bucket\n";
}

std::string slot_literal(const std::string& prefix, const std::string& seed_type, const slot_table& table, std::size_t width) {
    const std::uint64_t seed = seed_type == "std::uint32_t" ? table.seed & 0xFFFFFFFFu : table.seed;  // as value_slot reads it
    return "inline constexpr " + seed_type + " " + prefix + "_seed = " + std::to_string(seed) + "u;\n" +
           "inline constexpr unsigned " + prefix + "_bits = " + std::to_string(table.bits) + ";\n" +
           byte_table(prefix + "_slots", table.slots, width);
}

}  // namespace generator

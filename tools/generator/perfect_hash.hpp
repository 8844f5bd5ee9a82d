// The seeds of the library's perfect hashes (detail/hash.hpp), searched here so that a lookup is one
// hash, one table read and one compare, with no search at compile time.
#ifndef SSPI_STATUS_GENERATOR_PERFECT_HASH_HPP
#define SSPI_STATUS_GENERATOR_PERFECT_HASH_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace generator {

struct slot_table {
    std::uint64_t seed;
    unsigned bits;
    std::vector<std::size_t> slots;  // 1 + row index, 0 for an empty slot
};

// Searches, smallest table first, for a seed under which every key has a slot of its own. Keys that
// mix alike share a slot under every seed: they are reported at once (input_error) instead of searched
// for. name_of(row) and line_of(row) say which row is meant in an error.
slot_table perfect_slots(const std::vector<std::size_t>& keyed_rows, const std::function<std::string(std::size_t row)>& name_of,
                         const std::function<std::size_t(std::size_t row)>& line_of,
                         const std::function<std::uint64_t(std::size_t row)>& mix_of,
                         const std::function<std::uint32_t(std::uint64_t mix, std::uint64_t seed, unsigned bits)>& slot_of);

// Buckets for many keys, where no perfect hash of one seed exists: 2^bits buckets for at least twice
// as many slots as keys, the seed (of the tries) whose fullest bucket holds the fewest keys. The rows
// of bucket b are rows[starts[b]] up to rows[starts[b + 1]].
struct bucket_table {
    std::uint64_t seed;
    unsigned bits;
    std::vector<std::size_t> starts, rows;
    std::size_t largest;  // keys in the fullest bucket
};
bucket_table bounded_buckets(const std::vector<std::size_t>& keyed_rows,
                             const std::function<std::uint64_t(std::size_t row)>& mix_of,
                             const std::function<std::uint32_t(std::uint64_t mix, std::uint64_t seed, unsigned bits)>& slot_of);

// PREFIX_seed, PREFIX_bits, PREFIX_starts, PREFIX_rows and PREFIX_largest as C++ definitions.
std::string bucket_literal(const std::string& prefix, const bucket_table& table);

// PREFIX_seed, PREFIX_bits and PREFIX_slots (slots of `width` bytes) as C++ definitions.
std::string slot_literal(const std::string& prefix, const std::string& seed_type, const slot_table& table, std::size_t width);

}  // namespace generator

#endif

// sspi::find, sspi::find_name, sspi::call_text and sspi::from_tls_alert against what a user would write
// instead: std::unordered_map built once, a switch, a linear scan, and gperf tables of the same names
// made in the build (case-sensitive and --ignore-case). Same inputs for all, nine in ten of the mix
// hits; a miss is one bit or one letter away from a code. Prints ns per lookup and ratios to the baselines measured in the same run.
//   sspi_status_lookup_benchmark              the table
//   sspi_status_lookup_benchmark CASE ROUNDS  only run_case(CASE) ROUNDS times, for callgrind
#include "baseline_switch.hpp"
#include "exact_names.hpp"
#include "folded_names.hpp"
#include "medians.hpp"

#include <sspi_status/calls.hpp>
#include <sspi_status/ntstatus.hpp>
#include <sspi_status/win32.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr std::size_t batch = 4096;  // lookups per timed round

// Keeps a result alive without a call: the compiler cannot drop the lookup.
template <class T>
inline void keep(T value) {
    asm volatile("" : : "r"(value) : "memory");
}

struct inputs {
    std::vector<std::uint32_t> value_hits, value_misses;
    std::vector<std::string> exact, mix, lower;  // names
    struct call_key {
        sspi::call call;
        sspi::package package;
        std::uint32_t code;
    };
    std::vector<call_key> calls;  // nine in ten on the page asked for, the others on the general page or on none
    std::vector<int> alerts;      // 0 to 255, listed or not
    // The NTSTATUS and Win32 families: values of their entries (one in ten one bit off), names as
    // [MS-ERREF] spells them (one in ten one letter off).
    std::vector<std::uint32_t> nt_values, win32_values;
    std::vector<std::string> nt_names, win32_names;
};

// Nine in ten of a family's entries as they are, one in ten one bit or one letter off.
template <class Entries>
void family_inputs(std::mt19937& random, const Entries& entries, std::vector<std::uint32_t>& values,
                   std::vector<std::string>& names) {
    for (std::size_t i = 0; i < batch; ++i) {
        const auto& e = entries[random() % entries.size()];
        const bool miss = random() % 10 == 0;
        values.push_back(miss ? e.value ^ 0x00000400u : e.value);
        std::string name(e.name());
        if (miss) name[random() % name.size()] ^= 0x01;
        names.push_back(name);
    }
}

inputs make_inputs() {
    std::mt19937 random(20261127);
    const auto& table = sspi::entries();
    inputs in;
    for (std::size_t i = 0; i < batch; ++i) {
        const auto& hit = table[random() % table.size()];
        const auto& other = table[random() % table.size()];
        in.value_hits.push_back(hit.value);
        in.value_misses.push_back(other.value ^ 0x00000400u);
        in.exact.emplace_back(hit.name);
        std::string wrong(other.name);
        wrong[random() % wrong.size()] ^= 0x01;  // one letter off, anywhere
        in.mix.push_back(random() % 10 != 0 ? std::string(hit.name) : wrong);
        // As people type them: lower case, SEC_ names without their prefix.
        std::string lower(hit.family == sspi::family::sec ? hit.name.substr(4) : hit.name);
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        in.lower.push_back(lower);
    }
    std::vector<inputs::call_key> rows;
    for (const auto c : sspi::calls())
        for (const auto p : sspi::packages())
            for (const auto& row : sspi::return_values(c, p))
                if (row.code) rows.push_back({c, p, static_cast<std::uint32_t>(*row.code)});
    for (std::size_t i = 0; i < batch; ++i) {
        auto key = rows[random() % rows.size()];
        if (random() % 10 == 0) key.package = sspi::packages()[random() % sspi::packages().size()];
        if (random() % 20 == 0) key.code = table[random() % table.size()].value;
        in.calls.push_back(key);
        in.alerts.push_back(static_cast<int>(random() % 256));
    }
    family_inputs(random, sspi::nt::entries(), in.nt_values, in.nt_names);
    family_inputs(random, sspi::win32::entries(), in.win32_values, in.win32_names);
    return in;
}

const sspi::entry* linear_find(std::uint32_t value) {
    for (const auto& e : sspi::entries())
        if (e.value == value) return &e;
    return nullptr;
}

const std::unordered_map<std::uint32_t, const sspi::entry*> value_map = [] {
    std::unordered_map<std::uint32_t, const sspi::entry*> m;
    for (const auto& e : sspi::entries()) m.emplace(e.value, &e);  // the first, the primary, stays
    return m;
}();

const std::unordered_map<std::string_view, const sspi::entry*> name_map = [] {
    std::unordered_map<std::string_view, const sspi::entry*> m;
    for (const auto& e : sspi::entries()) m.emplace(e.name, &e);
    return m;
}();

const sspi::entry* map_find(std::uint32_t value) {
    const auto it = value_map.find(value);
    return it == value_map.end() ? nullptr : it->second;
}

const sspi::entry* map_find_name(std::string_view name) {
    const auto it = name_map.find(name);
    return it == name_map.end() ? nullptr : it->second;
}

// What a user would build for a family: maps by value (the first entry of a value) and by name.
template <class Entries>
auto family_value_map(const Entries& entries) {
    std::unordered_map<std::uint32_t, decltype(&entries[0])> m;
    for (const auto& e : entries) m.emplace(e.value, &e);
    return m;
}
template <class Entries>
auto family_name_map(const Entries& entries) {
    std::unordered_map<std::string_view, decltype(&entries[0])> m;
    for (const auto& e : entries) m.emplace(e.name(), &e);
    return m;
}
const auto nt_value_map = family_value_map(sspi::nt::entries());
const auto nt_name_map = family_name_map(sspi::nt::entries());
const auto win32_value_map = family_value_map(sspi::win32::entries());
const auto win32_name_map = family_name_map(sspi::win32::entries());

template <class Map, class Key>
auto map_lookup(const Map& map, const Key& key) -> decltype(map.begin()->second) {
    const auto it = map.find(key);
    return it == map.end() ? nullptr : it->second;
}

// The obvious map of the per-call texts, keyed by (call, package, code), with call_text's fallback to
// the general page written out.
struct call_key_hash {
    std::size_t operator()(const inputs::call_key& k) const noexcept {
        return std::hash<std::uint64_t>{}(std::uint64_t{k.code} << 16 | std::uint64_t(k.call) << 8 | std::uint64_t(k.package));
    }
};
struct call_key_equal {
    bool operator()(const inputs::call_key& a, const inputs::call_key& b) const noexcept {
        return a.code == b.code && a.call == b.call && a.package == b.package;
    }
};
const std::unordered_map<inputs::call_key, std::string_view, call_key_hash, call_key_equal> call_map = [] {
    std::unordered_map<inputs::call_key, std::string_view, call_key_hash, call_key_equal> m;
    for (const auto c : sspi::calls())
        for (const auto p : sspi::packages())
            for (const auto& row : sspi::return_values(c, p))
                if (row.code)
                    m.emplace(inputs::call_key{c, p, static_cast<std::uint32_t>(*row.code)}, sspi::call_text(*row.code, c, p));
    return m;
}();

std::string_view map_call_text(const inputs::call_key& key) {
    auto it = call_map.find(key);
    if (it == call_map.end() && key.package != sspi::package::general)
        it = call_map.find({key.call, sspi::package::general, key.code});
    return it == call_map.end() ? std::string_view{} : it->second;
}

const std::unordered_map<int, const sspi::entry*> alert_map = [] {
    std::unordered_map<int, const sspi::entry*> m;
    for (const auto& e : sspi::entries())
        for (const auto& alert : sspi::tls_alerts(e)) m.emplace(alert.number, &e);
    return m;
}();

const sspi::entry* map_from_tls_alert(int alert) {
    if (alert < 0 || alert > 255) return nullptr;
    const auto it = alert_map.find(alert);
    return it != alert_map.end() ? it->second : sspi::find(sspi::status::sec_e_illegal_message);  // the Default row
}
// What a user writes for any spelling with a case-sensitive table: upper-case the text into a buffer
// behind a "SEC_" and look up with the prefix unless the text has one.
template <class Find>
const sspi::entry* find_any_spelling(std::string_view name, Find find_exact) {
    std::array<char, 48> buffer{'S', 'E', 'C', '_'};
    if (name.size() > buffer.size() - 4) return nullptr;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        buffer[4 + i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    const std::string_view upper(buffer.data() + 4, name.size());
    if (const sspi::entry* e = find_exact(upper)) return e;
    return find_exact(std::string_view(buffer.data(), name.size() + 4));
}

const sspi::entry* of_gperf(const gperf_name* found) {
    return found == nullptr ? nullptr : &sspi::entries()[static_cast<std::size_t>(found->row)];
}
const sspi::entry* gperf_exact(std::string_view name) { return of_gperf(exact_names::find(name.data(), name.size())); }
const sspi::entry* gperf_folded(std::string_view name) {
    // gperf --ignore-case: the prefix is the only thing to add.
    if (const gperf_name* found = folded_names::find(name.data(), name.size())) return of_gperf(found);
    std::array<char, 48> buffer{'S', 'E', 'C', '_'};
    if (name.size() > buffer.size() - 4) return nullptr;
    std::memcpy(buffer.data() + 4, name.data(), name.size());
    return of_gperf(folded_names::find(buffer.data(), name.size() + 4));
}

struct subject {
    const char* name;
    std::function<void()> round;  // batch lookups
};

const inputs in = make_inputs();

// The names as the lookups take them: views of the strings, so that what is timed is the lookup, not
// the way a standard library finds a string's bytes (libc++ branches on whether a string is short).
std::vector<std::string_view> views(const std::vector<std::string>& names) { return {names.begin(), names.end()}; }
const std::vector<std::string_view> exact_names = views(in.exact), mixed_names = views(in.mix), lower_names = views(in.lower);
const std::vector<std::string_view> nt_names = views(in.nt_names), win32_names = views(in.win32_names);

template <class Key, class Lookup>
std::function<void()> lookups(const std::vector<Key>& keys, Lookup lookup) {
    return [&keys, lookup] {
        for (const auto& key : keys) keep(lookup(key));
    };
}

// Each case: what is measured, on which input, against which baseline.
std::vector<subject> cases() {
    const auto by_name = [](std::string_view name) { return sspi::find_name(name); };
    const auto by_value = [](std::uint32_t value) { return sspi::find(value); };
    const auto map_any = [](std::string_view name) { return find_any_spelling(name, map_find_name); };
    return {
        {"find/hit", lookups(in.value_hits, by_value)},
        {"unordered_map/hit", lookups(in.value_hits, map_find)},
        {"switch/hit", lookups(in.value_hits, switch_find)},
        {"linear_scan/hit", lookups(in.value_hits, linear_find)},
        {"find/miss", lookups(in.value_misses, by_value)},
        {"unordered_map/miss", lookups(in.value_misses, map_find)},
        {"switch/miss", lookups(in.value_misses, switch_find)},
        {"linear_scan/miss", lookups(in.value_misses, linear_find)},
        {"find_name/exact", lookups(exact_names, by_name)},
        {"unordered_map_name/exact", lookups(exact_names, map_find_name)},
        {"gperf/exact", lookups(exact_names, gperf_exact)},
        {"gperf_ignore_case/exact", lookups(exact_names, gperf_folded)},
        {"find_name/mix", lookups(mixed_names, by_name)},
        {"unordered_map_name/mix", lookups(mixed_names, map_find_name)},
        {"gperf/mix", lookups(mixed_names, gperf_exact)},
        {"gperf_ignore_case/mix", lookups(mixed_names, gperf_folded)},
        {"find_name/lower", lookups(lower_names, by_name)},
        {"unordered_map_name/lower", lookups(lower_names, map_any)},
        {"gperf_ignore_case/lower", lookups(lower_names, gperf_folded)},
        {"call_text/calls",
         lookups(in.calls, [](const inputs::call_key& k) { return sspi::call_text(k.code, k.call, k.package).data(); })},
        {"unordered_map/calls", lookups(in.calls, [](const inputs::call_key& k) { return map_call_text(k).data(); })},
        {"from_tls_alert/alerts", lookups(in.alerts, sspi::from_tls_alert)},
        {"unordered_map/alerts", lookups(in.alerts, map_from_tls_alert)},
        {"nt::find/nt_values", lookups(in.nt_values, [](std::uint32_t v) { return sspi::nt::find(v); })},
        {"unordered_map/nt_values", lookups(in.nt_values, [](std::uint32_t v) { return map_lookup(nt_value_map, v); })},
        {"nt::find_name/nt_names", lookups(nt_names, [](std::string_view n) { return sspi::nt::find_name(n); })},
        {"unordered_map_name/nt_names", lookups(nt_names, [](std::string_view n) { return map_lookup(nt_name_map, n); })},
        {"win32::find/win32_values", lookups(in.win32_values, [](std::uint32_t v) { return sspi::win32::find(v); })},
        {"unordered_map/win32_values", lookups(in.win32_values, [](std::uint32_t v) { return map_lookup(win32_value_map, v); })},
        {"win32::find_name/win32_names", lookups(win32_names, [](std::string_view n) { return sspi::win32::find_name(n); })},
        {"unordered_map_name/win32_names",
         lookups(win32_names, [](std::string_view n) { return map_lookup(win32_name_map, n); })},
    };
}

// One sample of a case: rounds until at least 2 ms have passed, in ns per lookup.
double sample_per_lookup(const std::function<void()>& round) {
    using clock = std::chrono::steady_clock;
    std::size_t rounds = 0;
    const auto start = clock::now();
    auto elapsed = clock::duration{};
    do {
        round();
        ++rounds;
        elapsed = clock::now() - start;
    } while (elapsed < std::chrono::milliseconds(2));
    return std::chrono::duration<double, std::nano>(elapsed).count() / static_cast<double>(rounds * batch);
}

// Samples of every case, taken in turns: each pass times each case once, so that a change of the
// machine's load falls on a case and its baseline alike, and a ratio is the median of the ratios
// within a pass.
std::map<std::string, std::vector<double>> samples_in_turns(const std::vector<subject>& all, int passes) {
    std::map<std::string, std::vector<double>> samples;
    for (int pass = 0; pass < passes; ++pass)
        for (const auto& s : all) samples[s.name].push_back(sample_per_lookup(s.round));
    return samples;
}

// Where callgrind counts: one case's rounds and nothing else.
__attribute__((noinline)) void run_case(const subject& s, long rounds) {
    for (long i = 0; i < rounds; ++i) s.round();
}

bool baselines_agree() {
    for (const auto& e : sspi::entries()) {
        const sspi::entry* by_value = sspi::find(e.value);
        const sspi::entry* by_name = sspi::find_name(e.name);
        if (switch_find(e.value) != by_value || linear_find(e.value) != by_value || map_find(e.value) != by_value ||
            map_find_name(e.name) != by_name || gperf_exact(e.name) != by_name || gperf_folded(e.name) != by_name) {
            std::fprintf(stderr, "a baseline disagrees with the library at %s\n", std::string(e.name).c_str());
            return false;
        }
    }
    for (const auto& key : in.calls)
        if (map_call_text(key) != sspi::call_text(key.code, key.call, key.package)) {
            std::fprintf(stderr, "the call map disagrees with call_text\n");
            return false;
        }
    for (int alert = -1; alert <= 256; ++alert)
        if (map_from_tls_alert(alert) != sspi::from_tls_alert(alert)) {
            std::fprintf(stderr, "the alert map disagrees with from_tls_alert at %d\n", alert);
            return false;
        }
    for (const auto& name : in.lower)
        if (find_any_spelling(name, map_find_name) != sspi::find_name(name) || gperf_folded(name) != sspi::find_name(name)) {
            std::fprintf(stderr, "a baseline disagrees with the library at %s\n", name.c_str());
            return false;
        }
    for (std::size_t i = 0; i < batch; ++i)
        if (map_lookup(nt_value_map, in.nt_values[i]) != sspi::nt::find(in.nt_values[i]) ||
            map_lookup(nt_name_map, nt_names[i]) != sspi::nt::find_name(nt_names[i]) ||
            map_lookup(win32_value_map, in.win32_values[i]) != sspi::win32::find(in.win32_values[i]) ||
            map_lookup(win32_name_map, win32_names[i]) != sspi::win32::find_name(win32_names[i])) {
            std::fprintf(stderr, "a family's map disagrees with the library at %s\n", in.nt_names[i].c_str());
            return false;
        }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (!baselines_agree()) return 1;
    const auto all = cases();
    if (argc == 3) {
        for (const auto& s : all)
            if (s.name == std::string_view(argv[1])) {
                run_case(s, std::atol(argv[2]));
                return 0;
            }
        std::fprintf(stderr, "no case %s\n", argv[1]);
        return 2;
    }
    const auto samples = samples_in_turns(all, 41);
    // One line a case: ns per lookup, then the ratio to each baseline that reads the same input.
    std::printf("%-26s %9s %10s %10s %12s\n", "case", "ns", "vs map", "vs gperf", "vs gperf -i");
    for (const auto& s : all) {
        const std::string name = s.name;
        const std::string subject = name.substr(0, name.find('/')), input = name.substr(name.find('/') + 1);
        const bool by_name = subject.find("name") != std::string::npos || subject.rfind("gperf", 0) == 0;
        const auto& mine = samples.at(name);
        const auto ratio = [&](const std::string& baseline) {
            const auto it = samples.find(baseline + "/" + input);
            if (it == samples.end()) return std::string("-");
            return std::to_string(median_ratio(mine, it->second)).substr(0, 4) + "x";
        };
        std::printf("%-26s %9.2f %10s %10s %12s\n", name.c_str(), median(mine),
                    ratio(by_name ? "unordered_map_name" : "unordered_map").c_str(), by_name ? ratio("gperf").c_str() : "-",
                    by_name ? ratio("gperf_ignore_case").c_str() : "-");
    }
}

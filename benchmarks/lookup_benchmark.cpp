// sspi::find and sspi::find_name against what a user would write instead: a switch, a linear scan of
// the table, and std::unordered_map built once; on hits, misses and a realistic mix. Prints each
// time per lookup and its ratio to the unordered_map baseline measured in the same run.
#include "baseline_switch.hpp"

#include <sspi_status/sspi_status.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr std::size_t batch = 1024;  // lookups per benchmark iteration

// Inputs: every hit is a value or name of the table; every miss is one step away from one.
struct inputs {
    std::vector<std::uint32_t> value_hits, value_misses, value_mix;
    std::vector<std::string> name_hits, name_misses, name_mix;
};

inputs make_inputs() {
    std::mt19937 random(20261127);
    const auto& table = sspi::entries();
    const auto pick = [&] { return table[random() % table.size()]; };
    inputs in;
    for (std::size_t i = 0; i < batch; ++i) {
        const auto hit = pick();
        const auto miss = pick();
        in.value_hits.push_back(hit.value);
        in.value_misses.push_back(miss.value ^ 0x00000400u);
        in.name_hits.emplace_back(hit.name);
        std::string wrong(miss.name);
        wrong.back() = wrong.back() == 'X' ? 'Y' : 'X';
        in.name_misses.push_back(wrong);
        // A log's mix: nine in ten lookups find a code.
        const bool is_hit = random() % 10 != 0;
        in.value_mix.push_back(is_hit ? hit.value : miss.value ^ 0x00000400u);
        in.name_mix.push_back(is_hit ? std::string(hit.name) : wrong);
    }
    return in;
}

const inputs& the_inputs() {
    static const inputs in = make_inputs();
    return in;
}

const sspi::entry* linear_find(std::uint32_t value) {
    for (const auto& e : sspi::entries())
        if (e.value == value) return &e;
    return nullptr;
}

const std::unordered_map<std::uint32_t, const sspi::entry*>& value_map() {
    static const auto map = [] {
        std::unordered_map<std::uint32_t, const sspi::entry*> m;
        for (const auto& e : sspi::entries()) m.emplace(e.value, &e);  // the first, the primary, stays
        return m;
    }();
    return map;
}

const std::unordered_map<std::string_view, const sspi::entry*>& name_map() {
    static const auto map = [] {
        std::unordered_map<std::string_view, const sspi::entry*> m;
        for (const auto& e : sspi::entries()) m.emplace(e.name, &e);
        return m;
    }();
    return map;
}

const sspi::entry* map_find(std::uint32_t value) {
    const auto it = value_map().find(value);
    return it == value_map().end() ? nullptr : it->second;
}

const sspi::entry* map_find_name(std::string_view name) {
    const auto it = name_map().find(name);
    return it == name_map().end() ? nullptr : it->second;
}

template <class Lookup, class Key>
void run(benchmark::State& state, Lookup lookup, const std::vector<Key>* keys) {
    for (auto _ : state) {
        for (const auto& key : *keys) benchmark::DoNotOptimize(lookup(key));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * keys->size()));
}

// Collects each run's time per lookup, by "subject/input".
class ratio_reporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> nanoseconds;

    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& run : runs)
            if (!run.error_occurred)
                nanoseconds[run.benchmark_name()] = run.GetAdjustedCPUTime() / static_cast<double>(batch);
    }
};

const sspi::entry* library_find(std::uint32_t value) { return sspi::find(value); }
const sspi::entry* library_find_name(std::string_view name) { return sspi::find_name(name); }

}  // namespace

int main(int argc, char** argv) {
    for (const auto& e : sspi::entries())
        if (switch_find(e.value) != sspi::find(e.value) || linear_find(e.value) != sspi::find(e.value) ||
            map_find(e.value) != sspi::find(e.value) || map_find_name(e.name) != sspi::find_name(e.name)) {
            std::fprintf(stderr, "a baseline disagrees with the library at %s\n", std::string(e.name).c_str());
            return 1;
        }

    const inputs& in = the_inputs();
    const std::vector<std::pair<const char*, const std::vector<std::uint32_t>*>> value_inputs{
        {"hit", &in.value_hits}, {"miss", &in.value_misses}, {"mix", &in.value_mix}};
    const std::vector<std::pair<const char*, const std::vector<std::string>*>> name_inputs{
        {"hit", &in.name_hits}, {"miss", &in.name_misses}, {"mix", &in.name_mix}};
    const std::vector<std::pair<const char*, const sspi::entry* (*)(std::uint32_t)>> value_subjects{
        {"find", library_find}, {"switch", switch_find}, {"linear_scan", linear_find}, {"unordered_map", map_find}};
    const std::vector<std::pair<const char*, const sspi::entry* (*)(std::string_view)>> name_subjects{
        {"find_name", library_find_name}, {"unordered_map_name", map_find_name}};

    for (const auto& [input, keys] : value_inputs)
        for (const auto& [subject, lookup] : value_subjects)
            benchmark::RegisterBenchmark((std::string(subject) + "/" + input).c_str(),
                                         [lookup = lookup, keys = keys](benchmark::State& s) { run(s, lookup, keys); });
    for (const auto& [input, keys] : name_inputs)
        for (const auto& [subject, lookup] : name_subjects)
            benchmark::RegisterBenchmark((std::string(subject) + "/" + input).c_str(),
                                         [lookup = lookup, keys = keys](benchmark::State& s) { run(s, lookup, keys); });

    benchmark::Initialize(&argc, argv);
    ratio_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);

    std::printf("\n%-28s %12s %22s\n", "lookup", "ns/lookup", "ratio to unordered_map");
    for (const auto& [name, ns] : reporter.nanoseconds) {
        const auto slash = name.find('/');
        const std::string subject = name.substr(0, slash), input = name.substr(slash + 1);
        const bool by_name = subject.find("name") != std::string::npos;
        const auto baseline = reporter.nanoseconds.find((by_name ? "unordered_map_name/" : "unordered_map/") + input);
        if (baseline == reporter.nanoseconds.end()) continue;
        std::printf("%-28s %12.2f %21.2fx\n", name.c_str(), ns, ns / baseline->second);
    }
}

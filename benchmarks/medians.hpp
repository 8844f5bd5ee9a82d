// What both benchmarks report of samples taken in turns: the median of a case's samples, and the
// median of its ratios to a baseline sampled in the same turns, so that a change of the machine's load
// falls on both alike.
#ifndef SSPI_STATUS_BENCHMARKS_MEDIANS_HPP
#define SSPI_STATUS_BENCHMARKS_MEDIANS_HPP

#include <algorithm>
#include <cstddef>
#include <vector>

inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// samples[i] and baseline[i] were taken in the same turn.
inline double median_ratio(const std::vector<double>& samples, const std::vector<double>& baseline) {
    std::vector<double> ratios;
    for (std::size_t turn = 0; turn < samples.size(); ++turn) ratios.push_back(samples[turn] / baseline[turn]);
    return median(ratios);
}

#endif

// The entry type of the gperf tables the lookup benchmark compares find_name with.
#ifndef SSPI_STATUS_BENCHMARKS_GPERF_NAME_HPP
#define SSPI_STATUS_BENCHMARKS_GPERF_NAME_HPP

#include <cstring>

struct gperf_name {
    const char* name;
    int row;  // index in sspi::entries()
};

#endif

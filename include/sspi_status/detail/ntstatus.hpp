// The NTSTATUS values of [MS-ERREF] 2.3.1 (data/ntstatus.csv) and how <sspi_status/ntstatus.hpp> reads them.
#ifndef SSPI_STATUS_DETAIL_NTSTATUS_HPP
#define SSPI_STATUS_DETAIL_NTSTATUS_HPP

#include <sspi_status/detail/family.hpp>

#include <sspi_status/detail/ntstatus.ipp>

namespace sspi {
namespace detail {

inline const std::error_category& ntstatus_category() noexcept {
    static const family_category<ntstatus_family> instance(ntstatus_data);
    return instance;
}

}  // namespace detail
}  // namespace sspi

#endif

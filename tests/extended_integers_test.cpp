// Built with GNU extensions (-std=gnu++17), where __int128 is an integer type: a value wider than
// 32 bits is no code, never wrapped around to one.
#include <sspi_status/sspi_status.hpp>

#include <cstdio>

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

static_assert(sspi::is_code_type_v<int128> && sspi::is_code_type_v<uint128>);
static_assert(sspi::find(static_cast<int128>(1) << 64 | 0x8009030C) == nullptr);
static_assert(sspi::find(static_cast<uint128>(1) << 100 | 0x8009030C) == nullptr);
static_assert(sspi::find(static_cast<int128>(0x8009030C))->code == sspi::status::sec_e_logon_denied);
static_assert(sspi::find(static_cast<int128>(-2146893044))->code == sspi::status::sec_e_logon_denied);
static_assert(sspi::find(static_cast<int128>(-2146893044) - (static_cast<int128>(1) << 32)) == nullptr);
static_assert(sspi::failed(static_cast<uint128>(1) << 64));
static_assert(sspi::message(static_cast<int128>(1) << 64) == "This value is not an SSPI status code.");
#endif

int main() {
#if defined(__SIZEOF_INT128__)
    std::puts("__int128 checked");
#else
    std::puts("this compiler has no __int128: nothing to check");
#endif
}

// Must not compile: the spec is checked during compilation (see tests/CMakeLists.txt).
#include <sspi_status/fmt.hpp>

int main() { return static_cast<int>(fmt::format(FMT_STRING("{:q}"), sspi::status::sec_e_ok).size()); }

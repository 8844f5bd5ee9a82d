// Must not compile: characters, bool and strings are not status codes (see tests/CMakeLists.txt,
// which builds this once per NOT_A_CODE).
#include <sspi_status/sspi_status.hpp>

#include <string>

int main() { return sspi::find(NOT_A_CODE) != nullptr; }

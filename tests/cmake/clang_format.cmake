# Fails when a hand-written C++ file is not as clang-format (the root's .clang-format) writes it; the
# generated headers (enums.hpp, detail/*.ipp) are left as the generator writes them.
#   cmake -DSOURCE_DIR=... -DCLANG_FORMAT=... -P clang_format.cmake
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
  message("SKIPPED: clang-format is not installed (Debian package clang-format)")
  return()
endif()
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/include/*.hpp ${SOURCE_DIR}/include/*.ipp ${SOURCE_DIR}/tools/*.cpp ${SOURCE_DIR}/tools/*.hpp
  ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.hpp ${SOURCE_DIR}/tests/*.ipp
  ${SOURCE_DIR}/benchmarks/*.cpp ${SOURCE_DIR}/benchmarks/*.hpp ${SOURCE_DIR}/examples/*.cpp)
list(FILTER sources EXCLUDE REGEX "^include/sspi_status/(enums\\.hpp|detail/.*\\.ipp)$")
list(FILTER sources EXCLUDE REGEX "^tests/sources/")
list(LENGTH sources count)
if(count LESS 50)
  message(FATAL_ERROR "found only ${count} C++ files under ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources} WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE failed ERROR_VARIABLE problems)
if(failed)
  message(FATAL_ERROR "not formatted as .clang-format says (run clang-format -i on these):\n${problems}")
endif()
message(STATUS "${count} files formatted as .clang-format says")

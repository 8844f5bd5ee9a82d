# sspi-status.exe as the windows preset builds it (MinGW-w64, static), run under Wine on docs/tool.md's
# examples and on the logs of tests/tool/logs: its output and exit status must be the Linux build's,
# byte for byte (both write binary standard output).
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DLINUX_TOOL=... -DWINE=... -P tool_output.cmake
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -G Ninja
    -DCMAKE_TOOLCHAIN_FILE=${SOURCE_DIR}/cmake/mingw-w64.cmake -DCMAKE_BUILD_TYPE=Release
    -DSSPI_STATUS_TESTS=OFF -DSSPI_STATUS_EXAMPLES=OFF -DSSPI_STATUS_INSTALL=OFF
    -DSSPI_STATUS_FMT_INCLUDE_DIR=/usr/include -DCMAKE_EXE_LINKER_FLAGS=-static
  RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(result EQUAL 0)
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target sspi-status
    RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
endif()
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot build sspi-status.exe:\n${log}")
endif()
set(windows_tool ${BUILD_DIR}/tools/sspi-status.exe)

# The commands: the README's block of examples, and the "$ sspi-status ..." lines whose output it
# shows (those that set an environment variable are about Linux locales, and are left out). --scan
# reads a real log instead of /var/log/app.log.
file(READ ${SOURCE_DIR}/docs/tool.md readme)
string(REGEX MATCH "```sh\n[^`]*```" block "${readme}")
string(REGEX MATCHALL "\n *\\$ sspi-status [^\n]*" shown "${readme}")
string(REPLACE "\n" ";" lines "${block};${shown}")
set(commands "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE "^ *\\$ " "" line "${line}")
  string(REGEX REPLACE " +#.*$" "" line "${line}")
  if(line MATCHES "^sspi-status " AND NOT line MATCHES "\\.evtx")  # sspi-status.exe reads no event log
    string(REPLACE "/var/log/app.log" "tests/tool/real_log_lines.tsv" line "${line}")
    list(APPEND commands "${line}")
  endif()
endforeach()
list(REMOVE_DUPLICATES commands)
list(LENGTH commands count)
if(count LESS 12)
  message(FATAL_ERROR "found only ${count} example commands in docs/tool.md")
endif()

# Logs as Windows writes them: UTF-16 with a byte order mark, CRLF, a Ctrl-Z byte, a last line
# without a newline; from a file, with --all-lines, and on standard input ("<" gives the file).
file(GLOB logs RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/tests/tool/logs/*.log)
foreach(log IN LISTS logs)
  list(APPEND commands "sspi-status --scan ${log}" "sspi-status --scan --all-lines ${log}" "sspi-status --scan --json ${log}"
    "sspi-status --scan --all-lines < ${log}")
endforeach()
list(LENGTH commands count)

set(ENV{LC_ALL} C)  # both in English only
foreach(command IN LISTS commands)
  separate_arguments(arguments UNIX_COMMAND "${command}")
  list(REMOVE_AT arguments 0)
  set(input /dev/null)
  list(FIND arguments "<" redirect)
  if(NOT redirect EQUAL -1)
    math(EXPR file_at "${redirect} + 1")
    list(GET arguments ${file_at} input)
    set(input ${SOURCE_DIR}/${input})
    list(REMOVE_AT arguments ${redirect} ${file_at})
  endif()
  execute_process(COMMAND ${LINUX_TOOL} ${arguments} WORKING_DIRECTORY ${SOURCE_DIR} INPUT_FILE ${input}
    OUTPUT_VARIABLE linux_out ERROR_VARIABLE linux_err RESULT_VARIABLE linux_status)
  execute_process(COMMAND ${WINE} ${windows_tool} ${arguments} WORKING_DIRECTORY ${SOURCE_DIR} INPUT_FILE ${input}
    OUTPUT_VARIABLE windows_out ERROR_VARIABLE windows_err RESULT_VARIABLE windows_status)
  if(NOT windows_out STREQUAL linux_out OR NOT windows_status STREQUAL linux_status)
    file(WRITE ${BUILD_DIR}/linux.txt "${linux_out}")
    file(WRITE ${BUILD_DIR}/windows.txt "${windows_out}")
    message(FATAL_ERROR "${command}: sspi-status.exe (exit ${windows_status}) differs from the Linux build "
                        "(exit ${linux_status}); outputs in ${BUILD_DIR}/linux.txt and windows.txt\n${windows_err}")
  endif()
  message(STATUS "same output: ${command}")
endforeach()
message(STATUS "sspi-status.exe printed what the Linux build prints for all ${count} commands")

# An event log: sspi-status.exe has no libevtx, and says so with exit status 2 instead of reading it as text.
execute_process(COMMAND ${WINE} ${windows_tool} --scan tests/sources/evtx/Security_short_selected.evtx
  WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE windows_out ERROR_VARIABLE windows_err RESULT_VARIABLE windows_status)
if(NOT windows_status EQUAL 2 OR NOT windows_out STREQUAL "" OR NOT windows_err MATCHES "sspi-status.exe reads none")
  message(FATAL_ERROR "sspi-status.exe on an event log: exit ${windows_status}\n${windows_out}${windows_err}")
endif()
message(STATUS "sspi-status.exe says it reads no event log")

# Makes sspi-status.1 from the tool's --help and --version and sspi-status.h2m, with help2man, so that
# the options have one source. help2man makes "Exit status:" a subsection; the page wants a section.
#   cmake -DHELP2MAN=... -DTOOL=... -DINCLUDE=... -DOUTPUT=... -P man_page.cmake
execute_process(
  COMMAND ${HELP2MAN} --no-info --no-discard-stderr --include ${INCLUDE} --output ${OUTPUT}.tmp ${TOOL}
  RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed: ${error}")
endif()
file(READ ${OUTPUT}.tmp page)
string(FIND "${page}" ".SS \"Exit status:\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TOOL} --help has no \"Exit status:\" heading")
endif()
string(REPLACE ".SS \"Exit status:\"" ".SH \"EXIT STATUS\"" page "${page}")
file(WRITE ${OUTPUT} "${page}")
file(REMOVE ${OUTPUT}.tmp)

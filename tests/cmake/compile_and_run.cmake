# Compiles a program with a plain compiler command and runs it: for compilers and standard libraries
# other than the build's own, and for consumers that use pkg-config.
#   cmake -DCXX=compiler -DFLAGS=a;b -DSOURCES=x.cpp;y.cpp -DOUTPUT=program
#         [-DPKG_CONFIG_PATH=dir] -P compile_and_run.cmake
# Prints "SKIPPED: ..." (the test's SKIP_REGULAR_EXPRESSION) when the compiler, or pkg-config where it
# is asked for, is not installed.
if(NOT CXX OR NOT EXISTS "${CXX}")
  message("SKIPPED: ${COMPILER_NAME} is not installed")
  return()
endif()

if(PKG_CONFIG_PATH)
  find_program(pkg_config pkg-config)
  if(NOT pkg_config)
    message("SKIPPED: pkg-config is not installed")
    return()
  endif()
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_PATH}")
  execute_process(COMMAND ${pkg_config} --cflags sspi_status OUTPUT_VARIABLE cflags RESULT_VARIABLE failed
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(failed)
    message(FATAL_ERROR "pkg-config does not know sspi_status")
  endif()
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  list(APPEND FLAGS ${cflags})
endif()

execute_process(COMMAND ${CXX} ${FLAGS} ${SOURCES} -o ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "compiling failed: ${CXX} ${FLAGS} ${SOURCES}")
endif()
execute_process(COMMAND ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "${OUTPUT} failed")
endif()

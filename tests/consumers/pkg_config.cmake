# Consumes an installed sspi_status with pkg-config and a plain compiler command.
# cmake -DPREFIX=... -DCXX=... -DSOURCE=... -DOUTPUT=... -P pkg_config.cmake
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND pkg-config --cflags sspi_status OUTPUT_VARIABLE cflags RESULT_VARIABLE failed
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(failed)
  message(FATAL_ERROR "pkg-config does not know sspi_status")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")
execute_process(COMMAND ${CXX} -std=c++17 ${cflags} ${SOURCE} -o ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "compiling with the flags of pkg-config failed: ${cflags}")
endif()
execute_process(COMMAND ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "the consumer built with pkg-config failed")
endif()

# Fails where an object file has start-up code: an .init_array or .ctors section, which the
# compiler makes for a static that needs dynamic initialisation or a destructor's registration.
#   cmake -DOBJDUMP=objdump -DOBJECTS=a.o;b.o -P no_startup_work.cmake
foreach(object IN LISTS OBJECTS)
  execute_process(COMMAND ${OBJDUMP} -h ${object} OUTPUT_VARIABLE sections RESULT_VARIABLE failed)
  if(failed OR NOT sections MATCHES "\\.text")
    message(FATAL_ERROR "${OBJDUMP} cannot list the sections of ${object}")
  endif()
  if(sections MATCHES "\\.(init_array|ctors)")
    message(FATAL_ERROR "${object} has start-up code (a .${CMAKE_MATCH_1} section)")
  endif()
endforeach()

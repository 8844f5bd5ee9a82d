# Builds the lookup benchmark with every compiler and flag set at hand and prints one table: for each
# case, ns per lookup and the ratios to its baselines (unordered_map; gperf and gperf -i for names) under
# each configuration, measured in turns within one run of the program, then the
# instructions per lookup that callgrind counts (valgrind, where installed), which do not vary with
# the machine's load. From the source folder:
#   cmake -P benchmarks/run.cmake
cmake_minimum_required(VERSION 3.18)
get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(work_dir "${source_dir}/build/benchmarks")

# name; compiler; flags
set(configurations
  "g++ -O2|g++|-O2"
  "g++ -O3|g++|-O3"
  "clang++ -O2|clang++|-O2"
  "clang++-19 libc++ -O2|clang++-19|-O2 -stdlib=libc++")
set(batch 4096)
set(rounds 10)
find_program(valgrind valgrind)
find_program(taskset taskset)  # one core for the timings, where util-linux has it
set(pinned "")
cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
if(taskset AND cores GREATER 1)
  set(pinned ${taskset} -c 1)
endif()

set(names "")
foreach(configuration IN LISTS configurations)
  string(REPLACE "|" ";" fields "${configuration}")
  list(GET fields 0 name)
  list(GET fields 1 compiler)
  list(GET fields 2 flags)
  find_program(compiler_path_${compiler} ${compiler})
  if(NOT compiler_path_${compiler})
    message(STATUS "${name}: ${compiler} is not installed, skipped")
    continue()
  endif()
  string(MAKE_C_IDENTIFIER "${name}" id)
  set(build "${work_dir}/${id}")
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${source_dir} -B ${build} -G Ninja -DCMAKE_BUILD_TYPE=Release
                    -DCMAKE_CXX_COMPILER=${compiler_path_${compiler}} "-DCMAKE_CXX_FLAGS_RELEASE=${flags} -DNDEBUG"
                    -DSSPI_STATUS_BENCHMARKS=ON -DSSPI_STATUS_TESTS=OFF -DSSPI_STATUS_TOOLS=OFF -DSSPI_STATUS_FMT=OFF
                    -DSSPI_STATUS_EXAMPLES=OFF -DSSPI_STATUS_INSTALL=OFF
                  RESULT_VARIABLE failed OUTPUT_QUIET)
  if(NOT failed)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${build} --target sspi_status_lookup_benchmark
                    RESULT_VARIABLE failed OUTPUT_QUIET)
  endif()
  if(failed)
    message(FATAL_ERROR "${name}: the benchmark does not build")
  endif()
  set(program "${build}/benchmarks/sspi_status_lookup_benchmark")
  execute_process(COMMAND ${pinned} ${program} OUTPUT_VARIABLE table RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "${name}: the benchmark failed")
  endif()
  list(APPEND names "${name}")
  # Lines "case ns ratio-to-map ratio-to-gperf ratio-to-gperf-i": keep ns and the ratios per case.
  string(REPLACE "\n" ";" lines "${table}")
  list(POP_FRONT lines)
  set(cases "")  # the same in every configuration
  foreach(line IN LISTS lines)
    string(REGEX MATCH "^([^ ]+) +([0-9.]+) +([^ ]+) +([^ ]+) +([^ ]+)" matched "${line}")
    if(matched)
      set(case "${CMAKE_MATCH_1}")
      list(APPEND cases "${case}")
      set(ratios "${CMAKE_MATCH_3}")  # to the map, then to gperf and gperf -i where they read the same input
      if(NOT CMAKE_MATCH_4 STREQUAL "-")
        string(APPEND ratios ", ${CMAKE_MATCH_4} gperf")
      endif()
      if(NOT CMAKE_MATCH_5 STREQUAL "-")
        string(APPEND ratios ", ${CMAKE_MATCH_5} gperf -i")
      endif()
      set(result_${id}_${case} "${CMAKE_MATCH_2} (${ratios})")
      if(valgrind)
        execute_process(COMMAND ${valgrind} --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no
                          "--toggle-collect=*run_case*" ${program} ${case} ${rounds}
                        ERROR_VARIABLE log OUTPUT_QUIET)
        string(REGEX MATCH "Collected : ([0-9]+)" counted "${log}")
        math(EXPR per_lookup "${CMAKE_MATCH_1} / (${rounds} * ${batch})")
        string(APPEND result_${id}_${case} ", ${per_lookup} ins")
      endif()
    endif()
  endforeach()
endforeach()

if(NOT names)
  message(FATAL_ERROR "no compiler of the list is installed")
endif()
set(header "| case |")
set(rule "|---|")
foreach(name IN LISTS names)
  string(APPEND header " ${name} |")
  string(APPEND rule "---|")
endforeach()
message("ns per lookup (ratio to unordered_map; for names also to gperf and gperf -i), instructions per lookup (callgrind, benchmark loop included)\n${header}\n${rule}")
foreach(case IN LISTS cases)
  set(row "| ${case} |")
  foreach(name IN LISTS names)
    string(MAKE_C_IDENTIFIER "${name}" id)
    string(APPEND row " ${result_${id}_${case}} |")
  endforeach()
  message("${row}")
endforeach()

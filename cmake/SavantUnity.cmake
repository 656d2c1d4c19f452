# SPDX-License-Identifier: MIT
# In a unity file (CMake UNITY_BUILD) the sources of a batch are one translation unit: their
# file-local names (anonymous namespaces, `static`, namespace-scope constants)
# share one scope, and two helpers of one name but different parameters would
# silently become overloads. scripts/check_unity_names.pl fails when two sources
# of one target define the same file-local name; here it becomes one ctest test
# per target, unity.names.<target>, run whether or not the unity build is on.
find_program(SAVANT_PERL perl)

# savant_add_unity_name_tests(<target>...): the check for each target's .cpp
# sources (not those compiled alone, SKIP_UNITY_BUILD_INCLUSION, nor generated data tables).
function(savant_add_unity_name_tests)
  if(NOT SAVANT_PERL)
    message(WARNING "perl not found: the unity.names.* tests are not defined")
    return()
  endif()
  foreach(target IN LISTS ARGN)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(paths)
    foreach(source IN LISTS sources)
      if(source MATCHES "\\$<" OR NOT source MATCHES "\\.cpp$")
        continue()
      endif()
      cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" OUTPUT_VARIABLE path)
      get_source_file_property(alone "${path}" DIRECTORY "${source_dir}" SKIP_UNITY_BUILD_INCLUSION)
      get_source_file_property(generated "${path}" DIRECTORY "${source_dir}" GENERATED)
      if(NOT alone AND NOT generated)
        list(APPEND paths "${path}")
      endif()
    endforeach()
    add_test(NAME unity.names.${target}
             COMMAND ${SAVANT_PERL} "${PROJECT_SOURCE_DIR}/scripts/check_unity_names.pl" ${paths})
  endforeach()
endfunction()

# SPDX-License-Identifier: MIT
# Unity build: most of savant's build time is parsing the same Xapian, ICU, fmt,
# Boost, nlohmann and GoogleTest headers once per source file. Compiled as unity
# files of SAVANT_UNITY_BATCH_SIZE sources, every library and program parses them
# once per batch, which shortens both CI builds (gcc, and clang under sanitizers).
# -DSAVANT_UNITY_BUILD=OFF compiles file by file (a quicker rebuild after editing
# one file, when iterating without ccache).
option(SAVANT_UNITY_BUILD "Compile the libraries and programs as unity files" ON)
set(SAVANT_UNITY_BATCH_SIZE 8 CACHE STRING "Sources per unity file")
if(SAVANT_UNITY_BUILD)
  set(CMAKE_UNITY_BUILD ON)
  set(CMAKE_UNITY_BUILD_BATCH_SIZE ${SAVANT_UNITY_BATCH_SIZE})
endif()

# In a unity file the sources of a batch are one translation unit: their
# file-local names (anonymous namespaces, `static`, namespace-scope constants)
# share one scope, and two helpers of one name but different parameters would
# silently become overloads. scripts/check_unity_names.pl fails when two sources
# of one target define the same file-local name; here it becomes one ctest test
# per target, unity.names.<target>, run whether or not the unity build is on.
find_program(SAVANT_PERL perl)

# savant_unity_sources(<target> <out-var>): the target's .cpp sources as absolute
# paths, without those compiled alone (SKIP_UNITY_BUILD_INCLUSION) or generated.
function(savant_unity_sources target out)
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
  set(${out} ${paths} PARENT_SCOPE)
endfunction()

# savant_add_unity_name_tests(<directory>): the check for every target defined
# in the directory and below that compiles two or more sources.
function(savant_add_unity_name_tests directory)
  if(NOT SAVANT_PERL)
    message(WARNING "perl not found: the unity.names.* tests are not defined")
    return()
  endif()
  get_directory_property(targets DIRECTORY "${directory}" BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "LIBRARY|EXECUTABLE")
      savant_unity_sources(${target} paths)
      list(LENGTH paths count)
      if(count GREATER 1)
        add_test(NAME unity.names.${target} COMMAND ${SAVANT_PERL}
                 "${PROJECT_SOURCE_DIR}/scripts/check_unity_names.pl" ${paths})
      endif()
    endif()
  endforeach()
  get_directory_property(subdirectories DIRECTORY "${directory}" SUBDIRECTORIES)
  foreach(subdirectory IN LISTS subdirectories)
    savant_add_unity_name_tests("${subdirectory}")
  endforeach()
endfunction()

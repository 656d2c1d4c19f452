# SPDX-License-Identifier: MIT
# SAVANT_SANITIZE=address,undefined builds every target with those sanitizers
# (CI runs the whole test suite so, in build-asan/). SAVANT_FUZZ=ON (clang only)
# adds the libFuzzer targets under fuzz/ and coverage instrumentation to the
# library, so one sanitizer build serves both the tests and the fuzzers.
set(SAVANT_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for every target, e.g. address,undefined")
option(SAVANT_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(SAVANT_SANITIZE)
  # Every UBSan finding is an error that stops the test: nothing is just printed.
  add_compile_options(-fsanitize=${SAVANT_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${SAVANT_SANITIZE})
endif()

if(SAVANT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SAVANT_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
endif()

# savant_fuzz_coverage(<target>): with SAVANT_FUZZ, libFuzzer's coverage counters
# in the target (only the fuzz targets link libFuzzer's main). Only the code the
# fuzzers run gets them, the library modules and the targets: in the test
# programs and the CLI they would cost compile time (about an eighth of a
# test program's) and run time, and guide nothing.
function(savant_fuzz_coverage target)
  if(SAVANT_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# SPDX-License-Identifier: MIT
# savant_set_warnings(<target>): the project's warning set, PRIVATE so that
# embedders never inherit it.
function(savant_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(SAVANT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# savant_module(<name> SOURCES ...): one module folder as an OBJECT library.
function(savant_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
  add_library(${name} OBJECT ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC
    ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/generated/include)
  target_link_libraries(${name} PUBLIC ${SAVANT_THIRD_PARTY_LIBS})
  target_compile_features(${name} PUBLIC cxx_std_20)
  # Marks SAVANT_EXPORT declarations as defined here (dllexport on Windows).
  target_compile_definitions(${name} PRIVATE SAVANT_COMPILE_LIBRARY)
  savant_set_warnings(${name})
  savant_fuzz_coverage(${name})
  savant_precompile_headers(${name} LIBRARY)
endfunction()

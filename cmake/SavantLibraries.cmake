# SPDX-License-Identifier: MIT
# The two libraries, savant (shared) and savant_static, linked from the same
# module objects: one compile, two libraries.

set(SAVANT_MODULE_OBJECTS
  $<TARGET_OBJECTS:savant_schema>
  $<TARGET_OBJECTS:savant_indexer>
  $<TARGET_OBJECTS:savant_searcher>)

# savant_library(<target> SHARED|STATIC): the module objects as one library
# with the public include directories. Third-party libraries are PRIVATE: no
# Xapian or ICU type crosses the public headers. For the static library CMake
# still records them as $<LINK_ONLY:...>, which savantConfig.cmake resolves.
function(savant_library target type)
  add_library(${target} ${type} ${SAVANT_MODULE_OBJECTS})
  add_library(savant::${target} ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME savant EXPORT_NAME ${target})
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/generated/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  # Embedders may stay at C++17; the modules themselves are C++20.
  target_compile_features(${target} PUBLIC cxx_std_17)
  target_link_libraries(${target} PRIVATE ${SAVANT_THIRD_PARTY_LIBS})
endfunction()

savant_library(savant SHARED)
# While the version is 0.x a minor release may break the ABI, so the soname
# carries major.minor: libsavant.so.0.1.
set_target_properties(savant PROPERTIES
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
# Every dependency must be linked in, so a consumer never meets an undefined symbol.
# Not under sanitizers: clang links their runtimes into executables only, so a
# shared library leaves __asan_*/__ubsan_* undefined on purpose.
if(NOT SAVANT_SANITIZE AND NOT SAVANT_FUZZ)
  target_link_options(savant PRIVATE LINKER:--no-undefined)
endif()

# Under sanitizers every test and fuzz target links the static library: the
# shared one is built only on request there (its own test is the package test).
if(SAVANT_SANITIZE)
  set_target_properties(savant PROPERTIES EXCLUDE_FROM_ALL ON)
endif()

savant_library(savant_static STATIC)
target_compile_definitions(savant_static INTERFACE SAVANT_STATIC_DEFINE)

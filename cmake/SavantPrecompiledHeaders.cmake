# SPDX-License-Identifier: MIT
# Precompiled headers for the CI builds (gcc, and clang under sanitizers): even
# in unity files of 8 sources, parsing the third-party headers is about a
# quarter of a test program's unit and much of a library's one. Two headers
# are precompiled once each and reused by every target of their kind, whose
# flags match: one for the three module libraries (schema, indexer, searcher),
# one for the GoogleTest programs (docs/reliability.md, "CI time").
# Off by default under a compiler launcher (unless CCACHE_DISABLE is set, as
# scripts/sanitize.sh passes ccache when there is one): ccache would not cache
# the units that use a precompiled header, and a developer's rebuild is faster from the cache.
# Only third-party and standard headers are precompiled, never savant's own, so a
# macro of savant's (SAVANT_COMPILE_LIBRARY, SAVANT_STATIC_DEFINE) never differs
# between the header and a unit that reuses it. A source that forgets an include
# still fails in the build without them (-DSAVANT_PCH=OFF, and every ccache build).
if(CMAKE_CXX_COMPILER_LAUNCHER AND "$ENV{CCACHE_DISABLE}" STREQUAL "")
  set(savant_pch_default OFF)
else()
  set(savant_pch_default ON)
endif()
option(SAVANT_PCH "Precompile the third-party headers of the libraries and test programs"
       ${savant_pch_default})

set(SAVANT_PCH_STANDARD_HEADERS <algorithm> <cstdint> <filesystem> <fstream> <functional> <map>
    <memory> <optional> <set> <sstream> <string> <string_view> <unordered_map> <utility> <vector>)
set(SAVANT_PCH_LIBRARY_HEADERS ${SAVANT_PCH_STANDARD_HEADERS} <fmt/format.h>
    <nlohmann/json.hpp> <xapian.h> <unicode/unistr.h>)
set(SAVANT_PCH_TEST_HEADERS ${SAVANT_PCH_STANDARD_HEADERS} <gtest/gtest.h> <fmt/format.h>
    <nlohmann/json.hpp> <xapian.h>)

# savant_precompile_headers(<target> <kind>): <kind> is LIBRARY or TEST. The
# first target of a kind compiles the header, the others reuse it.
function(savant_precompile_headers target kind)
  if(NOT SAVANT_PCH)
    return()
  endif()
  get_property(donor GLOBAL PROPERTY SAVANT_PCH_${kind}_TARGET)
  if(donor)
    target_precompile_headers(${target} REUSE_FROM ${donor})
  else()
    target_precompile_headers(${target} PRIVATE ${SAVANT_PCH_${kind}_HEADERS})
    set_property(GLOBAL PROPERTY SAVANT_PCH_${kind}_TARGET ${target})
  endif()
endfunction()

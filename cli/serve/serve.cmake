# SPDX-License-Identifier: MIT
# `savant serve`: the HTTP server (cpp-httplib, Debian's libcpp-httplib-dev,
# found through pkg-config because the package ships no CMake file) and the
# web page's files from web/, compiled into the program. Included by
# cli/CMakeLists.txt, which adds SAVANT_SERVE_SOURCES to savant_cli_core.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# The page: every file the server may send, and nothing else.
set(SAVANT_WEB_DIR "${PROJECT_SOURCE_DIR}/web")
set(SAVANT_WEB_ASSETS index.html app.css app.js favicon.svg)
set(SAVANT_WEB_EMBEDDED "${PROJECT_BINARY_DIR}/generated/cli/serve/embedded_assets.cpp")
list(TRANSFORM SAVANT_WEB_ASSETS PREPEND "${SAVANT_WEB_DIR}/" OUTPUT_VARIABLE web_asset_paths)
# The names go to the script joined by "|": a ";" would split the argument.
list(JOIN SAVANT_WEB_ASSETS "|" web_asset_names)
add_custom_command(
  OUTPUT "${SAVANT_WEB_EMBEDDED}"
  COMMAND ${CMAKE_COMMAND} "-DASSET_DIR=${SAVANT_WEB_DIR}" "-DASSETS=${web_asset_names}"
          "-DOUTPUT=${SAVANT_WEB_EMBEDDED}" -P "${PROJECT_SOURCE_DIR}/cmake/EmbedAssets.cmake"
  DEPENDS ${web_asset_paths} "${PROJECT_SOURCE_DIR}/cmake/EmbedAssets.cmake"
  COMMENT "Embedding the web page"
  VERBATIM)

set(SAVANT_SERVE_SOURCES
  commands/serve_command.cpp
  serve/access_token.cpp
  serve/api_handlers.cpp
  serve/api_json.cpp
  serve/assets.cpp
  serve/bind_address.cpp
  serve/request_params.cpp
  serve/searcher_pool.cpp
  serve/web_server.cpp
  "${SAVANT_WEB_EMBEDDED}")

# SPDX-License-Identifier: MIT
# Install and export rules (fmt's recipe): headers, both libraries, a CMake
# package with exported targets, a pkg-config file. The CLI, its man page and
# completion are installed from cli/CMakeLists.txt.
include(CMakePackageConfigHelpers)

set(SAVANT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/savant")

install(TARGETS savant savant_static EXPORT savantTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/savant"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/generated/include/savant/version.hpp"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/savant)

install(EXPORT savantTargets NAMESPACE savant:: DESTINATION ${SAVANT_CMAKE_DIR})
configure_package_config_file(cmake/savantConfig.cmake.in
  "${PROJECT_BINARY_DIR}/savantConfig.cmake" INSTALL_DESTINATION ${SAVANT_CMAKE_DIR})
# While the version is 0.x, minor versions may break: 0.1.x satisfies 0.1 only.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/savantConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/savantConfig.cmake"
              "${PROJECT_BINARY_DIR}/savantConfigVersion.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/SavantDependencies.cmake"
        DESTINATION ${SAVANT_CMAKE_DIR})

# The same targets straight from the build tree, without installing (fmt does this too).
export(EXPORT savantTargets NAMESPACE savant:: FILE "${PROJECT_BINARY_DIR}/savantTargets.cmake")

# savant.pc finds its prefix from its own location, so the tree can be
# installed under any --prefix and moved.
file(RELATIVE_PATH SAVANT_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" SAVANT_PC_TO_PREFIX "${SAVANT_PC_TO_PREFIX}")
configure_file(cmake/savant.pc.in "${PROJECT_BINARY_DIR}/savant.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/savant.pc" DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

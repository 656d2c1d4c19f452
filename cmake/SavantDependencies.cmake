# SPDX-License-Identifier: MIT
# Finds savant's third-party dependencies (all from Debian 12 packages) and
# sets SAVANT_THIRD_PARTY_LIBS, the link list of every module library.
find_package(PkgConfig REQUIRED)
# Xapian's own CMake package only sets variables; pkg-config gives an imported target.
pkg_check_modules(XAPIAN REQUIRED IMPORTED_TARGET xapian-core>=1.4.22)
if(NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian ALIAS PkgConfig::XAPIAN)
endif()
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(fmt 9 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(pugixml REQUIRED)
find_package(yaml-cpp REQUIRED)
# Readers of binary and markup formats.
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)

set(SAVANT_THIRD_PARTY_LIBS Xapian::Xapian ICU::i18n ICU::uc ICU::data fmt::fmt
    nlohmann_json::nlohmann_json pugixml::pugixml yaml-cpp PkgConfig::POPPLER_CPP
    PkgConfig::LIBZIP PkgConfig::GUMBO)

# The pkg-config names of the libraries above, for savant.pc's Requires.private
# (what `pkg-config --static --libs savant` adds for libsavant.a). Keep in step
# with SAVANT_THIRD_PARTY_LIBS; nlohmann_json is header-only and needs no entry.
set(SAVANT_PKGCONFIG_REQUIRES_PRIVATE
    "xapian-core icu-i18n icu-uc fmt pugixml yaml-cpp poppler-cpp libzip gumbo")

// SPDX-License-Identifier: MIT
// SAVANT_EXPORT marks the declarations that form libsavant's binary interface.
#pragma once

// The library is built with hidden visibility, so only what is marked here is
// exported from libsavant.so; everything else (Xapian, ICU, the module
// internals) stays private to it. On Windows the same macro selects
// dllexport/dllimport, as leveldb's export.h does; savant_static's users get
// SAVANT_STATIC_DEFINE from CMake and need neither.
#if defined(_WIN32)
#if defined(SAVANT_STATIC_DEFINE)
#define SAVANT_EXPORT
#elif defined(SAVANT_COMPILE_LIBRARY)
#define SAVANT_EXPORT __declspec(dllexport)
#else
#define SAVANT_EXPORT __declspec(dllimport)
#endif
#else
#define SAVANT_EXPORT __attribute__((visibility("default")))
#endif

// SPDX-License-Identifier: MIT
// The umbrella header: the whole public API of libsavant in one include.
#pragma once

/// \file
/// Include this to use savant: index_files() and index_records() build an
/// index, savant::Searcher searches it and reads its researchers back, and
/// every failure is a savant::Error. The headers need only the standard
/// library and C++17. See docs/API.md for a guide.

#include <savant/error.hpp>    // IWYU pragma: export
#include <savant/export.hpp>   // IWYU pragma: export
#include <savant/index.hpp>    // IWYU pragma: export
#include <savant/records.hpp>  // IWYU pragma: export
#include <savant/search.hpp>   // IWYU pragma: export
#include <savant/version.hpp>  // IWYU pragma: export

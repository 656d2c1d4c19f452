// SPDX-License-Identifier: MIT
// Translates Xapian's exceptions (not std::exceptions) into savant::Error at
// the library boundary.
#pragma once

#include <string>

#include <xapian.h>

#include <savant/error.hpp>

namespace savant::schema {

/// The savant::Error that describes `e`, raised while working on `path`.
Error translate_xapian_error(const Xapian::Error& e, const std::string& path);

}  // namespace savant::schema

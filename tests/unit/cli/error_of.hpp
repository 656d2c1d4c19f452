// SPDX-License-Identifier: MIT
// error_of(f): the savant::Error that f throws, so tests can check its
// category and message (fmt's EXPECT_THROW_MSG idea).
#pragma once

#include <savant/error.hpp>

#include <gtest/gtest.h>

namespace savant::testing {

template <typename F>
Error error_of(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a savant::Error";
  return Error(ErrorCategory::io, "(nothing thrown)");
}

/// Whether `text` contains `part`.
inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace savant::testing

// SPDX-License-Identifier: MIT
// The fuzz targets, one per reader, the extractor, format detection and the
// query language. Each takes one input and returns when savant handled it:
// read it, or refused it with savant::Error. Anything else (a crash, a
// sanitizer report, any other exception, a broken invariant) is a finding.
// The libFuzzer executables (fuzz_main.cpp) and the regression test over the
// inputs fuzzing found (tests/fuzz-regressions/) both run these.
#pragma once

#include <string_view>
#include <vector>

namespace savant::fuzz {

/// Runs one input through one part of savant.
using Target = void (*)(std::string_view data);

struct NamedTarget {
  std::string_view name;  ///< "pdf", "html", "query", ... (fuzz_<name> is the executable)
  Target run;
};

/// Every target, in a fixed order.
const std::vector<NamedTarget>& targets();

/// The target called `name`; nullptr when there is none.
Target find_target(std::string_view name);

}  // namespace savant::fuzz

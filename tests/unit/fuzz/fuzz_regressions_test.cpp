// SPDX-License-Identifier: MIT
// Replays every input fuzzing found (tests/fuzz-regressions/<target>/<name>)
// through its fuzz target, so a fixed finding stays fixed without libFuzzer or
// a sanitizer build. A target aborts on a broken invariant, which fails the
// test program; a crash or an unexpected exception fails it too.
#include <gtest/gtest.h>

#include "fuzz/targets.hpp"
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace savant::fuzz {
namespace {

namespace fs = std::filesystem;

const fs::path kRegressions = fs::path(SAVANT_FUZZ_REGRESSIONS);

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(FuzzRegressions, EverySavedInputNamesAKnownTarget) {
  ASSERT_TRUE(fs::is_directory(kRegressions)) << kRegressions;
  int inputs = 0;
  for (const auto& dir : fs::directory_iterator(kRegressions)) {
    EXPECT_NE(find_target(dir.path().filename().string()), nullptr)
        << dir.path() << " is not the name of a fuzz target";
    inputs += static_cast<int>(
        std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()));
  }
  EXPECT_GT(inputs, 0);
}

TEST(FuzzRegressions, EverySavedInputIsHandled) {
  int replayed = 0;
  for (const auto& dir : fs::directory_iterator(kRegressions)) {
    const Target target = find_target(dir.path().filename().string());
    if (target == nullptr) continue;  // reported by the test above
    for (const auto& file : fs::directory_iterator(dir.path())) {
      SCOPED_TRACE(file.path().string());
      const std::string data = bytes_of(file.path());
      ASSERT_FALSE(data.empty()) << file.path();
      target(data);  // aborts the program on a broken invariant
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0);
}

}  // namespace
}  // namespace savant::fuzz

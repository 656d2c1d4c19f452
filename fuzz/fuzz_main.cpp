// SPDX-License-Identifier: MIT
// The libFuzzer entry point of every target. One executable, savant_fuzz, serves
// them all (the sanitizer build links one fuzzer, not fourteen); the name it is
// run under chooses the target: build-dir/fuzz/fuzz_<name> is a link to it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/targets.hpp"

namespace {
savant::fuzz::Target chosen_target = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** argv) {
  const std::string_view program = (*argv)[0];
  const std::string_view name = program.substr(program.rfind('/') + 1);  // npos + 1 == 0
  if (name.starts_with("fuzz_")) chosen_target = savant::fuzz::find_target(name.substr(5));
  if (chosen_target == nullptr) {
    std::fprintf(stderr, "%s: no fuzz target of that name: run it as fuzz_<target>\n", (*argv)[0]);
    std::exit(2);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chosen_target(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

// SPDX-License-Identifier: MIT
// The libFuzzer entry point of one target, chosen at compile time
// (SAVANT_FUZZ_TARGET), so that each target is its own executable fuzz_<name>.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const savant::fuzz::Target target = savant::fuzz::find_target(SAVANT_FUZZ_TARGET);
  target(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

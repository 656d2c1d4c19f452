// SPDX-License-Identifier: MIT
// Transparent huge pages for the large arrays every big query reads spread
// over their whole length (UnitColumns' rows: 35 MB at 100,000 documents): on
// 4 KB pages nearly each of those reads also misses the TLB.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace savant::searcher {

/// Asks for 2 MB pages for the part of [data, data + bytes) they can cover,
/// before it is written. Only advice: without huge pages all works as before.
inline void advise_huge_pages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto from = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t start = (from + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t end = (from + bytes) & ~(kHuge - 1);
  if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace savant::searcher

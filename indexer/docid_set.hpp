// SPDX-License-Identifier: MIT
// A set of Xapian document ids as one bit per id: a derivation marks every
// document it keeps or writes (1.8 million at 100,000 files), then sweeps the
// unmarked ones. A std::set of them cost a tree node (~40 bytes) and a
// rebalancing insert per document on every run, also on a run that changed
// one file.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <vector>

namespace savant::indexer {

class DocidSet {
 public:
  void insert(Xapian::docid id) {
    const std::size_t word = id / 64;
    if (word >= bits_.size()) bits_.resize(word + word / 2 + 1, 0);
    bits_[word] |= std::uint64_t{1} << (id % 64);
  }

  bool contains(Xapian::docid id) const {
    const std::size_t word = id / 64;
    return word < bits_.size() && ((bits_[word] >> (id % 64)) & 1) != 0;
  }

 private:
  std::vector<std::uint64_t> bits_;
};

}  // namespace savant::indexer

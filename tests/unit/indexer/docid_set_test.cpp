// SPDX-License-Identifier: MIT
// The derivation's set of kept and written documents (indexer/docid_set.hpp).
#include "indexer/docid_set.hpp"

#include <gtest/gtest.h>

#include <set>

namespace savant::indexer {
namespace {

TEST(DocidSet, HoldsWhatWasInsertedAndNothingElse) {
  DocidSet set;
  EXPECT_FALSE(set.contains(0));
  EXPECT_FALSE(set.contains(1000000));
  const std::set<Xapian::docid> inserted = {1, 63, 64, 65, 127, 128, 4097, 1000000};
  for (Xapian::docid id : inserted) set.insert(id);
  set.insert(64);  // twice: still one member
  for (Xapian::docid id : {0U, 2U, 62U, 66U, 126U, 129U, 4096U, 4098U, 999999U, 1000001U}) {
    EXPECT_FALSE(set.contains(id)) << id;
  }
  for (Xapian::docid id : inserted) EXPECT_TRUE(set.contains(id)) << id;
}

TEST(DocidSet, AgreesWithAnOrderedSetOnPseudoRandomIds) {
  DocidSet set;
  std::set<Xapian::docid> reference;
  std::uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1664525U + 1013904223U;
    const Xapian::docid id = 1 + (state >> 12);  // up to ~1 million
    set.insert(id);
    reference.insert(id);
  }
  for (Xapian::docid id = 1; id < (1U << 20) + 2; ++id) {
    ASSERT_EQ(set.contains(id), reference.count(id) == 1) << id;
  }
}

}  // namespace
}  // namespace savant::indexer

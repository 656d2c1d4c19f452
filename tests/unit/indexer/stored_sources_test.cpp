// SPDX-License-Identifier: MIT
// A run about to look up every file reads the stored sources' hashes and
// stamps at once (IndexStore::expect_source_lookups): the answers are those of
// a lookup in the index, also after the run changes a record.
#include "indexer/index_store.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

DocumentRecord named_record(const std::string& source) {
  DocumentRecord r;
  r.source = source;
  r.name = "Researcher of " + source;
  return r;
}

FileStamp stamp_for(std::size_t i) {
  return FileStamp{100 + i, 1'700'000'000'000'000'000 + static_cast<std::int64_t>(i),
                   1'700'000'100'000'000'000};
}

// Sources /f0.md ... /f19.md, every third without a stamp (an in-memory record).
std::vector<std::string> store_sources(const std::string& index) {
  std::vector<std::string> sources;
  IndexStore store(index);
  for (std::size_t i = 0; i < 20; ++i) {
    sources.push_back("/f" + std::to_string(i) + ".md");
    store.put_record(named_record(sources.back()), 0xabc000 + i,
                     i % 3 == 0 ? std::nullopt : std::optional<FileStamp>(stamp_for(i)));
  }
  store.close();
  return sources;
}

void expect_same(const std::optional<StoredSource>& got, const std::optional<StoredSource>& want,
                 const std::string& source) {
  ASSERT_EQ(got.has_value(), want.has_value()) << source;
  if (!want) return;
  EXPECT_EQ(got->content_hash, want->content_hash) << source;
  ASSERT_EQ(got->stamp.has_value(), want->stamp.has_value()) << source;
  if (!want->stamp) return;
  EXPECT_EQ(got->stamp->size, want->stamp->size) << source;
  EXPECT_EQ(got->stamp->mtime_ns, want->stamp->mtime_ns) << source;
  EXPECT_EQ(got->stamp->taken_ns, want->stamp->taken_ns) << source;
}

TEST(StoredSources, ReadAtOnceTheyAnswerAsLookupsInTheIndexDo) {
  const testing::TempDir dir;
  std::vector<std::string> sources = store_sources(dir / "index");
  sources.push_back("/never-stored.md");
  std::vector<std::optional<StoredSource>> looked_up;
  {
    IndexStore store(dir / "index");
    for (const std::string& source : sources) looked_up.push_back(store.find_source(source));
  }
  ASSERT_TRUE(looked_up[1].has_value() && looked_up[1]->stamp.has_value());
  EXPECT_EQ(looked_up[1]->content_hash, 0xabc001u);
  EXPECT_FALSE(looked_up[0]->stamp.has_value());
  EXPECT_FALSE(looked_up.back().has_value());
  IndexStore store(dir / "index");
  store.expect_source_lookups(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    expect_same(store.find_source(sources[i]), looked_up[i], sources[i]);
  }
}

TEST(StoredSources, ChangesAfterReadingAtOnceAreSeen) {
  const testing::TempDir dir;
  const std::vector<std::string> sources = store_sources(dir / "index");
  IndexStore store(dir / "index");
  store.expect_source_lookups(sources.size());
  ASSERT_TRUE(store.find_source(sources[1]).has_value());

  store.put_stamp(sources[1], stamp_for(77));
  const std::optional<StoredSource> stamped = store.find_source(sources[1]);
  ASSERT_TRUE(stamped && stamped->stamp);
  EXPECT_EQ(stamped->stamp->size, stamp_for(77).size);

  store.expect_source_lookups(sources.size());
  store.put_record(named_record(sources[2]), 0xfeed, stamp_for(2));
  const std::optional<StoredSource> rewritten = store.find_source(sources[2]);
  ASSERT_TRUE(rewritten.has_value());
  EXPECT_EQ(rewritten->content_hash, 0xfeedu);

  store.expect_source_lookups(sources.size());
  store.remove_record(sources[4]);
  EXPECT_FALSE(store.find_source(sources[4]).has_value());
}

}  // namespace
}  // namespace savant::indexer

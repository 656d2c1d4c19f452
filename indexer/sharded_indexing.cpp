// SPDX-License-Identifier: MIT
// Sharded indexing: open every shard, store the inputs, derive researchers
// over all shards' records (one new file can merge researchers living on two
// shards), route each to its shard, sweep and commit shard by shard.
#include "indexer/sharded_indexing.hpp"

#include "indexer/derive_researchers.hpp"
#include "indexer/record_readers.hpp"
#include "indexer/sharded_store.hpp"
#include "indexer/vocabulary_documents.hpp"
#include "schema/shard_layout.hpp"
#include "schema/xapian_errors.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string_view>
#include <unordered_map>

namespace savant::indexer {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxShards = 1024;

fs::path stub_path(const std::string& dir) { return fs::path(dir) / schema::kStubFileName; }

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The shard count to use: the existing layout's, or `asked` for a new index.
std::size_t shard_count(const std::string& dir, std::size_t asked) {
  std::error_code ec;
  if (fs::exists(stub_path(dir), ec)) {
    const std::size_t existing = schema::shard_count_of_stub(read_text(stub_path(dir)));
    if (existing == 0) {
      throw Error(ErrorCategory::incompatible_index,
                  fmt::format("{}: {} was not written by savant (it must list shard-0, shard-1, "
                              "... in order); refusing to index into it",
                              dir, stub_path(dir).string()));
    }
    if (asked != 0 && asked != existing) {
      throw Error(ErrorCategory::usage,
                  fmt::format("{}: index has {} shard(s), not {}; changing the shard count "
                              "means indexing into a new directory",
                              dir, existing, asked));
    }
    return existing;
  }
  if (fs::exists(fs::path(dir) / "iamglass", ec)) {
    throw Error(ErrorCategory::usage,
                fmt::format("{}: is a single (unsharded) index; index with --shards into a new "
                            "directory",
                            dir));
  }
  if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec))) {
    throw Error(
        ErrorCategory::incompatible_index,
        fmt::format("{}: exists and holds no savant index; refusing to write into it", dir));
  }
  if (asked < 1 || asked > kMaxShards) {
    throw Error(ErrorCategory::usage,
                fmt::format("--shards {}: the shard count must be 1 to {}", asked, kMaxShards));
  }
  return asked;
}

// Written after the shards commit, through a rename, so a reader never sees a
// half-written stub.
void write_stub(const std::string& dir, std::size_t shards) {
  const std::string text = schema::stub_text(shards);
  std::error_code ec;
  if (fs::exists(stub_path(dir), ec) && read_text(stub_path(dir)) == text) return;
  const fs::path temporary = stub_path(dir).string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      throw Error(ErrorCategory::io, fmt::format("{}: cannot write {}", dir, temporary.string()));
    }
  }
  fs::rename(temporary, stub_path(dir), ec);
  if (ec) {
    throw Error(ErrorCategory::io,
                fmt::format("{}: cannot write {}: {}", dir, stub_path(dir).string(), ec.message()));
  }
}

}  // namespace

bool is_sharded_index(const std::string& dir) {
  std::error_code ec;
  return fs::is_regular_file(stub_path(dir), ec);
}

namespace {

// Nothing changed since the last derivation: the totals are the shards' sums.
void report_up_to_date(ShardedStore& store, IndexReport& report) {
  report.researchers = report.publications = report.evidence = 0;
  for (std::size_t i = 0; i < store.shard_count(); ++i) {
    const DerivedTotals totals = store.shard(i).stored_totals();
    report.researchers += totals.researchers;
    report.publications += totals.publications;
    report.evidence += totals.evidence;
  }
  report.up_to_date = true;
}

// Derives researchers from the records of all shards (one new file can
// merge two researchers that lived on different shards) and writes each one,
// with its records, to its shard; then sweeps and commits shard by shard.
// As on one index, grouping reads the shards' identity values, not their
// records, and a researcher whose cluster and records are unchanged since the
// last derivation (the key its shard remembers) is neither read nor built.
void derive_sharded(ShardedStore& store, IndexReport& report, std::size_t jobs) {
  const std::size_t count = store.shard_count();
  for (std::size_t i = 0; i < count; ++i) {
    store.shard(i).begin_derive();                // commits the records: the readers below see them
    store.shard(i).set_prunes_vocabulary(false);  // a word may live on another shard
  }
  std::vector<IdentityRecord> records = store.identity_records();
  // Where each record is read from when its researcher is built, on a worker,
  // through that shard's read-only views: fixed before place_record() moves any.
  const std::unordered_map<std::string, std::size_t> holders = store.record_holders();
  std::vector<std::unique_ptr<RecordReaders>> readers;
  for (std::size_t i = 0; i < count; ++i) {
    readers.push_back(std::make_unique<RecordReaders>(store.shard(i).path()));
  }
  std::vector<DerivedTotals> totals(count);
  std::vector<std::size_t> vocabulary_shard(kVocabularyBuckets);
  for (std::size_t b = 0; b < kVocabularyBuckets; ++b) {
    vocabulary_shard[b] = schema::shard_of(vocabulary_unique_term(b), count);
  }
  auto key_of = [&](const ResearcherCluster& cluster) { return records_key(cluster, records); };
  auto count_on = [&](std::size_t target, const KeptCounts& counts) {
    ++totals[target].researchers;
    totals[target].publications += counts.publications;
    totals[target].evidence += counts.evidence;
  };
  derive_researchers(
      records, report,
      [&](const ResearcherCluster& cluster, const DerivedResearcher& derived) {
        const ResearcherEntry& entry = derived.entry;
        const std::size_t target = schema::shard_of(entry.researcher.id, count);
        for (std::size_t member : cluster.members) {
          store.place_record(records.at(member).source, target);
        }
        store.shard(target).put_derived(derived.documents);
        // Each vocabulary document on one shard whatever the researchers', so
        // that the index has the same ones however many shards it has.
        for (const std::string& word : derived.words) {
          store.shard(vocabulary_shard[vocabulary_bucket(word)]).put_word(word);
        }
        const KeptCounts counts{static_cast<std::size_t>(entry.researcher.publications),
                                entry.evidence.size()};
        store.shard(target).remember_derived(entry.researcher.id, key_of(cluster),
                                             derived.documents, counts);
        count_on(target, counts);
      },
      jobs,
      [&](const IdentityRecord& light) {
        return readers.at(holders.at(light.source))->load(light.source, light.docid);
      },
      [&](const std::vector<ResearcherCluster>& clusters) {
        // Each shard asked at once for its researchers.
        std::vector<std::size_t> targets(clusters.size());
        std::vector<std::vector<std::size_t>> asked(count);
        std::vector<std::vector<IndexStore::KeepAsk>> asks(count);
        for (std::size_t i = 0; i < clusters.size(); ++i) {
          targets[i] = schema::shard_of(clusters[i].id, count);
          asked[targets[i]].push_back(i);
          asks[targets[i]].push_back({clusters[i].id, key_of(clusters[i])});
        }
        std::vector<std::optional<KeptCounts>> kept(clusters.size());
        for (std::size_t target = 0; target < count; ++target) {
          std::vector<std::optional<KeptCounts>> answers =
              store.shard(target).keep_unchanged(asks[target]);
          for (std::size_t j = 0; j < answers.size(); ++j) kept[asked[target][j]] = answers[j];
        }
        for (std::size_t i = 0; i < clusters.size(); ++i) {
          if (!kept[i]) continue;
          // Its records were placed with it when it was derived; a copy left
          // on another shard by a stopped move still goes.
          for (std::size_t member : clusters[i].members) {
            store.place_record(records.at(member).source, targets[i]);
          }
          count_on(targets[i], *kept[i]);
        }
        return kept;
      });
  bool words_may_have_died = false;
  for (std::size_t i = 0; i < count; ++i) {
    IndexStore& shard = store.shard(i);
    shard.set_metadata(std::string(schema::kMetaShard), fmt::format("{}/{}", i, count));
    shard.sweep_derived();
    words_may_have_died = words_may_have_died || shard.vocabulary_may_have_died();
  }
  if (words_may_have_died) {
    // A word is dead when no shard has its term any more.
    auto frequency = [&](const std::string& term) {
      Xapian::doccount n = 0;
      for (std::size_t i = 0; i < count; ++i) n += store.shard(i).term_frequency(term);
      return n;
    };
    for (std::size_t i = 0; i < count; ++i) store.shard(i).prune_vocabulary(frequency);
  }
  for (std::size_t i = 0; i < count; ++i) store.shard(i).commit_derive(totals[i]);
}

}  // namespace

IndexReport run_sharded_indexing(const std::string& dir, std::size_t shards, IndexReport report,
                                 std::chrono::steady_clock::time_point started,
                                 const StoreInputs& store_inputs,
                                 const std::function<void(const IndexReport&)>& on_derived,
                                 std::size_t jobs) {
  const std::size_t count = shard_count(dir, shards);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    throw Error(ErrorCategory::io,
                fmt::format("{}: cannot create index directory: {}", dir, ec.message()));
  }
  ShardedStore store(dir, count);
  try {
    store_inputs(store, report);
    if (store.needs_derive()) {
      derive_sharded(store, report, jobs);
    } else {
      store.commit_batch();  // stamps refreshed, if any
      report_up_to_date(store, report);
    }
    report.documents_written = report.documents_deleted = 0;
    for (std::size_t i = 0; i < count; ++i) {
      report.documents_written += store.shard(i).documents_written();
      report.documents_deleted += store.shard(i).documents_deleted();
    }
    write_stub(dir, count);
    if (!report.up_to_date && on_derived) on_derived(report);
  } catch (const Xapian::Error& e) {
    throw schema::translate_xapian_error(e, dir);
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace savant::indexer

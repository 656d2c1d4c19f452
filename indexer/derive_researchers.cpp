// SPDX-License-Identifier: MIT
// Researchers are re-derived from every stored record on each run, because one
// new record can merge two researchers (see docs/ARCHITECTURE.md).
#include "indexer/derive_researchers.hpp"

#include "indexer/bulk_build.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/identity/identity_resolver.hpp"
#include "indexer/ordered_pipeline.hpp"
#include "indexer/record_readers.hpp"
#include "indexer/researcher_builder.hpp"
#include "indexer/sharded_indexing.hpp"
#include "schema/index_files.hpp"
#include "schema/schema_version.hpp"
#include "schema/taxonomy.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/xapian_errors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace savant::indexer {

namespace {

// Derived documents in a slice of a first build, per document of the flush threshold.
constexpr std::size_t kSlicePerFlush = 50;

// Researchers built ahead of the writer per job.
constexpr std::size_t kBuildAhead = 8;

// The documents of one researcher, the profile first. One builder per thread:
// a TermGenerator is not shareable. The builder keeps no document it returned,
// so no two threads ever hold (and count references to) the same document.
std::vector<BuiltDocument> build_documents(const ResearcherEntry& entry, SpellingWords& words) {
  thread_local DocumentBuilder builder;
  std::vector<BuiltDocument> documents(1);
  documents.reserve(entry.evidence.size() + 1);
  for (const EvidenceUnit& unit : entry.evidence) {
    documents.push_back(builder.evidence_document(entry.researcher, unit, words));
  }
  documents.front() = builder.researcher_document(entry.researcher);
  return documents;
}

// The clusters of `records` (sorted by source first) and how to derive each.
class Derivation {
 public:
  Derivation(std::vector<IdentityRecord>& records, const LoadRecord& load)
      : records_(sorted(records)), clusters_(resolve_identities(records_)), load_(load) {}

  const std::vector<ResearcherCluster>& clusters() const { return clusters_; }

  DerivedResearcher derive(std::size_t i) const {
    const auto& taxonomy = schema::Taxonomy::builtin();
    DerivedResearcher derived;
    // The members read whole, numbered 0.. in the cluster's order.
    ResearcherCluster cluster = clusters_[i];
    std::vector<DocumentRecord> members;
    members.reserve(cluster.members.size());
    for (std::size_t& m : cluster.members) {
      members.push_back(load_(records_[m]));
      m = members.size() - 1;
    }
    derived.entry = build_researcher(cluster, members, taxonomy);
    derived.documents = build_documents(derived.entry, derived.words);
    return derived;
  }

 private:
  // Sorted so that what is derived never depends on the order records were stored in.
  static std::vector<IdentityRecord>& sorted(std::vector<IdentityRecord>& records) {
    std::sort(records.begin(), records.end(),
              [](const auto& a, const auto& b) { return a.source < b.source; });
    return records;
  }

  const std::vector<IdentityRecord>& records_;
  std::vector<ResearcherCluster> clusters_;
  const LoadRecord& load_;
};

// Where researchers [begin, end) of `clusters` start each of `parts` contiguous
// runs, balanced by member records (a proxy for the documents each writes).
std::vector<std::size_t> part_starts(const std::vector<ResearcherCluster>& clusters,
                                     std::size_t parts) {
  std::size_t total = 0;
  for (const auto& c : clusters) total += c.members.size();
  std::vector<std::size_t> starts{0};
  std::size_t seen = 0;
  for (std::size_t i = 0; i < clusters.size() && starts.size() < parts; ++i) {
    seen += clusters[i].members.size();
    if (seen * parts >= total * starts.size() && i + 1 < clusters.size()) starts.push_back(i + 1);
  }
  starts.push_back(clusters.size());
  return starts;
}

}  // namespace

void derive_researchers(
    std::vector<IdentityRecord>& records, IndexReport& report,
    const std::function<void(const ResearcherCluster&, const DerivedResearcher&)>& write,
    std::size_t jobs, const LoadRecord& load, const KeepUnchanged& keep) {
  const Derivation derivation(records, load);
  const auto& clusters = derivation.clusters();
  report.publications = 0;
  report.evidence = 0;
  std::vector<std::optional<KeptCounts>> kept(clusters.size());
  if (keep) {
    kept = keep(clusters);
    kept.resize(clusters.size());  // an answer missing: built, the safe way
  }
  auto derive = [&](std::size_t i) { return derivation.derive(i); };
  auto store = [&](std::size_t i, DerivedResearcher derived) {
    if (kept[i]) {
      report.publications += kept[i]->publications;
      report.evidence += kept[i]->evidence;
      return;
    }
    write(clusters[i], derived);
    report.publications += static_cast<std::size_t>(derived.entry.researcher.publications);
    report.evidence += derived.entry.evidence.size();
  };
  // Kept researchers do not go through the workers (71,000 hand-offs at 100,000 files).
  run_ordered_where(
      clusters.size(), jobs, kBuildAhead * jobs, [&](std::size_t i) { return !kept[i]; }, derive,
      store);
  report.researchers = clusters.size();
}

std::size_t derive_researchers_in_parts(std::vector<IdentityRecord>& records, IndexReport& report,
                                        std::size_t parts, const WritePart& write,
                                        const LoadRecord& load) {
  const Derivation derivation(records, load);
  const auto& clusters = derivation.clusters();
  const std::vector<std::size_t> starts = part_starts(clusters, std::max<std::size_t>(parts, 1));
  const std::size_t used = starts.size() - 1;
  struct Totals {
    std::size_t publications = 0;
    std::size_t evidence = 0;
    std::exception_ptr error;
  };
  std::vector<Totals> totals(used);
  auto run_part = [&](std::size_t part) {
    try {
      for (std::size_t i = starts[part]; i < starts[part + 1]; ++i) {
        const DerivedResearcher derived = derivation.derive(i);
        write(part, clusters[i], derived);
        totals[part].publications +=
            static_cast<std::size_t>(derived.entry.researcher.publications);
        totals[part].evidence += derived.entry.evidence.size();
      }
    } catch (...) {
      totals[part].error = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t part = 1; part < used; ++part) threads.emplace_back(run_part, part);
  if (used > 0) run_part(0);
  for (auto& thread : threads) thread.join();
  report.publications = 0;
  report.evidence = 0;
  for (const Totals& t : totals) {
    if (t.error) std::rethrow_exception(t.error);
    report.publications += t.publications;
    report.evidence += t.evidence;
  }
  report.researchers = clusters.size();
  return used;
}

std::string records_key(const ResearcherCluster& cluster,
                        const std::vector<IdentityRecord>& records) {
  std::string text = fmt::format("{}\n{}\n{}", schema::kSchemaVersion, cluster.id, cluster.name);
  for (std::size_t member : cluster.members) {
    const IdentityRecord& record = records.at(member);
    text += fmt::format("\n{} {:x}", record.source, record.content_hash);
  }
  return fmt::format("{:016x}", schema::stable_hash(text));
}

void write_researcher(IndexStore& store, const DerivedResearcher& derived) {
  store.put_derived(derived.documents);
  store.put_words(derived.words);
}

void set_flush_threshold(std::size_t documents) {
  if (documents == 0) return;
  ::setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(documents).c_str(), 1);
}

void derive_and_commit(IndexStore& store, IndexReport& report, std::size_t jobs) {
  if (!store.needs_derive()) {
    // Nothing changed since the last complete derivation: no re-indexing.
    store.commit_batch();  // stamps refreshed, if any
    const DerivedTotals totals = store.stored_totals();
    report.researchers = totals.researchers;
    report.publications = totals.publications;
    report.evidence = totals.evidence;
    report.up_to_date = true;
    report.documents_written = store.documents_written();
    report.documents_deleted = store.documents_deleted();
    return;
  }
  // A new index's first derivation goes on several writers when there are
  // several jobs (docs/ARCHITECTURE.md, "Bulk first build").
  if (jobs > 1 && store.holds_only_records() && bulk_derive(store, report, jobs)) return;
  store.begin_derive();
  std::vector<IdentityRecord> records = store.identity_records();
  RecordReaders readers(store.path());
  auto key_of = [&](const ResearcherCluster& cluster) { return records_key(cluster, records); };
  derive_researchers(
      records, report,
      [&](const ResearcherCluster& cluster, const DerivedResearcher& derived) {
        write_researcher(store, derived);
        store.remember_derived(derived.entry.researcher.id, key_of(cluster), derived.documents,
                               {static_cast<std::size_t>(derived.entry.researcher.publications),
                                derived.entry.evidence.size()});
      },
      jobs, [&](const IdentityRecord& light) { return readers.load(light.source, light.docid); },
      [&](const std::vector<ResearcherCluster>& clusters) {
        std::vector<IndexStore::KeepAsk> asks;
        asks.reserve(clusters.size());
        for (const ResearcherCluster& cluster : clusters)
          asks.push_back({cluster.id, key_of(cluster)});
        return store.keep_unchanged(asks);
      });
  store.sweep_derived();
  store.commit_derive({report.researchers, report.publications, report.evidence});
  report.documents_written = store.documents_written();
  report.documents_deleted = store.documents_deleted();
}

IndexReport run_indexing(const std::string& db_path, std::size_t shards, IndexReport report,
                         std::chrono::steady_clock::time_point started,
                         const StoreInputs& store_inputs,
                         const std::function<void(const IndexReport&)>& on_derived,
                         const RunSettings& settings) {
  set_flush_threshold(settings.flush_threshold);
  if (shards > 0 || is_sharded_index(db_path)) {
    return run_sharded_indexing(db_path, shards, std::move(report), started, store_inputs,
                                on_derived, settings.jobs);
  }
  IndexStore store(db_path);
  remove_bulk_leftovers(db_path);  // of a bulk build killed after its swap
  // Value changes cost Xapian about a kilobyte per document until a commit:
  // a slice of a first build holds kSlicePerFlush flushes' worth.
  if (settings.flush_threshold > 0) {
    store.set_derived_slice(settings.flush_threshold * kSlicePerFlush);
  }
  try {
    store_inputs(store, report);
    derive_and_commit(store, report, settings.jobs);
    if (!report.up_to_date && on_derived) on_derived(report);
  } catch (const Xapian::Error& e) {
    throw schema::translate_xapian_error(e, db_path);
  }
  if (!report.up_to_date) {
    // The ranking columns a searcher saved are of an older revision now.
    std::error_code ignored;
    std::filesystem::remove(std::filesystem::path(db_path) / schema::kColumnsCacheFile, ignored);
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace savant::indexer

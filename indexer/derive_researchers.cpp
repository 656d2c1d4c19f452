// SPDX-License-Identifier: MIT
// Researchers are re-derived from every stored record on each run, because one
// new record can merge two researchers (see docs/ARCHITECTURE.md).
#include "indexer/derive_researchers.hpp"

#include <algorithm>

#include "indexer/document_builder.hpp"
#include "indexer/sharded_indexing.hpp"
#include "indexer/identity/identity_resolver.hpp"
#include "indexer/researcher_builder.hpp"
#include "schema/taxonomy.hpp"
#include "schema/xapian_errors.hpp"

namespace savant::indexer {

void derive_researchers(
    std::vector<DocumentRecord>& records, IndexReport& report,
    const std::function<void(const ResearcherCluster&, const ResearcherEntry&)>& write) {
  std::sort(records.begin(), records.end(),
            [](const auto& a, const auto& b) { return a.source < b.source; });
  std::vector<ResearcherCluster> clusters = resolve_identities(records);
  const auto& taxonomy = schema::Taxonomy::builtin();
  report.publications = 0;
  report.evidence = 0;
  for (const ResearcherCluster& cluster : clusters) {
    ResearcherEntry entry = build_researcher(cluster, records, taxonomy);
    write(cluster, entry);
    report.publications += static_cast<std::size_t>(entry.researcher.publications);
    report.evidence += entry.evidence.size();
  }
  report.researchers = clusters.size();
}

void write_researcher(IndexStore& store, const ResearcherEntry& entry) {
  DocumentBuilder builder;
  store.put_derived(builder.researcher_document(entry.researcher));
  for (const EvidenceUnit& unit : entry.evidence) {
    store.put_derived(builder.evidence_document(entry.researcher, unit));
  }
}

void derive_and_commit(IndexStore& store, IndexReport& report) {
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
  store.begin_derive();
  std::vector<DocumentRecord> records = store.all_records();
  derive_researchers(records, report, [&](const ResearcherCluster&, const ResearcherEntry& entry) {
    write_researcher(store, entry);
  });
  store.sweep_derived();
  store.commit_derive({report.researchers, report.publications, report.evidence});
  report.documents_written = store.documents_written();
  report.documents_deleted = store.documents_deleted();
}

IndexReport run_indexing(const std::string& db_path, std::size_t shards, IndexReport report,
                         std::chrono::steady_clock::time_point started,
                         const StoreInputs& store_inputs,
                         const std::function<void(const IndexReport&)>& on_derived) {
  if (shards > 0 || is_sharded_index(db_path)) {
    return run_sharded_indexing(db_path, shards, std::move(report), started, store_inputs,
                                on_derived);
  }
  IndexStore store(db_path);
  try {
    store_inputs(store, report);
    derive_and_commit(store, report);
    if (!report.up_to_date && on_derived) on_derived(report);
  } catch (const Xapian::Error& e) {
    throw schema::translate_xapian_error(e, db_path);
  }
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace savant::indexer

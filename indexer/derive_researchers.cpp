// SPDX-License-Identifier: MIT
// Researchers are re-derived from every stored record on each run, because one
// new record can merge two researchers (see docs/ARCHITECTURE.md).
#include "indexer/derive_researchers.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

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

void write_researcher(IndexStore& store, const ResearcherEntry& entry,
                      const ResearcherCluster& cluster,
                      const std::vector<DocumentRecord>& records) {
  DocumentBuilder builder;
  store.put_derived(builder.researcher_document(entry.researcher));
  // Each file's evidence, for its whole-file entry.
  std::map<std::string, std::vector<const EvidenceUnit*>> by_source;
  for (const EvidenceUnit& unit : entry.evidence) {
    store.put_derived(builder.evidence_document(entry.researcher, unit));
    for (const std::string& source : unit.evidence.sources) by_source[source].push_back(&unit);
  }
  const std::vector<const EvidenceUnit*> none;
  for (std::size_t member : cluster.members) {
    const DocumentRecord& record = records.at(member);
    const auto units = by_source.find(record.source);
    store.put_derived(builder.document_entry(entry.researcher, record,
                                             units == by_source.end() ? none : units->second));
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
  derive_researchers(records, report,
                     [&](const ResearcherCluster& cluster, const ResearcherEntry& entry) {
                       write_researcher(store, entry, cluster, records);
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

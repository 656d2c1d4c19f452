// SPDX-License-Identifier: MIT
// The frame of every indexing run, whatever feeds the records in: open the
// store, store the inputs, then derive researchers from all stored records,
// write what changed, sweep and commit.
#pragma once

#include "indexer/document_builder.hpp"
#include "indexer/identity/identity_resolver.hpp"
#include "indexer/index_store.hpp"
#include "indexer/record_store.hpp"
#include "indexer/researcher_builder.hpp"
#include <savant/index.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace savant::indexer {

/// A researcher and the index documents built for them (researcher first,
/// then one per evidence unit).
struct DerivedResearcher {
  ResearcherEntry entry;
  std::vector<BuiltDocument> documents;
  SpellingWords words;  ///< Of all their evidence units, for the index's vocabulary.
};

/// How an indexing run uses the machine.
struct RunSettings {
  std::size_t jobs = 1;             ///< Threads that build researchers and documents.
  std::size_t flush_threshold = 0;  ///< Xapian's flush threshold; 0 leaves its default.
};

/// Reads the whole record of which an IdentityRecord holds what grouping
/// reads; called on worker threads.
using LoadRecord = std::function<DocumentRecord(const IdentityRecord&)>;

/// Asked once on the calling thread, with every cluster, before anything is
/// built: for each, in order, whether its researcher is in the index exactly as
/// it would be derived now (then it is neither built nor written, and `write`
/// is not called for it). All at once, so the index can answer in key order.
using KeepUnchanged =
    std::function<std::vector<std::optional<KeptCounts>>(const std::vector<ResearcherCluster>&)>;

/// Sorts `records` by source (so that what is derived never depends on the
/// order records were stored in), groups them into researchers, builds each
/// researcher and their documents on `jobs` threads and calls `write`, on the
/// calling thread and in cluster order, with each cluster (indices into the
/// sorted `records`) and what was derived from it. Each researcher's records
/// are read whole with `load` when they are built, so memory holds a few of
/// them at a time. Sets the report's researchers, publications and evidence
/// counts.
void derive_researchers(
    std::vector<IdentityRecord>& records, IndexReport& report,
    const std::function<void(const ResearcherCluster&, const DerivedResearcher&)>& write,
    std::size_t jobs, const LoadRecord& load, const KeepUnchanged& keep = {});

/// Writes one researcher's documents into part `part` of a bulk build; called
/// on that part's thread.
using WritePart =
    std::function<void(std::size_t part, const ResearcherCluster&, const DerivedResearcher&)>;

/// A bulk build's derivation: groups `records` as derive_researchers() does,
/// splits the researchers, in cluster order, into at most `parts` contiguous
/// runs balanced by their records, and builds and writes each run on its own
/// thread, so part k's researchers all come before part k+1's. Returns the
/// number of parts used (fewer when there are fewer researchers); the first
/// exception of any part is rethrown once all have stopped. Sets the report's
/// researchers, publications and evidence counts.
std::size_t derive_researchers_in_parts(std::vector<IdentityRecord>& records, IndexReport& report,
                                        std::size_t parts, const WritePart& write,
                                        const LoadRecord& load);

/// What a researcher's derived documents depend on: the cluster's id and name,
/// and each member record's source and content hash, with the schema
/// version; a hex digest.
std::string records_key(const ResearcherCluster& cluster,
                        const std::vector<IdentityRecord>& records);

/// Writes the documents of `derived` into `store` (only those whose content
/// changed), and their words the index lacks into its vocabulary.
void write_researcher(IndexStore& store, const DerivedResearcher& derived);

/// Lets an indexing run put and remove records and count them in the report.
using StoreInputs = std::function<void(RecordStore&, IndexReport&)>;

/// Commits the last batch of records, then, when records changed (in this run
/// or in an earlier one that was stopped before this step), groups every
/// stored record into researchers, writes the researcher and evidence
/// documents whose content changed, deletes those no longer produced and
/// commits all that in one transaction. When nothing changed it writes
/// nothing and sets the report's `up_to_date`. Sets the report's researchers,
/// publications, evidence and document counts. Xapian errors propagate
/// untranslated.
void derive_and_commit(IndexStore& store, IndexReport& report, std::size_t jobs = 1);

/// One indexing run on `db_path`: opens the store (throwing savant::Error as
/// IndexStore does), lets `store_inputs` put and remove records and count them
/// in the report, then derive_and_commit(), then calls `on_derived` (if any)
/// when researchers were re-derived and committed. A sharded index (`shards`
/// > 0, or `db_path` already sharded) goes through run_sharded_indexing()
/// instead. Xapian errors become savant::Error naming `db_path`; the report's
/// time runs from `started`.
IndexReport run_indexing(const std::string& db_path, std::size_t shards, IndexReport report,
                         std::chrono::steady_clock::time_point started,
                         const StoreInputs& store_inputs,
                         const std::function<void(const IndexReport&)>& on_derived = {},
                         const RunSettings& settings = {});

/// Sets Xapian's flush threshold for the writable databases opened after it
/// (Xapian 1.4 reads it from the environment); 0 changes nothing.
void set_flush_threshold(std::size_t documents);

}  // namespace savant::indexer

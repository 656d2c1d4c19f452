// SPDX-License-Identifier: MIT
// A first build on several writers: Xapian's inverter is most of an indexing
// run and one WritableDatabase is one thread, so a new index's researchers are
// written into several part databases at once and merged with Xapian's
// compaction into a new index that replaces the old one in one rename.
#pragma once

#include "indexer/index_store.hpp"
#include <savant/index.hpp>

#include <cstddef>
#include <string>

namespace savant::indexer {

/// Derives researchers from every record of `store` on `parts` threads, each
/// building and writing a contiguous run of researchers into its own part
/// database (DB_NO_SYNC, beside the index), then compacts the index's records
/// and the parts, in that order, into a new index (document ids as a single
/// writer would give them), marks its derivation complete and swaps it with
/// the index directory atomically (renameat2 RENAME_EXCHANGE); `store` is
/// closed. Until the swap the index holds only its committed records, with
/// derivation pending, so a killed bulk build is redone by the next run.
/// Returns false, having written nothing, when the file system cannot swap
/// directories atomically; the caller then derives the usual way. Requires
/// store.holds_only_records(). Sets the report's counts and bulk_writers.
bool bulk_derive(IndexStore& store, IndexReport& report, std::size_t parts);

/// Removes what a bulk build killed before cleaning up left beside the index
/// at `index_path` (never part of the index). Call with the index's lock held.
void remove_bulk_leftovers(const std::string& index_path);

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
// An indexing run over a sharded index: the same steps as on one index, with
// each researcher, their evidence and their source records routed to one shard.
#pragma once

#include "indexer/derive_researchers.hpp"
#include <savant/index.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace savant::indexer {

/// Whether `dir` holds a sharded index (a stub file savant wrote).
bool is_sharded_index(const std::string& dir);

/// One indexing run on the sharded index `dir`: `shards` shards when new; an
/// existing index keeps its shard count (`shards` 0, or the same count). Each
/// researcher goes to shard schema::shard_of(id): their researcher and
/// evidence documents and the source records they were derived from; one
/// whose id changed is moved, and no researcher is left on two shards. As on
/// one index, records are committed in batches (on every shard) and
/// researchers are derived only when records changed, in one transaction per
/// shard; the shards commit in turn, then the stub file listing them is
/// written. `on_derived` is called as run_indexing() calls it; `jobs` threads
/// build researchers and their documents.
/// Throws savant::Error: usage for another shard count or a single index at
/// `dir`, incompatible_index for a directory that is not a savant index, and
/// what IndexStore throws for each shard.
IndexReport run_sharded_indexing(const std::string& dir, std::size_t shards, IndexReport report,
                                 std::chrono::steady_clock::time_point started,
                                 const StoreInputs& store_inputs,
                                 const std::function<void(const IndexReport&)>& on_derived,
                                 std::size_t jobs = 1);

}  // namespace savant::indexer

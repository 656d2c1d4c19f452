// SPDX-License-Identifier: MIT
// How a sharded index is laid out: which shard holds a researcher, what the
// shard directories are called, and the Xapian stub file that lists them.
// The indexer writes this layout; the searcher only reads stub files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

/// Name of the stub file inside a sharded index directory. Xapian opens a
/// directory holding a file of this name as the databases the file lists (a
/// "stub directory"), so `DIR` itself opens as the whole index.
inline constexpr std::string_view kStubFileName = "XAPIANDB";

/// Metadata key of each shard: "<shard>/<shards>", e.g. "0/3".
inline constexpr std::string_view kMetaShard = "savant.shard";

/// The shard (0 .. shards-1) that holds researcher `researcher_id`: FNV-1a of
/// the id modulo the shard count, so it never changes while the id does not.
std::size_t shard_of(std::string_view researcher_id, std::size_t shards);

/// The directory name of shard `shard` within a sharded index ("shard-0").
std::string shard_directory_name(std::size_t shard);

/// The text of the stub file of a sharded index of `shards` shards: one
/// `auto shard-N` line each (relative, so the index may be moved as a whole).
std::string stub_text(std::size_t shards);

/// The shard count of the sharded index whose stub file holds `text`, or 0
/// when `text` is not such a stub (another stub, or shards listed out of order).
std::size_t shard_count_of_stub(std::string_view text);

}  // namespace savant::schema

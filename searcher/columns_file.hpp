// SPDX-License-Identifier: MIT
// A database's ranking columns and document lengths, saved beside it so that
// the first search of every new process need not read them from every
// document again: building them is the whole cost of a one-shot `savant
// search` of a broad query (0.6 s at 100,000 documents, 6-9 s at 1,000,000),
// loading them a small part of it. The file is a cache: named by the
// database's UUID and revision, ignored when it is of another revision or
// damaged in any way, rebuilt and replaced then; deleting it loses nothing.
#pragma once

#include "searcher/direct_matches.hpp"
#include "searcher/unit_columns.hpp"

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <optional>

namespace savant::searcher {

struct SavedColumns {
  std::shared_ptr<const UnitColumns> columns;
  std::shared_ptr<const DocumentLengths> lengths;
};

/// Where the columns of the database in directory `dir` are saved.
std::filesystem::path columns_file(const std::filesystem::path& dir);

/// The columns and lengths `file` holds when they are those of `db` (one
/// local database) at its revision; std::nullopt when there is no such file
/// or it is of another database or revision, truncated or damaged.
std::optional<SavedColumns> load_columns(const std::filesystem::path& file,
                                         const Xapian::Database& db);

/// Saves `columns` and `lengths`, both of `db` at its revision, to `file`:
/// written beside it and renamed over it, so that a reader sees the old file
/// or the new one, whole. False (nothing changed) when that cannot be done,
/// e.g. in a read-only index directory.
bool save_columns(const std::filesystem::path& file, const Xapian::Database& db,
                  const UnitColumns& columns, const DocumentLengths& lengths);

}  // namespace savant::searcher

// SPDX-License-Identifier: MIT
// One set of ranking columns per index revision for the whole process: every
// Searcher on the same database at the same revision (the pooled Searchers of
// `savant serve`, one per worker thread) uses the same UnitColumns, so they are
// read once per commit (about 1 CPU s at 100,000 documents) and held once
// (40 MB at 100,000 documents), not once per Searcher.
#pragma once

#include "searcher/unit_columns.hpp"

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <memory>

namespace savant::searcher {

/// The columns of `db` at its revision: the ones some Searcher already holds,
/// or read now (once, however many threads ask at the same time). `db` is one
/// local database; a revision is named by the database's UUID and revision
/// number, so a database re-created at the same path is never confused with
/// the old one. An entry lives as long as some Searcher holds its columns.
/// Thread-safe.
/// `built`, when given, tells whether this call read them from the database.
std::shared_ptr<const UnitColumns> shared_columns(const Xapian::Database& db,
                                                  bool* built = nullptr);

/// The columns of `db`'s revision if some Searcher holds them, else those
/// `load` gives (columns saved with the database, searcher/columns_file),
/// which then are the revision's for every Searcher; null when it gives none.
/// `load` runs under the lock (once, however many threads ask at once).
std::shared_ptr<const UnitColumns> shared_or_loaded_columns(
    const Xapian::Database& db, const std::function<std::shared_ptr<const UnitColumns>()>& load);

/// The columns of `db`'s revision if some Searcher holds them, else null.
std::shared_ptr<const UnitColumns> existing_columns(const Xapian::Database& db);

/// How many times shared_columns() has read columns in this process.
std::size_t columns_read();

}  // namespace savant::searcher

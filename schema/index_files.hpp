// SPDX-License-Identifier: MIT
// Files savant keeps in an index directory beside Xapian's own.
#pragma once

#include <string_view>

namespace savant::schema {

/// The ranking columns and document lengths of one revision, saved by the
/// searcher for the next process (searcher/columns_file): a cache, named
/// inside by the database's UUID and revision. An index run that changes
/// the index deletes it, so that a stale copy does not take disk space until
/// the next broad search replaces it.
inline constexpr std::string_view kColumnsCacheFile = "savant-columns.cache";

}  // namespace savant::schema

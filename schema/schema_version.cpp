// SPDX-License-Identifier: MIT
// Writes and checks the schema version stored in the index's metadata.
#include "schema/schema_version.hpp"

#include <fmt/format.h>

#include <savant/error.hpp>

#include "schema/prefixes.hpp"

namespace savant::schema {

void write_schema_version(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(kMetaSchemaVersion), std::to_string(kSchemaVersion));
}

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  std::string stored = db.get_metadata(std::string(kMetaSchemaVersion));
  if (stored.empty()) {
    throw Error(ErrorCategory::incompatible_index,
                fmt::format("{}: not a savant index (a Xapian database without savant's schema "
                            "version; re-create it with 'savant index')",
                            path));
  }
  if (stored != std::to_string(kSchemaVersion)) {
    throw Error(ErrorCategory::incompatible_index,
                fmt::format("{}: index has schema version {}, this savant reads version {}; "
                            "re-index into a new directory",
                            path, stored, kSchemaVersion));
  }
}

}  // namespace savant::schema

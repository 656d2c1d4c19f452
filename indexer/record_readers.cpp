// SPDX-License-Identifier: MIT
#include "indexer/record_readers.hpp"

#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace savant::indexer {

DocumentRecord RecordReaders::load(const std::string& source) {
  std::unique_ptr<Xapian::Database> db;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      db = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!db) db = std::make_unique<Xapian::Database>(path_);
  const std::string term = schema::source_unique_term(source);
  std::string data;
  for (int attempt = 0;; ++attempt) {
    try {
      auto it = db->postlist_begin(term);
      if (it == db->postlist_end(term)) {
        throw Error(
            ErrorCategory::index_corrupt,
            fmt::format("{}: the stored record of {} vanished while indexing", path_, source));
      }
      data = db->get_document(*it).get_data();
      break;
    } catch (const Xapian::DatabaseModifiedError&) {
      // The writer committed a slice of derived documents since this view
      // was opened; the records themselves are unchanged.
      if (attempt >= 3) throw;
      db->reopen();
    }
  }
  DocumentRecord record = schema::record_from_data(data);
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(db));
  return record;
}

}  // namespace savant::indexer

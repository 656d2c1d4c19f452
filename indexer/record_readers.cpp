// SPDX-License-Identifier: MIT
#include "indexer/record_readers.hpp"

#include "schema/record_json.hpp"
#include "schema/terms.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <exception>
#include <optional>

namespace savant::indexer {

namespace {

// The record stored as document `docid` of `db`, when that document is the
// stored record of `source`: the id comes from a read of the index that may
// be older or newer than `db`'s view.
std::optional<DocumentRecord> record_at(Xapian::Database& db, Xapian::docid docid,
                                        const std::string& source) {
  if (docid == 0 || source.empty()) return std::nullopt;
  std::string data;
  try {
    data = db.get_document(docid, Xapian::DOC_ASSUME_VALID).get_data();
  } catch (const Xapian::DocNotFoundError&) {
    return std::nullopt;
  }
  // Only source records hold a record's data; any other document's data
  // (a researcher's, a unit's) is not one, or names another source.
  try {
    DocumentRecord record = schema::record_from_data(data);
    if (record.source == source) return record;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

}  // namespace

DocumentRecord RecordReaders::load(const std::string& source, std::uint32_t docid) {
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
      if (std::optional<DocumentRecord> found = record_at(*db, docid, source)) {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(db));
        return std::move(*found);
      }
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

// SPDX-License-Identifier: MIT
// index_records(): records given in memory take the path files take once
// read: stored with a content hash, then researchers re-derived and committed.
#include "indexer/derive_researchers.hpp"
#include "indexer/index_store.hpp"
#include "indexer/privacy/contact_details.hpp"
#include "schema/record_json.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/text_signature.hpp"
#include "schema/venues.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <set>

namespace savant {
namespace {

using namespace savant::indexer;

void check_record_options(const RecordIndexOptions& options) {
  if (options.db_path.empty()) throw Error(ErrorCategory::usage, "no index path given");
  std::set<std::string> sources;
  for (std::size_t i = 0; i < options.records.size(); ++i) {
    const std::string& source = options.records[i].source;
    if (source.empty()) {
      throw Error(ErrorCategory::usage, fmt::format("record {} has no source", i + 1));
    }
    if (!sources.insert(source).second) {
      throw Error(ErrorCategory::usage, fmt::format("two records have the source '{}'", source));
    }
  }
}

// Every text field of a record, so validation and cleaning visit the same set.
template <typename Record, typename Visit>
void for_each_text(Record& r, Visit visit) {
  visit(r.name);
  visit(r.text);
  for (auto& s : r.affiliations) visit(s);
  for (auto& s : r.emails) visit(s);
  for (auto& e : r.evidence) {
    for (auto* field : {&e.title, &e.text, &e.venue, &e.organisation, &e.position, &e.dates}) {
      visit(*field);
    }
    for (auto& s : e.authors) visit(s);
  }
}

bool is_valid(const DocumentRecord& record) {
  bool valid = true;
  for_each_text(record, [&](const std::string& s) { valid = valid && schema::is_valid_utf8(s); });
  return valid;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// What a reader would have produced: clean text, canonical venues, lower-case
// e-mails and a whole text for near-duplicate detection, so that records and
// files are matched, merged and searched alike.
DocumentRecord prepared(DocumentRecord record) {
  for_each_text(record, [](std::string& s) { s = schema::normalize_text(s); });
  if (record.format.empty()) record.format = "record";
  for (auto& email : record.emails) email = lower_ascii(email);
  for (Evidence& e : record.evidence) {
    if (e.sources.empty()) e.sources.push_back(record.source);
    if (const schema::Venue* venue = schema::VenueTable::builtin().find(e.venue)) {
      e.venue = venue->id;
    }
  }
  if (record.text.empty()) {
    record.text = record.name;
    for (const Evidence& e : record.evidence) record.text += "\n" + e.title + "\n" + e.text;
  }
  indexer::redact_contact_details(record);  // never indexed, kept to show on request
  record.text_signature = schema::text_signature(record.text);  // what is stored of the text
  return record;
}

}  // namespace

IndexReport index_records(const RecordIndexOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  check_record_options(options);
  IndexReport known;  // what is known before the index is opened
  known.files_seen = options.records.size();
  auto store_records = [&](RecordStore& store, IndexReport& report) {
    for (const DocumentRecord& given : options.records) {
      if (!is_valid(given)) {
        report.failures.push_back({given.source, "not valid UTF-8"});
        continue;
      }
      DocumentRecord record = prepared(given);
      // The record's own JSON is its content: the same record given again hashes alike.
      const std::uint64_t hash = schema::stable_hash(schema::to_json(record).dump());
      auto stored = store.find_record(record.source);
      if (stored && stored->content_hash == hash) {
        ++report.files_unchanged;
        continue;
      }
      store.put_record(record, hash);
      ++report.files_indexed;
    }
    for (const std::string& source : options.remove) {
      if (!store.find_record(source)) continue;
      store.remove_record(source);
      ++report.files_removed;
    }
  };
  return run_indexing(options.db_path, options.shards, std::move(known), started, store_records);
}

}  // namespace savant

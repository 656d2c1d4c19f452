// SPDX-License-Identifier: MIT
// Omega's re-indexing model: unique terms, replace_document and a sweep, plus a
// fingerprint check so an unchanged corpus leaves the index untouched; records
// in batched transactions, derived documents in one final transaction.
#include "indexer/index_store.hpp"

#include "indexer/identity/identity_record.hpp"
#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/schema_version.hpp"
#include "schema/terms.hpp"
#include "schema/text_normalizer.hpp"
#include "schema/xapian_errors.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <sstream>
#include <unordered_set>

namespace savant::indexer {
namespace {

using namespace savant::schema;

Xapian::WritableDatabase open_writable(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    throw Error(ErrorCategory::incompatible_index,
                fmt::format("{}: exists and is not an index directory", path));
  }
  // A non-empty directory without Xapian files is someone else's: refuse to write into it.
  if (fs::is_directory(path, ec) && !fs::is_empty(path, ec) &&
      !fs::exists(fs::path(path) / "iamglass", ec)) {
    throw Error(ErrorCategory::incompatible_index,
                fmt::format("{}: directory is not empty and holds no savant index", path));
  }
  fs::create_directories(path, ec);
  if (ec) {
    throw Error(ErrorCategory::io,
                fmt::format("{}: cannot create index directory: {}", path, ec.message()));
  }
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    if (db.get_doccount() > 0) {
      check_schema_version(db, path);
    } else if (db.get_metadata(std::string(kMetaSchemaVersion)).empty()) {
      // A new index is a savant index from its first commit, so searchers can
      // open it even if this run is killed before storing anything.
      write_schema_version(db);
      db.commit();
    }
    return db;
  } catch (const Xapian::Error& e) {
    throw translate_xapian_error(e, path);
  }
}

std::optional<Xapian::docid> docid_of(Xapian::WritableDatabase& db, const std::string& unique) {
  auto it = db.postlist_begin(unique);
  if (it == db.postlist_end(unique)) return std::nullopt;
  return *it;
}

// A slot's values, asked for at rising docids: the streams of several slots
// are read side by side in one pass, instead of each record's values through
// its document.
class ValueCursor {
 public:
  ValueCursor(Xapian::Database& db, Xapian::valueno slot)
      : it_(db.valuestream_begin(slot)), end_(db.valuestream_end(slot)) {}

  /// The value of document `id`, or nullptr when it has none in the slot.
  const std::string* at(Xapian::docid id) {
    if (it_ != end_ && it_.get_docid() < id) it_.skip_to(id);
    if (it_ == end_ || it_.get_docid() != id) return nullptr;
    value_ = *it_;
    return &value_;
  }

 private:
  Xapian::ValueIterator it_;
  Xapian::ValueIterator end_;
  std::string value_;
};

// A content hash value (hex, as fmt wrote it).
bool parse_hex(const std::string& text, std::uint64_t& out) {
  const char* end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, out, 16);
  return error == std::errc() && at == end && !text.empty();
}

// Metadata entries "savant.derived.<hash of researcher id>" = "<records key>
// <documents> <publications> <evidence>": what each researcher was derived from.
constexpr std::string_view kDerivedEntryPrefix = "savant.derived.";

std::size_t distinct_documents(const std::vector<BuiltDocument>& documents) {
  std::unordered_set<std::string_view> unique;
  for (const BuiltDocument& built : documents) unique.insert(built.unique_term);
  return unique.size();
}

}  // namespace

std::string derived_key_entry(const std::string& researcher_id) {
  return fmt::format("{}{:016x}", kDerivedEntryPrefix, stable_hash(researcher_id));
}

std::string derived_key_value(const std::string& records_key,
                              const std::vector<BuiltDocument>& documents,
                              const KeptCounts& counts) {
  return fmt::format("{} {} {} {}", records_key, distinct_documents(documents), counts.publications,
                     counts.evidence);
}

IndexStore::IndexStore(const std::string& path)
    : path_(path), db_(open_writable(path)), fresh_(db_.get_doccount() == 0) {}

std::optional<StoredRecord> IndexStore::find_record(const std::string& source) {
  auto id = docid_of(db_, source_unique_term(source));
  if (!id) return std::nullopt;
  Xapian::Document doc = db_.get_document(*id);
  StoredRecord stored;
  stored.record = record_from_data(doc.get_data());
  stored.content_hash = std::stoull(doc.get_value(kSlotContentHash), nullptr, 16);
  return stored;
}

std::optional<StoredSource> IndexStore::find_source(const std::string& source) {
  if (sources_) {
    if (auto it = sources_->find(source); it != sources_->end()) return it->second;
    // Not read at once (none such, or a value that did not parse): ask the index.
  }
  auto id = docid_of(db_, source_unique_term(source));
  if (!id) return std::nullopt;
  Xapian::Document doc = db_.get_document(*id);
  StoredSource stored;
  stored.content_hash = std::stoull(doc.get_value(kSlotContentHash), nullptr, 16);
  stored.stamp = parse_stamp(doc.get_value(kSlotFileStamp));
  return stored;
}

std::vector<IdentityRecord> IndexStore::identity_records(bool keep_near_duplicate_fields) {
  // One pass: titles and sketches are kept until it is known whether any
  // record names no one (reading every record twice cost more than they weigh).
  // Each record's identity, path and content hash come from their slots' value
  // streams, read in docid order beside the records' postings; the record's
  // data (JSON, compressed) is read only for a record stored before
  // kSlotIdentity existed.
  const std::string kind = std::string(kPrefixKind) + std::string(kKindSource);
  std::vector<IdentityRecord> records;
  records.reserve(db_.get_termfreq(kind));
  ValueCursor identities(db_, kSlotIdentity);
  ValueCursor paths(db_, kSlotSourcePath);
  ValueCursor hashes(db_, kSlotContentHash);
  bool anonymous = false;
  for (auto it = db_.postlist_begin(kind); it != db_.postlist_end(kind); ++it) {
    std::optional<IdentityRecord> record;
    const std::string* path = paths.at(*it);
    if (const std::string* value = identities.at(*it); value && path) {
      record = identity_of_value(*value);
      if (record) record->source = *path;
    }
    if (!record) record = identity_of(record_from_data(db_.get_document(*it).get_data()));
    const std::string* hash = hashes.at(*it);
    record->content_hash = std::stoull(hash ? *hash : std::string(), nullptr, 16);
    record->docid = *it;
    anonymous = anonymous || is_anonymous(*record);
    records.push_back(std::move(*record));
  }
  if (!anonymous && !keep_near_duplicate_fields) drop_near_duplicate_fields(records);
  return records;
}

void IndexStore::expect_source_lookups(std::size_t lookups) {
  const std::string kind = std::string(kPrefixKind) + std::string(kKindSource);
  const Xapian::doccount stored = db_.get_termfreq(kind);
  if (stored == 0 || lookups < stored / 8) return;
  std::unordered_map<std::string, StoredSource> sources;
  sources.reserve(stored);
  ValueCursor paths(db_, kSlotSourcePath);
  ValueCursor hashes(db_, kSlotContentHash);
  ValueCursor stamps(db_, kSlotFileStamp);
  for (auto it = db_.postlist_begin(kind); it != db_.postlist_end(kind); ++it) {
    const std::string* path = paths.at(*it);
    const std::string* hash = hashes.at(*it);
    StoredSource stored_source;
    if (!path || !hash || !parse_hex(*hash, stored_source.content_hash)) continue;
    if (const std::string* stamp = stamps.at(*it)) stored_source.stamp = parse_stamp(*stamp);
    sources.emplace(*path, std::move(stored_source));
  }
  sources_ = std::move(sources);
}

std::vector<std::string> IndexStore::all_sources() {
  std::vector<std::string> sources;
  const std::string kind = std::string(kPrefixKind) + std::string(kKindSource);
  sources.reserve(db_.get_termfreq(kind));
  ValueCursor paths(db_, kSlotSourcePath);  // a stream, not a document read per source
  for (auto it = db_.postlist_begin(kind); it != db_.postlist_end(kind); ++it) {
    const std::string* path = paths.at(*it);
    sources.push_back(path ? *path : std::string());
  }
  return sources;
}

void IndexStore::open_transaction() {
  if (in_transaction_) return;
  db_.begin_transaction();
  in_transaction_ = true;
}

void IndexStore::begin_batch() {
  open_transaction();
  if (!records_changed_) {
    // Committed with the first batch: until the final transaction clears it,
    // the stored records are ahead of the researchers derived from them.
    db_.set_metadata(std::string(kMetaDerivePending), "1");
    records_changed_ = true;
  }
}

void IndexStore::put_record(const DocumentRecord& record, std::uint64_t content_hash,
                            const std::optional<FileStamp>& stamp, std::size_t bytes) {
  sources_.reset();
  begin_batch();
  DocumentBuilder builder;
  BuiltDocument built = builder.source_document(record, content_hash);
  if (stamp) built.document.add_value(kSlotFileStamp, to_string(*stamp));
  // In an index that was empty when opened, a source not stored before in
  // this run is not there: adding skips the unique term's lookup. A hash seen
  // before (the same source, or rarely another) takes the safe way.
  if (fresh_ && stored_sources_.insert(schema::stable_hash(record.source)).second) {
    db_.add_document(built.document);
  } else {
    db_.replace_document(built.unique_term, built.document);
  }
  ++written_;
  ++batch_records_;
  batch_bytes_ += bytes;
}

void IndexStore::put_stamp(const std::string& source, const FileStamp& stamp) {
  sources_.reset();
  auto id = docid_of(db_, source_unique_term(source));
  if (!id) return;
  open_transaction();  // a new stamp alone changes no record: nothing to re-derive
  Xapian::Document doc = db_.get_document(*id);
  doc.add_value(kSlotFileStamp, to_string(stamp));
  db_.replace_document(*id, doc);
}

void IndexStore::remove_record(const std::string& source) {
  sources_.reset();
  begin_batch();
  db_.delete_document(source_unique_term(source));
  ++deleted_;
  ++batch_records_;
}

bool IndexStore::commit_batch() {
  if (!in_transaction_) return false;
  db_.commit_transaction();
  in_transaction_ = false;
  batch_records_ = 0;
  batch_bytes_ = 0;
  return true;
}

bool IndexStore::needs_derive() {
  return records_changed_ || db_.get_metadata(std::string(kMetaDerivePending)) == "1";
}

void IndexStore::begin_derive() {
  commit_batch();
  // With no complete derivation in the index there is nothing for readers to
  // keep seeing: the derived documents are committed in slices, because Xapian
  // holds a transaction's value changes in memory until it commits.
  sliced_ = db_.get_metadata(std::string(kMetaTotals)).empty();
  open_transaction();
}

void IndexStore::put_derived(const std::vector<BuiltDocument>& group) {
  // A first build has nothing to compare with or replace: adding skips two
  // unique-term lookups per document. Unique terms can only repeat within one
  // researcher's group (ids are unique), so the guard is per group.
  std::unordered_set<std::string_view> added;
  for (const BuiltDocument& built : group) {
    if (fresh_ && added.insert(built.unique_term).second) {
      produced_.insert(db_.add_document(built.document));
      ++written_;
    } else {
      put_one_derived(built);
    }
  }
  derived_in_slice_ += group.size();
  if (sliced_ && derived_in_slice_ >= derived_slice_) {
    db_.commit_transaction();
    db_.begin_transaction();
    derived_in_slice_ = 0;
  }
}

void IndexStore::put_one_derived(const BuiltDocument& built) {
  if (auto id = docid_of(db_, built.unique_term)) {
    if (db_.get_document(*id).get_value(kSlotFingerprint) == built.fingerprint) {
      produced_.insert(*id);
      return;
    }
  }
  produced_.insert(db_.replace_document(built.unique_term, built.document));
  ++written_;
  derived_replaced_ = true;  // or added: either way worth a look for dead words
}

void IndexStore::remember_derived(const std::string& id, const std::string& records_key,
                                  const std::vector<BuiltDocument>& documents,
                                  const KeptCounts& counts) {
  std::string entry = derived_key_entry(id);
  std::string value = derived_key_value(records_key, documents, counts);
  if (db_.get_metadata(entry) != value) db_.set_metadata(entry, value);
  derived_entries_.insert(std::move(entry));
}

std::vector<std::optional<KeptCounts>> IndexStore::keep_unchanged(
    const std::vector<KeepAsk>& asks) {
  const std::size_t n = asks.size();
  std::vector<std::string> entries(n);
  std::vector<std::string> terms(n);
  for (std::size_t i = 0; i < n; ++i) {
    entries[i] = derived_key_entry(asks[i].id);
    terms[i] = make_term(kPrefixResearcher, asks[i].id);
  }
  auto in_order_of = [n](const std::vector<std::string>& keys) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return keys[a] < keys[b]; });
    return order;
  };
  std::vector<std::optional<KeptCounts>> kept(n);
  std::vector<Xapian::doccount> documents(n, 0);
  for (std::size_t i : in_order_of(entries)) {
    std::istringstream in(db_.get_metadata(entries[i]));
    std::string key;
    KeptCounts counts;
    if ((in >> key >> documents[i] >> counts.publications >> counts.evidence) &&
        key == asks[i].records_key) {
      kept[i] = counts;
    }
  }
  // Every document of the researcher carries their id: all must still be
  // there (forget deletes them; an index written before the entry lacks it).
  const std::vector<std::size_t> by_term = in_order_of(terms);
  for (std::size_t i : by_term) {
    if (kept[i] && db_.get_termfreq(terms[i]) != documents[i]) kept[i].reset();
  }
  for (std::size_t i : by_term) {
    if (!kept[i]) continue;
    for (auto it = db_.postlist_begin(terms[i]); it != db_.postlist_end(terms[i]); ++it) {
      produced_.insert(*it);
    }
    derived_entries_.insert(std::move(entries[i]));
  }
  return kept;
}

void IndexStore::sweep_derived() {
  std::vector<Xapian::docid> stale;
  for (std::string_view kind : {kKindResearcher, kKindEvidence}) {
    const std::string term = std::string(kPrefixKind) + std::string(kind);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
      if (!produced_.contains(*it)) stale.push_back(*it);
    }
  }
  for (Xapian::docid id : stale) db_.delete_document(id);
  deleted_ += stale.size();
  if (!stale.empty()) derived_replaced_ = true;
  if (prunes_vocabulary_ && vocabulary_may_have_died()) {
    prune_vocabulary([this](const std::string& term) { return db_.get_termfreq(term); });
  }
  std::vector<std::string> gone;
  const std::string prefix(kDerivedEntryPrefix);
  for (auto it = db_.metadata_keys_begin(prefix); it != db_.metadata_keys_end(prefix); ++it) {
    if (derived_entries_.count(*it) == 0) gone.push_back(*it);
  }
  for (const std::string& entry : gone) db_.set_metadata(entry, "");
}

void IndexStore::prune_vocabulary(const IndexTermFrequency& frequency) {
  prune_dead_words(db_, frequency);
}

void IndexStore::set_metadata(const std::string& key, const std::string& value) {
  if (db_.get_metadata(key) == value) return;
  open_transaction();
  db_.set_metadata(key, value);
}

void mark_derivation_complete(Xapian::WritableDatabase& db, const DerivedTotals& totals) {
  if (db.get_metadata(std::string(kMetaSchemaVersion)).empty()) write_schema_version(db);
  db.set_metadata(std::string(kMetaTotals), fmt::format("{} {} {}", totals.researchers,
                                                        totals.publications, totals.evidence));
  db.set_metadata(std::string(kMetaDerivePending), "");
}

void IndexStore::commit_derive(const DerivedTotals& totals) {
  vocabulary_.flush(db_);
  mark_derivation_complete(db_, totals);
  db_.commit_transaction();
  in_transaction_ = false;
}

bool IndexStore::holds_only_records() {
  if (!needs_derive() || !db_.get_metadata(std::string(kMetaTotals)).empty()) return false;
  for (std::string_view kind : {kKindResearcher, kKindEvidence}) {
    if (db_.get_termfreq(std::string(kPrefixKind) + std::string(kind)) > 0) return false;
  }
  return true;
}

void IndexStore::close() {
  commit_batch();
  db_.close();
}

DerivedTotals IndexStore::stored_totals() {
  DerivedTotals totals;
  std::istringstream in(db_.get_metadata(std::string(kMetaTotals)));
  if (in >> totals.researchers >> totals.publications >> totals.evidence) return totals;
  // An index written before totals were kept: count what is there.
  totals = DerivedTotals{};
  totals.researchers = db_.get_termfreq(std::string(kPrefixKind) + std::string(kKindResearcher));
  totals.evidence = db_.get_termfreq(std::string(kPrefixKind) + std::string(kKindEvidence));
  totals.publications = db_.get_termfreq(std::string(kPrefixKind) + "publication");
  return totals;
}

std::optional<Researcher> IndexStore::find_researcher(const std::string& id) {
  auto docid = docid_of(db_, researcher_unique_term(id));
  if (!docid) return std::nullopt;
  return researcher_from_json(nlohmann::json::parse(db_.get_document(*docid).get_data()));
}

std::map<std::string, std::string> IndexStore::excluded() {
  const std::string stored = db_.get_metadata(std::string(kMetaExcluded));
  std::map<std::string, std::string> result;
  if (stored.empty()) return result;
  // Parsed into a variable: a range-for over parse(...).items() would iterate a dead temporary.
  const nlohmann::json object = nlohmann::json::parse(stored);
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (it->is_string()) result[it.key()] = it->get<std::string>();
  }
  return result;
}

void IndexStore::set_excluded(const std::map<std::string, std::string>& excluded) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [path, id] : excluded) object[path] = id;
  // Not a record change: forget() drops records too (which marks derivation
  // pending), unforget() only lets files back for the next index run.
  set_metadata(std::string(kMetaExcluded), excluded.empty() ? "" : object.dump());
}

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
// The writable side of an index: stored source records, change-aware
// document writes and the sweep of documents no longer produced, all inside
// Xapian transactions so a killed run leaves the last committed state.
#pragma once

#include "indexer/docid_set.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/file_stamp.hpp"
#include "indexer/identity/identity_record.hpp"
#include "indexer/record_store.hpp"
#include "indexer/vocabulary_documents.hpp"
#include <savant/records.hpp>

#include <xapian.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace savant::indexer {

/// Totals of the last derivation, kept in the index's metadata.
struct DerivedTotals {
  std::size_t researchers = 0;
  std::size_t publications = 0;
  std::size_t evidence = 0;
};

/// Publication and evidence counts of a researcher kept as they are in the index.
struct KeptCounts {
  std::size_t publications = 0;
  std::size_t evidence = 0;
};

/// The metadata entry remembering what researcher `id` was derived from
/// (see IndexStore::remember_derived()), and its value.
std::string derived_key_entry(const std::string& researcher_id);
std::string derived_key_value(const std::string& records_key,
                              const std::vector<BuiltDocument>& documents,
                              const KeptCounts& counts);

/// Records `totals` in `db`'s metadata and clears the pending mark: what makes
/// a derivation complete (the caller commits).
void mark_derivation_complete(Xapian::WritableDatabase& db, const DerivedTotals& totals);

/// Owns the WritableDatabase of one indexing run. Not thread-safe.
///
/// Writes happen in two phases. Records are stored in batches, each a Xapian
/// transaction (begin_batch() opens one on the first write, commit_batch()
/// commits it); the first batch also marks derivation as pending. Derived
/// documents (researchers and evidence) are then written, swept and the mark
/// cleared in one final transaction (begin_derive() ... commit_derive()). A
/// reader therefore always sees the researchers of one whole derivation (on
/// a first build, part of the first one: see put_derived()).
class IndexStore : public RecordStore {
 public:
  /// Opens or creates the index at `path`. Throws savant::Error: index_locked
  /// when another writer has it, incompatible_index when it is not savant's.
  explicit IndexStore(const std::string& path);

  /// The stored record of `source`, if any.
  std::optional<StoredRecord> find_record(const std::string& source) override;

  /// The stored hash and file stamp of `source`, without parsing its record.
  std::optional<StoredSource> find_source(const std::string& source) override;

  /// What grouping into researchers reads of every stored record, with its
  /// content hash (identity_of(): title hashes and text sketches only when
  /// some record names no one, or always with `keep_near_duplicate_fields`,
  /// for a caller that decides over several stores), so memory does not hold
  /// the whole corpus.
  std::vector<IdentityRecord> identity_records(bool keep_near_duplicate_fields = false);

  /// The index directory.
  const std::string& path() const { return path_; }

  /// Sources of every stored record.
  std::vector<std::string> all_sources() override;

  /// When `lookups` is at least 1/8 of the stored records, reads every stored
  /// source's path, hash and stamp as value streams, one pass: a lookup of
  /// each file otherwise costs a term lookup and a document read (42% of a
  /// run on 100,000 unchanged files). Any record change drops what was read.
  void expect_source_lookups(std::size_t lookups) override;

  /// Stores (or replaces) a record; `bytes` is its input size, for batching.
  void put_record(const DocumentRecord& record, std::uint64_t content_hash,
                  const std::optional<FileStamp>& stamp = std::nullopt,
                  std::size_t bytes = 0) override;

  /// Replaces the file stamp of a stored source whose content is unchanged.
  void put_stamp(const std::string& source, const FileStamp& stamp) override;

  /// Drops a stored record.
  void remove_record(const std::string& source) override;

  /// Records changed in the open batch, and the input bytes they came from.
  std::size_t batch_records() const override { return batch_records_; }
  std::size_t batch_bytes() const override { return batch_bytes_; }

  /// Commits the open batch of record changes, if any. Returns whether it did.
  bool commit_batch() override;

  /// Whether any record changed in this run, or an earlier run stored records
  /// but was stopped before deriving researchers from them.
  bool needs_derive() override;

  /// Opens the final transaction of derived documents.
  void begin_derive();

  /// Writes the derived documents of one researcher (their researcher and
  /// evidence documents), each unless an identical one is already there, and
  /// remembers them as produced by this run. When the index holds no complete
  /// derivation yet (a first build), commits every set_derived_slice() documents (default 50,000),
  /// which bounds memory; readers then see part of the researchers until the
  /// run ends, and the pending mark stays set until commit_derive().
  void put_derived(const std::vector<BuiltDocument>& group);

  /// Notes the spelling words of a researcher just put: those the index
  /// lacks are added to its vocabulary documents when the derivation commits.
  void put_words(const SpellingWords& words) { vocabulary_.add(db_, words); }

  /// The same for one word, which a sharded index keeps on this shard
  /// (the shard of its vocabulary document, not of its researcher).
  void put_word(const std::string& word) { vocabulary_.add(db_, word); }

  /// Whether sweep_derived() prunes the vocabulary's dead words (the
  /// default), judging by this index alone; a shard's are judged by every shard.
  void set_prunes_vocabulary(bool prunes) { prunes_vocabulary_ = prunes; }

  /// Whether this run replaced or deleted derived documents of an index that
  /// had some, so that some word may have lost its last researcher.
  bool vocabulary_may_have_died() const { return derived_replaced_ && !fresh_; }

  /// Prunes the vocabulary's words whose free-text term has `frequency` 0
  /// (prune_dead_words()), in the open transaction.
  void prune_vocabulary(const IndexTermFrequency& frequency);

  /// How many documents of this index have `term`.
  Xapian::doccount term_frequency(const std::string& term) { return db_.get_termfreq(term); }

  /// Sets how many derived documents a slice of a first build holds (>= 1).
  void set_derived_slice(std::size_t documents) { derived_slice_ = documents; }

  /// Remembers, in the open transaction, that researcher `id` was derived
  /// from records hashing to `records_key` (records_key()) into `documents`.
  void remember_derived(const std::string& id, const std::string& records_key,
                        const std::vector<BuiltDocument>& documents, const KeptCounts& counts);

  /// A researcher to keep when unchanged: their id and records_key().
  struct KeepAsk {
    std::string id;
    std::string records_key;
  };

  /// For each of `asks`, in its order: when researcher `id` was last derived
  /// from records hashing to `records_key` and all their documents are still
  /// there, counts them as produced by this run (the sweep keeps them) and
  /// gives their counts. Asked all at once, so that the remembered entries are
  /// read in key order and the researchers' terms counted and listed in term
  /// order: each pass stays in one part of the index, where the table's cursor
  /// reuses the blocks it holds (asked one researcher after another, these
  /// checks were 17-20% of the CPU of a run that changed one file of 100,000;
  /// asked at once, the run's pread calls fell from 362,430 to 188,999).
  std::vector<std::optional<KeptCounts>> keep_unchanged(const std::vector<KeepAsk>& asks);

  /// Deletes researcher and evidence documents that this run did not produce,
  /// and what is remembered of researchers it did not derive; then, when
  /// derived documents were replaced or deleted, the vocabulary's words no
  /// document has any more (prune_dead_words()).
  void sweep_derived();

  /// Sets a metadata entry of the index, in the open transaction (one is
  /// opened if none is).
  void set_metadata(const std::string& key, const std::string& value);

  /// Records the totals, clears the pending mark and commits the derivation.
  void commit_derive(const DerivedTotals& totals);

  /// Totals of the last completed derivation.
  DerivedTotals stored_totals();

  /// Whether a bulk build may derive researchers into a new index beside this
  /// one: derivation is pending, the index never held a complete derivation
  /// and holds no derived document (only stored records).
  bool holds_only_records();

  /// Commits the open batch, if any, and closes the database (and its lock).
  void close();

  /// The stored profile of researcher `id`, if the index has one.
  std::optional<Researcher> find_researcher(const std::string& id) override;

  /// Excluded source paths (`savant forget`), each with the researcher id it belonged to.
  std::map<std::string, std::string> excluded() override;

  /// Replaces the excluded set; written with the next commit.
  void set_excluded(const std::map<std::string, std::string>& excluded) override;

  std::size_t documents_written() const { return written_; }
  std::size_t documents_deleted() const { return deleted_; }

 private:
  void open_transaction();
  void begin_batch();
  void put_one_derived(const BuiltDocument& built);

  std::string path_;
  Xapian::WritableDatabase db_;
  // expect_source_lookups(): every stored source's hash and stamp, by path.
  std::optional<std::unordered_map<std::string, StoredSource>> sources_;
  DocidSet produced_;                                // documents this derivation kept or wrote
  std::unordered_set<std::string> derived_entries_;  // metadata entries of this run's researchers
  bool in_transaction_ = false;
  bool records_changed_ = false;
  std::size_t batch_records_ = 0;
  std::size_t batch_bytes_ = 0;
  bool fresh_ = false;                                // the index was empty when opened
  std::unordered_set<std::uint64_t> stored_sources_;  // source hashes put while fresh_
  bool sliced_ = false;                               // derived documents committed in slices
  std::size_t derived_in_slice_ = 0;  // derived documents since the last slice commit
  std::size_t derived_slice_ = 50000;
  std::size_t written_ = 0;
  std::size_t deleted_ = 0;
  VocabularyWriter vocabulary_;
  bool derived_replaced_ = false;  // some derived document was replaced or deleted
  bool prunes_vocabulary_ = true;
};

}  // namespace savant::indexer

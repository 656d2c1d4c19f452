// SPDX-License-Identifier: MIT
// Building and updating an index, from files or from records held in memory.
#pragma once

#include <savant/export.hpp>
#include <savant/records.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace savant {

/// What happened to one input file (or in-memory record), as reported to
/// IndexOptions::on_file while a run goes on.
///
/// Thread-safety: a plain value; copy freely between threads.
struct FileEvent {
  std::string path;  ///< The file (its canonical path).
  /// "indexed", "unchanged", "failed", "removed" (gone, dropped with `prune`),
  /// "missing" (gone, kept without `prune`), "excluded" (by `savant forget`) or
  /// "skipped" (a collection's README or LICENSE that names no one).
  std::string status;
  std::string format;     ///< Detected format, when read.
  std::string detail;     ///< What was extracted, or why it failed.
  std::size_t done = 0;   ///< Files handled so far, this one included.
  std::size_t total = 0;  ///< Files to handle in this run.
};

/// A batch of stored records committed to the index, as reported to
/// IndexOptions::on_commit.
///
/// Thread-safety: a plain value; copy freely between threads.
struct CommitEvent {
  std::size_t batch = 0;    ///< 1 for the first batch of the run, then 2, ...
  std::size_t records = 0;  ///< Records stored or dropped by this batch.
  std::size_t done = 0;     ///< Files handled when it was committed.
  std::size_t total = 0;    ///< Files to handle in this run.
  /// True for the final transaction, which writes the re-derived researchers
  /// and their evidence (`records` is then 0).
  bool researchers = false;
};

/// Options of one indexing run over files.
///
/// Thread-safety: a plain value; the callbacks are called on the thread that
/// runs index_files().
struct IndexOptions {
  std::string db_path;              ///< Index directory; created when missing.
  std::vector<std::string> inputs;  ///< Files and directories (searched recursively).
  /// Drop the records of files that no longer exist under the directories in
  /// `inputs` (and of files given by name that are gone). Without it they are
  /// kept, reported with the status "missing" and counted in files_missing.
  bool prune = false;
  /// Stored records are committed in batches of at most this many changed
  /// files (>= 1), each in a Xapian transaction: a run that is killed keeps
  /// every batch it committed.
  std::size_t batch_files = 500;
  /// ... or of at most this many bytes of changed input (>= 1).
  std::size_t batch_bytes = std::size_t{64} << 20;
  /// Called after each file, on the calling thread; may be empty. An exception
  /// it throws ends the run; batches already committed stay, researchers are
  /// re-derived from them by the next run.
  std::function<void(const FileEvent&)> on_file;
  /// Called after each commit, on the calling thread; may be empty.
  std::function<void(const CommitEvent&)> on_commit;
  /// Files larger than this many bytes are reported as failed ("file too large")
  /// and not read, so one huge file cannot exhaust memory; 0 means no limit.
  std::uint64_t max_file_bytes = 64u << 20;
  /// When > 0, `db_path` is a sharded index of this many shards:
  /// `db_path/shard-0` ... each a savant index, and `db_path/XAPIANDB`, the
  /// Xapian stub file listing them, so `db_path` opens as the whole index.
  /// Each researcher, their evidence and their records live on shard
  /// FNV-1a(id) mod `shards`, and stay there when re-indexed. 0 keeps the
  /// index as it is (an existing sharded index stays sharded; a new one is a
  /// single index). Another count than an existing index's is a usage error.
  std::size_t shards = 0;
  /// Threads that read, parse and extract files and build index documents
  /// for the one writer; 0 means one per core. The index is the same for
  /// every value.
  std::size_t jobs = 0;
  /// Index documents the writer buffers before flushing them to the index
  /// files (Xapian's flush threshold, which bounds the writer's memory); 0
  /// leaves Xapian's default (10,000, or XAPIAN_FLUSH_THRESHOLD).
  std::size_t flush_threshold = 1000;
};

/// A file that could not be indexed, and why.
///
/// Thread-safety: a plain value; copy freely between threads.
struct FileFailure {
  std::string path;    ///< The file as given or found, or the in-memory record's source.
  std::string reason;  ///< Why, in a few words ("binary file", "not valid UTF-8").
};

/// The outcome of an indexing run. Failures of single files do not throw: they
/// are listed here and the rest of the input is indexed.
///
/// Thread-safety: a plain value; copy freely between threads.
struct IndexReport {
  std::size_t files_seen = 0;       ///< Input files (or records) found.
  std::size_t files_indexed = 0;    ///< Read and (re)indexed: new or changed.
  std::size_t files_unchanged = 0;  ///< Same content as already indexed: skipped.
  std::size_t files_removed = 0;    ///< Gone, and their records dropped (`prune`).
  std::size_t files_missing = 0;    ///< Gone, but their records kept (no `prune`).
  std::size_t files_excluded = 0;   ///< Skipped: excluded by `savant forget`.
  std::size_t files_skipped = 0;    ///< Skipped: a collection's README naming no one.
  std::size_t batches = 0;          ///< Batches of records committed.
  /// Nothing changed: no record was stored or dropped and researchers were
  /// not re-derived (the totals below are those of the index as it stands).
  bool up_to_date = false;
  std::vector<FileFailure> failures;  ///< Inputs that could not be indexed, in input order.
  std::size_t researchers = 0;        ///< Researchers in the index after the run.
  std::size_t publications = 0;       ///< Distinct publications in the index after the run.
  std::size_t evidence = 0;           ///< Evidence units in the index after the run.
  std::size_t documents_written = 0;  ///< Index documents added or replaced.
  std::size_t documents_deleted = 0;  ///< Index documents deleted.
  /// Writers of a bulk first build (researchers written on several threads
  /// and merged); 0 when one writer derived them.
  std::size_t bulk_writers = 0;
  double bulk_merge_seconds = 0.0;  ///< Of a bulk build: compacting the parts into the index.
  double seconds = 0.0;               ///< Wall-clock time of the run.
};

/// Indexes `options.inputs` into `options.db_path`: new and changed files are
/// read (a file whose size and modification time are those stored is not even
/// opened), unchanged ones skipped, excluded ones (savant forget) skipped and
/// reported; changed records are committed in batches, then researchers
/// re-derived and only what changed rewritten in one final transaction, so
/// readers never see half a derivation. A run that changes nothing writes
/// nothing and sets `up_to_date`. Throws savant::Error for problems with the
/// index itself (no path: usage; locked: index_locked; other schema:
/// incompatible_index; io). One writer per index at a time, in this process
/// or any other: a second gets index_locked. Searchers may read the index
/// meanwhile; they see the run's changes once it commits and they reopen.
SAVANT_EXPORT IndexReport index_files(const IndexOptions& options);

/// Options of one indexing run over records a program holds in memory (a
/// staff database, a web form), for which there are no files to read.
///
/// Thread-safety: a plain value; copy freely between threads.
struct RecordIndexOptions {
  std::string db_path;  ///< Index directory; created when missing.
  /// Records to add, each replacing the stored record with the same `source`
  /// (any key unique within the index, e.g. "hr:4711"). Fields are cleaned as
  /// file text is (Unicode NFKC, dashes and quotes), e-mails lower-cased; an
  /// empty `format` becomes "record"; evidence without `sources` gets the
  /// record's. Records of other sources, from files or earlier calls, stay.
  std::vector<DocumentRecord> records;
  /// Sources whose stored records are dropped (from files or records alike).
  std::vector<std::string> remove;
  /// As IndexOptions::shards.
  std::size_t shards = 0;
};

/// Indexes `options.records` into `options.db_path` through the same path as
/// files take: records are stored, researchers re-derived across every stored
/// record (so an in-memory record and a CV file with one e-mail become one
/// researcher) and only what changed is rewritten, in one transaction. A
/// record with the same content as stored is unchanged and costs nothing. A
/// record that cannot be indexed (invalid UTF-8) is listed in the report's
/// failures under its source. Throws savant::Error: usage for an empty
/// `db_path`, a record without `source` or two records with one source; and
/// what index_files() throws for the index itself. Thread-safety and locking
/// as index_files().
SAVANT_EXPORT IndexReport index_records(const RecordIndexOptions& options);

/// What savant::forget() removed.
///
/// Thread-safety: a plain value; copy freely between threads.
struct ForgetReport {
  std::string id;                    ///< The researcher forgotten.
  std::string name;                  ///< Their display name.
  std::vector<std::string> sources;  ///< Their files: records dropped, now excluded.
  IndexReport index;                 ///< The re-derivation that followed.
};

/// Removes researcher `id` from the index at `db_path` with everything their
/// documents contributed: the stored records of their source files are
/// dropped, researchers re-derived from the rest and written in one
/// transaction, and the source files recorded as excluded, so that later
/// index_files() runs skip them (reported with the status "excluded") until
/// unforget(). On a sharded index the researcher is removed from the shard
/// holding them and the exclusion kept there. Throws savant::Error: query
/// when the index has no researcher `id`; index_not_found when `db_path`
/// holds no index; what index_files() throws for the index itself.
SAVANT_EXPORT ForgetReport forget(const std::string& db_path, const std::string& id);

/// Lifts exclusions made by forget(): those of researcher `id_or_path`, or of
/// that file, or of every file under that directory. Returns the files that
/// the next index_files() run will read again. Throws savant::Error: query
/// when nothing excluded matches; what index_files() throws for the index.
SAVANT_EXPORT std::vector<std::string> unforget(const std::string& db_path,
                                                const std::string& id_or_path);

}  // namespace savant

// SPDX-License-Identifier: MIT
// Building and updating an index from files.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace savant {

/// What happened to one input file.
struct FileEvent {
  std::string path;
  std::string status;   ///< "indexed", "unchanged", "failed" or "removed".
  std::string format;   ///< Detected format, when read.
  std::string detail;   ///< What was extracted, or why it failed.
  std::size_t done = 0;   ///< Files handled so far, this one included.
  std::size_t total = 0;  ///< Files to handle in this run.
};

/// Options of one indexing run.
struct IndexOptions {
  std::string db_path;              ///< Index directory; created when missing.
  std::vector<std::string> inputs;  ///< Files and directories (searched recursively).
  /// Called after each file, on the calling thread; may be empty.
  std::function<void(const FileEvent&)> on_file;
};

/// A file that could not be indexed, and why.
struct FileFailure {
  std::string path;
  std::string reason;
};

/// The outcome of an indexing run. Failures of single files do not throw: they
/// are listed here and the rest of the input is indexed.
struct IndexReport {
  std::size_t files_seen = 0;       ///< Input files found.
  std::size_t files_indexed = 0;    ///< Read and (re)indexed: new or changed.
  std::size_t files_unchanged = 0;  ///< Same content as already indexed: skipped.
  std::size_t files_removed = 0;    ///< Gone from an indexed directory: their records dropped.
  std::vector<FileFailure> failures;
  std::size_t researchers = 0;      ///< Researchers in the index after the run.
  std::size_t publications = 0;     ///< Distinct publications in the index after the run.
  std::size_t evidence = 0;         ///< Evidence units in the index after the run.
  std::size_t documents_written = 0;  ///< Index documents added or replaced.
  std::size_t documents_deleted = 0;  ///< Index documents deleted.
  double seconds = 0.0;
};

/// Indexes `options.inputs` into `options.db_path`: new and changed files are
/// read, unchanged ones skipped, researchers re-derived and only what changed
/// rewritten, in one transaction. Throws savant::Error for problems with the
/// index itself (locked: index_locked; other schema: incompatible_index; I/O).
/// One writer per index at a time; a second gets index_locked.
IndexReport index_files(const IndexOptions& options);

}  // namespace savant

// SPDX-License-Identifier: MIT
// A file's size and modification time, so unchanged files are not read again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace savant::indexer {

/// What stat(2) says about a file, and when it was asked.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;  ///< Modification time, nanoseconds since the epoch.
  std::int64_t taken_ns = 0;  ///< When the stamp was taken (wall clock, ns).
};

/// The stamp of `path` now, or nothing when it cannot be stat'ed.
std::optional<FileStamp> stamp_file(const std::string& path);

/// Whether `now` shows the file unchanged since `stored`: same size and
/// modification time, and `stored` was taken well after that modification
/// time. A file written within the second before it was read may be written
/// again with the same size and time stamp (file systems tick in milliseconds
/// or coarser), so such a "racy" stamp is never trusted: the file is read and
/// its hash compared, as git does with its index.
bool unchanged_since(const FileStamp& stored, const FileStamp& now);

/// "size mtime_ns taken_ns", as stored in the index.
std::string to_string(const FileStamp& stamp);

/// Parses what to_string() wrote; nothing for an empty or damaged value.
std::optional<FileStamp> parse_stamp(const std::string& text);

}  // namespace savant::indexer

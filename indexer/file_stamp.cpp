// SPDX-License-Identifier: MIT
// Size and modification time of input files (see file_stamp.hpp).
#include "indexer/file_stamp.hpp"

#include <chrono>
#include <sstream>
#include <sys/stat.h>

namespace savant::indexer {
namespace {

// A stamp taken less than this long after the file's modification time is
// racy: the file may still be changing within one time-stamp tick.
constexpr std::int64_t kRacyWindowNs = 2'000'000'000;

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::optional<FileStamp> stamp_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  FileStamp stamp;
  stamp.size = static_cast<std::uint64_t>(st.st_size);
  stamp.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 +
                   static_cast<std::int64_t>(st.st_mtim.tv_nsec);
  stamp.taken_ns = now_ns();
  return stamp;
}

bool unchanged_since(const FileStamp& stored, const FileStamp& now) {
  return stored.size == now.size && stored.mtime_ns == now.mtime_ns &&
         stored.taken_ns - stored.mtime_ns >= kRacyWindowNs;
}

std::string to_string(const FileStamp& stamp) {
  return std::to_string(stamp.size) + ' ' + std::to_string(stamp.mtime_ns) + ' ' +
         std::to_string(stamp.taken_ns);
}

std::optional<FileStamp> parse_stamp(const std::string& text) {
  std::istringstream in(text);
  FileStamp stamp;
  if (!(in >> stamp.size >> stamp.mtime_ns >> stamp.taken_ns)) return std::nullopt;
  return stamp;
}

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
// A temporary directory removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace savant::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// path() / name, as a string.
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

/// Writes `content` to `path`, creating parent directories.
void write_file(const std::filesystem::path& path, const std::string& content);

/// The whole content of `path` ("" when it cannot be read).
std::string read_file(const std::filesystem::path& path);

/// Copies the corpus's seed documents (corpus_dir()/seeds) into `to`, which must exist.
void copy_seeds(const std::filesystem::path& to);

/// The corpus directory: $SAVANT_CORPUS, else the repository's corpus/.
std::string corpus_dir();

}  // namespace savant::testing

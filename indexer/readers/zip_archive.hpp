// SPDX-License-Identifier: MIT
// Read-only access to a zip archive held in memory (DOCX and ODT packages).
#pragma once

#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace savant::indexer::detail {

/// A zip archive over bytes the caller keeps alive. Throws savant::Error
/// (input) with a reason (no path) when the bytes are not a readable zip.
class ZipArchive {
 public:
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// The uncompressed content of member `name`, or nothing when there is no
  /// such member. Throws savant::Error (input) when the member is damaged or
  /// unreasonably large.
  std::optional<std::string> read(const std::string& name) const;

 private:
  zip* archive_ = nullptr;
};

}  // namespace savant::indexer::detail

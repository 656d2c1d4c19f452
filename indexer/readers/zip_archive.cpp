// SPDX-License-Identifier: MIT
// ZipArchive over libzip's in-memory source.
#include "indexer/readers/zip_archive.hpp"

#include <savant/error.hpp>

#include <fmt/format.h>

#include <zip.h>

namespace savant::indexer::detail {
namespace {

// Office documents are small; a member larger than this is a zip bomb or not a CV.
constexpr zip_uint64_t kMaxMemberBytes = 64u << 20;

Error zip_error(const std::string& reason) { return Error(ErrorCategory::input, reason); }

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw zip_error(fmt::format("not a zip archive: {}", reason));
  }
  archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    zip_source_free(source);
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw zip_error(fmt::format("not a valid zip archive: {}", reason));
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<std::string> ZipArchive::read(const std::string& name) const {
  zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw zip_error(fmt::format("damaged zip member {}: {}", name, zip_strerror(archive_)));
  }
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > kMaxMemberBytes) {
    throw zip_error(fmt::format("zip member {} too large ({} bytes)", name, stat.size));
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    throw zip_error(fmt::format("cannot open zip member {}: {}", name, zip_strerror(archive_)));
  }
  std::string content;
  char buffer[1 << 14];
  while (true) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      std::string reason = zip_file_strerror(file);
      zip_fclose(file);
      throw zip_error(fmt::format("damaged zip member {}: {}", name, reason));
    }
    if (n == 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
    if (content.size() > kMaxMemberBytes) {
      zip_fclose(file);
      throw zip_error(fmt::format("zip member {} too large", name));
    }
  }
  zip_fclose(file);
  return content;
}

}  // namespace savant::indexer::detail

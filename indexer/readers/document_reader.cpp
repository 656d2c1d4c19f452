// SPDX-License-Identifier: MIT
// File loading, text checks and format dispatch.
#include "indexer/readers/document_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <savant/error.hpp>

#include "schema/text_normalizer.hpp"

namespace savant::indexer {
namespace {

namespace fs = std::filesystem;

// CVs are small; anything this large is not one and would only slow the run.
constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

Error input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Offset of the start of the first line that is not valid UTF-8, for the error message.
std::size_t first_invalid_line(std::string_view bytes) {
  std::size_t line_start = 0;
  while (line_start < bytes.size()) {
    std::size_t line_end = std::min(bytes.find('\n', line_start), bytes.size());
    if (!schema::is_valid_utf8(bytes.substr(line_start, line_end - line_start))) break;
    line_start = line_end + 1;
  }
  return line_start;
}

}  // namespace

std::string load_file(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw input_error(path, "no such file");
  if (fs::is_directory(status)) throw input_error(path, "is a directory");
  if (!fs::is_regular_file(status)) throw input_error(path, "not a regular file");
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    throw input_error(path, fmt::format("file too large ({} bytes, limit {})", size,
                                        kMaxFileBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw input_error(path, fmt::format("cannot open: {}", std::strerror(errno)));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw input_error(path, fmt::format("read failed: {}", std::strerror(errno)));
  return std::move(content).str();
}

bool is_indexable_name(const std::string& path) {
  const std::string ext = lower_extension(path);
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text";
}

std::string detect_format(const std::string& path, std::string_view bytes) {
  // A NUL byte in the first 8 KiB is the classic binary test (git, grep and file use it).
  std::string_view head = bytes.substr(0, 8192);
  if (head.find('\0') != std::string_view::npos) {
    throw input_error(path, "binary file (contains NUL bytes), not a text document");
  }
  if (!schema::is_valid_utf8(bytes)) {
    throw input_error(path, fmt::format("not valid UTF-8 (first bad line starts at byte {})",
                                        first_invalid_line(bytes)));
  }
  const std::string ext = lower_extension(path);
  if (ext == ".md" || ext == ".markdown") return "markdown";
  // A .txt with Markdown headings is Markdown; the extractor reads both the same way.
  if (head.starts_with("# ") || head.find("\n# ") != std::string_view::npos ||
      head.find("\n## ") != std::string_view::npos) {
    return "markdown";
  }
  return "text";
}

DocumentRecord read_document(const std::string& path, std::string_view bytes,
                             const ExtractContext& context) {
  std::string format = detect_format(path, bytes);
  std::string text = schema::normalize_text(bytes);
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    throw input_error(path, "empty document (no text)");
  }
  DocumentRecord record = extract_cv(text, context);
  record.source = path;
  record.format = std::move(format);
  return record;
}

}  // namespace savant::indexer

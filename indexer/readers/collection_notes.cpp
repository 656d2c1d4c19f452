// SPDX-License-Identifier: MIT
#include "indexer/readers/collection_notes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>

namespace savant::indexer {
namespace {

// File names (stem, lower case) that repositories and data sets give their
// own documentation. Not "authors" or "about": those may be a person's page.
constexpr std::array<std::string_view, 11> kNoteStems = {
    "readme",  "license", "licence",      "copying",         "manifest", "changelog",
    "changes", "notice",  "contributing", "code_of_conduct", "citation"};

std::string lower_stem(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return stem;
}

}  // namespace

std::string collection_note_reason(const DocumentRecord& record) {
  if (!record.name.empty() || !record.emails.empty()) return "";
  const std::string stem = lower_stem(record.source);
  if (std::find(kNoteStems.begin(), kNoteStems.end(), stem) == kNoteStems.end()) return "";
  return fmt::format(
      "a collection's notes, not a researcher's document: named '{}' and names no person",
      std::filesystem::path(record.source).filename().string());
}

}  // namespace savant::indexer

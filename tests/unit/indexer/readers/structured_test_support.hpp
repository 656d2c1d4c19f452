// SPDX-License-Identifier: MIT
// Helpers for the structured-reader tests: run a reader on inline text or on a
// file of the real corpus, look up the manifest's researcher, find evidence.
#pragma once

#include "indexer/readers/reader.hpp"
#include "schema/text_normalizer.hpp"
#include "tests/support/temp_dir.hpp"
#include <savant/records.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace savant::indexer::test {

/// Runs `reader` on `content` as the dispatcher would (raw bytes, normalised text).
inline DocumentRecord read_text(Reader reader, const std::string& content,
                                const std::string& path = "inline.txt") {
  static const ExtractContext context;
  std::string text = schema::normalize_text(content);
  ReaderInput input{path, content, text, context};
  return reader(input);
}

/// The path of a file of the real corpus.
inline std::string real_file(const std::string& name) {
  return savant::testing::corpus_dir() + "/real/" + name;
}

/// The bytes of a file; "" when it cannot be read (the test then fails on its content).
inline std::string load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Runs `reader` on a file of the real corpus.
inline DocumentRecord read_real(Reader reader, const std::string& name) {
  return read_text(reader, load(real_file(name)), real_file(name));
}

/// The researcher MANIFEST.tsv names for a corpus file (tests only: code never reads it).
inline std::string manifest_researcher(const std::string& file) {
  std::istringstream manifest(load(real_file("MANIFEST.tsv")));
  std::string line;
  while (std::getline(manifest, line)) {
    std::istringstream fields(line);
    std::string name;
    std::string format;
    std::string researcher;
    std::getline(fields, name, '\t');
    std::getline(fields, format, '\t');
    std::getline(fields, researcher, '\t');
    if (name == file) return researcher;
  }
  return {};
}

/// The first evidence whose title contains `part` (compared as match keys), or nullptr.
inline const Evidence* find_evidence(const DocumentRecord& record, std::string_view part) {
  std::string key = schema::match_key(part);
  for (const Evidence& evidence : record.evidence) {
    if (schema::match_key(evidence.title).find(key) != std::string::npos) return &evidence;
  }
  return nullptr;
}

/// How many evidence units of `kind` the record has.
inline int count_kind(const DocumentRecord& record, EvidenceKind kind) {
  int n = 0;
  for (const Evidence& evidence : record.evidence) n += evidence.kind == kind;
  return n;
}

}  // namespace savant::indexer::test

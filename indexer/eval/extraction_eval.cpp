// SPDX-License-Identifier: MIT
#include "indexer/eval/extraction_eval.hpp"

#include "indexer/identity/identity_resolver.hpp"
#include "indexer/readers/collection_notes.hpp"
#include "indexer/readers/document_reader.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace savant::indexer::eval {
namespace {

namespace fs = std::filesystem;

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

// Sorted folded words: "Zhao Xinyu" == "XINYU ZHAO", "Zurbrügg" == "Zurbrugg".
std::string eval_name_key(const std::string& name) {
  std::vector<std::string> words;
  for (auto& token : schema::tokenize(schema::match_key(name))) words.push_back(token.text);
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

// Every indexable file under `dir` the way `savant index` finds them: hidden
// files and folders skipped; canonical paths, sorted.
std::vector<std::string> corpus_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  auto options = fs::directory_options::skip_permission_denied;
  for (auto it = fs::recursive_directory_iterator(dir, options, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_indexable_name(it->path().string())) {
      files.push_back(fs::weakly_canonical(it->path(), ec).string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string relative_to(const std::string& path, const std::string& root) {
  return fs::path(path).lexically_relative(root).generic_string();
}

// TSV with a header; returns rows of the named columns, keyed by the first.
std::map<std::string, std::string> read_pairs(const std::string& path, const std::string& key,
                                              const std::string& value, const std::string& prefix) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCategory::usage, fmt::format("{}: cannot read", path));
  std::string line;
  std::getline(in, line);
  auto split = [](const std::string& l) {
    std::vector<std::string> cells;
    std::stringstream s(l);
    std::string cell;
    while (std::getline(s, cell, '\t')) cells.push_back(cell);
    return cells;
  };
  std::vector<std::string> header = split(line);
  auto column = [&](const std::string& name) {
    auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) {
      throw Error(ErrorCategory::usage, fmt::format("{}: no '{}' column", path, name));
    }
    return static_cast<std::size_t>(it - header.begin());
  };
  const std::size_t k = column(key);
  const std::size_t v = column(value);
  std::map<std::string, std::string> rows;
  while (std::getline(in, line)) {
    auto cells = split(line);
    if (cells.size() > std::max(k, v) && !cells[k].empty()) rows[prefix + cells[k]] = cells[v];
  }
  return rows;
}

void score_publications(const GoldenDocument& golden, const DocumentRecord& record,
                        DocumentResult& result) {
  std::vector<const Evidence*> found;
  for (const auto& e : record.evidence) {
    if (e.kind == EvidenceKind::publication) found.push_back(&e);
  }
  result.publications_expected = golden.publications.size();
  result.publications_found = found.size();

  // Venue and year: a multiset match over publications that state either.
  std::vector<bool> used(golden.publications.size(), false);
  for (const auto& g : golden.publications) {
    result.venue_year.expected += !g.venues.empty() || g.year != 0;
  }
  for (const Evidence* e : found) {
    if (e->venue.empty() && e->year == 0) continue;
    ++result.venue_year.found;
    for (std::size_t i = 0; i < golden.publications.size(); ++i) {
      const auto& g = golden.publications[i];
      if (used[i] || g.year != e->year) continue;
      bool venue_ok = g.venues.empty()
                          ? e->venue.empty()
                          : std::find(g.venues.begin(), g.venues.end(), e->venue) != g.venues.end();
      if (venue_ok) {
        used[i] = true;
        ++result.venue_year.correct;
        break;
      }
    }
  }

  // Status: counts per stated value.
  std::map<std::string, std::size_t> expected;
  std::map<std::string, std::size_t> got;
  for (const auto& g : golden.publications) {
    if (!g.status.empty()) ++expected[g.status];
  }
  for (const Evidence* e : found) {
    std::string s = to_string(e->status);
    if (!s.empty()) ++got[s];
  }
  for (const auto& [status, n] : expected) {
    result.status.expected += n;
    auto it = got.find(status);
    if (it != got.end()) result.status.correct += std::min(n, it->second);
  }
  for (const auto& [status, n] : got) result.status.found += n;
}

DocumentResult score_document(const GoldenDocument& golden, const DocumentRecord* record,
                              const std::string& error) {
  DocumentResult result;
  result.file = golden.file;
  result.expected_format = golden.format;
  result.names = golden.names;
  result.name.expected = golden.names.empty() ? 0 : 1;
  result.emails.expected = golden.emails.size();
  if (record == nullptr) {
    result.error = error;
    result.publications_expected = golden.publications.size();
    for (const auto& g : golden.publications) {
      result.venue_year.expected += !g.venues.empty() || g.year != 0;
      result.status.expected += !g.status.empty();
    }
    return result;
  }
  result.format = record->format;
  result.found_name = record->name;
  result.name.found = record->name.empty() ? 0 : 1;
  bool matches = std::any_of(golden.names.begin(), golden.names.end(),
                             [&](const auto& n) { return same_name(record->name, n); });
  result.name.correct = matches ? 1 : 0;
  result.name_right = golden.names.empty() ? record->name.empty() : matches;

  result.emails.found = record->emails.size();
  for (const auto& email : record->emails) {
    result.emails.correct += std::count(golden.emails.begin(), golden.emails.end(), email) > 0;
  }
  score_publications(golden, *record, result);
  return result;
}

MergeResult score_merges(const std::vector<DocumentRecord>& records,
                         const std::vector<std::string>& relative,
                         const std::map<std::string, std::string>& truth) {
  MergeResult merge;
  std::vector<ResearcherCluster> clusters = resolve_identities(records);
  merge.corpus_researchers = clusters.size();
  std::vector<std::string> cluster_of(records.size());
  for (const auto& c : clusters) {
    for (std::size_t m : c.members) cluster_of[m] = c.id;
  }
  struct Item {
    std::string researcher;
    std::string cluster;
  };
  std::vector<Item> items;
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto it = truth.find(relative[i]);
    if (it != truth.end()) items.push_back({it->second, cluster_of[i]});
  }
  merge.files = items.size();
  std::map<std::string, std::set<std::string>> clusters_of_researcher;
  std::map<std::string, std::set<std::string>> researchers_of_cluster;
  for (const auto& item : items) {
    clusters_of_researcher[item.researcher].insert(item.cluster);
    researchers_of_cluster[item.cluster].insert(item.researcher);
  }
  merge.expected_researchers = clusters_of_researcher.size();
  merge.found_researchers = researchers_of_cluster.size();
  for (std::size_t a = 0; a < items.size(); ++a) {
    for (std::size_t b = a + 1; b < items.size(); ++b) {
      bool same_truth = items[a].researcher == items[b].researcher;
      bool same_found = items[a].cluster == items[b].cluster;
      merge.pairs.expected += same_truth;
      merge.pairs.found += same_found;
      merge.pairs.correct += same_truth && same_found;
    }
  }
  auto join = [](const std::set<std::string>& values, const char* sep) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : sep) + v;
    return out;
  };
  for (const auto& [researcher, ids] : clusters_of_researcher) {
    if (ids.size() > 1) merge.split.push_back(fmt::format("{}: {}", researcher, join(ids, " | ")));
  }
  for (const auto& [id, researchers] : researchers_of_cluster) {
    if (researchers.size() > 1)
      merge.merged.push_back(fmt::format("{}: {}", id, join(researchers, " + ")));
  }
  return merge;
}

}  // namespace

double FieldScore::precision() const { return ratio(correct, found); }
double FieldScore::recall() const { return ratio(correct, expected); }
double FieldScore::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}
FieldScore& FieldScore::operator+=(const FieldScore& other) {
  expected += other.expected;
  found += other.found;
  correct += other.correct;
  return *this;
}

bool same_name(const std::string& found, const std::string& golden) {
  const std::string key = eval_name_key(found);
  return !key.empty() && key == eval_name_key(golden);
}

ExtractionReport evaluate_extraction(const ExtractionEvalOptions& options) {
  std::vector<GoldenDocument> golden = load_golden_set(options.golden_dir);
  std::error_code ec;
  if (!fs::is_directory(options.corpus_dir, ec)) {
    throw Error(ErrorCategory::usage,
                fmt::format("{}: no such corpus directory", options.corpus_dir));
  }
  const std::string root = fs::weakly_canonical(options.corpus_dir, ec).string();
  const std::string manifest = options.manifest.empty()
                                   ? (fs::path(root) / "real" / "MANIFEST.tsv").string()
                                   : options.manifest;
  // MANIFEST.tsv names files of real/ by their bare name.
  std::map<std::string, std::string> truth = read_pairs(manifest, "file", "researcher", "real/");
  const fs::path corrections = fs::path(options.golden_dir) / "manifest-corrections.tsv";
  if (fs::exists(corrections, ec)) {
    for (const auto& [file, researcher] :
         read_pairs(corrections.string(), "file", "researcher", "")) {
      truth[file] = researcher;
    }
  }

  // Read the whole corpus once, as `savant index` would.
  ExtractContext context;
  std::vector<DocumentRecord> records;
  std::vector<std::string> relative;
  std::map<std::string, std::size_t> record_of;
  std::map<std::string, std::string> errors;
  for (const std::string& path : corpus_files(root)) {
    const std::string rel = relative_to(path, root);
    try {
      std::string bytes = load_file(path);
      DocumentRecord record = read_document(path, bytes, context);
      if (!collection_note_reason(record).empty()) continue;  // as `savant index` skips it
      records.push_back(std::move(record));
      relative.push_back(rel);
      record_of[rel] = records.size() - 1;
    } catch (const Error& e) {
      errors[rel] = e.what();
    }
  }

  ExtractionReport report;
  std::set<std::string> formats;
  for (const GoldenDocument& g : golden) {
    auto it = record_of.find(g.file);
    const DocumentRecord* record = it == record_of.end() ? nullptr : &records[it->second];
    std::string error = errors.count(g.file) ? errors[g.file] : "not found in the corpus";
    DocumentResult result = score_document(g, record, error);
    formats.insert(g.format);
    report.names += result.name;
    report.names_right += result.name_right;
    report.formats_right += result.format == result.expected_format;
    report.emails += result.emails;
    report.counts_right += result.publications_expected == result.publications_found;
    report.publications_expected += result.publications_expected;
    report.publications_found += result.publications_found;
    report.venue_year += result.venue_year;
    report.status += result.status;
    report.documents.push_back(std::move(result));
  }
  report.formats.assign(formats.begin(), formats.end());
  report.merge = score_merges(records, relative, truth);
  return report;
}

}  // namespace savant::indexer::eval

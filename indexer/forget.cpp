// SPDX-License-Identifier: MIT
// forget() and unforget(): a researcher's files leave the index and stay out
// of it until they are allowed back.
#include "indexer/derive_researchers.hpp"
#include "indexer/index_store.hpp"
#include "indexer/sharded_indexing.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>

#include <chrono>
#include <filesystem>

namespace savant {
namespace {

using namespace savant::indexer;

bool is_path_under(const std::string& path, const std::string& directory) {
  return path.size() > directory.size() && path.compare(0, directory.size(), directory) == 0 &&
         path[directory.size()] == '/';
}

std::string canonical_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? path : p.string();
}

// Both commands change an existing index (one, or the shards of a sharded
// one); neither may create one.
void check_exists(const std::string& db_path) {
  if (db_path.empty()) throw Error(ErrorCategory::usage, "no index path given");
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) {
    throw Error(ErrorCategory::index_not_found, fmt::format("{}: no index here", db_path));
  }
  if (!std::filesystem::exists(std::filesystem::path(db_path) / "iamglass", ec) &&
      !is_sharded_index(db_path)) {
    throw Error(ErrorCategory::index_not_found, fmt::format("{}: holds no savant index", db_path));
  }
}

}  // namespace

ForgetReport forget(const std::string& db_path, const std::string& id) {
  const auto started = std::chrono::steady_clock::now();
  check_exists(db_path);
  ForgetReport forgotten;
  // The store is one index or every shard of a sharded one: the researcher is
  // found on their shard, their records dropped wherever they are, and the
  // researchers of all shards derived again, as an index run does.
  auto remove_sources = [&](RecordStore& store, IndexReport& report) {
    std::optional<Researcher> researcher = store.find_researcher(id);
    if (!researcher) {
      throw Error(ErrorCategory::query,
                  fmt::format("forget: no researcher '{}' in {} (ids are listed by 'savant "
                              "search' and 'savant export')",
                              id, db_path));
    }
    forgotten.id = researcher->id;
    forgotten.name = researcher->name;
    forgotten.sources = researcher->sources;
    std::map<std::string, std::string> excluded = store.excluded();
    for (const std::string& source : researcher->sources) {
      if (store.find_source(source)) {
        store.remove_record(source);
        ++report.files_removed;
      }
      excluded[source] = researcher->id;
    }
    // Written in the batch that drops the records, before researchers are derived again.
    store.set_excluded(excluded);
  };
  forgotten.index = run_indexing(db_path, 0, IndexReport{}, started, remove_sources);
  return forgotten;
}

std::vector<std::string> unforget(const std::string& db_path, const std::string& id_or_path) {
  const auto started = std::chrono::steady_clock::now();
  check_exists(db_path);
  std::vector<std::string> allowed;
  auto allow = [&](RecordStore& store, IndexReport&) {
    std::map<std::string, std::string> excluded = store.excluded();
    const std::string path = canonical_path(id_or_path);
    for (auto it = excluded.begin(); it != excluded.end();) {
      if (it->second == id_or_path || it->first == path || is_path_under(it->first, path)) {
        allowed.push_back(it->first);
        it = excluded.erase(it);
      } else {
        ++it;
      }
    }
    if (allowed.empty()) {
      throw Error(ErrorCategory::query,
                  fmt::format("unforget: nothing excluded in {} matches '{}' (a researcher id "
                              "given to 'savant forget', or an excluded file or directory)",
                              db_path, id_or_path));
    }
    // No record changes, so the run commits only this and derives nothing.
    store.set_excluded(excluded);
  };
  run_indexing(db_path, 0, IndexReport{}, started, allow);
  return allowed;
}

}  // namespace savant

// SPDX-License-Identifier: MIT
// One indexing run: gather files, read what changed, re-derive researchers,
// write what differs, commit once.
#include "indexer/derive_researchers.hpp"
#include "indexer/index_store.hpp"
#include "indexer/readers/document_reader.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>
#include <savant/index.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>

namespace savant {
namespace {

namespace fs = std::filesystem;
using namespace savant::indexer;

struct Inputs {
  std::vector<std::string> files;        // canonical paths, sorted, unique
  std::vector<std::string> directories;  // canonical directory paths given
  std::vector<FileFailure> missing;
};

std::string canonical(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? path : p.string();
}

Inputs gather_inputs(const std::vector<std::string>& paths) {
  Inputs inputs;
  std::set<std::string> files;
  for (const auto& given : paths) {
    std::error_code ec;
    const std::string path = canonical(given);
    if (fs::is_directory(path, ec)) {
      inputs.directories.push_back(path);
      auto options = fs::directory_options::skip_permission_denied;
      for (auto it = fs::recursive_directory_iterator(path, options, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // Hidden files and folders (.git, editor swap files) are not documents.
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && is_indexable_name(it->path().string())) {
          files.insert(it->path().string());
        }
      }
      if (ec)
        inputs.missing.push_back({path, fmt::format("cannot list directory: {}", ec.message())});
    } else if (fs::exists(path, ec)) {
      files.insert(path);  // a file named explicitly is read whatever its extension
    } else {
      inputs.missing.push_back({given, "no such file or directory"});
    }
  }
  inputs.files.assign(files.begin(), files.end());
  return inputs;
}

bool is_under(const std::string& path, const std::string& directory) {
  return path.size() > directory.size() && path.compare(0, directory.size(), directory) == 0 &&
         path[directory.size()] == '/';
}

std::string describe(const DocumentRecord& r) {
  std::size_t publications = 0;
  for (const auto& e : r.evidence) publications += e.kind == EvidenceKind::publication;
  return fmt::format("name \"{}\", {} e-mail(s), {} evidence unit(s), {} publication(s)",
                     r.name.empty() ? "-" : r.name, r.emails.size(), r.evidence.size(),
                     publications);
}

}  // namespace

IndexReport index_files(const IndexOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  if (options.db_path.empty()) throw Error(ErrorCategory::usage, "no index path given");
  IndexReport known;  // what is known before the index is opened
  Inputs inputs = gather_inputs(options.inputs);
  known.failures = inputs.missing;
  known.files_seen = inputs.files.size();

  auto store_files = [&](IndexStore& store, IndexReport& report) {
    ExtractContext context;
    std::size_t done = 0;
    auto notify = [&](FileEvent event) {
      event.done = done;
      event.total = inputs.files.size();
      if (options.on_file) options.on_file(event);
    };
    for (const std::string& path : inputs.files) {
      ++done;
      try {
        std::string bytes = load_file(path);
        const std::uint64_t hash = schema::stable_hash(bytes);
        auto stored = store.find_record(path);
        if (stored && stored->content_hash == hash) {
          ++report.files_unchanged;
          notify({path, "unchanged", stored->record.format, describe(stored->record)});
          continue;
        }
        DocumentRecord record = read_document(path, bytes, context);
        store.put_record(record, hash);
        ++report.files_indexed;
        notify({path, "indexed", record.format, describe(record)});
      } catch (const Error& e) {
        // The file's earlier record, if any, stays: nothing indexed is lost.
        report.failures.push_back({path, e.what()});
        notify({path, "failed", "", e.what()});
      }
    }

    // Files gone from a directory we were asked to index no longer count.
    std::set<std::string> seen(inputs.files.begin(), inputs.files.end());
    for (const std::string& source : store.all_sources()) {
      if (seen.count(source) != 0) continue;
      bool under_input = std::any_of(inputs.directories.begin(), inputs.directories.end(),
                                     [&](const auto& dir) { return is_under(source, dir); });
      if (under_input && !fs::exists(source)) {
        store.remove_record(source);
        ++report.files_removed;
        notify({source, "removed", "", "file no longer exists"});
      }
    }
  };
  return run_indexing(options.db_path, std::move(known), started, store_files);
}

}  // namespace savant

// SPDX-License-Identifier: MIT
#include "indexer/bulk_build.hpp"

#include "indexer/derive_researchers.hpp"
#include "indexer/record_readers.hpp"
#include "indexer/vocabulary_documents.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <xapian.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <string_view>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace savant::indexer {
namespace {

namespace fs = std::filesystem;

// Beside the index, so that the final swap is a rename within one file system.
fs::path work_dir(const std::string& index_path) {
  fs::path path = fs::absolute(index_path).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return path.parent_path() / (path.filename().string() + ".savant-bulk");
}

bool exchange(const fs::path& a, const fs::path& b) {
  return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0;
}

// Not every file system swaps directories (RENAME_EXCHANGE): try on two empty ones.
bool can_exchange(const fs::path& work) {
  std::error_code ec;
  const fs::path a = work / "probe-a";
  const fs::path b = work / "probe-b";
  fs::create_directory(a, ec);
  fs::create_directory(b, ec);
  const bool ok = !ec && exchange(a, b);
  fs::remove(a, ec);
  fs::remove(b, ec);
  return ok;
}

// Makes the swap itself durable.
void sync_directory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// One part of a bulk build: a new database only this part's thread writes.
// Nothing to compare with or replace, so documents are added, as
// IndexStore::put_derived() does on a new index.
class PartWriter {
 public:
  explicit PartWriter(const fs::path& path)
      : path_(path.string()),
        db_(path_, Xapian::DB_CREATE | Xapian::DB_NO_SYNC | Xapian::DB_BACKEND_GLASS) {}

  void put(const std::vector<BuiltDocument>& group) {
    // Unique terms repeat only within one researcher's group: the later
    // document replaces the earlier in place, as in IndexStore.
    std::unordered_set<std::string_view> added;
    for (const BuiltDocument& built : group) {
      if (added.insert(built.unique_term).second) {
        db_.add_document(built.document);
      } else {
        db_.replace_document(built.unique_term, built.document);
      }
      ++written_;
    }
  }

  void finish() {
    db_.commit();
    db_.close();
  }

  const std::string& path() const { return path_; }
  std::size_t written() const { return written_; }

 private:
  std::string path_;
  Xapian::WritableDatabase db_;
  std::size_t written_ = 0;
};

}  // namespace

void remove_bulk_leftovers(const std::string& index_path) {
  std::error_code ec;
  const fs::path work = work_dir(index_path);
  if (fs::exists(work, ec)) fs::remove_all(work, ec);
}

bool bulk_derive(IndexStore& store, IndexReport& report, std::size_t parts) {
  const fs::path work = work_dir(store.path());
  std::error_code ec;
  fs::remove_all(work, ec);
  fs::create_directories(work, ec);
  if (ec) {
    throw Error(ErrorCategory::io,
                fmt::format("{}: cannot create {}: {}", store.path(), work.string(), ec.message()));
  }
  if (!can_exchange(work)) {
    fs::remove_all(work, ec);
    return false;
  }
  store.commit_batch();  // the parts' workers read the committed records

  std::vector<std::unique_ptr<PartWriter>> writers;
  for (std::size_t part = 0; part < parts; ++part) {
    writers.push_back(std::make_unique<PartWriter>(work / fmt::format("part-{}", part)));
  }
  std::vector<IdentityRecord> records = store.identity_records();
  RecordReaders readers(store.path());
  // What each researcher was derived from, as IndexStore::remember_derived()
  // keeps it, so the next run builds only researchers whose records changed.
  std::vector<std::vector<std::pair<std::string, std::string>>> entries(parts);
  // The spelling words of each part's researchers. Parts write no vocabulary
  // documents: the merged index gets them once, after every derived document,
  // where one writer puts them (IndexStore::commit_derive()), so that their
  // ids and contents are the same whatever the number of parts.
  std::vector<SpellingWords> words(parts);
  const std::size_t used = derive_researchers_in_parts(
      records, report, parts,
      [&](std::size_t part, const ResearcherCluster& cluster, const DerivedResearcher& derived) {
        writers[part]->put(derived.documents);
        words[part].insert(derived.words.begin(), derived.words.end());
        entries[part].emplace_back(
            derived_key_entry(derived.entry.researcher.id),
            derived_key_value(records_key(cluster, records), derived.documents,
                              {static_cast<std::size_t>(derived.entry.researcher.publications),
                               derived.entry.evidence.size()}));
      },
      [&](const IdentityRecord& light) { return readers.load(light.source, light.docid); });
  std::vector<IdentityRecord>().swap(records);  // `= {}` would keep its capacity

  // The records first, then the parts in order: compaction gives each source
  // the document ids after the previous one's, which are those one writer
  // adding the same documents in the same order would have given.
  const auto merge_started = std::chrono::steady_clock::now();
  Xapian::Database sources(store.path());
  std::size_t written = store.documents_written();
  for (std::size_t part = 0; part < parts; ++part) {
    writers[part]->finish();
    written += writers[part]->written();
    if (part < used) sources.add_database(Xapian::Database(writers[part]->path()));
  }
  const fs::path merged = work / "merged";
  // STANDARD, not FULL: the index is updated in place by every later run, and
  // fully packed blocks would have to split on the first writes after it.
  sources.compact(merged.string(), Xapian::Compactor::STANDARD);
  sources.close();
  {
    Xapian::WritableDatabase db(merged.string(), Xapian::DB_OPEN);
    VocabularyWriter vocabulary;
    for (SpellingWords& part_words : words) {
      vocabulary.add(db, part_words);
      SpellingWords().swap(part_words);
    }
    vocabulary.flush(db);
    for (const auto& part : entries) {
      for (const auto& [entry, value] : part) db.set_metadata(entry, value);
    }
    mark_derivation_complete(db, {report.researchers, report.publications, report.evidence});
    db.commit();
  }

  // The one step that makes the build visible: before it the index holds its
  // records with derivation pending, after it the complete new index.
  if (!exchange(merged, fs::path(store.path()))) {
    throw Error(ErrorCategory::io, fmt::format("{}: cannot move the merged index into place: {}",
                                               store.path(), std::strerror(errno)));
  }
  sync_directory(work_dir(store.path()).parent_path());
  store.close();  // the old index, now under `work`
  fs::remove_all(work, ec);

  report.documents_written = written;
  report.documents_deleted = store.documents_deleted();
  report.bulk_writers = used;
  report.bulk_merge_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - merge_started).count();
  return true;
}

}  // namespace savant::indexer

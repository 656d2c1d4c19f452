// SPDX-License-Identifier: MIT
// The posting lists of frequent terms, decoded once per index revision and
// kept in memory for the whole process. A broad query ("mixture of experts":
// ~800,000 postings at 100,000 documents) spent most of its matching in
// Xapian's posting iterators (a virtual call per step, varint decoding,
// chunk changes); walking the same docids from plain arrays costs a fraction
// of that. Only lists of at least kMinPostings are kept (a short list costs
// little to walk through Xapian), within a byte budget, the lists asked for
// most staying (docs/ARCHITECTURE.md, "Decoded posting lists of frequent
// terms").
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace savant::searcher {

/// One term's posting list: docids ascending, each with the part of its
/// weight that depends on the posting alone (for BM25: wdf / (K * length
/// normalisation + wdf), which the query's term weight multiplies), so that
/// a walk neither divides nor looks up a document length per posting.
struct DecodedPostings {
  std::vector<Xapian::docid> docids;
  std::vector<double> parts;

  /// What a posting list of `n` postings takes.
  static constexpr std::size_t bytes_for(std::size_t n) {
    return n * (sizeof(Xapian::docid) + sizeof(double));
  }
};

class PostingCache {
 public:
  /// Lists shorter than this are walked through Xapian and never kept.
  static constexpr Xapian::doccount kMinPostings = 4096;

  /// `min_postings`: the shortest list kept (tests keep short ones).
  explicit PostingCache(std::size_t budget_bytes, Xapian::doccount min_postings = kMinPostings)
      : budget_(budget_bytes), min_postings_(min_postings) {}

  /// The postings of `term` in `db` (one local database at one revision,
  /// named by its UUID) if they are kept, or worth keeping (then read now
  /// by `decode`, which knows what a posting's part is; a thread asking for
  /// a list another thread is reading waits for it); null for a list too
  /// short or too long to keep, one that does not earn its room, a database
  /// that cannot name its revision, or a budget of 0. `termfreq` is the
  /// term's frequency in `db`. Thread-safe. Throws what `decode` throws
  /// (nothing is kept then).
  ///
  /// Which lists are kept: while the budget has room, every list asked
  /// for. When it is full, a list comes in only in place of lists asked for
  /// less often than it (counts halved every kAgeEvery requests, so that
  /// they follow what is asked now), or of another revision: a mix of
  /// queries larger than the budget then keeps its most used lists instead
  /// of reading every list again each time it comes round (which is what
  /// evicting the least recently used list would do).
  std::shared_ptr<const DecodedPostings> postings(const Xapian::Database& db,
                                                  const std::string& term,
                                                  Xapian::doccount termfreq,
                                                  const std::function<DecodedPostings()>& decode);

  /// Raises the budget to at least `bytes` (never lowers it: the budget of
  /// the process is what its largest index asks for).
  void keep_at_least(std::size_t bytes);

  std::size_t budget() const;
  /// Bytes of the lists kept now.
  std::size_t kept_bytes() const;
  /// Lists kept now.
  std::size_t kept_lists() const;
  /// Lists read from an index so far (a list read again after it went
  /// counts again).
  std::size_t decoded() const;

  static constexpr std::uint64_t kAgeEvery = 4096;

 private:
  struct Entry {
    std::shared_ptr<const DecodedPostings> postings;  // null while being read
    std::size_t bytes = 0;
  };

  // Makes room for `bytes` more for `key`, asked for `uses` times, by
  // dropping lists of other revisions and lists asked for less often;
  // whether it could.
  bool make_room(const std::string& key, std::size_t bytes, std::uint32_t uses);
  void count_use(const std::string& key);

  mutable std::mutex mutex_;
  std::condition_variable decoded_cv_;
  std::map<std::string, Entry> entries_;       // by revision key + '\0' + term
  std::map<std::string, std::uint32_t> uses_;  // of every key asked for, kept or not
  std::size_t budget_;
  Xapian::doccount min_postings_;
  std::size_t kept_ = 0;  // bytes of entries_, those being read included
  std::size_t decoded_ = 0;
  std::uint64_t requests_ = 0;
};

/// The budget for an index of `documents` Xapian documents: 32 bytes a
/// document (about three posting lists of every document), at least
/// 128 MiB, at most an eighth of the machine's memory;
/// SAVANT_POSTING_CACHE_MB, when set, instead (0 keeps nothing).
std::size_t posting_cache_budget_for(Xapian::doccount documents);

/// The process's cache, shared by every Searcher (budget 0 until one asks).
PostingCache& process_posting_cache();

/// The process's cache, its budget raised to posting_cache_budget_for(documents)
/// (what a search of an index of `documents` Xapian documents uses).
PostingCache& process_posting_cache_for(Xapian::doccount documents);

}  // namespace savant::searcher

// SPDX-License-Identifier: MIT
// The weight of a match is a sum of doubles, and a sum in another order can
// differ in its last bits (which then reorders ties between researchers), so
// this mirrors exactly how Xapian 1.4.22 builds its posting list tree and
// adds up weights (api/queryinternal.cc, matcher/multiandpostlist.cc,
// matcher/orpostlist.cc, weight/bm25weight.cc, api/leafpostlist.cc):
// - OP_AND and OP_FILTER, nested into each other, are one AND of every part
//   (AndContext); the parts of a filter after the first have factor 0, so
//   carry no weight. The AND's parts are ordered by ascending term frequency
//   estimate (std::partial_sort_copy, MultiAndPostList) and its weight is
//   0.0 plus each part's weight in that order.
// - Nested OP_ORs are one OR of every part (OrContext), built into a tree of
//   binary ORs the way a Huffman code is: the two parts of least estimate
//   are joined first (a heap: std::make_heap, pop_heap, push_heap). A binary
//   OR's weight is the sum of its sides that match (a + b == b + a exactly,
//   so only the grouping matters).
// - A term weighs BM25Weight's get_sumpart(wdf, doclength) with Xapian's own
//   statistics: collection size, total length / collection size, the term's
//   frequency, its wqf in the query and the product of OP_SCALE_WEIGHT
//   factors above it.
// The same standard-library algorithms on the same inputs break ties between
// equal estimates the same way as Xapian's build of them does.
// DirectMatches.* tests compare every weight with the MatchSpy's using ==.
#include "searcher/direct_matches.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <span>
#include <string>

namespace savant::searcher {
namespace {

constexpr Xapian::docid kEnd = std::numeric_limits<Xapian::docid>::max();

// BM25Weight's defaults (xapian/weight.h): Enquire's weighting scheme when
// none is set, and savant sets none for the queries it ranks.
constexpr double kK1 = 1;
constexpr double kK3 = 1;
constexpr double kB = 0.5;
constexpr double kMinNormlen = 0.5;

// A term's name and wqf, read from the query's serialisation (Xapian 1.4
// exposes no wqf): `01ccLLLL`, LLLL the length (0: 16 + an encoded length
// follows), cc 0 for wqf 0, 1 or 2 for wqf 1, 3 for an encoded wqf after the
// name. Only one-byte encoded lengths are read (< 255); anything else is
// not walked.
struct TermAndWqf {
  std::string term;
  Xapian::termcount wqf = 1;
};

std::optional<TermAndWqf> term_and_wqf(const Xapian::Query& query) {
  const std::string s = query.serialise();
  if (s.empty()) return std::nullopt;
  const auto head = static_cast<unsigned char>(s[0]);
  if ((head & 0xc0) != 0x40) return std::nullopt;
  std::size_t at = 1;
  std::size_t length = head & 0x0f;
  if (length == 0) {
    if (at >= s.size() || static_cast<unsigned char>(s[at]) == 0xff) return std::nullopt;
    length = 16 + static_cast<unsigned char>(s[at++]);
  }
  if (s.size() < at + length) return std::nullopt;
  TermAndWqf out;
  out.term = s.substr(at, length);
  at += length;
  const unsigned code = (head >> 4) & 0x03;
  out.wqf = code > 0 ? 1 : 0;
  if (code == 3) {
    if (at >= s.size() || static_cast<unsigned char>(s[at]) == 0xff) return std::nullopt;
    out.wqf = static_cast<unsigned char>(s[at]);
  }
  // The name must be the one the query reports, or the format is not the one read here.
  if (query.get_terms_begin() == query.get_terms_end() || *query.get_terms_begin() != out.term) {
    return std::nullopt;
  }
  return out;
}

// The factor of an OP_SCALE_WEIGHT query (Xapian 1.4 exposes none): its
// description prints it with %.20g, which reads back exactly; the query
// rebuilt with it must serialise the same.
std::optional<double> scale_factor(const Xapian::Query& query) {
  const std::string description = query.get_description();
  const std::string start = "Query(";
  if (description.compare(0, start.size(), start) != 0) return std::nullopt;
  const char* text = description.c_str() + start.size();
  char* end = nullptr;
  const double factor = std::strtod(text, &end);
  if (end == text) return std::nullopt;
  const Xapian::Query rebuilt(Xapian::Query::OP_SCALE_WEIGHT, query.get_subquery(0), factor);
  if (rebuilt.serialise() != query.serialise()) return std::nullopt;
  return factor;
}

// One node of the tree: a term's posting list, an AND of parts or a binary OR.
struct Node {
  enum class Kind : unsigned char { term, all, either };
  Kind kind = Kind::term;
  Xapian::doccount estimate = 0;  // the postlist's get_termfreq_est()
  Xapian::docid did = 0;          // where it is: 0 before the start, kEnd after the end
  // A term.
  bool weighted = false;
  double termweight = 0;  // BM25Weight::termweight
  double len_factor = 0;  // BM25Weight::len_factor
  Xapian::PostingIterator it;
  Xapian::PostingIterator end;
  // A term whose postings the cache keeps: walked from them instead of `it`.
  const DecodedPostings* kept = nullptr;
  std::size_t at = 0;  // the index of `did` in `kept`
  // An AND: parts in Xapian's order. An OR: left, right.
  std::vector<std::size_t> parts;
};

class Tree {
 public:
  // `lengths`: every document's length by docid, or empty.
  // `cache`: where kept postings are found (only with lengths of every docid).
  Tree(const Xapian::Database& db, std::span<const Xapian::termcount> lengths,
       PostingCache* cache = nullptr)
      : db_(db),
        lengths_(lengths),
        cache_(cache && lengths.size() > db.get_lastdocid() ? cache : nullptr),
        db_size_(db.get_doccount()),
        average_length_(db_size_ == 0 ? 0.0
                                      : static_cast<double>(db.get_total_length()) / db_size_) {}

  // Builds the tree of `query`; its root, or nullopt.
  std::optional<std::size_t> build_root(const Xapian::Query& query) {
    return build(query, 1.0, Within::nothing);
  }

  // Asks the cache for the lists of `query`'s terms, last term first, before
  // the tree asks for them in the query's order: the two halves of a split
  // walk then read different lists at the same time when none is kept yet
  // (a query's first run on a revision, a one-shot `savant search`) instead
  // of one waiting for each list the other reads.
  void read_lists_backwards(const Xapian::Query& query) {
    if (!cache_) return;
    std::vector<std::string> terms(query.get_unique_terms_begin(), query.get_unique_terms_end());
    for (auto term = terms.rbegin(); term != terms.rend(); ++term) {
      kept_list(*term, db_.get_termfreq(*term));
    }
  }

  Xapian::docid next(std::size_t n) {
    Node& node = nodes_[n];
    switch (node.kind) {
      case Node::Kind::term:
        if (node.kept) {
          if (node.did != 0) ++node.at;
          return node.did = node.at < node.kept->docids.size() ? node.kept->docids[node.at] : kEnd;
        }
        if (node.did == 0) {
          node.it = db_.postlist_begin(term_of(n));
        } else {
          ++node.it;
        }
        return node.did = node.it == node.end ? kEnd : *node.it;
      case Node::Kind::either: {
        const Xapian::docid at = node.did;
        const std::size_t l = node.parts[0];
        const std::size_t r = node.parts[1];
        if (nodes_[l].did == at) next(l);
        if (nodes_[r].did == at) next(r);
        return node.did = std::min(nodes_[l].did, nodes_[r].did);
      }
      case Node::Kind::all:
        next(node.parts[0]);
        return node.did = align(n);
    }
    return kEnd;
  }

  Xapian::docid skip_to(std::size_t n, Xapian::docid target) {
    Node& node = nodes_[n];
    if (node.did != 0 && node.did >= target) return node.did;
    switch (node.kind) {
      case Node::Kind::term:
        if (node.kept) return node.did = kept_skip_to(node, target);
        if (node.did == 0) node.it = db_.postlist_begin(term_of(n));
        node.it.skip_to(target);
        return node.did = node.it == node.end ? kEnd : *node.it;
      case Node::Kind::either:
        skip_to(node.parts[0], target);
        skip_to(node.parts[1], target);
        return node.did = std::min(nodes_[node.parts[0]].did, nodes_[node.parts[1]].did);
      case Node::Kind::all:
        skip_to(node.parts[0], target);
        return node.did = align(n);
    }
    return kEnd;
  }

  // The weight at the node's current docid (which it must match).
  double weight(std::size_t n, Xapian::termcount& doclength) {
    Node& node = nodes_[n];
    switch (node.kind) {
      case Node::Kind::term: {
        if (!node.weighted) return 0;
        if (node.kept) {
          // sumpart's last operation, on the quotient kept for the posting.
          return node.termweight * node.kept->parts[node.at];
        }
        if (doclength == kUnknownLength) {
          doclength = node.did < lengths_.size() ? lengths_[node.did] : node.it.get_doclength();
        }
        return sumpart(node, node.it.get_wdf(), doclength);
      }
      case Node::Kind::either: {
        const std::size_t l = node.parts[0];
        const std::size_t r = node.parts[1];
        if (nodes_[l].did < nodes_[r].did) return weight(l, doclength);
        if (nodes_[l].did > nodes_[r].did) return weight(r, doclength);
        return weight(l, doclength) + weight(r, doclength);
      }
      case Node::Kind::all: {
        double result = 0;
        for (std::size_t part : node.parts) result += weight(part, doclength);
        return result;
      }
    }
    return 0;
  }

  static constexpr Xapian::termcount kUnknownLength = std::numeric_limits<Xapian::termcount>::max();

  // Appends the matches of node `n` with docids first..last (first >= 1),
  // in docid order, each with the weight walking the tree gives it. An OR,
  // which visits every posting of its parts anyway, is listed part by part
  // and merged (no step through the tree per match, a kept term read straight
  // from its arrays); anything else is walked. Only for a node with no AND
  // above it: an AND skips through its longer parts, which listing would read
  // whole.
  void list(std::size_t n, Xapian::docid first, Xapian::docid last, std::vector<Match>& out) {
    if (nodes_[n].kind == Node::Kind::either) {
      merge(n, first, last, out);
      return;
    }
    if (of_kept_terms(n)) {
      intersect(n, first, last, out);
      return;
    }
    for (Xapian::docid did = skip_to(n, first); did != kEnd && did <= last; did = next(n)) {
      Xapian::termcount doclength = kUnknownLength;
      out.push_back(Match{did, did, weight(n, doclength)});
    }
  }

 private:
  // The first docid from the first part's on that every part matches.
  Xapian::docid align(std::size_t n) {
    const std::vector<std::size_t>& parts = nodes_[n].parts;
    Xapian::docid at = nodes_[parts[0]].did;
    for (std::size_t i = 1; at != kEnd && i < parts.size();) {
      const Xapian::docid there = skip_to(parts[i], at);
      if (there == at) {
        ++i;
        continue;
      }
      at = there == kEnd ? kEnd : skip_to(parts[0], there);
      i = 1;
    }
    return at;
  }

  const std::string& term_of(std::size_t n) const { return terms_[n]; }

  // A kept term's postings with docids first..last: where they are in its
  // arrays, and the term's weight at each, as weight() computes it there.
  struct KeptSlice {
    const Xapian::docid* docids = nullptr;
    const double* parts = nullptr;
    std::size_t size = 0;
    double termweight = 0;
    bool weighted = false;

    double weight(std::size_t i) const { return weighted ? termweight * parts[i] : 0; }
  };

  static KeptSlice slice_of(const Node& term, Xapian::docid first, Xapian::docid last) {
    const std::vector<Xapian::docid>& docids = term.kept->docids;
    const auto from = std::lower_bound(docids.begin(), docids.end(), first);
    const auto to = std::upper_bound(from, docids.end(), last);
    const auto at = static_cast<std::size_t>(from - docids.begin());
    return KeptSlice{docids.data() + at, term.kept->parts.data() + at,
                     static_cast<std::size_t>(to - from), term.termweight, term.weighted};
  }

  // The first of docids[from, size) that is at least `target` (size if
  // none): a gallop (an AND skips its longer parts by small steps), then a
  // binary search.
  static std::size_t gallop(const Xapian::docid* docids, std::size_t size, std::size_t from,
                            Xapian::docid target) {
    std::size_t step = 1;
    while (from + step < size && docids[from + step] < target) {
      from += step;
      step *= 2;
    }
    return static_cast<std::size_t>(
        std::lower_bound(docids + from, docids + std::min(from + step, size), target) - docids);
  }

  // One side of an OR being listed: a kept term's postings in the range, or
  // matches listed into a vector.
  struct Side {
    KeptSlice kept;
    const Match* matches = nullptr;
    std::size_t size = 0;

    Xapian::docid docid(std::size_t i) const { return matches ? matches[i].docid : kept.docids[i]; }
    // weight() of the node at that docid, as computed there.
    double weight(std::size_t i) const { return matches ? matches[i].weight : kept.weight(i); }
  };

  Side side(std::size_t n, Xapian::docid first, Xapian::docid last, std::vector<Match>& store) {
    const Node& node = nodes_[n];
    Side out;
    if (node.kind == Node::Kind::term && node.kept) {
      out.kept = slice_of(node, first, last);
      out.size = out.kept.size;
      return out;
    }
    store.clear();
    list(n, first, last, store);
    out.matches = store.data();
    out.size = store.size();
    return out;
  }

  // Whether `n` is an AND of terms whose postings are all kept.
  bool of_kept_terms(std::size_t n) const {
    const Node& node = nodes_[n];
    if (node.kind != Node::Kind::all) return false;
    return std::all_of(node.parts.begin(), node.parts.end(), [this](std::size_t part) {
      return nodes_[part].kind == Node::Kind::term && nodes_[part].kept != nullptr;
    });
  }

  // Lists the AND `n` of kept terms: each docid of its first part (the least
  // frequent) looked for in the others by a gallop from where the last one
  // was found, the weight 0.0 plus each part's in the parts' order, as
  // weight() adds them.
  void intersect(std::size_t n, Xapian::docid first, Xapian::docid last, std::vector<Match>& out) {
    const std::vector<std::size_t>& parts = nodes_[n].parts;
    std::array<KeptSlice, 8> small;
    std::vector<KeptSlice> large;
    KeptSlice* each = small.data();
    if (parts.size() > small.size()) {
      large.resize(parts.size());
      each = large.data();
    }
    for (std::size_t p = 0; p < parts.size(); ++p)
      each[p] = slice_of(nodes_[parts[p]], first, last);
    // Where each part's search stands (the lead: its docid being looked for).
    std::array<std::size_t, 8> small_at{};
    std::vector<std::size_t> large_at(parts.size() > small_at.size() ? parts.size() : 0);
    std::size_t* at = large_at.empty() ? small_at.data() : large_at.data();
    const KeptSlice& lead = each[0];
    for (; at[0] < lead.size; ++at[0]) {
      const Xapian::docid did = lead.docids[at[0]];
      bool everywhere = true;
      for (std::size_t p = 1; p < parts.size() && everywhere; ++p) {
        at[p] = gallop(each[p].docids, each[p].size, at[p], did);
        // A part with nothing left ends the AND.
        if (at[p] == each[p].size) return;
        everywhere = each[p].docids[at[p]] == did;
      }
      if (!everywhere) continue;
      double weight = 0;
      for (std::size_t p = 0; p < parts.size(); ++p) weight += each[p].weight(at[p]);
      out.push_back(Match{did, did, weight});
    }
  }

  // Lists the binary OR `n`: its sides merged by docid, a docid both match
  // weighing left + right (weight()'s sum).
  void merge(std::size_t n, Xapian::docid first, Xapian::docid last, std::vector<Match>& out) {
    std::vector<Match> left_store = spare();
    std::vector<Match> right_store = spare();
    const Side l = side(nodes_[n].parts[0], first, last, left_store);
    const Side r = side(nodes_[n].parts[1], first, last, right_store);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < l.size && j < r.size) {
      const Xapian::docid a = l.docid(i);
      const Xapian::docid b = r.docid(j);
      if (a < b) {
        out.push_back(Match{a, a, l.weight(i++)});
      } else if (b < a) {
        out.push_back(Match{b, b, r.weight(j++)});
      } else {
        out.push_back(Match{a, a, l.weight(i++) + r.weight(j++)});
      }
    }
    for (; i < l.size; ++i) out.push_back(Match{l.docid(i), l.docid(i), l.weight(i)});
    for (; j < r.size; ++j) out.push_back(Match{r.docid(j), r.docid(j), r.weight(j)});
    give_back(std::move(left_store));
    give_back(std::move(right_store));
  }

  // Vectors for the sides of ORs being listed, reused from block to block
  // (a block's fit in the processor's caches).
  std::vector<Match> spare() {
    if (spares_.empty()) return {};
    std::vector<Match> out = std::move(spares_.back());
    spares_.pop_back();
    return out;
  }
  void give_back(std::vector<Match>&& v) {
    v.clear();
    spares_.push_back(std::move(v));
  }

  // The first kept docid from the node's position on that is at least `target`.
  static Xapian::docid kept_skip_to(Node& node, Xapian::docid target) {
    const std::vector<Xapian::docid>& docids = node.kept->docids;
    node.at = gallop(docids.data(), docids.size(), node.at, target);
    return node.at < docids.size() ? docids[node.at] : kEnd;
  }

  // BM25Weight::get_sumpart, operation for operation.
  static double sumpart(const Node& node, Xapian::termcount wdf, Xapian::termcount len) {
    return node.termweight * quotient(wdf, len, node.len_factor);
  }

  // All of get_sumpart but the multiplication by the term's weight: what a
  // posting alone decides (for the kept postings).
  static double quotient(Xapian::termcount wdf, Xapian::termcount len, double len_factor) {
    const double normlen = std::max(len * len_factor, kMinNormlen);
    const double wdf_double(wdf);
    const double denom = kK1 * (normlen * kB + (1 - kB)) + wdf_double;
    return wdf_double / denom;
  }

  // The cache's list of `term` (of frequency `tf`), or null; asked of the
  // cache once per walk, however often the term is in the query.
  const DecodedPostings* kept_list(const std::string& term, Xapian::doccount tf) {
    auto [it, inserted] = held_.try_emplace(term);
    if (inserted) it->second = cache_->postings(db_, term, tf, [&] { return decode(term); });
    return it->second.get();
  }

  // Every posting of `term` with its quotient (lengths_ covers every docid).
  DecodedPostings decode(const std::string& term) const {
    DecodedPostings out;
    const Xapian::doccount count = db_.get_termfreq(term);
    out.docids.reserve(count);
    out.parts.reserve(count);
    const double len_factor = length_factor();
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
      out.docids.push_back(*it);
      out.parts.push_back(quotient(it.get_wdf(), lengths_[*it], len_factor));
    }
    return out;
  }

  // BM25Weight's len_factor: 1 / the average document length (0 for none).
  double length_factor() const { return average_length_ == 0 ? 0.0 : 1 / average_length_; }

  std::size_t add(Node node, std::string term = {}) {
    nodes_.push_back(std::move(node));
    terms_.push_back(std::move(term));
    return nodes_.size() - 1;
  }

  // What a part is directly inside: which parts Xapian merges into it.
  enum class Within { nothing, all, either };

  std::optional<std::size_t> build(const Xapian::Query& query, double factor, Within within) {
    switch (query.get_type()) {
      case Xapian::Query::LEAF_TERM:
        return term(query, factor);
      case Xapian::Query::OP_SCALE_WEIGHT: {
        const std::optional<double> scale = scale_factor(query);
        if (!scale) return std::nullopt;
        // Whether Xapian merges an OP_SCALE_WEIGHT's AND into the AND
        // around it (or its OR into the OR around it) differs between
        // versions, and with it the order of the sum: not walked. A scaled
        // term or OR inside an AND is one part either way (the year filter's
        // `0 * (XY2017 OR XY2018)`).
        const Xapian::Query::op inner = query.get_subquery(0).get_type();
        if (within == Within::all &&
            (inner == Xapian::Query::OP_AND || inner == Xapian::Query::OP_FILTER)) {
          return std::nullopt;
        }
        if (within == Within::either && inner == Xapian::Query::OP_OR) return std::nullopt;
        return build(query.get_subquery(0), factor * *scale, within);
      }
      case Xapian::Query::OP_AND:
      case Xapian::Query::OP_FILTER: {
        std::vector<std::size_t> parts;
        if (!and_parts(query, factor, parts)) return std::nullopt;
        return all_of(parts);
      }
      case Xapian::Query::OP_OR: {
        std::vector<std::size_t> parts;
        if (!or_parts(query, factor, parts)) return std::nullopt;
        return either_of(std::move(parts));
      }
      default:
        return std::nullopt;
    }
  }

  std::optional<std::size_t> term(const Xapian::Query& query, double factor) {
    std::optional<TermAndWqf> leaf = term_and_wqf(query);
    if (!leaf) return std::nullopt;
    Node node;
    node.kind = Node::Kind::term;
    const Xapian::doccount tf = db_.get_termfreq(leaf->term);
    node.estimate = tf;
    node.end = db_.postlist_end(leaf->term);
    if (cache_) node.kept = kept_list(leaf->term, tf);
    // LocalSubMatch::open_post_list: a term weighs only at a non-zero factor.
    node.weighted = factor != 0.0;
    if (node.weighted) {
      // BM25Weight::init(factor) without a relevance set.
      double tw = (db_size_ - tf + 0.5) / (tf + 0.5);
      if (tw < 2) tw = tw * 0.5 + 1;
      double termweight = std::log(tw) * factor;
      const double wqf_double = leaf->wqf;
      termweight *= (kK3 + 1) * wqf_double / (kK3 + wqf_double);
      termweight *= (kK1 + 1);
      node.termweight = termweight;
      node.len_factor = length_factor();
    }
    return add(std::move(node), std::move(leaf->term));
  }

  // QueryAndLike::postlist_sub_and_like: ANDs and filters inside an AND are
  // part of it; a filter's parts after the first carry no weight.
  bool and_parts(const Xapian::Query& query, double factor, std::vector<std::size_t>& parts) {
    const bool filter = query.get_type() == Xapian::Query::OP_FILTER;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      const Xapian::Query part = query.get_subquery(i);
      const double part_factor = filter && i > 0 ? 0.0 : factor;
      const Xapian::Query::op op = part.get_type();
      if (op == Xapian::Query::OP_AND || op == Xapian::Query::OP_FILTER) {
        if (!and_parts(part, part_factor, parts)) return false;
        continue;
      }
      std::optional<std::size_t> node = build(part, part_factor, Within::all);
      if (!node) return false;
      parts.push_back(*node);
    }
    return !parts.empty();
  }

  // QueryOr::postlist_sub_or_like: ORs inside an OR are part of it.
  bool or_parts(const Xapian::Query& query, double factor, std::vector<std::size_t>& parts) {
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      const Xapian::Query part = query.get_subquery(i);
      if (part.get_type() == Xapian::Query::OP_OR) {
        if (!or_parts(part, factor, parts)) return false;
        continue;
      }
      std::optional<std::size_t> node = build(part, factor, Within::either);
      if (!node) return false;
      parts.push_back(*node);
    }
    return !parts.empty();
  }

  // MultiAndPostList: parts by ascending estimate; its estimate assumes
  // they are independent.
  std::size_t all_of(const std::vector<std::size_t>& parts) {
    Node node;
    node.kind = Node::Kind::all;
    node.parts.resize(parts.size());
    std::partial_sort_copy(
        parts.begin(), parts.end(), node.parts.begin(), node.parts.end(),
        [this](std::size_t a, std::size_t b) { return nodes_[a].estimate < nodes_[b].estimate; });
    if (db_size_ != 0) {
      double result(nodes_[node.parts[0]].estimate);
      for (std::size_t i = 1; i < node.parts.size(); ++i) {
        result = (result * nodes_[node.parts[i]].estimate) / db_size_;
      }
      node.estimate = static_cast<Xapian::doccount>(result + 0.5);
    }
    return add(std::move(node));
  }

  // OrContext::postlist: a Huffman tree of binary ORs, each left side's
  // estimate at least its right side's.
  std::size_t either_of(std::vector<std::size_t> parts) {
    if (parts.size() == 1) return parts[0];
    // ComparePostListTermFreqAscending in queryinternal.cc: the heap's top
    // is the part of least estimate.
    const auto greater = [this](std::size_t a, std::size_t b) {
      return nodes_[a].estimate > nodes_[b].estimate;
    };
    std::make_heap(parts.begin(), parts.end(), greater);
    while (true) {
      const std::size_t r = parts.front();
      std::pop_heap(parts.begin(), parts.end(), greater);
      parts.pop_back();
      const std::size_t joined = join(parts.front(), r);
      if (parts.size() == 1) return joined;
      std::pop_heap(parts.begin(), parts.end(), greater);
      parts.back() = joined;
      std::push_heap(parts.begin(), parts.end(), greater);
    }
  }

  // OrPostList and its get_termfreq_est().
  std::size_t join(std::size_t l, std::size_t r) {
    Node node;
    node.kind = Node::Kind::either;
    node.parts = {l, r};
    if (db_size_ != 0) {
      const double lest = static_cast<double>(nodes_[l].estimate);
      const double rest = static_cast<double>(nodes_[r].estimate);
      const double est = lest + rest - (lest * rest / db_size_);
      node.estimate = static_cast<Xapian::doccount>(est + 0.5);
    }
    return add(std::move(node));
  }

  Xapian::Database db_;
  std::span<const Xapian::termcount> lengths_;
  PostingCache* cache_;
  // The lists kept nodes walk (null: not kept), by term.
  std::map<std::string, std::shared_ptr<const DecodedPostings>> held_;
  std::vector<std::vector<Match>> spares_;
  Xapian::doccount db_size_;
  double average_length_;
  std::vector<Node> nodes_;
  std::vector<std::string> terms_;  // a term node's term, else empty
};

}  // namespace

DocumentLengths document_lengths(const Xapian::Database& db) {
  DocumentLengths out;
  out.revision = db.get_revision();
  out.by_docid.assign(static_cast<std::size_t>(db.get_lastdocid()) + 1, 0);
  // The posting list of "" is every document, in docid order: its lengths
  // are read in one sequential pass.
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    out.by_docid[*it] = it.get_doclength();
  }
  return out;
}

bool walks_directly(const Xapian::Query& query) {
  // Building the tree reads only term frequencies: an empty in-memory
  // database answers for the shape alone.
  Tree tree(Xapian::Database(), {});
  return tree.build_root(query).has_value();
}

std::optional<std::vector<Match>> direct_matches(const Xapian::Database& db,
                                                 const Xapian::Query& query, Xapian::docid first,
                                                 Xapian::docid last, const DocumentLengths* lengths,
                                                 std::vector<Match> storage, PostingCache* cache) {
  const bool current = lengths != nullptr && lengths->revision == db.get_revision();
  Tree tree(db,
            current ? std::span<const Xapian::termcount>(lengths->by_docid)
                    : std::span<const Xapian::termcount>(),
            cache);
  // The half from docid 1 reads lists in the query's order, any other
  // backwards (walked_matches has checked that the query is walked; the
  // lists of one that is not would only be read early).
  if (first > 1) tree.read_lists_backwards(query);
  const std::optional<std::size_t> root = tree.build_root(query);
  if (!root) return std::nullopt;
  std::vector<Match> out = std::move(storage);
  out.clear();
  first = std::max<Xapian::docid>(first, 1);
  last = std::min(last, db.get_lastdocid());
  if (first > last) return out;
  // Listed a block of docids at a time: the vectors an OR's sides are listed
  // into then stay in the processor's caches instead of streaming through
  // memory (at 1,000,000 documents a side of "mixture of experts" is 2.4
  // million matches). A walked node keeps its place from block to block.
  constexpr Xapian::docid kBlock = 1 << 16;
  for (Xapian::docid from = first;; from += kBlock) {
    const Xapian::docid to = last - from < kBlock - 1 ? last : from + (kBlock - 1);
    tree.list(*root, from, to, out);
    if (to == last) break;
  }
  return out;
}

}  // namespace savant::searcher

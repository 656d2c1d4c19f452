// SPDX-License-Identifier: MIT
// Union-find over e-mails and names, then near-duplicate matching for
// documents that name no one.
#include "indexer/identity/identity_resolver.hpp"

#include "schema/text_normalizer.hpp"
#include "schema/text_signature.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace savant::indexer {
namespace {

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index stays root, so roots follow the (sorted) input order.
  void unite(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

// "Zhao Xinyu" and "XINYU ZHAO" are one person: compare the sorted words.
std::string name_key(const std::string& name) {
  auto tokens = schema::tokenize(schema::match_key(name));
  std::vector<std::string> words;
  for (auto& t : tokens) words.push_back(std::move(t.text));
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

std::vector<std::string> name_words(const std::string& name) {
  std::vector<std::string> words;
  for (auto& t : schema::tokenize(schema::match_key(name))) words.push_back(std::move(t.text));
  return words;
}

// "Aleksei V. Belonovskii" and "Aleksei Belonovskii", "Mohammad Abdul Mukit" and
// "Abdul Mukit": the same family name, and every full word of the shorter name
// (two at least, initials aside) in the longer one. Initials alone ("M. Carrasco")
// are not enough: across a corpus they would merge different people.
bool compatible_names(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty() || a.back() != b.back()) return false;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  std::size_t full_words = 0;
  for (const auto& word : shorter) {
    if (word.size() == 1) continue;
    ++full_words;
    if (std::find(longer.begin(), longer.end(), word) == longer.end()) return false;
  }
  return full_words >= 2;
}

// Unites the records of one family name whose names are compatible_names(),
// without comparing every pair: a common family name is shared by thousands
// of records. Records with the same words are one researcher already (same
// name key), so one of each spelling is compared. Two compatible names share
// a full word besides the family name (the shorter has two full words, one at
// most at its end), so only spellings that share such a word are compared;
// the rare name whose full words are all the family name ("Li Li") is
// compared with every spelling.
void unite_compatible_names(const std::string& family, const std::vector<std::size_t>& members,
                            const std::vector<std::vector<std::string>>& words,
                            DisjointSets& sets) {
  std::map<std::vector<std::string>, std::size_t> spellings;  // words -> first record
  for (std::size_t m : members) spellings.emplace(words[m], m);
  std::map<std::string, std::vector<std::size_t>> by_word;  // full word -> records
  std::vector<std::size_t> family_only;
  std::vector<std::size_t> all;
  for (const auto& [name, record] : spellings) {
    all.push_back(record);
    bool keyed = false;
    std::set<std::string> seen;
    for (const std::string& word : name) {
      if (word.size() < 2 || word == family || !seen.insert(word).second) continue;
      by_word[word].push_back(record);
      keyed = true;
    }
    if (!keyed) family_only.push_back(record);
  }
  auto compare = [&](std::size_t a, std::size_t b) {
    if (a != b && compatible_names(words[a], words[b])) sets.unite(a, b);
  };
  for (const auto& [word, records] : by_word) {
    for (std::size_t x = 0; x < records.size(); ++x) {
      for (std::size_t y = x + 1; y < records.size(); ++y) compare(records[x], records[y]);
    }
  }
  for (std::size_t lone : family_only) {
    for (std::size_t other : all) compare(lone, other);
  }
}

// "dir/jdoe__cv.md" -> "dir/jdoe"; empty when the name has no "__".
std::string file_group(const std::string& source) {
  const std::filesystem::path path(source);
  const std::string name = path.filename().string();
  const std::size_t separator = name.find("__");
  if (separator == std::string::npos || separator == 0) return {};
  return (path.parent_path() / name.substr(0, separator)).string();
}

// Within one "<person>__" file group, names that are forms of one name: the same
// family name and first names that agree as far as both go ("Chris" and
// "Christian", "M." and "Martin"). Across the corpus this would merge strangers;
// beside each other in one person's folder it is how people write their name.
bool group_variants(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < 2 || b.size() < 2 || a.back() != b.back()) return false;
  const std::string& x = a.front();
  const std::string& y = b.front();
  if (x == y) return true;
  const std::string& shorter = x.size() <= y.size() ? x : y;
  const std::string& longer = x.size() <= y.size() ? y : x;
  if (shorter.size() == 1) return longer.front() == shorter.front();
  return shorter.size() >= 3 && longer.compare(0, shorter.size(), shorter) == 0;
}

// Files named "<person>__<what>.<ext>" side by side (the layout of exported
// personal-site repositories, and of the sample corpus) are one person's when
// nothing says otherwise: name variants within the group merge; records that
// name no one (an about page, a publication list, with or without an e-mail)
// join the group's one named researcher, or each other when nobody is named.
void join_file_groups(const std::vector<IdentityRecord>& records,
                      const std::vector<std::size_t>& order,
                      const std::vector<std::vector<std::string>>& words, DisjointSets& sets) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i : order) {
    std::string group = file_group(records[i].source);
    if (!group.empty()) groups[group].push_back(i);
  }
  for (const auto& [group, members] : groups) {
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        if (group_variants(words[members[x]], words[members[y]])) {
          sets.unite(members[x], members[y]);
        }
      }
    }
  }
  // Researchers someone names (perhaps through an e-mail shared with another file).
  std::set<std::size_t> named_roots;
  for (std::size_t i : order) {
    if (!words[i].empty()) named_roots.insert(sets.find(i));
  }
  for (const auto& [group, members] : groups) {
    std::set<std::size_t> here;
    for (std::size_t i : members) {
      if (named_roots.count(sets.find(i)) != 0) here.insert(sets.find(i));
    }
    if (here.size() > 1) continue;  // two people in one folder: leave the unnamed alone
    std::optional<std::size_t> anchor;
    if (!here.empty()) anchor = *here.begin();
    for (std::size_t i : members) {
      if (named_roots.count(sets.find(i)) != 0) continue;
      if (!anchor) {
        anchor = i;
        continue;
      }
      const bool named = named_roots.count(sets.find(*anchor)) != 0;
      sets.unite(*anchor, i);
      // The root may now be `i`: keep knowing that this researcher is named.
      if (named) named_roots.insert(sets.find(i));
    }
  }
}

std::string choose_name(const std::vector<IdentityRecord>& records,
                        const std::vector<std::size_t>& members) {
  std::map<std::string, int> votes;
  for (std::size_t m : members) {
    if (!records[m].name.empty()) ++votes[records[m].name];
  }
  std::string best;
  int best_votes = 0;
  for (std::size_t m : members) {  // member order breaks ties
    const std::string& n = records[m].name;
    if (!n.empty() && votes[n] > best_votes) {
      best = n;
      best_votes = votes[n];
    }
  }
  return best;
}

std::string choose_id(const std::vector<IdentityRecord>& records, const ResearcherCluster& c) {
  if (!c.name.empty()) {
    std::string slug = schema::slugify(c.name);
    if (!slug.empty()) return slug;
  }
  for (std::size_t m : c.members) {
    if (!records[m].emails.empty()) {
      const std::string& email = records[m].emails.front();
      return schema::slugify(email.substr(0, email.find('@')));
    }
  }
  std::string stem = std::filesystem::path(records[c.members.front()].source).stem().string();
  std::string slug = schema::slugify(stem);
  return slug.empty() ? "researcher" : slug;
}

// Every named researcher's publication titles and shingle sample, indexed by
// value, so that a nameless record is compared only with the researchers it
// shares something with: the cost per record does not grow with the corpus.
class NamedProfiles {
 public:
  NamedProfiles(const std::vector<IdentityRecord>& records,
                const std::map<std::size_t, std::vector<std::size_t>>& named) {
    for (const auto& [root, members] : named) {
      const auto r = static_cast<std::uint32_t>(roots_.size());
      roots_.push_back(root);
      std::uint32_t bound = schema::TextSketch{}.bound;
      for (std::size_t m : members) {
        for (std::uint64_t t : records[m].title_keys) titles_.emplace_back(t, r);
        const schema::TextSketch& sketch = records[m].sketch;
        bound = std::min(bound, sketch.bound);
        for (std::uint32_t v : sketch.sample) shingles_.emplace_back(v, r);
      }
      // Below the smallest bound of its members, the union of their samples
      // holds every shingle of the researcher's texts.
      bounds_.push_back(bound);
    }
    std::sort(titles_.begin(), titles_.end());
    titles_.erase(std::unique(titles_.begin(), titles_.end()), titles_.end());
    std::sort(shingles_.begin(), shingles_.end());
    shingles_.erase(std::unique(shingles_.begin(), shingles_.end()), shingles_.end());
  }

  /// The root of the researcher whose titles or text contain the record's best,
  /// if any qualifies (ties: the first root).
  std::optional<std::size_t> best_match(const IdentityRecord& record,
                                        const IdentityOptions& options) const {
    const std::vector<std::uint64_t>& titles = record.title_keys;
    const schema::TextSketch& sketch = record.sketch;
    std::vector<std::uint32_t> candidates;
    add_sharers(titles_, titles, candidates);
    add_sharers(shingles_, sketch.sample, candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    double best_score = 0.0;
    std::optional<std::size_t> best;
    for (std::uint32_t r : candidates) {
      const double by_titles = titles.empty() ? 0.0 : share(titles_, titles, titles.size(), r);
      // Compared below both bounds, the two samples sample the same shingles.
      const std::uint32_t bound = std::min(sketch.bound, bounds_[r]);
      const auto compared = static_cast<std::size_t>(
          std::upper_bound(sketch.sample.begin(), sketch.sample.end(), bound) -
          sketch.sample.begin());
      const double by_text =
          compared < kMinCompared ? 0.0 : share(shingles_, sketch.sample, compared, r);
      const bool qualifies = (!titles.empty() && by_titles >= options.min_title_overlap) ||
                             by_text >= options.min_text_containment;
      const double score = std::max(by_titles, by_text);
      if (qualifies && score > best_score) {
        best_score = score;
        best = roots_[r];
      }
    }
    return best;
  }

 private:
  // A title or shingle more researchers than this share is boilerplate: it
  // proposes no candidates (it still counts for those proposed otherwise).
  static constexpr std::size_t kMaxSharers = 100;
  // Fewer sampled shingles than this say too little: one or two shared by
  // chance would make a short page "contained" in anyone's text.
  static constexpr std::size_t kMinCompared = 8;

  template <typename Value>
  static void add_sharers(const std::vector<std::pair<Value, std::uint32_t>>& pairs,
                          const std::vector<Value>& values, std::vector<std::uint32_t>& out) {
    for (Value v : values) {
      auto [from, to] = std::equal_range(pairs.begin(), pairs.end(), v, ByValue<Value>{});
      if (static_cast<std::size_t>(to - from) > kMaxSharers) continue;
      for (auto it = from; it != to; ++it) out.push_back(it->second);
    }
  }

  // Share of the first `count` of `values` that researcher `r` has too.
  template <typename Value>
  static double share(const std::vector<std::pair<Value, std::uint32_t>>& pairs,
                      const std::vector<Value>& values, std::size_t count, std::uint32_t r) {
    std::size_t shared = 0;
    for (std::size_t i = 0; i < count; ++i) {
      shared += std::binary_search(pairs.begin(), pairs.end(), std::make_pair(values[i], r));
    }
    return static_cast<double>(shared) / static_cast<double>(count);
  }

  template <typename Value>
  struct ByValue {
    bool operator()(const std::pair<Value, std::uint32_t>& p, Value v) const { return p.first < v; }
    bool operator()(Value v, const std::pair<Value, std::uint32_t>& p) const { return v < p.first; }
  };

  std::vector<std::size_t> roots_;                                 // dense index -> root record
  std::vector<std::uint32_t> bounds_;                              // dense index -> sample bound
  std::vector<std::pair<std::uint64_t, std::uint32_t>> titles_;    // (title hash, researcher)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> shingles_;  // (shingle hash, researcher)
};

// Anonymous documents join the named researcher they nearly duplicate: most of
// their publication titles, or most of their word 3-grams, are that researcher's.
void join_near_duplicates(const std::vector<IdentityRecord>& records,
                          const std::vector<std::size_t>& order, const IdentityOptions& options,
                          DisjointSets& sets) {
  if (std::none_of(records.begin(), records.end(), is_anonymous)) return;
  std::map<std::size_t, std::vector<std::size_t>> named;  // root -> members
  for (std::size_t i : order) {
    if (!is_anonymous(records[i])) named[sets.find(i)].push_back(i);
  }
  const NamedProfiles profiles(records, named);
  for (std::size_t i : order) {
    // Already placed beside a named sibling: that is stronger than text overlap.
    if (!is_anonymous(records[i]) || named.count(sets.find(i)) != 0) continue;
    if (std::optional<std::size_t> root = profiles.best_match(records[i], options)) {
      sets.unite(*root, i);
    }
  }
}

}  // namespace

std::vector<ResearcherCluster> resolve_identities(const std::vector<IdentityRecord>& records,
                                                  const IdentityOptions& options) {
  // Work in source order so the outcome does not depend on the caller's order.
  std::vector<std::size_t> order(records.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return records[a].source < records[b].source; });

  DisjointSets sets(records.size());
  std::unordered_map<std::string, std::size_t> first_with_key;
  auto join_on = [&](const std::string& key, std::size_t index) {
    auto [it, inserted] = first_with_key.emplace(key, index);
    if (!inserted) sets.unite(it->second, index);
  };
  for (std::size_t i : order) {
    for (const auto& email : records[i].emails) join_on("e:" + email, i);
    if (!records[i].name.empty()) {
      std::string key = name_key(records[i].name);
      if (!key.empty()) join_on("n:" + key, i);
    }
  }

  // Spelling variants of one name: compared within groups sharing a family name.
  std::unordered_map<std::string, std::vector<std::size_t>> by_family_name;
  std::vector<std::vector<std::string>> words(records.size());
  for (std::size_t i : order) {
    words[i] = name_words(records[i].name);
    if (!words[i].empty()) by_family_name[words[i].back()].push_back(i);
  }
  for (const auto& [family, members] : by_family_name) {
    unite_compatible_names(family, members, words, sets);
  }

  join_file_groups(records, order, words, sets);

  join_near_duplicates(records, order, options, sets);

  std::map<std::size_t, ResearcherCluster> by_root;
  for (std::size_t i : order) by_root[sets.find(i)].members.push_back(i);
  std::vector<ResearcherCluster> clusters;
  std::set<std::string> used_ids;
  // Iterate in order of each cluster's first source so ids are stable.
  std::vector<ResearcherCluster*> in_order;
  for (auto& [root, cluster] : by_root) in_order.push_back(&cluster);
  std::sort(in_order.begin(), in_order.end(), [&](auto* a, auto* b) {
    return records[a->members.front()].source < records[b->members.front()].source;
  });
  for (ResearcherCluster* c : in_order) {
    c->name = choose_name(records, c->members);
    std::string id = choose_id(records, *c);
    std::string unique = id;
    for (int n = 2; used_ids.count(unique) != 0; ++n) unique = id + "-" + std::to_string(n);
    used_ids.insert(unique);
    c->id = unique;
    clusters.push_back(std::move(*c));
  }
  return clusters;
}

std::vector<ResearcherCluster> resolve_identities(const std::vector<DocumentRecord>& records,
                                                  const IdentityOptions& options) {
  return resolve_identities(identities_of(records), options);
}

}  // namespace savant::indexer

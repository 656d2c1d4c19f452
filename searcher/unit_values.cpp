// SPDX-License-Identifier: MIT
#include "searcher/unit_values.hpp"

#include <algorithm>

namespace savant::searcher {

UnitValues::UnitValues(const Xapian::Database& db, const Xapian::MSet& mset,
                       std::initializer_list<Xapian::valueno> slots, bool from_documents)
    : slots_(slots) {
  ranks_.reserve(mset.size());
  std::size_t rank = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) ranks_.emplace_back(*it, rank++);
  std::sort(ranks_.begin(), ranks_.end());
  values_.resize(ranks_.size() * slots_.size());
  if (from_documents) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document doc = it.get_document();
      for (std::size_t s = 0; s < slots_.size(); ++s) {
        values_[it.get_rank() * slots_.size() + s] = doc.get_value(slots_[s]);
      }
    }
    return;
  }
  for (std::size_t s = 0; s < slots_.size(); ++s) {
    // A stream visits only documents holding the slot, in docid order, and
    // skip_to() moves through its chunks without going back.
    Xapian::ValueIterator value = db.valuestream_begin(slots_[s]);
    const Xapian::ValueIterator end = db.valuestream_end(slots_[s]);
    for (const auto& [docid, at] : ranks_) {
      value.skip_to(docid);
      if (value == end) break;
      if (value.get_docid() == docid) values_[at * slots_.size() + s] = *value;
    }
  }
}

const std::string& UnitValues::at(std::size_t rank, Xapian::valueno slot) const {
  for (std::size_t s = 0; s < slots_.size(); ++s) {
    if (slots_[s] == slot) {
      return rank < ranks_.size() ? values_[rank * slots_.size() + s] : empty_;
    }
  }
  return empty_;
}

const std::string& UnitValues::get(Xapian::docid docid, Xapian::valueno slot) const {
  auto it = std::lower_bound(ranks_.begin(), ranks_.end(), std::make_pair(docid, std::size_t{0}));
  if (it == ranks_.end() || it->first != docid) return empty_;
  return at(it->second, slot);
}

}  // namespace savant::searcher

// SPDX-License-Identifier: MIT
#include "searcher/unit_values.hpp"

#include <algorithm>

namespace savant::searcher {

UnitValues::UnitValues(const Xapian::Database& db, const Xapian::MSet& mset,
                       std::initializer_list<Xapian::valueno> slots)
    : slots_(slots) {
  std::vector<Xapian::docid> docids;
  docids.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  std::sort(docids.begin(), docids.end());
  row_of_.reserve(docids.size());
  for (std::size_t row = 0; row < docids.size(); ++row) row_of_.emplace(docids[row], row);
  values_.resize(docids.size() * slots_.size());
  for (std::size_t s = 0; s < slots_.size(); ++s) {
    // A stream visits only documents holding the slot, in docid order, and
    // skip_to() moves through its chunks without going back.
    Xapian::ValueIterator value = db.valuestream_begin(slots_[s]);
    const Xapian::ValueIterator end = db.valuestream_end(slots_[s]);
    for (std::size_t row = 0; row < docids.size() && value != end; ++row) {
      value.skip_to(docids[row]);
      if (value == end) break;
      if (value.get_docid() == docids[row]) values_[row * slots_.size() + s] = *value;
    }
  }
}

const std::string& UnitValues::get(Xapian::docid docid, Xapian::valueno slot) const {
  auto row = row_of_.find(docid);
  auto s = std::find(slots_.begin(), slots_.end(), slot);
  if (row == row_of_.end() || s == slots_.end()) return empty_;
  return values_[row->second * slots_.size() + static_cast<std::size_t>(s - slots_.begin())];
}

}  // namespace savant::searcher

// SPDX-License-Identifier: MIT
#include "searcher/unit_columns.hpp"

#include "schema/prefixes.hpp"
#include "schema/record_json.hpp"
#include "schema/topics_value.hpp"
#include "searcher/huge_pages.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace savant::searcher {

UnitRanking parse_unit_ranking(const std::string& value) {
  UnitRanking out;
  const std::size_t a = value.find('|');
  const std::size_t b = a == std::string::npos ? a : value.find('|', a + 1);
  if (a == std::string::npos || b == std::string::npos) return out;
  out.parsed = true;
  out.kind = schema::evidence_kind_from_string(value.substr(0, a));
  if (out.kind == EvidenceKind::publication) {
    out.role = schema::author_role_from_string(value.substr(a + 1, b - a - 1));
    out.status = schema::publication_status_from_string(value.substr(b + 1));
  }
  return out;
}

// Turns slot values into numbers, one table of distinct values per column.
class UnitColumns::Builder {
 public:
  explicit Builder(UnitColumns& out) : out_(out) {
    out_.researchers_.emplace_back();    // number 0: the empty id
    out_.rankings_.emplace_back();       // number 0: no ranking value
    out_.topic_set_begin_.push_back(0);  // number 0: no topics
  }

  // Once every row is read: the sort order of the researcher ids.
  void finish() {
    std::vector<std::uint32_t> by_id(out_.researchers_.size());
    for (std::uint32_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) {
      return out_.researchers_[a] < out_.researchers_[b];
    });
    out_.researcher_order_.resize(by_id.size());
    for (std::uint32_t i = 0; i < by_id.size(); ++i) out_.researcher_order_[by_id[i]] = i;
  }

  void resize(std::size_t rows) {
    out_.rows_.reserve(rows);
    advise_huge_pages(out_.rows_.data(), rows * sizeof(Row));
    out_.rows_.assign(rows, Row{});
  }

  // Values are distinct in far fewer ways than there are rows: each distinct
  // value is parsed once. Neighbouring documents often hold the same value
  // (a researcher's units are written together): the last one is remembered.
  void set(std::size_t row, Xapian::valueno slot, const std::string& value) {
    if (value.empty()) return;  // as a row without the slot
    Last& last = last_[slot % kLast];
    if (last.slot != slot || last.value != value) {
      last = Last{slot, value, number_of(slot, value)};
    }
    switch (slot) {
      case schema::kSlotResearcher:
        out_.rows_[row].researcher = last.number;
        break;
      case schema::kSlotRanking:
        out_.rows_[row].ranking = static_cast<std::uint8_t>(last.number);
        break;
      case schema::kSlotYear:
        out_.rows_[row].year = last.number;
        break;
      case schema::kSlotVenue:
        out_.rows_[row].venue = last.number;
        break;
      case schema::kSlotTopics:
        out_.rows_[row].topic_set = last.number;
        break;
      default:
        break;
    }
  }

 private:
  std::uint32_t number_of(Xapian::valueno slot, const std::string& value) {
    switch (slot) {
      case schema::kSlotResearcher:
        return intern(researchers_, out_.researchers_, value, 0);
      case schema::kSlotRanking:
        return ranking_number(value);
      case schema::kSlotYear:
        return year_number(value);
      case schema::kSlotVenue:
        return intern(venues_, out_.venues_, value, 1);
      case schema::kSlotTopics:
        return topic_set_number(value);
      default:
        return 0;
    }
  }

  // `first`: the number of the first table entry (1 where 0 means none).
  static std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& numbers,
                              std::vector<std::string>& table, const std::string& value,
                              std::uint32_t first) {
    auto [it, inserted] = numbers.try_emplace(value, 0);
    if (inserted) {
      it->second = static_cast<std::uint32_t>(table.size()) + first;
      table.push_back(value);
    }
    return it->second;
  }

  std::uint32_t ranking_number(const std::string& value) {
    auto [it, inserted] = ranking_strings_.try_emplace(value, 0);
    if (!inserted) return it->second;
    const UnitRanking parsed = parse_unit_ranking(value);
    std::uint32_t number = 0;
    while (number < out_.rankings_.size() && !same(out_.rankings_[number], parsed)) ++number;
    if (number == out_.rankings_.size()) out_.rankings_.push_back(parsed);
    it->second = number;
    return number;
  }

  static bool same(const UnitRanking& a, const UnitRanking& b) {
    return a.parsed == b.parsed && a.kind == b.kind && a.role == b.role && a.status == b.status;
  }

  std::uint32_t year_number(const std::string& value) {
    const int year = static_cast<int>(Xapian::sortable_unserialise(value));
    auto [it, inserted] = years_.try_emplace(year, 0);
    if (inserted) {
      out_.years_.push_back(year);
      it->second = static_cast<std::uint32_t>(out_.years_.size());
    }
    return it->second;
  }

  std::uint32_t topic_set_number(const std::string& value) {
    auto [it, inserted] = topic_set_strings_.try_emplace(value, 0);
    if (!inserted) return it->second;
    const std::size_t first = out_.topic_set_items_.size();
    for (std::string_view id : schema::topics_of_value(value)) {
      const std::uint32_t topic = intern(topics_, out_.topics_, std::string(id), 0);
      auto& items = out_.topic_set_items_;
      if (std::find(items.begin() + static_cast<std::ptrdiff_t>(first), items.end(), topic) ==
          items.end()) {
        items.push_back(topic);
      }
    }
    it->second = static_cast<std::uint32_t>(out_.topic_set_begin_.size() - 1);
    out_.topic_set_begin_.push_back(static_cast<std::uint32_t>(out_.topic_set_items_.size()));
    return it->second;
  }

  struct Last {
    Xapian::valueno slot = Xapian::BAD_VALUENO;
    std::string value;
    std::uint32_t number = 0;
  };
  static constexpr std::size_t kLast = 16;
  Last last_[kLast];
  UnitColumns& out_;
  std::unordered_map<std::string, std::uint32_t> researchers_{{std::string(), 0}};
  std::unordered_map<std::string, std::uint32_t> ranking_strings_;
  std::unordered_map<int, std::uint32_t> years_;
  std::unordered_map<std::string, std::uint32_t> venues_;
  std::unordered_map<std::string, std::uint32_t> topics_;
  std::unordered_map<std::string, std::uint32_t> topic_set_strings_;
};

namespace {

constexpr Xapian::valueno kSlots[] = {schema::kSlotResearcher, schema::kSlotRanking,
                                      schema::kSlotYear, schema::kSlotVenue, schema::kSlotTopics};

}  // namespace

UnitColumns UnitColumns::of_database(const Xapian::Database& db) {
  UnitColumns out;
  Builder builder(out);
  builder.resize(std::size_t{db.get_lastdocid()} + 1);
  for (const Xapian::valueno slot : kSlots) {
    // A stream visits only the documents holding the slot, in docid order.
    const Xapian::ValueIterator end = db.valuestream_end(slot);
    for (Xapian::ValueIterator value = db.valuestream_begin(slot); value != end; ++value) {
      builder.set(value.get_docid(), slot, *value);
    }
  }
  builder.finish();
  return out;
}

UnitColumns UnitColumns::of_mset(const Xapian::MSet& mset) {
  UnitColumns out;
  Builder builder(out);
  builder.resize(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    for (const Xapian::valueno slot : kSlots) builder.set(it.get_rank(), slot, doc.get_value(slot));
  }
  builder.finish();
  return out;
}

std::size_t UnitColumns::memory_bytes() const {
  std::size_t bytes =
      rows_.capacity() * sizeof(Row) + years_.capacity() * sizeof(int) +
      rankings_.capacity() * sizeof(UnitRanking) +
      (topic_set_begin_.capacity() + topic_set_items_.capacity() + researcher_order_.capacity()) *
          sizeof(std::uint32_t);
  for (const auto* table : {&researchers_, &venues_, &topics_}) {
    bytes += table->capacity() * sizeof(std::string);
    for (const std::string& s : *table) {
      if (s.capacity() > 15) bytes += s.capacity() + 1;
    }
  }
  return bytes;
}

}  // namespace savant::searcher

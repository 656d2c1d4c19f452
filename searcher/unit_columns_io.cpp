// SPDX-License-Identifier: MIT
// UnitColumns to and from a byte stream (searcher/columns_file): the arrays
// as they are in memory, each after its length, the strings each after theirs.
#include "searcher/huge_pages.hpp"
#include "searcher/unit_columns.hpp"

#include <cstring>
#include <istream>
#include <ostream>
#include <type_traits>

namespace savant::searcher {
namespace {

// Far above any real table: a damaged length beyond it is refused before
// its byte count (length * element size) could overflow. Reader then checks
// every length against what is left of the stream.
constexpr std::uint64_t kMaxEntries = std::uint64_t{1} << 34;

void put_count(std::ostream& out, std::uint64_t n) {
  out.write(reinterpret_cast<const char*>(&n), sizeof n);
}

template <typename T>
void put_array(std::ostream& out, const std::vector<T>& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  put_count(out, v.size());
  out.write(reinterpret_cast<const char*>(v.data()),
            static_cast<std::streamsize>(v.size() * sizeof(T)));
}

void put_strings(std::ostream& out, const std::vector<std::string>& v) {
  put_count(out, v.size());
  for (const std::string& s : v) {
    put_count(out, s.size());
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
  }
}

// What is left of the stream to read: no length read from it may ask for
// more (a damaged length would otherwise allocate gigabytes).
class Reader {
 public:
  explicit Reader(std::istream& in) : in_(in) {
    const std::streampos at = in.tellg();
    in.seekg(0, std::ios::end);
    const std::streampos end = in.tellg();
    in.seekg(at);
    left_ = at >= 0 && end >= at ? static_cast<std::uint64_t>(end - at) : 0;
  }

  bool count(std::uint64_t& n) {
    if (!take(sizeof n)) return false;
    in_.read(reinterpret_cast<char*>(&n), sizeof n);
    return in_.good() && n <= kMaxEntries;
  }

  template <typename T>
  bool array(std::vector<T>& v, bool huge = false) {
    std::uint64_t n = 0;
    if (!count(n) || !take(n * sizeof(T))) return false;
    v.reserve(n);
    if (huge) advise_huge_pages(v.data(), n * sizeof(T));
    v.resize(n);
    in_.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(n * sizeof(T)));
    return in_.good() || (n == 0 && !in_.bad());
  }

  bool strings(std::vector<std::string>& v) {
    std::uint64_t n = 0;
    // Each string has at least its length's 8 bytes.
    if (!count(n) || n > left_ / sizeof(std::uint64_t)) return false;
    v.resize(n);
    for (std::string& s : v) {
      std::uint64_t size = 0;
      if (!count(size) || !take(size)) return false;
      s.resize(size);
      in_.read(s.data(), static_cast<std::streamsize>(size));
      if (!in_.good() && size != 0) return false;
    }
    return true;
  }

 private:
  bool take(std::uint64_t bytes) {
    if (bytes > left_) return false;
    left_ -= bytes;
    return true;
  }

  std::istream& in_;
  std::uint64_t left_ = 0;
};

}  // namespace

void UnitColumns::write(std::ostream& out) const {
  put_array(out, rows_);
  put_strings(out, researchers_);
  put_array(out, researcher_order_);
  // Copied member by member into records zeroed byte by byte, so that their
  // padding is zeros: a ranking parsed on the stack carries whatever was
  // there, which made two saves of one revision differ and wrote bytes
  // nobody set (value-initialising the records does not zero their padding
  // with GCC 12).
  std::vector<UnitRanking> rankings(rankings_.size());
  std::memset(static_cast<void*>(rankings.data()), 0, rankings.size() * sizeof(UnitRanking));
  for (std::size_t i = 0; i < rankings_.size(); ++i) {
    rankings[i].parsed = rankings_[i].parsed;
    rankings[i].kind = rankings_[i].kind;
    rankings[i].role = rankings_[i].role;
    rankings[i].status = rankings_[i].status;
  }
  put_array(out, rankings);
  put_array(out, years_);
  put_strings(out, venues_);
  put_strings(out, topics_);
  put_array(out, topic_set_begin_);
  put_array(out, topic_set_items_);
}

std::optional<UnitColumns> UnitColumns::read(std::istream& in, std::size_t rows) {
  UnitColumns c;
  Reader read(in);
  if (!read.array(c.rows_, true) || c.rows_.size() != rows || !read.strings(c.researchers_) ||
      !read.array(c.researcher_order_) || !read.array(c.rankings_) || !read.array(c.years_) ||
      !read.strings(c.venues_) || !read.strings(c.topics_) || !read.array(c.topic_set_begin_) ||
      !read.array(c.topic_set_items_)) {
    return std::nullopt;
  }
  // Every number must name an entry of its table, as built ones do.
  if (c.researchers_.empty() || c.rankings_.empty() || c.topic_set_begin_.empty() ||
      c.researcher_order_.size() != c.researchers_.size() || c.rankings_.size() > 256 ||
      c.topic_set_begin_.front() != 0 || c.topic_set_begin_.back() != c.topic_set_items_.size()) {
    return std::nullopt;
  }
  for (std::size_t s = 1; s < c.topic_set_begin_.size(); ++s) {
    if (c.topic_set_begin_[s] < c.topic_set_begin_[s - 1]) return std::nullopt;
  }
  for (std::uint32_t t : c.topic_set_items_) {
    if (t >= c.topics_.size()) return std::nullopt;
  }
  for (std::uint32_t order : c.researcher_order_) {
    if (order >= c.researchers_.size()) return std::nullopt;
  }
  for (const UnitRanking& r : c.rankings_) {
    // Enum values beyond their types' would be read back as nonsense.
    unsigned char parsed = 0;
    std::memcpy(&parsed, &r.parsed, 1);
    if (parsed > 1 || static_cast<unsigned>(r.kind) > static_cast<unsigned>(EvidenceKind::skills) ||
        static_cast<unsigned>(r.role) > static_cast<unsigned>(AuthorRole::co_author) ||
        static_cast<unsigned>(r.status) > static_cast<unsigned>(PublicationStatus::under_review)) {
      return std::nullopt;
    }
  }
  const std::size_t sets = c.topic_set_begin_.size() - 1;
  for (const Row& row : c.rows_) {
    if (row.researcher >= c.researchers_.size() || row.ranking >= c.rankings_.size() ||
        row.year > c.years_.size() || row.venue > c.venues_.size() || row.topic_set >= sets) {
      return std::nullopt;
    }
  }
  return c;
}

}  // namespace savant::searcher

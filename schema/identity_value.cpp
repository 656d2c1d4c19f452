// SPDX-License-Identifier: MIT
#include "schema/identity_value.hpp"

#include <algorithm>

namespace savant::schema {
namespace {

// Bumped when the form changes: a value of another version is not read (the
// record's data is, as for a record without the value).
constexpr char kVersion = 1;

void put_length(std::string& out, std::size_t n) {
  // Seven bits a byte, the high bit set on all but the last.
  while (n >= 0x80) {
    out.push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

template <typename Unsigned>
void put_fixed(std::string& out, Unsigned n) {
  for (std::size_t i = 0; i < sizeof n; ++i)
    out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
}

void put_string(std::string& out, std::string_view s) {
  put_length(out, s.size());
  out.append(s);
}

// Reads what the put_ functions wrote, refusing anything past the value's end.
class Cursor {
 public:
  explicit Cursor(std::string_view in) : in_(in) {}

  bool length(std::size_t& n) {
    n = 0;
    for (unsigned shift = 0; shift < 35; shift += 7) {
      if (at_ == in_.size()) return false;
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      n |= static_cast<std::size_t>(byte & 0x7f) << shift;
      // A last byte of 0 after others is a longer form than put_length writes:
      // refused, so that each value has one form (the fuzz target checks it).
      if ((byte & 0x80) == 0) return byte != 0 || shift == 0;
    }
    return false;  // longer than any length written
  }

  template <typename Unsigned>
  bool fixed(Unsigned& n) {
    if (in_.size() - at_ < sizeof n) return false;
    n = 0;
    for (std::size_t i = 0; i < sizeof n; ++i) {
      n |= static_cast<Unsigned>(static_cast<unsigned char>(in_[at_++])) << (8 * i);
    }
    return true;
  }

  bool string(std::string& s) {
    std::size_t n = 0;
    if (!length(n) || n > in_.size() - at_) return false;
    s.assign(in_.substr(at_, n));
    at_ += n;
    return true;
  }

  // A count of items of `size` bytes each: no more than what is left can hold.
  bool count(std::size_t& n, std::size_t size) {
    return length(n) && n <= (in_.size() - at_) / size;
  }

  bool at_end() const { return at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace

std::string identity_value(const IdentityFields& fields) {
  std::string out(1, kVersion);
  put_string(out, fields.name);
  put_length(out, fields.emails.size());
  for (const std::string& email : fields.emails) put_string(out, email);
  put_length(out, fields.title_keys.size());
  for (std::uint64_t key : fields.title_keys) put_fixed(out, key);
  put_fixed(out, fields.sketch.bound);
  put_length(out, fields.sketch.sample.size());
  for (std::uint32_t hash : fields.sketch.sample) put_fixed(out, hash);
  return out;
}

std::optional<IdentityFields> identity_fields_of(std::string_view value) {
  if (value.empty() || value.front() != kVersion) return std::nullopt;
  Cursor in(value.substr(1));
  IdentityFields fields;
  std::size_t n = 0;
  // Each e-mail takes at least its length's byte.
  if (!in.string(fields.name) || !in.count(n, 1)) return std::nullopt;
  fields.emails.resize(n);
  for (std::string& email : fields.emails) {
    if (!in.string(email)) return std::nullopt;
  }
  if (!in.count(n, sizeof(std::uint64_t))) return std::nullopt;
  fields.title_keys.resize(n);
  for (std::uint64_t& key : fields.title_keys) {
    if (!in.fixed(key)) return std::nullopt;
  }
  if (!in.fixed(fields.sketch.bound) || !in.count(n, sizeof(std::uint32_t))) return std::nullopt;
  fields.sketch.sample.resize(n);
  for (std::uint32_t& hash : fields.sketch.sample) {
    if (!in.fixed(hash)) return std::nullopt;
  }
  // Both lists are sorted and distinct when written: anything else is damage.
  const auto strictly_rising = [](const auto& v) {
    return std::adjacent_find(v.begin(), v.end(), [](auto a, auto b) { return a >= b; }) == v.end();
  };
  if (!in.at_end() || !strictly_rising(fields.title_keys) ||
      !strictly_rising(fields.sketch.sample)) {
    return std::nullopt;
  }
  return fields;
}

}  // namespace savant::schema

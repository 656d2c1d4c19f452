// SPDX-License-Identifier: MIT
// Shingle sampling by hash value (bottom-k with a rate floor) and its base64 form.
#include "schema/text_signature.hpp"

#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <array>

namespace savant::schema {
namespace {

// At least this many hashes are kept, so a short text still has a usable sample.
constexpr std::size_t kMinSample = 64;
// Beyond that, every hash below 1/16 of the range: long texts keep 1/16 of
// their shingles, so comparisons never sample fewer than that.
constexpr std::uint32_t kRateBound = (std::uint32_t{1} << 28) - 1;

// FNV-1a alone leaves short inputs' high bits poorly mixed: finish with
// splitmix64's mixer, then keep the high half.
std::uint32_t shingle_hash(std::string_view a, std::string_view b, std::string_view c) {
  StableHasher fnv;
  fnv.add(a);
  fnv.add(" ");
  fnv.add(b);
  fnv.add(" ");
  fnv.add(c);
  std::uint64_t h = fnv.value();
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return static_cast<std::uint32_t>(h >> 32);
}

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(const std::string& bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                            static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1]))
                                << 8 |
                            static_cast<unsigned char>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(v >> shift) & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// False on any character outside the alphabet or a length not a multiple of 4.
bool unbase64(std::string_view text, std::string& bytes) {
  static const std::array<int, 256> value = [] {
    std::array<int, 256> v{};
    v.fill(-1);
    for (int i = 0; i < 64; ++i) v[static_cast<unsigned char>(kAlphabet[i])] = i;
    return v;
  }();
  if (text.size() % 4 != 0) return false;
  bytes.clear();
  for (std::size_t i = 0; i < text.size(); i += 4) {
    std::uint32_t v = 0;
    int pad = 0;
    for (std::size_t j = 0; j < 4; ++j) {
      const char c = text[i + j];
      int d = 0;
      if (c == '=' && i + 4 == text.size() && j >= 2) {
        ++pad;
      } else if (pad > 0 || (d = value[static_cast<unsigned char>(c)]) < 0) {
        return false;
      }
      v = v << 6 | static_cast<std::uint32_t>(d);
    }
    bytes += static_cast<char>(v >> 16);
    if (pad < 2) bytes += static_cast<char>((v >> 8) & 0xff);
    if (pad < 1) bytes += static_cast<char>(v & 0xff);
  }
  return true;
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((v >> shift) & 0xff);
}

std::uint32_t get_u32(const std::string& in, std::size_t at) {
  std::uint32_t v = 0;
  for (int k = 3; k >= 0; --k) {
    v = v << 8 | static_cast<unsigned char>(in[at + static_cast<std::size_t>(k)]);
  }
  return v;
}

}  // namespace

TextSketch sketch_text(std::string_view text) {
  // match_key() leaves words (what tokenize() finds) separated by single
  // spaces: split there, without a string per word.
  const std::string key = match_key(text);
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < key.size();) {
    const std::size_t space = std::min(key.find(' ', at), key.size());
    if (space > at) words.emplace_back(key.data() + at, space - at);
    at = space + 1;
  }
  std::vector<std::uint32_t> hashes;
  if (words.size() >= 3) hashes.reserve(words.size() - 2);
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    hashes.push_back(shingle_hash(words[i], words[i + 1], words[i + 2]));
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  TextSketch sketch;
  if (hashes.size() <= kMinSample) {  // every shingle is kept: the default bound
    sketch.sample = std::move(hashes);
    return sketch;
  }
  sketch.bound = std::max(kRateBound, hashes[kMinSample - 1]);
  const auto end = std::upper_bound(hashes.begin(), hashes.end(), sketch.bound);
  sketch.sample.assign(hashes.begin(), end);
  return sketch;
}

std::string encode_sketch(const TextSketch& sketch) {
  if (sketch.sample.empty()) return {};
  std::string bytes;
  bytes.reserve(4 * (sketch.sample.size() + 1));
  put_u32(bytes, sketch.bound);
  for (std::uint32_t v : sketch.sample) put_u32(bytes, v);
  return base64(bytes);
}

TextSketch decode_sketch(std::string_view encoded) {
  std::string bytes;
  if (!unbase64(encoded, bytes) || bytes.size() < 8 || bytes.size() % 4 != 0) return {};
  TextSketch sketch;
  sketch.bound = get_u32(bytes, 0);
  for (std::size_t at = 4; at < bytes.size(); at += 4) sketch.sample.push_back(get_u32(bytes, at));
  // A hand-edited or damaged record must not break the matching's assumptions.
  if (!std::is_sorted(sketch.sample.begin(), sketch.sample.end()) ||
      std::adjacent_find(sketch.sample.begin(), sketch.sample.end()) != sketch.sample.end() ||
      sketch.sample.back() > sketch.bound) {
    return {};
  }
  return sketch;
}

std::string text_signature(std::string_view text) { return encode_sketch(sketch_text(text)); }

}  // namespace savant::schema

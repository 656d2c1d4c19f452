// SPDX-License-Identifier: MIT
// What near-duplicate detection keeps of a document's whole text: a consistent
// sample of its word 3-gram hashes, stored in place of the text itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace savant::schema {

/// A sample of the distinct word 3-grams ("shingles") of a text, each hashed
/// to 32 bits: every hash up to `bound`, where the bound is the larger of a
/// fixed rate (1/16 of the hash range) and what keeps the 64 smallest. Two
/// samples compared up to the smaller of their bounds are a uniform sample of
/// the same shingles, so the share of one text's shingles found in another is
/// estimated from a few hundred bytes whatever the texts' lengths.
struct TextSketch {
  /// Every shingle hash <= bound is in `sample` (all of them for a short text).
  std::uint32_t bound = 0xffffffffU;
  std::vector<std::uint32_t> sample;  ///< Sorted, distinct.
};

/// The sketch of `text` (normalised text; match_key() words, as the identity
/// rules compare them). Deterministic.
TextSketch sketch_text(std::string_view text);

/// The sketch as printable ASCII (base64 of its bytes), for the stored record.
std::string encode_sketch(const TextSketch& sketch);

/// The sketch encode_sketch() wrote; an empty sketch (no shingles) for an empty or
/// malformed string.
TextSketch decode_sketch(std::string_view encoded);

/// encode_sketch(sketch_text(text)): what a stored record keeps of its text.
std::string text_signature(std::string_view text);

}  // namespace savant::schema

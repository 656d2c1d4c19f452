// SPDX-License-Identifier: MIT
// The shingle sample stored in place of a record's text.
#include "schema/text_signature.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace savant::schema {
namespace {

// `words` pseudo-random words from a 500-word vocabulary; `seed` picks the text.
std::string words_text(std::size_t words, std::uint32_t seed) {
  std::string text;
  std::uint32_t state = seed * 2654435761U + 1;
  for (std::size_t i = 0; i < words; ++i) {
    state = state * 1664525U + 1013904223U;
    text += "w" + std::to_string((state >> 8) % 500) + (i % 12 == 11 ? ".\n" : " ");
  }
  return text;
}

TEST(TextSignature, SameTextSameSignatureAndItRoundTrips) {
  const std::string text = words_text(3000, 7);
  const std::string signature = text_signature(text);
  EXPECT_EQ(signature, text_signature(text));
  EXPECT_NE(signature, text_signature(words_text(3000, 8)));
  const TextSketch sketch = sketch_text(text);
  const TextSketch decoded = decode_sketch(signature);
  EXPECT_EQ(decoded.bound, sketch.bound);
  EXPECT_EQ(decoded.sample, sketch.sample);
  EXPECT_TRUE(std::all_of(signature.begin(), signature.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '=';
  }));
}

TEST(TextSignature, ShortTextKeepsEveryShingle) {
  // 10 words: 8 word 3-grams, one repeated ("a b c" twice).
  const TextSketch sketch = sketch_text("a b c a b c d e f g");
  EXPECT_EQ(sketch.sample.size(), 7u);
  EXPECT_EQ(sketch.bound, 0xffffffffU);
  EXPECT_TRUE(std::is_sorted(sketch.sample.begin(), sketch.sample.end()));
  // Case and punctuation are not part of a word 3-gram.
  EXPECT_EQ(sketch_text("A, B; C!").sample, sketch_text("a b c").sample);
}

TEST(TextSignature, LongTextKeepsASampleBelowItsBound) {
  const std::string text = words_text(20000, 3);
  const TextSketch sketch = sketch_text(text);
  ASSERT_GE(sketch.sample.size(), 64u);
  EXPECT_LT(sketch.sample.size(), 20000u / 8);  // about 1/16 of the shingles
  EXPECT_LT(sketch.bound, 0xffffffffU);
  EXPECT_LE(sketch.sample.back(), sketch.bound);
  EXPECT_LT(text_signature(text).size(), text.size() / 10);
  // A longer text has every shingle of its start: its sample below the
  // start's bound holds the start's whole sample.
  const TextSketch start = sketch_text(text.substr(0, text.size() / 2));
  for (std::uint32_t v : start.sample) {
    if (v > sketch.bound) break;
    EXPECT_TRUE(std::binary_search(sketch.sample.begin(), sketch.sample.end(), v));
  }
}

TEST(TextSignature, DamagedSignatureDecodesEmpty) {
  const std::string good = text_signature(words_text(500, 1));
  EXPECT_TRUE(decode_sketch("").sample.empty());
  EXPECT_TRUE(decode_sketch("not base64!").sample.empty());
  EXPECT_TRUE(decode_sketch(good.substr(0, good.size() - 1)).sample.empty());
  TextSketch unsorted;
  unsorted.sample = {9, 5};
  EXPECT_TRUE(decode_sketch(encode_sketch(unsorted)).sample.empty());
  TextSketch beyond;
  beyond.bound = 4;
  beyond.sample = {3, 5};  // a hash above the bound it claims
  EXPECT_TRUE(decode_sketch(encode_sketch(beyond)).sample.empty());
  EXPECT_FALSE(decode_sketch(good).sample.empty());
  EXPECT_TRUE(sketch_text("").sample.empty());
  EXPECT_EQ(text_signature("two words"), "");
}

}  // namespace
}  // namespace savant::schema

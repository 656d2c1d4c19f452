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

TEST(TextSignature, AFixedTextKeepsItsSignature) {
  // Indexes store signatures: the same text must keep giving the same one, or
  // a nameless new file would be compared with stored records unlike itself.
  // The literal is what the first stored signatures (schema 3) gave.
  const std::string text =
      "Sparse Mixture-of-Experts with Language-Guided Routing. Zhao, X., Chen, T.; NeurIPS "
      "2024.\nTowards building RELIABLE language models: a survey \u2014 \u00c5ngstr\u00f6m, "
      "M\u00fcller & \u00d8re (2023).\nw1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 "
      "w17 w18 w19 w20";
  EXPECT_EQ(text_signature(text),
            "/////39VbwAP2Y0CYnkHDLEGnyDmu2sifwxpKrRxkTBkuKAydQnOOZR70T6vuZdB403eRN/"
            "o3FDq2nVYmve0ZROP3miGC5prkPlxeXKuhXkZIoSCSdqbgm9tsIIzIT6HzreLlEdf2JXl+TClRl3HrLD116x"
            "FcLq1oPrNuvIbKr6wwTbAUbAEwVoBI8XL+0vF3729yVBiWNSGrXDXpfwc9BdZRPof8p/7tL4r/k1KIf8=");
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

// SPDX-License-Identifier: MIT
// Tests of decode_to_utf8: byte order marks, UTF-16 without one, legacy
// single-byte encodings through ICU's detection, and binary data refused.
#include "indexer/readers/text_decoder.hpp"

#include "tests/unit/indexer/readers/reader_test_support.hpp"
#include <savant/error.hpp>

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

// UTF-16 bytes of an ASCII/Latin-1 string, little- or big-endian.
std::string utf16(const std::u16string& text, bool little_endian) {
  std::string out;
  for (char16_t c : text) {
    char low = static_cast<char>(c & 0xFF);
    char high = static_cast<char>(c >> 8);
    out += little_endian ? low : high;
    out += little_endian ? high : low;
  }
  return out;
}

const std::u16string kCv =
    u"Zo\u00EB M\u00FCller\nPublications\nDeep learning for proteins, 2021\n";
const std::string kCvUtf8 =
    "Zo\u00EB M\u00FCller\nPublications\nDeep learning for proteins, 2021\n";

TEST(TextDecoder, PassesValidUtf8Through) {
  std::string encoding;
  EXPECT_EQ(decode_to_utf8(kCvUtf8, &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-8");
}

TEST(TextDecoder, StripsUtf8ByteOrderMark) {
  std::string encoding;
  EXPECT_EQ(decode_to_utf8("\xEF\xBB\xBF" + kCvUtf8, &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-8");
}

TEST(TextDecoder, DecodesUtf16LittleEndianWithBom) {
  std::string encoding;
  EXPECT_EQ(decode_to_utf8("\xFF\xFE" + utf16(kCv, true), &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-16LE");
}

TEST(TextDecoder, DecodesUtf16BigEndianWithBom) {
  std::string encoding;
  EXPECT_EQ(decode_to_utf8("\xFE\xFF" + utf16(kCv, false), &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-16BE");
}

TEST(TextDecoder, RecognisesUtf16WithoutBomByItsNulBytes) {
  std::string encoding;
  EXPECT_EQ(decode_to_utf8(utf16(kCv, true), &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-16LE");
  EXPECT_EQ(decode_to_utf8(utf16(kCv, false), &encoding), kCvUtf8);
  EXPECT_EQ(encoding, "UTF-16BE");
}

TEST(TextDecoder, DecodesLatin1) {
  const std::string latin1 =
      "Curriculum Vitae\nJ\xFCrgen M\xFCller\nUniversit\xE9 de Gen\xE8ve, Z\xFCrich\n"
      "Publications\nM\xFCller, J. (2021). \xDC"
      "ber die Theorie der Sprache. Gen\xE8ve.\n";
  std::string encoding;
  std::string text = decode_to_utf8(latin1, &encoding);
  EXPECT_NE(text.find("J\u00FCrgen M\u00FCller"), std::string::npos) << text;
  EXPECT_NE(text.find("Universit\u00E9 de Gen\u00E8ve"), std::string::npos) << text;
  EXPECT_NE(text.find("\u00DCber die Theorie"), std::string::npos) << text;
  EXPECT_FALSE(encoding.empty());
  EXPECT_NE(encoding, "UTF-8");
}

TEST(TextDecoder, DecodesWindows1252Punctuation) {
  const std::string cp1252 =
      "\x93"
      "Deep Learning\x94 \x96 2021, Caf\xE9 na\xEFve r\xE9sum\xE9\n";
  std::string encoding;
  std::string text = decode_to_utf8(cp1252, &encoding);
  EXPECT_EQ(text, "\u201CDeep Learning\u201D \u2013 2021, Caf\u00E9 na\u00EFve r\u00E9sum\u00E9\n");
  EXPECT_EQ(encoding, "windows-1252");
}

TEST(TextDecoder, DecodesCyrillicWindows1251) {
  // "Исследователь в области машинного обучения, Москва" in Windows-1251.
  const std::string cp1251 =
      "\xC8\xF1\xF1\xEB\xE5\xE4\xEE\xE2\xE0\xF2\xE5\xEB\xFC \xE2 \xEE\xE1\xEB\xE0\xF1\xF2\xE8 "
      "\xEC\xE0\xF8\xE8\xED\xED\xEE\xE3\xEE \xEE\xE1\xF3\xF7\xE5\xED\xE8\xFF, "
      "\xCC\xEE\xF1\xEA\xE2\xE0\n";
  std::string text = decode_to_utf8(cp1251);
  EXPECT_NE(text.find("\u041C\u043E\u0441\u043A\u0432\u0430"), std::string::npos) << text;
}

TEST(TextDecoder, RefusesBinaryData) {
  // A PNG header: NUL bytes in no UTF-16 pattern.
  static constexpr char kHeader[] =
      "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
  const std::string png(kHeader, sizeof kHeader - 1);
  try {
    decode_to_utf8(png);
    FAIL() << "binary data was decoded";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::input);
    EXPECT_NE(std::string(e.what()).find("binary"), std::string::npos) << e.what();
  }
}

TEST(TextDecoder, RefusesControlCharacterNoise) {
  std::string noise;
  for (int i = 0; i < 200; ++i) noise += static_cast<char>(1 + i % 8);
  EXPECT_THROW(decode_to_utf8(noise), Error);
}

TEST(TextDecoder, PassesCorpusTextFilesThroughAsUtf8) {
  for (const char* name : {"jbarron__bio.txt", "she__intro_zh.md", "jjvie__index.md"}) {
    std::string bytes = testing::corpus_bytes(name);
    std::string encoding;
    EXPECT_EQ(decode_to_utf8(bytes, &encoding), bytes) << name;
    EXPECT_EQ(encoding, "UTF-8") << name;
  }
}

}  // namespace
}  // namespace savant::indexer

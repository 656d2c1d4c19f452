// SPDX-License-Identifier: MIT
// The ASCII character classes agree with <cctype> in the "C" locale, for every
// byte: replacing std::isalnum/std::tolower with them changes no output.
#include "schema/ascii.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <clocale>
#include <string_view>

namespace savant::schema {
namespace {

TEST(Ascii, AgreesWithTheCLocaleForEveryByte) {
  ASSERT_STREQ(std::setlocale(LC_CTYPE, nullptr), "C");
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    EXPECT_EQ(is_ascii_digit(c), std::isdigit(byte) != 0) << byte;
    EXPECT_EQ(is_ascii_alpha(c), std::isalpha(byte) != 0) << byte;
    EXPECT_EQ(is_ascii_alnum(c), std::isalnum(byte) != 0) << byte;
    EXPECT_EQ(static_cast<unsigned char>(ascii_lower(c)), std::tolower(byte)) << byte;
  }
}

TEST(Ascii, KeepsUtf8BytesAsTheyAre) {
  for (char c : std::string_view("\xc3\x9c\xe5\xbc\xa0")) {
    EXPECT_FALSE(is_ascii_alnum(c));
    EXPECT_EQ(ascii_lower(c), c);
  }
  EXPECT_EQ(ascii_lower('Q'), 'q');
  EXPECT_EQ(ascii_lower('['), '[');   // the byte after 'Z'
  EXPECT_FALSE(is_ascii_alnum('@'));  // the byte before 'A'
}

}  // namespace
}  // namespace savant::schema

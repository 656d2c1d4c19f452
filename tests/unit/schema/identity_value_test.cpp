// SPDX-License-Identifier: MIT
// A stored record's identity value (schema/identity_value.hpp) gives back
// what was written, and nothing from a value that is damaged or of another form.
#include "schema/identity_value.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::schema {
namespace {

IdentityFields sample_fields() {
  IdentityFields f;
  f.name = "Zoë Ní Bhriain";
  f.emails = {"zoe@example.org", "z.nibhriain@uni.ie"};
  f.title_keys = {3, 0x8000000000000000ULL, 0xfffffffffffffff0ULL};
  f.sketch.bound = 0x0fffffffU;
  for (std::uint32_t h = 7; h < 200 * 1000003U; h += 1000003U) f.sketch.sample.push_back(h);
  return f;
}

void expect_same_fields(const IdentityFields& got, const IdentityFields& want) {
  EXPECT_EQ(got.name, want.name);
  EXPECT_EQ(got.emails, want.emails);
  EXPECT_EQ(got.title_keys, want.title_keys);
  EXPECT_EQ(got.sketch.bound, want.sketch.bound);
  EXPECT_EQ(got.sketch.sample, want.sketch.sample);
}

TEST(IdentityValue, WhatIsWrittenIsReadBack) {
  const IdentityFields want = sample_fields();
  const std::string value = identity_value(want);
  const std::optional<IdentityFields> got = identity_fields_of(value);
  ASSERT_TRUE(got.has_value());
  expect_same_fields(*got, want);
  // Lengths over 127 take two bytes: a long name and many hashes come back too.
  IdentityFields big = want;
  big.name = std::string(300, 'n');
  big.emails.assign(130, "x@y.z");
  const std::optional<IdentityFields> back = identity_fields_of(identity_value(big));
  ASSERT_TRUE(back.has_value());
  expect_same_fields(*back, big);
}

TEST(IdentityValue, AnEmptyIdentityIsReadBackEmpty) {
  const std::optional<IdentityFields> got = identity_fields_of(identity_value(IdentityFields{}));
  ASSERT_TRUE(got.has_value());
  expect_same_fields(*got, IdentityFields{});
}

TEST(IdentityValue, NoValueOrAnotherVersionIsNotRead) {
  EXPECT_FALSE(identity_fields_of("").has_value());
  std::string value = identity_value(sample_fields());
  value[0] = 2;
  EXPECT_FALSE(identity_fields_of(value).has_value());
}

TEST(IdentityValue, EveryTruncationAndAnyTrailingByteIsRefused) {
  const std::string value = identity_value(sample_fields());
  for (std::size_t size = 0; size < value.size(); ++size) {
    EXPECT_FALSE(identity_fields_of(value.substr(0, size)).has_value()) << "cut at " << size;
  }
  EXPECT_FALSE(identity_fields_of(value + '\0').has_value());
}

TEST(IdentityValue, ListsOutOfOrderOrRepeatedAreRefused) {
  IdentityFields keys = sample_fields();
  std::swap(keys.title_keys[0], keys.title_keys[1]);
  EXPECT_FALSE(identity_fields_of(identity_value(keys)).has_value());
  IdentityFields sketch = sample_fields();
  sketch.sketch.sample[1] = sketch.sketch.sample[0];
  EXPECT_FALSE(identity_fields_of(identity_value(sketch)).has_value());
}

TEST(IdentityValue, LengthsPastTheEndOrInALongerFormAreRefused) {
  IdentityFields f;
  f.name = "Ann";
  const std::string value = identity_value(f);
  ASSERT_EQ(value.substr(0, 5), std::string("\x01\x03"
                                            "Ann",
                                            5));
  // The name's length says 4: it runs into the fields after it, which then do not parse.
  std::string longer = value;
  longer[1] = 4;
  EXPECT_FALSE(identity_fields_of(longer).has_value());
  // 3 written in two bytes (0x83 0x00) instead of one.
  std::string two_bytes = value;
  two_bytes.replace(1, 1, std::string("\x83\x00", 2));
  EXPECT_FALSE(identity_fields_of(two_bytes).has_value());
  // A count of e-mails far beyond the bytes left.
  std::string many = value;
  many.replace(5, 1, "\xff\xff\xff\x7f");
  EXPECT_FALSE(identity_fields_of(many).has_value());
}

}  // namespace
}  // namespace savant::schema

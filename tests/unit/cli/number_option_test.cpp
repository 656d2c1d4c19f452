// SPDX-License-Identifier: MIT
// Whole-number options: digits only, in range; "-1" is refused, not wrapped
// to 2^64 - 1 as Boost.Program_options would read it into an unsigned option.
#include "cli/number_option.hpp"

#include "cli/common_options.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <vector>

namespace savant::testing {
namespace {

namespace po = boost::program_options;

TEST(WholeNumber, AcceptsDigitsWithinRange) {
  EXPECT_EQ(cli::read_whole_number("0", 0, 10), 0u);
  EXPECT_EQ(cli::read_whole_number("10", 0, 10), 10u);
  EXPECT_EQ(cli::read_whole_number("007", 0, 10), 7u);
  EXPECT_EQ(cli::read_whole_number("18446744073709551615", 0, UINT64_MAX), UINT64_MAX);
}

TEST(WholeNumber, RefusesSignsSpacesPrefixesAndOverflow) {
  for (const char* text : {"-1", "+1", " 1", "1 ", "0x10", "1e3", "1.0", "", "ten", "-0",
                           "18446744073709551616", "99999999999999999999999"}) {
    EXPECT_FALSE(cli::read_whole_number(text, 0, UINT64_MAX).has_value()) << "'" << text << "'";
  }
}

TEST(WholeNumber, RefusesValuesOutsideTheBounds) {
  EXPECT_FALSE(cli::read_whole_number("0", 1, 10).has_value());
  EXPECT_FALSE(cli::read_whole_number("11", 1, 10).has_value());
  EXPECT_EQ(cli::read_whole_number("1", 1, 10), 1u);
}

// Parses `args` against one option, --n, bound to a std::size_t from 1 to `max`.
std::size_t parse_n(const std::vector<std::string>& args, std::uint64_t max) {
  std::size_t n = 0;
  po::options_description options;
  options.add_options()("n", cli::whole_number(&n, 1, max)->default_value(3));
  cli::parse_args(args, options);
  return n;
}

std::string message_of(const std::vector<std::string>& args, std::uint64_t max) {
  try {
    parse_n(args, max);
  } catch (const po::error& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected a boost::program_options::error";
  return "";
}

TEST(WholeNumberOption, BindsTheValueOrItsDefault) {
  EXPECT_EQ(parse_n({"--n", "7"}, 10), 7u);
  EXPECT_EQ(parse_n({"--n=10"}, 10), 10u);
  EXPECT_EQ(parse_n({}, 10), 3u);
}

TEST(WholeNumberOption, NamesTheOptionTheValueAndTheRange) {
  EXPECT_EQ(message_of({"--n", "-1"}, 10), "--n '-1': must be a whole number from 1 to 10");
  EXPECT_EQ(message_of({"--n=0"}, 10), "--n '0': must be a whole number from 1 to 10");
  EXPECT_EQ(message_of({"--n", "11"}, 10), "--n '11': must be a whole number from 1 to 10");
  EXPECT_EQ(message_of({"--n", "-1"}, UINT64_MAX),
            "--n '-1': must be a whole number, 1 or more (at most 18446744073709551615)");
}

}  // namespace
}  // namespace savant::testing

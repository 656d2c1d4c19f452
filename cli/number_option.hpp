// SPDX-License-Identifier: MIT
// Whole-number options with bounds. Boost.Program_options reads "-1" into an
// unsigned option as 2^64 - 1 (lexical_cast wraps), so `--limit -1` would
// mean "everything" and `--threads -1` would start billions of threads:
// these values take plain decimal digits only, checked against their range.
#pragma once

#include <boost/program_options.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::cli {

/// The error for a value that is not a whole number in range. Boost fills in
/// the option's name; what() reads "--limit -1: must be a whole number, 1 or more".
class NumberOutOfRange : public boost::program_options::error_with_option_name {
 public:
  NumberOutOfRange(const std::string& value, std::uint64_t min, std::uint64_t max);
};

/// `text` as a number when it is decimal digits only (no sign, space or
/// prefix) making a number from `min` to `max`; nullopt otherwise. The one
/// definition of a count for options and for the web API's parameters.
std::optional<std::uint64_t> read_whole_number(std::string_view text, std::uint64_t min,
                                               std::uint64_t max);

/// read_whole_number(), throwing NumberOutOfRange when it gives nothing.
std::uint64_t parse_whole_number(const std::string& text, std::uint64_t min, std::uint64_t max);

/// A typed_value that accepts only whole numbers from `min` to `max`.
template <class T>
class WholeNumberValue : public boost::program_options::typed_value<T> {
 public:
  WholeNumberValue(T* target, std::uint64_t min, std::uint64_t max)
      : boost::program_options::typed_value<T>(target), min_(min), max_(max) {}

  void xparse(boost::any& store, const std::vector<std::string>& tokens) const override {
    boost::program_options::validators::check_first_occurrence(store);
    const std::string& text = boost::program_options::validators::get_single_string(tokens);
    store = boost::any(static_cast<T>(parse_whole_number(text, min_, max_)));
  }

 private:
  std::uint64_t min_;
  std::uint64_t max_;
};

/// `po::value(target)` for a count, size or port: whole numbers from `min` to
/// `max` (default: what T holds). Chain default_value() and value_name() as usual.
template <class T>
WholeNumberValue<T>* whole_number(T* target, std::uint64_t min = 0,
                                  std::uint64_t max = std::numeric_limits<T>::max()) {
  static_assert(std::numeric_limits<T>::is_integer, "whole_number() is for integer options");
  return new WholeNumberValue<T>(target, min, max);
}

}  // namespace savant::cli

// SPDX-License-Identifier: MIT
// The function words a phrase built without positions leaves out.
#pragma once

#include <array>
#include <string_view>

namespace savant::searcher {

/// Words that carry no topic: nearly every evidence unit holds them, so
/// requiring one in a phrase ("mixture of experts") matches almost the same
/// units while the AND skips through a posting list of nearly every unit at
/// each match. Stemming leaves each as it is ("the" -> "the").
inline constexpr std::array<std::string_view, 10> kPhraseFunctionWords = {
    "a", "an", "and", "for", "in", "of", "on", "the", "to", "with"};

/// Whether `stem` (a stem without prefix) is one of kPhraseFunctionWords.
constexpr bool is_phrase_function_word(std::string_view stem) {
  for (std::string_view word : kPhraseFunctionWords) {
    if (word == stem) return true;
  }
  return false;
}

}  // namespace savant::searcher

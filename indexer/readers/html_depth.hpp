// SPDX-License-Identifier: MIT
// A cheap estimate of how deeply an HTML page nests its elements, taken
// before gumbo parses it: gumbo's tree building costs time proportional to
// depth x elements (100,000 nested <div>s take minutes) and its clean-up and
// our tree walk recurse once per level.
#pragma once

#include <cstddef>
#include <string_view>

namespace savant::indexer {

/// The deepest HTML element nesting read_html accepts. Real pages stay below
/// 100 levels; at this depth gumbo still parses in milliseconds.
constexpr std::size_t kMaxHtmlDepth = 1000;

/// The nesting depth of `html`, counting elements that need an end tag
/// (void elements, self-closed tags and elements whose end tag is optional,
/// such as <p> and <li>, are not counted; comments, <script> and <style>
/// content are skipped). An end tag closes the open element of its name and
/// those opened inside it (a stray one is ignored); an element that never
/// nests in itself (<a>, headings, <form>, ...) closes its open namesake, as
/// HTML parsers do. Stops counting once the depth exceeds `stop_after`.
std::size_t html_nesting_depth(std::string_view html, std::size_t stop_after = kMaxHtmlDepth);

}  // namespace savant::indexer

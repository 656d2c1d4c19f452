// SPDX-License-Identifier: MIT
// The owner of a publication list that never states its owner's name: the
// person on (nearly) every author line, or the one set in bold.
#pragma once

#include "indexer/extract/line_model.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// One name on a bibliography author line.
struct LineAuthor {
  std::string name;   ///< Given names first: "Ajayi, Moyo" -> "Moyo Ajayi".
  bool bold = false;  ///< Set in bold (publication lists bold their owner).
};

/// The authors of a line that opens a bibliography entry with its author list
/// and nothing else before the year, title or colon: "Louis Hainaut.",
/// "Nir Gadish and Louis Hainaut.", "Vie, Jill-Jênn, Fabrice Popineau, and
/// Éric Bruillard. 2016a.", "Hornberger, George, & **Ajayi, Moyo** 2018:".
/// "Surname, Given" pairs are turned around. Empty when any piece before the
/// cut is not a name, so title and venue lines never count.
std::vector<LineAuthor> bibliography_authors(std::string_view content);

/// The name of the person on at least three quarters (and at least three) of
/// the author lines among `lines`, or else set in bold on at least three of
/// them; its fullest spelling in display case. "" when no one qualifies.
std::string publication_list_owner(std::span<const Line> lines);

}  // namespace savant::indexer::detail

// SPDX-License-Identifier: MIT
// Author lists and the CV owner's role on them: "Shwai He, Liang Ding, Daize
// Dong", "Zhangyang Gao\*, **Daize Dong**\*, ...", and role lines such as
// "Co-First Author".
#pragma once

#include <savant/records.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// An author list read off the start of a line.
struct AuthorList {
  std::vector<std::string> names;  ///< Clean names, markers and "et al." removed.
  std::vector<bool> marked;        ///< Name carries an equal-contribution mark (*, †, ‡).
  std::vector<bool> bold;          ///< Name is set in bold (CVs bold their owner).
  std::string rest;                ///< What follows the list on the line (venue, status), raw.
};

/// The author list `content` (a line with inline Markdown kept) opens with, or
/// nothing. Needs two names, one of them of two or more words, or a single
/// name that is `owner`; stops at the first piece that is not a name, so
/// "A. Smith, B. Jones. Title. Venue 2020." yields two names and the rest.
std::optional<AuthorList> parse_author_list(std::string_view content, std::string_view owner);

/// Whether two spellings name the same person: equal ignoring case and
/// accents, reversed order ("Xue Fuzhao"), or same surname and first initial.
bool same_person(std::string_view a, std::string_view b);

/// Index of the owner in `list`: the name that is `owner`, else the only bold
/// name; -1 when neither.
int find_owner(const AuthorList& list, std::string_view owner);

/// The owner's role from their place in the list: first; co_first when marked
/// like the first author; co_author otherwise; unknown when not in the list.
AuthorRole role_in_list(const AuthorList& list, int owner_index);

/// The role a line states by itself ("First Author", "*Co-first Author*",
/// "Co-First Author", "(co-author)"), or nothing.
std::optional<AuthorRole> parse_role_line(std::string_view text);

}  // namespace savant::indexer::detail

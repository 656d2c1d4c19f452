// SPDX-License-Identifier: MIT
// The line model: a CV's text as non-empty lines, each with its Markdown
// structure (heading level, bullet depth, numbering, bold) parsed off.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace savant::indexer::detail {

/// One non-empty line of a document.
struct Line {
  std::string raw;            ///< The input line without its line break.
  std::string content;        ///< After the heading/bullet/numbering prefix; inline markup kept.
  std::string text;           ///< Clean text: no Markdown or HTML markers, spaces collapsed.
  std::string lead_bold;      ///< Clean text of a bold span the content opens with, if any.
  int heading_level = 0;      ///< 1-6 for '#' and setext headings, 0 otherwise.
  int bullet_depth = -1;      ///< Nesting depth of a list item (0 = top level); -1 if none.
  int number = 0;             ///< "1." / "2)" / "[3]" numbering, 0 if none.
  int indent = 0;             ///< Leading columns (a tab counts 4).
  bool bold = false;          ///< The whole content is bold (**x** or __x__).
  bool italic = false;        ///< The whole content is emphasised (*x* or _x_).
  bool all_caps = false;      ///< Letters present and none lower case.
  bool continuation = false;  ///< Continues the previous line (<br>, '>' or indented text).
  bool blank_before = false;  ///< A blank line precedes this one.
  bool synthetic = false;     ///< Made up from Markdown front matter (its title).
  std::size_t line_no = 0;    ///< 1-based line number in the input.

  bool is_bullet() const { return bullet_depth >= 0; }
  bool is_heading() const { return heading_level > 0; }
};

/// Splits normalised text into lines, dropping blank lines, Markdown front
/// matter (its `title:` becomes a synthetic level-1 heading line), horizontal
/// rules, HTML comments, script/style blocks and template directives.
std::vector<Line> build_lines(std::string_view text);

/// Whether `line` ends by closing a bracket it never opened ("Diversity and
/// Integration Award]" under "... [Disciplinary"): the tail of the line above,
/// broken there (at a PDF page or column edge), never a heading or headline.
bool closes_bracket_opened_above(const Line& line);

/// Undoes LaTeX left over from PDF extraction: `\text{x}`, and `ext{x}` where
/// the `\t` of `\text` became a tab, become `x`.
std::string fix_latex_residue(std::string_view text);

/// Removes images, link targets (keeping labels, dropping "[Paper]"-style
/// labels), HTML tags and entities and Markdown escapes; keeps emphasis markers
/// because they carry meaning in author lists (bold owner, `*` equal contribution).
std::string strip_links_and_html(std::string_view content);

/// strip_links_and_html plus emphasis and code markers, spaces collapsed.
std::string clean_inline(std::string_view content);

/// Whether a bracketed label ("Paper", "[Code]", "PDF", "Slides") names a link
/// rather than saying something.
bool is_link_label(std::string_view label);

}  // namespace savant::indexer::detail

// SPDX-License-Identifier: MIT
// Renders the blocks of a structured document (HTML, DOCX, ODT) as the light
// Markdown the CV extractor reads: '#' headings, '- ' items, '**' bold.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace savant::indexer::detail {

/// How a block of inline text renders.
struct BlockStyle {
  int heading_level = 0;      ///< 1-6 for a heading, 0 otherwise.
  int bullet_depth = -1;      ///< Nesting depth of a list item (0 = top level); -1 if none.
  bool continuation = false;  ///< Text under a list item that already has its bullet.
};

/// A Paragraph run that separates cells of a line (U+001F, which XML text cannot hold).
inline constexpr std::string_view kCellBreak = "\x1F";

/// A paragraph of a word-processing document (DOCX, ODT) before rendering.
struct Paragraph {
  BlockStyle style;
  std::vector<std::pair<std::string, bool>> runs;  ///< Text and whether it is bold; a run
                                                   ///< of just "\n", "\t" or kCellBreak is
                                                   ///< a line break, a tab or a cell break.

  /// Whether any run has visible text.
  bool has_text() const;
  /// The runs' text, whitespace collapsed.
  std::string text() const;
};

/// One cell of a table: its paragraphs.
using TableCell = std::vector<Paragraph>;
/// One row of a table: its cells, merged continuation cells left out.
using TableRow = std::vector<TableCell>;

/// Lays out a table as paragraphs the way CVs use tables: a short leading cell
/// without digits ("EDUCATION") becomes its own line; cells of one paragraph
/// each join into one line separated by " | "; a short cell beside a longer one
/// ("2019 - 2021") joins the longer cell's first line (in front, or behind when
/// it is the row's last cell); a column of short lines spaced out by empty
/// paragraphs is lined up with the next cell's lines; other paragraphs follow
/// in order. Rows are separated by blank lines (an empty paragraph).
std::vector<Paragraph> flatten_table(const std::vector<TableRow>& rows);

/// Word-processor users style whole entries as headings (a paper title in
/// "Heading 1", its authors too). Demotes to plain paragraphs the heading-styled
/// paragraphs that are long (over 6 words, or a list with two commas), and the
/// paragraphs of the same style that directly follow one so demoted.
void demote_misused_headings(std::vector<Paragraph>& paragraphs);

/// Collects inline text run by run and writes it out block by block.
/// Whitespace inside runs (tabs and line breaks included) is collapsed as HTML
/// does; tab() and line_break() put in a real tab (between words only) and
/// line break.
class MarkdownWriter {
 public:
  /// Appends inline text; `bold` marks it strong.
  void add_run(std::string_view text, bool bold = false);
  /// Appends preformatted text: spaces and line breaks kept as written.
  void add_preformatted(std::string_view text);
  /// A hard line break inside the current block.
  void line_break() { runs_.push_back({"\n", false, Kind::pre}); }
  /// A tab (a separator in the line, never at its ends).
  void tab() { runs_.push_back({"\t", false, Kind::tab}); }
  /// A break between cells of a line, written " | " (never at its ends).
  void cell_break() { runs_.push_back({"|", false, Kind::cell}); }
  /// Whether the current block has any visible text yet.
  bool has_text() const;
  /// Writes the pending runs as one block in `style` (nothing when they are blank).
  /// Returns whether anything was written.
  bool end_block(const BlockStyle& style = {});
  /// Writes a whole paragraph; one without text leaves a blank line.
  void write(const Paragraph& paragraph);
  /// Ends the current block plainly and leaves one blank line (never two in a row).
  void blank_line();
  /// The text so far, ending with a newline.
  std::string finish();

 private:
  enum class Kind { text, pre, tab, cell };
  struct Run {
    std::string text;
    bool bold = false;
    Kind kind = Kind::text;
  };
  void write_line(const std::string& line);

  std::vector<Run> runs_;
  std::vector<std::string> lines_;
};

/// Removes rule-like runs ("—— Skills ——", "Education ————") from both ends
/// of a line of pieces; a single dash stays (a list marker, a date range's).
void strip_decoration(std::vector<std::pair<std::string, bool>>& pieces);

/// Whether `text` is nothing but two or more rule characters ("——", "====").
bool is_decoration(std::string_view text);

/// A line of inline pieces rendered with '**' around its bold stretches (the
/// whole line when all of it is bold). Pieces hold collapsed text.
std::string render_bold(const std::vector<std::pair<std::string, bool>>& pieces);

}  // namespace savant::indexer::detail

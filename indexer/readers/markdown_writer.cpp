// SPDX-License-Identifier: MIT
// Block-by-block Markdown output for the structured-document readers.
#include "indexer/readers/markdown_writer.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace savant::indexer::detail {
namespace {

using Pieces = std::vector<std::pair<std::string, bool>>;

bool is_markdown_space(char c) {
  return c == ' ' || c == '\r' || c == '\f' || c == '\v' || c == '\t';
}

bool blank(std::string_view s) { return std::all_of(s.begin(), s.end(), is_markdown_space); }

bool has_alnum(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::string trim_copy(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && is_markdown_space(s[b])) ++b;
  while (e > b && is_markdown_space(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Length of the decoration character (rule-drawing dash, underscore, equals) at
// `s[i]`, or 0.
std::size_t decoration_at(std::string_view s, std::size_t i) {
  static constexpr std::string_view kMarks[] = {"\u2014", "\u2013", "\u2500", "\u2501", "\u2015",
                                                "-",      "_",      "=",      "~"};
  for (std::string_view mark : kMarks) {
    if (s.substr(i, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// Removes rule-like runs ("—— Skills ——", "Education ————") from both ends of a
// line; a single dash stays, it may be a list marker or a date range's.
void strip_decoration_impl(Pieces& pieces) {
  auto strip = [](std::string& s, bool front) {
    std::string_view v = s;
    std::size_t begin = 0;
    std::size_t end = v.size();
    while (begin < end && is_markdown_space(v[begin])) ++begin;
    while (end > begin && is_markdown_space(v[end - 1])) --end;
    if (front) {
      std::size_t i = begin;
      int marks = 0;
      while (std::size_t n = decoration_at(v, i)) i += n, ++marks;
      if (marks >= 2) s.erase(0, i);
    } else {
      // Walk back over marks: each is ASCII or a 3-byte sequence.
      std::size_t i = end;
      int marks = 0;
      while (i > begin) {
        if (i >= 3 && decoration_at(v, i - 3) == 3) {
          i -= 3;
        } else if (decoration_at(v, i - 1) == 1) {
          i -= 1;
        } else {
          break;
        }
        ++marks;
      }
      if (marks >= 2) s.erase(i);
    }
  };
  auto visible = [](const auto& piece) { return !blank(piece.first); };
  auto first = std::find_if(pieces.begin(), pieces.end(), visible);
  if (first != pieces.end()) strip(first->first, true);
  auto last = std::find_if(pieces.rbegin(), pieces.rend(), visible);
  if (last != pieces.rend()) strip(last->first, false);
}

std::string plain(const Pieces& pieces) {
  std::string out;
  for (const auto& [text, bold] : pieces) out += text;
  return trim_copy(out);
}

}  // namespace

void strip_decoration(Pieces& pieces) { strip_decoration_impl(pieces); }

bool is_decoration(std::string_view text) {
  std::size_t i = 0;
  int marks = 0;
  while (i < text.size()) {
    std::size_t n = decoration_at(text, i);
    if (n == 0) return false;
    i += n;
    ++marks;
  }
  return marks >= 2;
}

std::string render_bold(const Pieces& pieces) {
  const std::string text = plain(pieces);
  bool any_bold = false;
  bool all_bold = true;
  for (const auto& [piece, bold] : pieces) {
    if (blank(piece)) continue;
    any_bold = any_bold || bold;
    all_bold = all_bold && bold;
  }
  // A literal '*' next to our markers would change what they mean; leave such lines plain.
  if (!any_bold || text.find('*') != std::string::npos || !has_alnum(text)) return text;
  if (all_bold) return "**" + text + "**";
  std::string out;
  std::size_t i = 0;
  while (i < pieces.size()) {
    if (!pieces[i].second || blank(pieces[i].first)) {
      out += pieces[i++].first;
      continue;
    }
    // A bold stretch: bold pieces and the blanks between them.
    std::size_t end = i;
    for (std::size_t k = i; k < pieces.size(); ++k) {
      if (pieces[k].second && !blank(pieces[k].first)) {
        end = k + 1;
      } else if (!blank(pieces[k].first)) {
        break;
      }
    }
    std::string stretch;
    for (std::size_t k = i; k < end; ++k) stretch += pieces[k].first;
    std::string inner = trim_copy(stretch);
    std::size_t lead = stretch.find(inner);
    out += stretch.substr(0, lead);
    out += has_alnum(inner) ? "**" + inner + "**" : inner;
    out += stretch.substr(lead + inner.size());
    i = end;
  }
  return trim_copy(out);
}

void MarkdownWriter::add_run(std::string_view text, bool bold) {
  if (text.empty()) return;
  runs_.push_back({std::string(text), bold, Kind::text});
}

void MarkdownWriter::add_preformatted(std::string_view text) {
  if (text.empty()) return;
  runs_.push_back({std::string(text), false, Kind::pre});
}

bool MarkdownWriter::has_text() const {
  return std::any_of(runs_.begin(), runs_.end(), [](const Run& r) {
    return r.kind != Kind::cell && std::any_of(r.text.begin(), r.text.end(), [](char c) {
             return !is_markdown_space(c) && c != '\n';
           });
  });
}

bool MarkdownWriter::end_block(const BlockStyle& style) {
  // Split the runs into lines of pieces, collapsing whitespace the way browsers do.
  std::vector<Pieces> lines(1);
  char pending = 0;  // whitespace seen since the last visible character: ' ' or '\t'
  for (const Run& run : runs_) {
    if (run.kind == Kind::tab || run.kind == Kind::cell) {
      if (pending != '|') pending = run.kind == Kind::cell ? '|' : '\t';
      continue;
    }
    const bool pre = run.kind == Kind::pre;
    for (char c : run.text) {
      if (c == '\n' && pre) {
        lines.emplace_back();
        pending = 0;
        continue;
      }
      if (!pre && (is_markdown_space(c) || c == '\n')) {
        if (pending == 0) pending = ' ';
        continue;
      }
      Pieces& line = lines.back();
      if (pending != 0 && !line.empty()) {
        line.emplace_back(pending == '|' ? " | " : std::string(1, pending), false);
      }
      pending = 0;
      if (line.empty() || line.back().second != run.bold || blank(line.back().first)) {
        line.emplace_back(std::string(), run.bold);
      }
      line.back().first += c;
    }
  }
  runs_.clear();
  std::vector<std::string> rendered;
  std::vector<std::string> plain_lines;
  for (Pieces& line : lines) {
    strip_decoration_impl(line);
    std::string text = plain(line);
    if (text.empty()) continue;
    plain_lines.push_back(text);
    rendered.push_back(render_bold(line));
  }
  if (rendered.empty()) return false;
  if (style.heading_level > 0) {
    std::string joined;
    for (const std::string& l : plain_lines) joined += (joined.empty() ? "" : " ") + l;
    if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
    write_line(std::string(static_cast<std::size_t>(std::min(style.heading_level, 6)), '#') + " " +
               joined);
    lines_.emplace_back();
    return true;
  }
  if (style.bullet_depth >= 0) {
    const std::string indent(2 * static_cast<std::size_t>(style.bullet_depth), ' ');
    for (std::size_t i = 0; i < rendered.size(); ++i) {
      bool item = i == 0 && !style.continuation;
      write_line(indent + (item ? "- " : "  ") + rendered[i]);
    }
    return true;
  }
  for (const std::string& l : rendered) write_line(l);
  return true;
}

void MarkdownWriter::blank_line() {
  end_block();
  if (!lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
}

void MarkdownWriter::write_line(const std::string& line) { lines_.push_back(line); }

std::string MarkdownWriter::finish() {
  end_block();
  std::string out;
  for (const std::string& line : lines_) {
    if (line.empty() && (out.empty() || out.ends_with("\n\n"))) continue;
    out += line;
    out += '\n';
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

bool Paragraph::has_text() const {
  return std::any_of(runs.begin(), runs.end(), [](const auto& run) {
    return run.first != kCellBreak && std::any_of(run.first.begin(), run.first.end(), [](char c) {
             return !is_markdown_space(c) && c != '\n';
           });
  });
}

std::string Paragraph::text() const {
  std::string out;
  for (const auto& run : runs) {
    if (run.first == kCellBreak) {
      out += " | ";
      continue;
    }
    for (char c : run.first) {
      bool space = is_markdown_space(c) || c == '\n';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
  }
  return trim_copy(out);
}

void MarkdownWriter::write(const Paragraph& paragraph) {
  if (!paragraph.has_text()) {
    blank_line();
    return;
  }
  end_block();
  for (const auto& [text, bold] : paragraph.runs) {
    if (text == "\n") {
      line_break();
    } else if (text == "\t") {
      tab();
    } else if (text == kCellBreak) {
      cell_break();
    } else {
      add_run(text, bold);
    }
  }
  end_block(paragraph.style);
}

namespace {

std::vector<Paragraph> with_text(const TableCell& cell) {
  std::vector<Paragraph> out;
  for (const Paragraph& p : cell) {
    if (p.has_text()) out.push_back(p);
  }
  return out;
}

bool cell_has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t count_words(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A cell short enough to sit on one line with its neighbour: a date ("07/2025 -"
// over "now"), a place, a label. At most three short paragraphs, no list items.
bool is_short(const std::vector<Paragraph>& cell) {
  std::size_t length = 0;
  for (const Paragraph& p : cell) {
    if (p.style.bullet_depth >= 0) return false;
    length += p.text().size() + 1;
  }
  return cell.size() <= 3 && length <= 41;
}

// The paragraphs of a short cell as one.
Paragraph merged(const std::vector<Paragraph>& cell) {
  Paragraph out = cell.front();
  for (std::size_t i = 1; i < cell.size(); ++i) {
    out.runs.emplace_back(" ", false);
    out.runs.insert(out.runs.end(), cell[i].runs.begin(), cell[i].runs.end());
  }
  return out;
}

// A leading cell naming what the row holds ("EDUCATION", "Publications"): no
// digits, so not a date, and no colon, so not a "Phone:" field label.
bool is_label_cell(const std::vector<Paragraph>& cell) {
  if (!is_short(cell)) return false;
  std::string text = merged(cell).text();
  return !cell_has_digit(text) && count_words(text) <= 5 && text.find(':') == std::string::npos;
}

Paragraph joined(const std::vector<const Paragraph*>& parts) {
  if (parts.size() == 1) return *parts.front();
  Paragraph out;
  out.style = parts.front()->style;
  out.style.heading_level = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out.runs.emplace_back(kCellBreak, false);
    out.runs.insert(out.runs.end(), parts[i]->runs.begin(), parts[i]->runs.end());
  }
  return out;
}

}  // namespace

void demote_misused_headings(std::vector<Paragraph>& paragraphs) {
  // The heading style of the last paragraph with text when it was demoted
  // (0 otherwise): what follows it directly in the same style is its entry too.
  int demoted_level = 0;
  for (Paragraph& p : paragraphs) {
    if (!p.has_text()) {
      demoted_level = 0;
      continue;
    }
    int level = p.style.heading_level;
    if (level > 0) {
      std::string text = p.text();
      bool long_text = count_words(text) > 6 || std::count(text.begin(), text.end(), ',') >= 2;
      if (long_text || level == demoted_level) p.style.heading_level = 0;
    }
    demoted_level = level > 0 && p.style.heading_level == 0 ? level : 0;
  }
}

namespace {

// A column of short lines (dates beside the entries they date) laid out by
// empty paragraphs to line up with the next cell: each line joins the first
// line with text of the other cell at or below its own position.
void align_cells(const TableCell& side, const TableCell& main, std::vector<Paragraph>& out) {
  // Consecutive lines of the side column are one item ("Summer" over "2019").
  std::vector<std::pair<std::size_t, Paragraph>> groups;
  for (std::size_t i = 0; i < side.size(); ++i) {
    if (!side[i].has_text()) continue;
    if (i > 0 && side[i - 1].has_text() && !groups.empty()) {
      groups.back().second.runs.emplace_back(" ", false);
      groups.back().second.runs.insert(groups.back().second.runs.end(), side[i].runs.begin(),
                                       side[i].runs.end());
    } else {
      groups.emplace_back(i, side[i]);
    }
  }
  std::vector<std::vector<const Paragraph*>> attached(main.size());
  std::vector<const Paragraph*> leftover;
  std::size_t next = 0;
  for (const auto& [i, paragraph] : groups) {
    std::size_t j = std::max(i, next);
    while (j < main.size() && !main[j].has_text()) ++j;
    if (j >= main.size()) {
      leftover.push_back(&paragraph);
      continue;
    }
    attached[j].push_back(&paragraph);
    next = j + 1;
  }
  for (std::size_t j = 0; j < main.size(); ++j) {
    if (attached[j].empty()) {
      if (main[j].has_text()) out.push_back(main[j]);
      continue;
    }
    if (main[j].style.heading_level > 0) {
      for (const Paragraph* p : attached[j]) out.push_back(*p);
      out.push_back(main[j]);
      continue;
    }
    attached[j].push_back(&main[j]);
    out.push_back(joined(attached[j]));
  }
  for (const Paragraph* p : leftover) out.push_back(*p);
}

// Whether `cell` is a column of short lines spaced out by empty paragraphs to
// line up with a longer `next` cell. Lines without such gaps ("07/2025 -" over
// "now") are one date.
bool is_side_column(const TableCell& raw, const std::vector<Paragraph>& cell,
                    const std::vector<Paragraph>& next) {
  if (cell.size() < 2 || next.size() < cell.size()) return false;
  bool gap = false;
  bool seen_text = false;
  bool blank_after_text = false;
  for (const Paragraph& p : raw) {
    if (p.has_text()) {
      gap = gap || blank_after_text;
      seen_text = true;
    } else if (seen_text) {
      blank_after_text = true;
    }
  }
  if (!gap) return false;
  return std::all_of(cell.begin(), cell.end(), [](const Paragraph& p) {
    return p.style.bullet_depth < 0 && p.style.heading_level == 0 && p.text().size() <= 25;
  });
}

}  // namespace

std::vector<Paragraph> flatten_table(const std::vector<TableRow>& rows) {
  std::vector<Paragraph> out;
  for (const TableRow& row : rows) {
    std::vector<const TableCell*> raw;          // cells with text, as written
    std::vector<std::vector<Paragraph>> cells;  // their paragraphs with text
    for (const TableCell& cell : row) {
      std::vector<Paragraph> paragraphs = with_text(cell);
      if (paragraphs.empty()) continue;
      raw.push_back(&cell);
      cells.push_back(std::move(paragraphs));
    }
    if (cells.empty()) continue;
    std::size_t first = 0;
    if (cells.size() > 1 && is_label_cell(cells.front())) out.push_back(merged(cells[first++]));
    bool all_single = std::all_of(cells.begin() + static_cast<std::ptrdiff_t>(first), cells.end(),
                                  [](const auto& c) { return c.size() == 1; });
    if (all_single) {
      std::vector<const Paragraph*> parts;
      for (std::size_t i = first; i < cells.size(); ++i) parts.push_back(&cells[i].front());
      out.push_back(joined(parts));
      out.emplace_back();  // a blank line between rows: they are entries
      continue;
    }
    std::vector<Paragraph> shorts;  // short cells waiting for the next cell's first line
    std::vector<const Paragraph*> pending;
    shorts.reserve(cells.size());
    std::size_t previous_first = out.size();  // where the previous cell's first line went
    for (std::size_t i = first; i < cells.size(); ++i) {
      const std::vector<Paragraph>& cell = cells[i];
      bool has_next = i + 1 < cells.size();
      // A short last cell (the dates after an entry) joins the entry's first line,
      // as it stands beside it on the page.
      if (!has_next && pending.empty() && is_short(cell) && previous_first < out.size() &&
          out[previous_first].style.heading_level == 0) {
        Paragraph date = merged(cell);
        out[previous_first] = joined({&out[previous_first], &date});
        continue;
      }
      previous_first = out.size();
      if (has_next && pending.empty() && is_side_column(*raw[i], cell, cells[i + 1])) {
        align_cells(*raw[i], *raw[i + 1], out);
        ++i;
        continue;
      }
      if (has_next && is_short(cell)) {
        shorts.push_back(merged(cell));
        pending.push_back(&shorts.back());
        continue;
      }
      std::size_t k = 0;
      if (!pending.empty() && cell.front().style.heading_level == 0) {
        pending.push_back(&cell.front());
        out.push_back(joined(pending));
        k = 1;
      } else {
        for (const Paragraph* p : pending) out.push_back(*p);
      }
      pending.clear();
      for (; k < cell.size(); ++k) out.push_back(cell[k]);
    }
    for (const Paragraph* p : pending) out.push_back(*p);
    out.emplace_back();
  }
  return out;
}

}  // namespace savant::indexer::detail

// SPDX-License-Identifier: MIT
// PDF to CV text with poppler-cpp: word boxes -> rows and cells -> columns ->
// Markdown lines.
#include "indexer/readers/pdf_reader.hpp"

#include "indexer/extract/cv_extractor.hpp"
#include "indexer/readers/markdown_writer.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <set>
#include <vector>

namespace savant::indexer {
namespace {

// ---------------------------------------------------------------------------
// Poppler's diagnostics: kept per thread for error messages, never printed.

thread_local std::string last_poppler_message;

void keep_poppler_message(const std::string& message, void*) { last_poppler_message = message; }

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(keep_poppler_message, nullptr); });
}

Error pdf_error(const std::string& reason) { return Error(ErrorCategory::input, reason); }

// ---------------------------------------------------------------------------
// Words.

struct Word {
  std::string text;  ///< UTF-8, without private-use and control characters.
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  ///< Font size in points.
  bool space_after = true;
  bool bold = false;
  bool icon = false;  ///< Set in an icon font (Font Awesome, MarVoSym, ...).

  double cy() const { return (y0 + y1) / 2; }
  double height() const { return y1 - y0; }
};

std::string pdf_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "ABCDEF+LMRoman10-Bold" -> "lmroman10-bold".
std::string base_font_name(std::string_view name) {
  std::size_t plus = name.find('+');
  if (plus == 6) name.remove_prefix(7);
  return pdf_lower(name);
}

bool is_bold_font(const std::string& font) {
  for (std::string_view mark : {"bold", "black", "heavy", "semibold", "demi"}) {
    if (font.find(mark) != std::string::npos) return true;
  }
  // TeX's bitmap-era names: cmbx10, sfbx1000, sfsx (sans bold), ptmb (Times bold).
  for (std::string_view prefix :
       {"cmbx", "cmb1", "cmssbx", "sfbx", "sfsx", "sfbi", "ptmb", "phvb", "pplb", "lmbx"}) {
    if (font.starts_with(prefix)) return true;
  }
  return false;
}

bool is_icon_font(const std::string& font) {
  for (std::string_view mark :
       {"fontawesome",   "marvosym",        "academicons", "wingding",  "webding",
        "dingbat",       "zapfding",        "pzdr",        "fontello",  "icomoon",
        "materialicons", "ionicons",        "octicons",    "entypo",    "glyphicons",
        "typicons",      "bootstrap-icons", "remixicon",   "lineicons", "simpleicons"}) {
    if (font.find(mark) != std::string::npos) return true;
  }
  return false;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool private_use(char32_t cp) { return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000; }

// Poppler's UTF-16 text as UTF-8, without the glyphs that mean nothing as
// text: private-use code points (icon fonts, unmapped glyphs), controls and
// replacement characters.
std::string clean_utf8(const poppler::ustring& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t cp = text[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      continue;  // a lone surrogate
    }
    if (cp < 0x20 || cp == 0x7F || cp == 0xFFFD || private_use(cp)) continue;
    append_utf8(out, cp);
  }
  return out;
}

std::vector<Word> page_words(const poppler::page& page) {
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    // Rotated text is a margin decoration (arXiv stamps, vertical labels), not lines.
    if (box.rotation() != 0) continue;
    Word w;
    w.text = clean_utf8(box.text());
    if (w.text.empty()) continue;
    poppler::rectf r = box.bbox();
    w.x0 = r.x();
    w.y0 = r.y();
    w.x1 = r.right();
    w.y1 = r.bottom();
    w.size = box.has_font_info() ? box.get_font_size() : 0;
    if (w.size <= 0) w.size = std::max(w.height(), 1.0);
    w.space_after = box.has_space_after();
    std::string font = box.has_font_info() ? base_font_name(box.get_font_name()) : "";
    w.bold = is_bold_font(font);
    w.icon = is_icon_font(font);
    words.push_back(std::move(w));
  }
  return words;
}

// ---------------------------------------------------------------------------
// Rows and cells.

/// Words on one baseline without a wide gap: one cell of a row.
struct Segment {
  std::vector<Word> words;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int row = 0;  ///< Index of the row (words sharing a baseline) on its page.
  std::size_t chars = 0;

  double cy() const { return (y0 + y1) / 2; }
  double height() const { return y1 - y0; }
};

// Groups words into rows by baseline, then cuts rows into segments at gaps
// wider than most of an em (column gutters and table cells) and where the type
// size jumps after a space (a name set large, then its contact line).
std::vector<Segment> page_segments(std::vector<Word> words) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.cy() < b.cy() || (a.cy() == b.cy() && a.x0 < b.x0);
  });
  struct RowState {
    double cy = 0;
    double height = 0;
  };
  std::vector<std::vector<Word>> rows;
  std::vector<RowState> states;
  for (Word& w : words) {
    // Joins one of the last few rows: superscripts and small capitals sit a
    // little off the centre line of their row, and lines of two columns
    // interleave; a word over another one of the row is on another line.
    std::size_t chosen = rows.size();
    double closest = 1e9;
    for (std::size_t back = 1; back <= 3 && back <= rows.size(); ++back) {
      std::size_t r = rows.size() - back;
      double distance = std::abs(w.cy() - states[r].cy);
      if (distance >= 0.45 * std::max(w.height(), states[r].height) || distance >= closest) {
        continue;
      }
      // Overlapping boxes on one baseline are kerned glyphs (the raised A of LaTeX).
      bool overlaps = std::any_of(rows[r].begin(), rows[r].end(), [&w](const Word& o) {
        double overlap = std::min(o.x1, w.x1) - std::max(o.x0, w.x0);
        return overlap > 0.5 * std::min(o.x1 - o.x0, w.x1 - w.x0) &&
               std::abs(o.cy() - w.cy()) > 0.25 * std::min(o.height(), w.height());
      });
      if (!overlaps) {
        chosen = r;
        closest = distance;
      }
    }
    if (chosen == rows.size()) {
      rows.emplace_back();
      states.push_back({w.cy(), w.height()});
      rows.back().push_back(std::move(w));
      continue;
    }
    RowState& state = states[chosen];
    double n = static_cast<double>(rows[chosen].size());
    state.cy = (state.cy * n + w.cy()) / (n + 1);
    state.height = std::max(state.height, w.height());
    rows[chosen].push_back(std::move(w));
  }
  std::vector<Segment> segments;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<Word>& row = rows[r];
    std::sort(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    Segment current;
    auto close = [&] {
      if (current.words.empty()) return;
      current.row = static_cast<int>(r);
      current.x0 = current.y0 = 1e9;
      current.x1 = current.y1 = -1e9;
      for (const Word& w : current.words) {
        current.x0 = std::min(current.x0, w.x0);
        current.y0 = std::min(current.y0, w.y0);
        current.x1 = std::max(current.x1, w.x1);
        current.y1 = std::max(current.y1, w.y1);
        current.chars += w.text.size();
      }
      segments.push_back(std::move(current));
      current = Segment();
    };
    for (Word& w : row) {
      if (!current.words.empty()) {
        const Word& prev = current.words.back();
        // Display type (a name across the top) is set with wide spaces.
        double size = std::min(prev.size, w.size);
        bool display = size >= 16 && std::abs(prev.size - w.size) < 0.5;
        // So is a change of type size with a space (a name, then "Email: ...").
        bool resized = std::max(prev.size, w.size) > 1.35 * size && w.x0 - prev.x1 > 0.25 * size;
        if (w.x0 - prev.x1 > (display ? 1.5 : 0.8) * size || resized) close();
      }
      current.words.push_back(std::move(w));
    }
    close();
  }
  return segments;
}

// ---------------------------------------------------------------------------
// Columns: a page (or part of one) is cut at a vertical gutter when both sides
// hold enough text of their own, on rows of their own.

using Segments = std::vector<const Segment*>;

std::size_t chars_of(const Segments& segments) {
  std::size_t n = 0;
  for (const Segment* s : segments) n += s->chars;
  return n;
}

std::set<int> rows_of(const Segments& segments) {
  std::set<int> rows;
  for (const Segment* s : segments) rows.insert(s->row);
  return rows;
}

// Whether two groups of segments left and right of a gutter are two columns
// read one after the other, rather than the cells of a table's rows.
bool side_by_side(const Segments& left, const Segments& right) {
  std::set<int> left_rows = rows_of(left);
  std::set<int> right_rows = rows_of(right);
  if (left_rows.size() < 5 || right_rows.size() < 5) return false;
  // Section labels and dates beside entries are a sliver of the text; columns are not.
  double lc = static_cast<double>(chars_of(left));
  double rc = static_cast<double>(chars_of(right));
  if (std::min(lc, rc) < 0.05 * (lc + rc)) return false;
  // Cells of a table share their baselines; lines of two columns only by chance.
  // Either side mostly aligned with the other (dates beside entries, entries
  // beside labels) makes a table.
  auto aligned_rows = [](const Segments& side, const Segments& other) {
    std::set<int> aligned;
    for (const Segment* a : side) {
      for (const Segment* b : other) {
        // Baselines of different sizes and fonts differ a little in their boxes.
        double tolerance = std::max(1.5, 0.25 * std::min(a->height(), b->height()));
        if (std::abs(a->y1 - b->y1) <= tolerance) aligned.insert(a->row);
      }
    }
    return aligned.size();
  };
  if (aligned_rows(left, right) * 2 >= left_rows.size() ||
      aligned_rows(right, left) * 2 >= right_rows.size()) {
    return false;
  }
  const Segments& fewer = lc <= rc ? left : right;  // the side with less text
  const std::size_t fewer_rows = lc <= rc ? left_rows.size() : right_rows.size();
  // A column of dates beside entries ("April 2025") is part of a table too.
  std::set<int> dated;
  for (const Segment* a : fewer) {
    for (const Word& w : a->words) {
      if (std::any_of(w.text.begin(), w.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        dated.insert(a->row);
      }
    }
  }
  if (dated.size() * 10 >= fewer_rows * 6) return false;
  auto extent = [](const Segments& side) {
    double top = 1e9;
    double bottom = -1e9;
    for (const Segment* s : side) {
      top = std::min(top, s->y0);
      bottom = std::max(bottom, s->y1);
    }
    return std::pair(top, bottom);
  };
  auto [lt, lb] = extent(left);
  auto [rt, rb] = extent(right);
  double overlap = std::min(lb, rb) - std::max(lt, rt);
  return overlap > 0.5 * std::min(lb - lt, rb - rt);
}

// Where one column ends and the other goes on past a blank line's worth of
// space, what follows belongs to the page below the columns (a sidebar beside
// the profile, then the CV at full width): removes it from the band and
// returns it.
Segments trim_band(Segments& left, Segments& right) {
  auto by_top = [](const Segment* a, const Segment* b) { return a->y0 < b->y0; };
  std::sort(left.begin(), left.end(), by_top);
  std::sort(right.begin(), right.end(), by_top);
  // Where a side's run of lines ends: at its last line, or before a jump of
  // three lines or more to a line that is a cell of a table row with the
  // other side (a date far below the sidebar, beside an entry of the CV).
  auto run_end = [](const Segments& side, const Segments& other) {
    double end = side.front()->y1;
    for (const Segment* s : side) {
      bool in_table_row = std::any_of(other.begin(), other.end(), [s](const Segment* o) {
        return std::abs(o->y1 - s->y1) <= std::max(1.5, 0.25 * std::min(o->height(), s->height()));
      });
      if (s->y0 - end > 3.0 * s->height() && in_table_row) break;
      end = std::max(end, s->y1);
    }
    return end;
  };
  const double end = std::min(run_end(left, right), run_end(right, left));
  Segments rest;
  for (Segments* side : {&left, &right}) {
    // Past the end of the other column, a side goes on only without a break.
    double last = -1e9;
    double last_height = 0;
    std::size_t cut = side->size();
    for (std::size_t i = 0; i < side->size(); ++i) {
      const Segment* s = (*side)[i];
      if (s->y0 > end && s->y0 - last > 0.6 * std::min(last_height, s->height())) {
        cut = i;
        break;
      }
      if (s->y1 > last) {
        last = s->y1;
        last_height = s->height();
      }
    }
    rest.insert(rest.end(), side->begin() + static_cast<std::ptrdiff_t>(cut), side->end());
    side->erase(side->begin() + static_cast<std::ptrdiff_t>(cut), side->end());
  }
  return rest;
}

/// A part of a page in reading order: rows read across, or two columns.
struct Unit {
  Segments flow;
  Segments left;
  Segments right;
  bool columns = false;
};

// Cuts `sorted` (by vertical centre) at x: segments crossing x are rows read
// across and separate bands; a band whose two sides are side_by_side becomes
// two columns. Adds the characters laid out in columns to `*score`.
std::vector<Unit> split_at(const Segments& sorted, double x, std::size_t* score) {
  std::vector<Unit> units;
  Segments flow;
  Segments left;
  Segments right;
  auto close_band = [&] {
    if (side_by_side(left, right)) {
      if (!flow.empty()) units.push_back({std::move(flow), {}, {}, false});
      flow.clear();
      Segments rest = trim_band(left, right);
      *score += chars_of(left) + chars_of(right);
      units.push_back({{}, std::move(left), std::move(right), true});
      flow = std::move(rest);
    } else {
      flow.insert(flow.end(), left.begin(), left.end());
      flow.insert(flow.end(), right.begin(), right.end());
    }
    left.clear();
    right.clear();
  };
  for (const Segment* s : sorted) {
    // A word that pokes a few points into the gutter (a chart label) belongs
    // to the side it mostly lies on; it does not cut the columns.
    bool minor = s->chars <= 12 && std::min(x - s->x0, s->x1 - x) < 8;
    if (s->x0 < x - 1 && s->x1 > x + 1 && !minor) {
      close_band();
      flow.push_back(s);
    } else if (s->x1 <= x + 1 || (minor && x - s->x0 > s->x1 - x)) {
      left.push_back(s);
    } else {
      right.push_back(s);
    }
  }
  close_band();
  if (!flow.empty()) units.push_back({std::move(flow), {}, {}, false});
  return units;
}

// The gutter that puts the most text into columns, at the middle of the
// widest stretch of equally good positions; nothing when no cut makes columns.
std::optional<double> find_gutter(const Segments& sorted) {
  if (sorted.size() < 8) return std::nullopt;
  double min_x = 1e9;
  double max_x = -1e9;
  for (const Segment* s : sorted) {
    min_x = std::min(min_x, s->x0);
    max_x = std::max(max_x, s->x1);
  }
  double width = max_x - min_x;
  if (width < 150) return std::nullopt;
  std::size_t best = 0;
  double best_begin = 0;
  double best_length = -1;
  double run_begin = 0;
  std::size_t run_score = 0;
  // Every 2 points across a page up to 1,200 points wide (A3 landscape); a page made
  // far wider (damaged or hostile coordinates) is tried at no more cuts than
  // that, each of which costs a pass over its text: it took seconds.
  constexpr double kMostCuts = 480;
  const double step = std::max(2.0, 0.8 * width / kMostCuts);
  for (double x = min_x + 0.1 * width; x <= max_x - 0.1 * width; x += step) {
    std::size_t score = 0;
    split_at(sorted, x, &score);
    if (score != run_score) {
      run_begin = x;
      run_score = score;
    }
    double length = x - run_begin;
    if (score > best || (score == best && score > 0 && length > best_length)) {
      best = score;
      best_begin = run_begin;
      best_length = length;
    }
  }
  if (best == 0) return std::nullopt;
  return best_begin + best_length / 2;
}

// ---------------------------------------------------------------------------
// Lines.

/// One output line, before headings and Markdown are decided.
struct Line {
  std::vector<std::pair<std::string, bool>> pieces;  ///< Text and whether it is bold.
  double x0 = 0, y0 = 0, y1 = 0;
  double size = 0;  ///< Average font size of its letters.
  double page_height = 0;
  int page = 0;
  int indent = 0;
  bool bullet = false;
  bool blank_before = false;

  std::string text() const {
    std::string out;
    for (const auto& [t, b] : pieces) out += t;
    return out;
  }
};

/// What the layout needs to know about the whole document.
struct Context {
  std::set<std::string> bullet_icons;  ///< Icon glyphs that start three or more lines.
  int page = 0;
  double page_height = 0;
};

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t count_letters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  }));
}

bool is_upper_text(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isupper(static_cast<unsigned char>(c));
  }
  return letters;
}

// Glyphs that mark list items in CVs.
constexpr std::array<std::string_view, 29> kBulletGlyphs = {
    "\u2022", "\u25E6", "\u25AA", "\u25AB", "\u2023", "\u2219", "\u00B7", "\u2013",
    "\u2014", "-",      "\u2217", "*",      "\u25CB", "\u25CF", "\u25A0", "\u25A1",
    "\u25BA", "\u25B6", "\u25B8", "\u27A2", "\u27A4", "\u2192", "\u2713", "\u2714",
    "\u22C6", "\u2605", "\u2666", "\u25C6", "\u25C7"};

// Length of the bullet glyph `text` opens with, or 0.
std::size_t bullet_glyph(std::string_view text) {
  for (std::string_view glyph : kBulletGlyphs) {
    if (text.starts_with(glyph)) return glyph.size();
  }
  return 0;
}

// Whether a space separates two words of a segment. Poppler reports one where
// the font size changes, as in small capitals ("S" + "EPTEMBER"); glyphs that
// touch are one word whatever it says.
bool spaced(const Word& a, const Word& b) {
  double gap = b.x0 - a.x1;
  double size = std::min(a.size, b.size);
  if (gap < 0.08 * size) return false;
  // Letter-spaced capitals ("EMP L OY M E N T"): narrow gaps between pieces of a word.
  auto caps = [](const std::string& t) {
    return std::all_of(t.begin(), t.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  if (gap < 0.15 * size && caps(a.text) && caps(b.text) &&
      std::min(a.text.size(), b.text.size()) <= 2) {
    return false;
  }
  return a.space_after || gap > 0.2 * size;
}

std::string segment_text(const Segment& s) {
  std::string out;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].icon) continue;
    if (!out.empty() && i > 0 && spaced(s.words[i - 1], s.words[i])) out += ' ';
    out += s.words[i].text;
  }
  return out;
}

// A row's first cell that names a section rather than starting the row's
// content ("EDUCATION", "Research"): short, no digits, set apart by capitals,
// bold or size.
bool is_label(const Segment& s, double body_size) {
  std::string text = segment_text(s);
  if (text.empty() || has_digit(text) || count_letters(text) < 3 || text.size() > 40) return false;
  if (std::count(text.begin(), text.end(), ' ') > 3) return false;
  if (text.find_first_of(":@,") != std::string::npos) return false;
  // Half of a date range wrapped under its start ("2015 -" over "PRESENT").
  static constexpr std::string_view kDateWords[] = {
      "present", "now",    "current",   "today",    "since",    "summer",  "spring", "fall",
      "autumn",  "winter", "january",   "february", "march",    "april",   "may",    "june",
      "july",    "august", "september", "october",  "november", "december"};
  std::string key = pdf_lower(text);
  for (std::string_view word : kDateWords) {
    if (key.find(word) != std::string::npos) return false;
  }
  bool bold =
      std::all_of(s.words.begin(), s.words.end(), [](const Word& w) { return w.bold || w.icon; });
  double size = 0;
  for (const Word& w : s.words) size = std::max(size, w.size);
  return is_upper_text(text) || bold || size > 1.15 * body_size;
}

// "[12]", "12.", "(3)", "[J4]": an item number in a column of its own.
bool is_numbering(std::string_view text) {
  if (text.size() < 2 || text.size() > 6) return false;
  std::size_t digits = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
  bool bracketed =
      (text.front() == '[' && text.back() == ']') || (text.front() == '(' && text.back() == ')');
  return digits > 0 && (bracketed || (text.back() == '.' && digits == text.size() - 1));
}

// Builds the line of `segments` (one row's cells, left to right).
Line make_line(const std::vector<const Segment*>& segments, const Context& context) {
  Line line;
  line.page = context.page;
  line.page_height = context.page_height;
  line.x0 = segments.front()->x0;
  line.y0 = 1e9;
  line.y1 = -1e9;
  double size_sum = 0;
  double letters = 0;
  bool first_word = true;
  // "– Personal Details –": a dash on both ends is decoration, not a list item.
  const Word* last_word = nullptr;
  for (const Segment* s : segments) {
    for (const Word& w : s->words) {
      if (!w.icon) last_word = &w;
    }
  }
  const std::string& front_text = segments.front()->words.front().text;
  const bool framed = last_word != &segments.front()->words.front() &&
                      bullet_glyph(front_text) == front_text.size() &&
                      last_word->text == front_text;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    const Segment& s = *segments[k];
    // A lone "•" or "|" between cells separates them; " | " already does.
    if (k > 0 && s.words.size() == 1 &&
        (bullet_glyph(s.words[0].text) == s.words[0].text.size() || s.words[0].text == "|")) {
      continue;
    }
    line.y0 = std::min(line.y0, s.y0);
    line.y1 = std::max(line.y1, s.y1);
    bool cell_start = true;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      std::string text = w.text;
      if (framed && (&w == last_word || &w == &segments.front()->words.front())) continue;
      if (first_word) {
        first_word = false;
        if (detail::is_decoration(text)) continue;
        if (w.icon && context.bullet_icons.count(w.text) > 0 && s.words.size() > 1) {
          line.bullet = true;
          continue;
        }
        // The word after this one, in this cell or the next.
        const Word* next = i + 1 < s.words.size()    ? &s.words[i + 1]
                           : k + 1 < segments.size() ? &segments[k + 1]->words.front()
                                                     : nullptr;
        std::size_t glyph = w.icon ? 0 : bullet_glyph(text);
        // Word exports set list bullets as a letter o in Courier or Symbol.
        bool lone_o = text == "o" && next != nullptr &&
                      std::isupper(static_cast<unsigned char>(next->text[0]));
        if ((glyph > 0 && (glyph < text.size() || next != nullptr)) || lone_o) {
          line.bullet = true;
          text = lone_o ? "" : text.substr(glyph);
          if (text.empty()) continue;
        }
      }
      if (w.icon) continue;
      if (!line.pieces.empty()) {
        if (cell_start && !(line.pieces.size() == 1 && is_numbering(line.pieces.front().first))) {
          line.pieces.emplace_back(" | ", false);
        } else if (cell_start) {
          line.pieces.emplace_back(" ", false);
        } else if (spaced(s.words[i - 1], w)) {
          line.pieces.emplace_back(" ", false);
        }
      }
      cell_start = false;
      double n = static_cast<double>(count_letters(text));
      size_sum += n * w.size;
      letters += n;
      line.pieces.emplace_back(std::move(text), w.bold);
    }
  }
  // A row of icons and separators ("| | |" between dropped icons) says nothing.
  if (letters == 0 && !has_digit(line.text())) line.pieces.clear();
  detail::strip_decoration(line.pieces);
  while (!line.pieces.empty() && line.pieces.back().first == " | ") line.pieces.pop_back();
  while (!line.pieces.empty() && line.pieces.front().first == " | ") {
    line.pieces.erase(line.pieces.begin());
  }
  line.size = letters > 0 ? size_sum / letters : 0;
  return line;
}

// Lines of segments read row by row. Labels in a column of their own left of
// the rows' content go on lines of their own, a label wrapped over two rows
// ("Research" / "Interests") joined again.
void emit_flow(const Segments& segments, double body_size, const Context& context,
               std::vector<Line>& out) {
  std::map<int, std::vector<const Segment*>> by_row;
  for (const Segment* s : segments) by_row[s->row].push_back(s);
  std::vector<std::vector<const Segment*>> rows;
  for (auto& [row, cells] : by_row) {
    std::sort(cells.begin(), cells.end(),
              [](const Segment* a, const Segment* b) { return a->x0 < b->x0; });
    rows.push_back(std::move(cells));
  }
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.front()->y0 < b.front()->y0; });

  // Indentation is measured from where most rows start.
  std::map<long, int> starts;
  for (const auto& row : rows) ++starts[std::lround(row.front()->x0 / 3)];
  long base = 0;
  int base_count = 0;
  for (const auto& [x, count] : starts) {
    if (count > base_count) {
      base = x;
      base_count = count;
    }
  }
  const double base_x = static_cast<double>(base) * 3;

  // Paragraph breaks are gaps clearly wider than the usual gap between lines
  // (some CVs set every line a little apart).
  std::vector<double> gaps;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    double gap = rows[i].front()->y0 - rows[i - 1].front()->y1;
    if (gap > 0) gaps.push_back(gap);
  }
  double usual_gap = 0;
  if (!gaps.empty()) {
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2),
                     gaps.end());
    usual_gap = gaps[gaps.size() / 2];
  }

  std::vector<bool> consumed(rows.size(), false);
  std::size_t first_line = out.size();
  double previous_bottom = -1e9;
  double previous_height = 0;
  auto push = [&](Line line) {
    if (line.pieces.empty()) return;
    double gap = line.y0 - previous_bottom;
    line.blank_before =
        out.size() == first_line ||
        gap > std::max(0.6 * std::max(previous_height, line.y1 - line.y0), 1.8 * usual_gap);
    if (line.x0 > base_x + 4) line.indent = std::min(12, static_cast<int>((line.x0 - base_x) / 4));
    previous_bottom = std::max(previous_bottom, line.y1);
    previous_height = line.y1 - line.y0;
    out.push_back(std::move(line));
  };
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (consumed[i] || rows[i].empty()) continue;
    std::vector<const Segment*>& row = rows[i];
    // A label sits in a column of its own: other rows start where this row's
    // content does (not so the wide gaps of a name set in a display font).
    auto content_column = [&] {
      int rows_there = 0;
      for (std::size_t j = 0; j < rows.size(); ++j) {
        if (j == i || rows[j].empty()) continue;
        for (std::size_t k = 1; k < row.size(); ++k) {
          if (std::abs(rows[j].front()->x0 - row[k]->x0) <= 4) {
            ++rows_there;
            break;
          }
        }
      }
      return rows_there >= 2;
    };
    // A name set large at the start of a contact row stands on its own line.
    auto display_first = [&] {
      auto size_of = [](const Segment* s) {
        double size = 0;
        for (const Word& w : s->words) size = std::max(size, w.size);
        return size;
      };
      double rest = 0;
      for (std::size_t k = 1; k < row.size(); ++k) rest = std::max(rest, size_of(row[k]));
      return size_of(row.front()) > 1.25 * rest;
    };
    if (row.size() >= 2 && display_first()) {
      push(make_line({row.front()}, context));
      row.erase(row.begin());
    } else if (row.size() >= 2 && is_label(*row.front(), body_size) && content_column()) {
      const Segment* label = row.front();
      Line label_line = make_line({label}, context);
      double bottom = label->y1;
      // The label's next rows in its own column, close below it: a label
      // wrapped over rows ("WORK/" "INDUSTRY" "EXPERIENCE").
      for (std::size_t j = i + 1; j < rows.size() && j <= i + 6; ++j) {
        if (consumed[j] || rows[j].empty()) continue;
        if (rows[j].front()->y0 - bottom > 1.0 * label->height()) break;
        const Segment* part = rows[j].front();
        if (part->x1 > row[1]->x0 || std::abs(part->x0 - label->x0) > 40) continue;
        if (!is_label(*part, body_size)) break;
        label_line.pieces.emplace_back(" ", false);
        Line more = make_line({part}, context);
        label_line.pieces.insert(label_line.pieces.end(), more.pieces.begin(), more.pieces.end());
        bottom = part->y1;
        rows[j].erase(rows[j].begin());
        consumed[j] = rows[j].empty();
      }
      label_line.indent = 0;
      // A label set beside the middle of its block ("WORK/" "INDUSTRY" centred
      // on its entries) names the whole block: it goes before the block's
      // lines already written, back to the blank line that opens it. A label
      // beside the first line of its block stays where it is.
      std::size_t at = out.size();
      const double row_top = row.size() > 1 ? row[1]->y0 : label->y0;
      const double row_height = row.size() > 1 ? row[1]->height() : label->height();
      bool opens_block = row_top - previous_bottom >
                         std::max(0.6 * std::max(previous_height, row_height), 1.8 * usual_gap);
      while (!opens_block && at > first_line && out[at - 1].x0 > label->x1 &&
             !out[at - 1].blank_before) {
        --at;
      }
      if (!opens_block && at > first_line && out[at - 1].x0 > label->x1 &&
          out[at - 1].blank_before) {
        --at;
      }
      if (at < out.size()) {
        label_line.blank_before = out[at].blank_before;
        out[at].blank_before = false;
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), std::move(label_line));
      } else {
        push(std::move(label_line));
      }
      row.erase(row.begin());
    }
    push(make_line(row, context));
  }
}

// Lays out a page or part of one: columns when a gutter makes them
// (recursively, for a column that holds columns), else rows.
void layout(Segments segments, int depth, double body_size, const Context& context,
            std::vector<Line>& out) {
  std::sort(segments.begin(), segments.end(),
            [](const Segment* a, const Segment* b) { return a->cy() < b->cy(); });
  std::optional<double> gutter = depth < 3 ? find_gutter(segments) : std::nullopt;
  if (!gutter) {
    emit_flow(segments, body_size, context, out);
    return;
  }
  std::size_t score = 0;
  for (const Unit& unit : split_at(segments, *gutter, &score)) {
    if (unit.columns) {
      // The column with the largest type (the owner's name) reads first; else left to right.
      auto largest = [](const Segments& side) {
        double size = 0;
        for (const Segment* s : side) {
          for (const Word& w : s->words) size = std::max(size, w.size);
        }
        return size;
      };
      bool right_first = largest(unit.right) > largest(unit.left) + 1;
      layout(right_first ? unit.right : unit.left, depth + 1, body_size, context, out);
      layout(right_first ? unit.left : unit.right, depth + 1, body_size, context, out);
    } else {
      emit_flow(unit.flow, body_size, context, out);
    }
  }
}

// ---------------------------------------------------------------------------
// The document.

// "3", "Page 3", "3 / 12", "- 3 -": a page number alone on its line.
bool is_page_number(std::string_view text) {
  std::string t = pdf_lower(text);
  std::string rest;
  for (char c : t) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ' ' && c != '/' && c != '-' &&
        c != '|') {
      rest += c;
    }
  }
  return has_digit(t) && (rest.empty() || rest == "page" || rest == "pageof" || rest == "of");
}

// Drops page numbers, and running headers and footers: lines in a page's top or
// bottom margin that recur on other pages (digits aside). The first page keeps
// its copy, which is often the owner's name.
void drop_page_furniture(std::vector<Line>& lines) {
  auto in_margin = [](const Line& l) {
    return l.y1 < 0.08 * l.page_height || l.y0 > 0.92 * l.page_height;
  };
  auto key = [](const Line& l) {
    std::string k;
    for (char c : pdf_lower(l.text())) {
      if (!std::isdigit(static_cast<unsigned char>(c)) && c != ' ') k += c;
    }
    return k;
  };
  std::map<std::string, std::set<int>> pages;
  for (const Line& l : lines) {
    if (in_margin(l)) pages[key(l)].insert(l.page);
  }
  std::vector<Line> kept;
  for (Line& l : lines) {
    bool margin = in_margin(l);
    bool furniture =
        margin && (is_page_number(l.text()) || (l.page > 0 && pages[key(l)].size() >= 2));
    if (!furniture) kept.push_back(std::move(l));
  }
  lines = std::move(kept);
}

// "Im-" at a line's end and "plementation" at the next line's start: one word.
void join_hyphenated(std::vector<Line>& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& a = lines[i];
    Line& b = lines[i + 1];
    if (b.blank_before || b.bullet || a.pieces.empty() || b.pieces.empty()) continue;
    std::string& tail = a.pieces.back().first;
    std::string& head = b.pieces.front().first;
    std::size_t hyphen = 0;
    if (tail.size() >= 2 && tail.back() == '-') {
      hyphen = 1;
    } else if (tail.ends_with("\u2010") || tail.ends_with("\u00AD")) {
      hyphen = tail.ends_with("\u00AD") ? 2 : 3;
    }
    if (hyphen == 0 || tail.size() <= hyphen) continue;
    unsigned char before = static_cast<unsigned char>(tail[tail.size() - hyphen - 1]);
    if (!std::islower(before) || head.empty() ||
        !std::islower(static_cast<unsigned char>(head[0]))) {
      continue;
    }
    std::size_t end = head.find(' ');
    if (end == std::string::npos) end = head.size();
    tail.erase(tail.size() - hyphen);
    tail += head.substr(0, end);
    head.erase(0, std::min(end + 1, head.size()));
    if (head.empty()) {
      b.pieces.erase(b.pieces.begin());
      while (!b.pieces.empty() &&
             b.pieces.front().first.find_first_not_of(" |") == std::string::npos) {
        b.pieces.erase(b.pieces.begin());
      }
    }
  }
  lines.erase(
      std::remove_if(lines.begin(), lines.end(), [](const Line& l) { return l.pieces.empty(); }),
      lines.end());
}

std::string plain_text(const Line& line) {
  std::string out;
  for (const auto& [text, bold] : line.pieces) out += text;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.substr(std::min(out.find_first_not_of(' '), out.size()));
}

// Renders the lines as Markdown: '#' for the name, '##' for other lines set
// clearly larger than the body, '**' for bold, '- ' for items, indentation.
std::string render(const std::vector<Line>& lines, double body_size, bool mark_bold) {
  auto heading_shaped = [body_size](const Line& l) {
    std::string text = plain_text(l);
    return !l.bullet && l.size >= 1.18 * body_size && text.size() <= 60 &&
           std::count(text.begin(), text.end(), ' ') < 8 && count_letters(text) >= 2 &&
           !has_digit(text) && text.find('@') == std::string::npos &&
           text.find("://") == std::string::npos;
  };
  // The name: the largest heading-shaped line in the top third of the first page.
  // Of equally large lines ("Dr.-Ing." over "Maximilian Raff"), one of two words or more.
  const Line* title = nullptr;
  double largest = 0;
  for (const Line& l : lines) {
    if (l.page == 0 && l.y0 <= l.page_height / 3 && heading_shaped(l))
      largest = std::max(largest, l.size);
  }
  for (const Line& l : lines) {
    if (l.page != 0 || l.y0 > l.page_height / 3 || !heading_shaped(l)) continue;
    if (l.size < largest - 0.5) continue;
    bool several = plain_text(l).find(' ') != std::string::npos;
    if (title == nullptr || (several && plain_text(*title).find(' ') == std::string::npos)) {
      title = &l;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    // The short last line of a paragraph set large is not a heading.
    bool heading = heading_shaped(l) &&
                   !(i > 0 && !l.blank_before && std::abs(lines[i - 1].size - l.size) < 0.5 &&
                     !heading_shaped(lines[i - 1]));
    if (i > 0 && (l.blank_before || heading) && !out.ends_with("\n\n")) out += '\n';
    if (heading) {
      out += &l == title ? "# " : "## ";
      out += plain_text(l);
      out += '\n';
      if (i + 1 < lines.size() && !lines[i + 1].blank_before) out += '\n';
      continue;
    }
    out += std::string(static_cast<std::size_t>(l.indent), ' ');
    if (l.bullet) out += "- ";
    out += mark_bold ? detail::render_bold(l.pieces) : plain_text(l);
    out += '\n';
  }
  return out;
}

struct PageSegments {
  std::vector<Segment> segments;
  std::vector<std::string> fallback;  ///< Lines of poppler's own layout, when no boxes are usable.
  double height = 0;
};

// A page whose text boxes are all rotated (a landscape page turned on its
// side) still has text: poppler's physical layout gives it line by line.
std::vector<std::string> physical_lines(const poppler::page& page) {
  poppler::byte_array utf8 = page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::vector<std::string> lines;
  std::string line;
  for (char c : utf8) {
    if (c == '\n' || c == '\f') {
      lines.push_back(std::move(line));
      line.clear();
    } else if (c != '\r') {
      line += c;
    }
  }
  lines.push_back(std::move(line));
  return lines;
}

}  // namespace

std::string pdf_to_text(std::string_view bytes, std::size_t max_text_bytes, int max_pages) {
  if (max_text_bytes == 0) max_text_bytes = kMaxDocumentTextBytes;
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw pdf_error("PDF too large");
  last_poppler_message.clear();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    throw pdf_error(last_poppler_message.empty()
                        ? "damaged PDF: cannot be parsed"
                        : fmt::format("damaged PDF: {}", last_poppler_message));
  }
  if (doc->is_locked()) throw pdf_error("PDF is encrypted (needs a password)");
  if (doc->pages() > max_pages) {
    throw pdf_error(
        fmt::format("PDF has {} pages; the limit is {} (not a CV)", doc->pages(), max_pages));
  }

  // The extractor refuses a document's text past max_text_bytes anyway: stop
  // reading pages (each costs poppler's memory and time) as soon as it is passed.
  std::vector<PageSegments> pages;
  std::size_t text_bytes = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    PageSegments p;
    p.height = page->page_rect().height();
    p.segments = page_segments(page_words(*page));
    if (p.segments.empty()) p.fallback = physical_lines(*page);
    for (const Segment& s : p.segments) {
      for (const Word& w : s.words) text_bytes += w.text.size() + 1;
    }
    for (const std::string& l : p.fallback) text_bytes += l.size() + 1;
    if (text_bytes > max_text_bytes) {
      throw pdf_error(
          fmt::format("PDF text too large (past the {} bytes a document may hold, "
                      "by page {} of {})",
                      max_text_bytes, i + 1, doc->pages()));
    }
    pages.push_back(std::move(p));
  }

  // Document-wide facts: the body font size (most letters are set in it), how
  // much is bold, and which icon glyphs serve as list bullets.
  std::map<long, double> sizes;
  double letters = 0;
  double bold_letters = 0;
  std::map<std::string, int> icon_starts;
  for (const PageSegments& p : pages) {
    for (const Segment& s : p.segments) {
      if (s.words.front().icon) ++icon_starts[s.words.front().text];
      for (const Word& w : s.words) {
        double n = static_cast<double>(count_letters(w.text));
        sizes[std::lround(w.size * 2)] += n;
        letters += n;
        bold_letters += w.bold ? n : 0;
      }
    }
  }
  bool fallback_text = std::any_of(pages.begin(), pages.end(), [](const PageSegments& p) {
    return std::any_of(p.fallback.begin(), p.fallback.end(),
                       [](const std::string& l) { return count_letters(l) > 0; });
  });
  if (letters == 0 && !fallback_text) {
    throw pdf_error("PDF has no text layer (a scanned image?)");
  }
  double body_size = 10;
  double best = -1;
  for (const auto& [size, n] : sizes) {
    if (n > best) {
      best = n;
      body_size = static_cast<double>(size) / 2;
    }
  }
  Context context;
  for (const auto& [icon, count] : icon_starts) {
    if (count >= 3) context.bullet_icons.insert(icon);
  }

  std::vector<Line> lines;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    context.page = static_cast<int>(i);
    context.page_height = pages[i].height;
    Segments segments;
    for (const Segment& s : pages[i].segments) segments.push_back(&s);
    std::size_t first = lines.size();
    layout(std::move(segments), 0, body_size, context, lines);
    for (const std::string& text : pages[i].fallback) {
      if (text.find_first_not_of(' ') == std::string::npos) continue;
      Line line;
      line.pieces.emplace_back(text.substr(text.find_first_not_of(' ')), false);
      line.page = context.page;
      line.page_height = context.page_height;
      line.y0 = line.y1 = context.page_height / 2;  // no geometry: never page furniture
      line.size = body_size;
      lines.push_back(std::move(line));
    }
    if (first < lines.size()) lines[first].blank_before = true;
  }
  drop_page_furniture(lines);
  join_hyphenated(lines);
  // A document set all in a bold face says nothing by its bold.
  return render(lines, body_size, bold_letters < 0.6 * letters);
}

DocumentRecord read_pdf(const ReaderInput& input) {
  std::string text;
  try {
    text = schema::normalize_text(pdf_to_text(input.bytes));
  } catch (const Error& e) {
    throw Error(ErrorCategory::input, fmt::format("{}: {}", input.path, e.what()));
  }
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    throw Error(ErrorCategory::input, fmt::format("{}: PDF without text", input.path));
  }
  return extract_cv(text, input.context);
}

}  // namespace savant::indexer

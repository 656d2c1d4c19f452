// SPDX-License-Identifier: MIT
// Splits a section into entries by the structure it uses.
#include "indexer/extract/entries.hpp"

#include "indexer/extract/publication_status.hpp"
#include "indexer/extract/sections.hpp"
#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <limits>

namespace savant::indexer::detail {
namespace {

bool is_plain(const Line& line) { return !line.is_bullet() && !line.continuation; }

// A bold headline: all bold, or opening with a bold span that is not a "Label:".
bool is_bold_headline(const Line& line) {
  if (!is_plain(line) || closes_bracket_opened_above(line)) return false;
  if (line.bold) return true;
  if (line.lead_bold.empty() || line.lead_bold.back() == ':') return false;
  return line.lead_bold.size() * 2 >= line.text.size();
}

// "These are some of my recent publications. For a complete list, see ...": bare
// sentences before a bulleted list, none after it, introduce the list; they are
// not a headline whose bullets describe it.
bool bare_intro_before_list(std::span<const Line> lines) {
  std::size_t first_bullet = lines.size();
  std::size_t top_bullets = 0;
  int top = std::numeric_limits<int>::max();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].is_bullet()) continue;
    first_bullet = std::min(first_bullet, i);
    top = std::min(top, lines[i].bullet_depth);
  }
  if (first_bullet == 0 || first_bullet == lines.size()) return false;
  for (std::size_t i = first_bullet; i < lines.size(); ++i) {
    if (is_plain(lines[i])) return false;
    top_bullets += lines[i].bullet_depth == top ? 1 : 0;
  }
  const std::string& last = lines[first_bullet - 1].text;
  return top_bullets >= 2 && !last.empty() && (last.back() == '.' || last.back() == ':');
}

// "#### Deep RL Research / I study ... . / - [NeurIPS'2023] Title / - [ICLR'2024] Title":
// under a heading, optional introducing sentences, then a list whose top-level
// items mostly (at least two) name a venue or a year, then optional sentences
// that introduce what follows ("In the LLM era, ... my research focuses on:").
// Such a heading labels a group of entries; a heading whose bullets hold one
// entry's parts ("### Title / - Authors / - NeurIPS 2023") has one dated item.
// Returns the end of the list within `body`, or 0 when the shape does not fit.
std::size_t dated_list_end(std::span<const Line> body, const EntryRules& rules) {
  if (!rules.is_dated) return 0;
  auto ends_sentence = [](const Line& line) {
    return !line.text.empty() && (line.text.back() == '.' || line.text.back() == ':');
  };
  std::size_t first_bullet = body.size();
  int top = std::numeric_limits<int>::max();
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!body[i].is_bullet()) continue;
    first_bullet = std::min(first_bullet, i);
    top = std::min(top, body[i].bullet_depth);
  }
  if (first_bullet == body.size()) return 0;
  if (first_bullet > 0 && !ends_sentence(body[first_bullet - 1])) return 0;
  std::size_t list_end = first_bullet;
  while (list_end < body.size() && !is_plain(body[list_end])) ++list_end;
  for (std::size_t i = list_end; i < body.size(); ++i) {
    if (!is_plain(body[i])) return 0;
  }
  if (list_end < body.size() && !ends_sentence(body.back())) return 0;
  std::size_t items = 0;
  std::size_t dated = 0;
  for (std::size_t i = first_bullet; i < list_end; ++i) {
    if (body[i].bullet_depth != top) continue;
    ++items;
    dated += rules.is_dated(body[i]) ? 1 : 0;
  }
  return dated >= 2 && dated * 2 >= items ? list_end : 0;
}

bool is_opener(const Line& line, const EntryRules& rules) {
  if (line.is_heading()) return true;
  if (line.number > 0 && !line.is_bullet() && !line.continuation) return true;
  if (rules.is_marker && rules.is_marker(line)) return true;
  return is_bold_headline(line);
}

bool is_group_label(std::span<const Line> lines, std::size_t i) {
  const Line& line = lines[i];
  if (!line.is_heading() && !line.bold) return false;
  // "## 2024": a heading without words is never an entry's title.
  if (count_letters(line.text) == 0) return true;
  if (i + 1 >= lines.size()) return false;
  const Line& next = lines[i + 1];
  if (!next.is_bullet() && next.number == 0) return false;
  if (split_words(line.text).size() > 4) return false;
  return count_letters(line.text) == 0 || classify_heading(line.text).has_value() ||
         status_from_words(line.text) != PublicationStatus::unknown;
}

void add(std::vector<LineRange>& out, std::size_t offset, std::size_t begin, std::size_t end) {
  if (end > begin) out.push_back({offset + begin, offset + end});
}

// Splits one block (no group labels inside) and appends its entries.
void split_block(std::span<const Line> lines, std::size_t offset, const EntryRules& rules,
                 std::vector<LineRange>& out) {
  const std::size_t n = lines.size();
  if (n == 0) return;
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < n; ++i) {
    if (is_opener(lines[i], rules)) starts.push_back(i);
  }
  bool intro_is_entry = !rules.drop_intro;
  if (starts.empty()) {
    intro_is_entry = true;
    bool any_bullet =
        std::any_of(lines.begin(), lines.end(), [](const Line& l) { return l.is_bullet(); });
    bool any_plain = std::any_of(lines.begin(), lines.end(), is_plain);
    if (any_plain && rules.drop_intro && bare_intro_before_list(lines)) {
      intro_is_entry = false;
      any_plain = false;  // split at the list's top-level bullets below
    }
    if (any_bullet && any_plain) {
      // Bare headlines described by bullets: each bare line after a bullet opens an entry.
      for (std::size_t i = 0; i < n; ++i) {
        if (is_plain(lines[i]) && (i == 0 || !is_plain(lines[i - 1]))) starts.push_back(i);
      }
    } else if (any_bullet) {
      int top = std::numeric_limits<int>::max();
      for (const Line& l : lines) {
        if (l.is_bullet()) top = std::min(top, l.bullet_depth);
      }
      for (std::size_t i = 0; i < n; ++i) {
        if (lines[i].bullet_depth == top) starts.push_back(i);
      }
    } else {
      std::size_t blank_led = 0;
      for (std::size_t i = 1; i < n; ++i) blank_led += lines[i].blank_before ? 1 : 0;
      // Blank lines separate entries unless they separate every line (PDF text).
      bool blocks = blank_led > 0 && blank_led * 10 < (n - 1) * 6;
      starts.push_back(0);
      std::size_t open = 0;
      for (std::size_t i = 1; i < n; ++i) {
        bool opens = blocks ? lines[i].blank_before
                            : rules.opens_entry &&
                                  rules.opens_entry(lines[i], lines.subspan(open, i - open));
        if (opens) {
          starts.push_back(i);
          open = i;
        }
      }
    }
  }
  if (starts.empty()) return;
  // "Authors / **Title** / Venue": when the first entry's lead line stands
  // above its headline, every entry's does.
  if (rules.leads_entry && starts.front() > 0 && rules.leads_entry(lines[starts.front() - 1])) {
    for (std::size_t& start : starts) {
      if (start > 0 && !lines[start].is_bullet() && !is_opener(lines[start - 1], rules) &&
          rules.leads_entry(lines[start - 1])) {
        --start;
      }
    }
  }
  if (intro_is_entry) add(out, offset, 0, starts.front());
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t begin = starts[k];
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : n;
    std::span<const Line> body = lines.subspan(begin + 1, end - begin - 1);
    const std::size_t list_end = lines[begin].is_heading() ? dated_list_end(body, rules) : 0;
    if (list_end == 0) {
      add(out, offset, begin, end);
      continue;
    }
    // The items are the entries; the heading with its introduction, and the
    // sentences after the list, are entries only where intros are kept.
    std::vector<std::size_t> items;
    int top = std::numeric_limits<int>::max();
    for (const Line& l : body) {
      if (l.is_bullet()) top = std::min(top, l.bullet_depth);
    }
    for (std::size_t i = 0; i < list_end; ++i) {
      if (body[i].bullet_depth == top) items.push_back(begin + 1 + i);
    }
    const std::size_t after = begin + 1 + list_end;
    if (!rules.drop_intro) add(out, offset, begin, items.front());
    for (std::size_t j = 0; j < items.size(); ++j) {
      add(out, offset, items[j], j + 1 < items.size() ? items[j + 1] : after);
    }
    if (!rules.drop_intro) add(out, offset, after, end);
  }
}

}  // namespace

std::vector<LineRange> split_entries(std::span<const Line> lines, const EntryRules& rules) {
  std::vector<LineRange> entries;
  std::size_t block = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (rules.group_labels && is_group_label(lines, i)) {
      split_block(lines.subspan(block, i - block), block, rules, entries);
      block = i + 1;
    }
  }
  split_block(lines.subspan(block), block, rules, entries);
  return entries;
}

}  // namespace savant::indexer::detail

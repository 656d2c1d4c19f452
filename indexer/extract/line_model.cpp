// SPDX-License-Identifier: MIT
// Splits a CV into lines and parses the Markdown structure off each one.
#include "indexer/extract/line_model.hpp"

#include "indexer/extract/front_matter.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/ascii.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace savant::indexer::detail {
namespace {

bool is_digit(char c) { return schema::is_ascii_digit(c); }
bool is_alpha(char c) { return schema::is_ascii_alpha(c); }

// List markers people use besides Markdown's "-", "*" and "+" (PDF and Word exports).
constexpr std::array<std::string_view, 13> kBulletMarks = {
    "-",      "*",      "+",      "\u2022", "\u25AA", "\u25E6", "\u00B7",
    "\u2023", "\u25CB", "\u25A0", "\u25A1", "\u25BA", "\u27A2"};

// Length of the list marker `s` opens with (marker plus one space), or 0.
std::size_t bullet_prefix(std::string_view s) {
  for (std::string_view mark : kBulletMarks) {
    if (s.substr(0, mark.size()) != mark) continue;
    if (s.size() == mark.size()) return 0;  // a lone "-" is a rule or noise, not an item
    char next = s[mark.size()];
    if (next == ' ' || next == '\t') return mark.size() + 1;
  }
  return 0;
}

// Length of a "1. " / "2) " / "[3] " / "(4) " numbering prefix, with the number.
std::size_t number_prefix(std::string_view s, int& number) {
  std::size_t i = 0;
  char close = 0;
  if (!s.empty() && (s[0] == '[' || s[0] == '(')) {
    close = s[0] == '[' ? ']' : ')';
    i = 1;
  }
  // "[J3]", "[C12]", "[P.1]": journal, conference and preprint numbering.
  while (close == ']' && i < s.size() && i < 3 && std::isupper(static_cast<unsigned char>(s[i])))
    ++i;
  if (close == ']' && i > 1 && i < s.size() && s[i] == '.') ++i;
  std::size_t digits_begin = i;
  while (i < s.size() && is_digit(s[i]) && i - digits_begin < 4) ++i;
  std::size_t digits = i - digits_begin;
  // Four digits would be a year ("2023. Paper title" is a year, not item 2023).
  if (digits == 0 || digits > 3 || i >= s.size()) return 0;
  if (close != 0) {
    if (s[i] != close) return 0;
  } else if (s[i] != '.' && s[i] != ')') {
    return 0;
  }
  ++i;
  if (i >= s.size() || (s[i] != ' ' && s[i] != '\t')) return 0;
  number = std::stoi(std::string(s.substr(digits_begin, digits)));
  return i + 1;
}

// Whether `s` is a thematic break ("---", "* * *", "___") or a setext underline.
bool is_rule(std::string_view s, char& mark) {
  s = trim(s);
  if (s.size() < 3) return false;
  mark = s[0];
  if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
  std::size_t marks = 0;
  for (char c : s) {
    if (c == mark) {
      ++marks;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return marks >= 3;
}

// Strips one wrapping pair of `marker` ("**" or "*") around the whole of `s`.
bool unwrap(std::string_view s, std::string_view marker, std::string_view& inner) {
  if (s.size() <= 2 * marker.size()) return false;
  if (s.substr(0, marker.size()) != marker) return false;
  if (s.substr(s.size() - marker.size()) != marker) return false;
  inner = s.substr(marker.size(), s.size() - 2 * marker.size());
  // "**a** and **b**" is not one bold span.
  if (inner.find(marker) != std::string_view::npos) return false;
  // "*x*" inside "**x**": the inner text must not open with another star.
  return !inner.empty() && inner.front() != marker[0] && inner.back() != marker[0];
}

// The bold span `content` opens with ("**Label:** rest"), or empty.
std::string_view leading_bold(std::string_view content) {
  for (std::string_view marker : {std::string_view("**"), std::string_view("__")}) {
    if (content.substr(0, 2) != marker) continue;
    std::size_t close = content.find(marker, 2);
    if (close == std::string_view::npos || close == 2) return {};
    return content.substr(2, close - 2);
  }
  return {};
}

// Finds the ']' matching the '[' at `open`, allowing one nested pair ("[[Code]]").
std::size_t matching_bracket(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size() && i < open + 400; ++i) {
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && --depth == 0) return i;
    if (s[i] == '\n') break;
  }
  return std::string_view::npos;
}

// An anchor's label without nested tags ("<i class=...></i> PDF" -> "PDF").
std::string clean_anchor_label(std::string_view label) {
  std::string out;
  bool in_tag = false;
  for (char c : label) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  return out;
}

std::string decode_entity(std::string_view s, std::size_t& length) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities = {
      {{"&amp;", "&"},
       {"&lt;", "<"},
       {"&gt;", ">"},
       {"&nbsp;", " "},
       {"&quot;", "\""},
       {"&#39;", "'"},
       {"&apos;", "'"}}};
  for (const auto& [name, value] : kEntities) {
    if (s.substr(0, name.size()) == name) {
      length = name.size();
      return std::string(value);
    }
  }
  length = 0;
  return {};
}

// "<b>Title</b> <br> Authors <br> <i>Venue</i>": a <br> inside a line breaks it;
// the <br> stays at the start of the new line, marking it as a continuation.
std::string split_at_breaks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool content_on_line = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<' && content_on_line &&
        (ifind(text.substr(i, 4), "<br>") == 0 || ifind(text.substr(i, 4), "<br/") == 0 ||
         ifind(text.substr(i, 4), "<br ") == 0)) {
      out += '\n';
      content_on_line = false;
    }
    if (c == '\n') {
      content_on_line = false;
    } else if (c != ' ' && c != '\t') {
      content_on_line = true;
    }
    out += c;
  }
  return out;
}

// Blanks out HTML comments, script and style blocks and Liquid tags, keeping
// line breaks so that line numbers stay true.
std::string hide_markup_blocks(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kBlocks[] = {
      {"<!--", "-->"},
      {"<script", "</script>"},
      {"<style", "</style>"},
      {"{%", "%}"},
      {"{{", "}}"}};
  std::string out = split_at_breaks(text);
  std::size_t i = 0;
  while (i < out.size()) {
    bool hidden = false;
    for (const auto& [open, close] : kBlocks) {
      if (out[i] != open[0] || ifind(std::string_view(out).substr(i, open.size()), open) != 0) {
        continue;
      }
      std::size_t end = ifind(out, close, i + open.size());
      end = end == std::string::npos ? out.size() : end + close.size();
      for (std::size_t k = i; k < end; ++k) {
        if (out[k] != '\n') out[k] = ' ';
      }
      i = end;
      hidden = true;
      break;
    }
    if (!hidden) ++i;
  }
  return out;
}

// Level of an HTML heading the line opens with ("<h3 class=...>"), or 0.
int html_heading_level(std::string_view s) {
  if (s.size() < 4 || s[0] != '<' || (s[1] != 'h' && s[1] != 'H')) return 0;
  if (s[2] < '1' || s[2] > '6' || (s[3] != '>' && s[3] != ' ')) return 0;
  return s[2] - '0';
}

// Whether the whole line is one <b> or <strong> element.
bool html_bold(std::string_view s) {
  for (auto [open, close] :
       {std::pair<std::string_view, std::string_view>{"<b>", "</b>"}, {"<strong>", "</strong>"}}) {
    if (ifind(s, open) == 0 && s.size() > open.size() + close.size() &&
        ifind(s.substr(s.size() - close.size()), close) == 0 &&
        ifind(s.substr(open.size()), open) == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_link_label(std::string_view label) {
  static constexpr std::string_view kLinkWords[] = {
      "paper",   "pdf",          "code",          "arxiv",        "slides",   "slide",
      "blog",    "homepage",     "video",         "project",      "poster",   "bib",
      "bibtex",  "website",      "demo",          "link",         "talk",     "github",
      "doi",     "data",         "dataset",       "html",         "abstract", "preprint",
      "page",    "openreview",   "supplementary", "supp",         "url",      "web",
      "media",   "press",        "huggingface",   "site",         "google",   "scholar",
      "profile", "orcid",        "dblp",          "researchgate", "here",     "full",
      "list",    "publications", "publication",   "cv",           "resume",   "materials",
      "my"};
  std::string cleaned;
  for (char c : label) cleaned += is_alpha(c) ? schema::ascii_lower(c) : ' ';
  auto words = split_words(cleaned);
  if (words.empty() || words.size() > 3) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return w == "and" ||
           std::find(std::begin(kLinkWords), std::end(kLinkWords), w) != std::end(kLinkWords);
  });
}

std::string fix_latex_residue(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // "\text{x}", or "ext{x}" after a tab/space where "\t" was eaten by a PDF tool.
    std::size_t skip = 0;
    if (text.substr(i, 6) == "\\text{") {
      skip = 6;
    } else if (text.substr(i, 4) == "ext{" && i > 0 &&
               (text[i - 1] == '\t' || text[i - 1] == ' ')) {
      skip = 4;
      // The separator was part of the command, not a space between words.
      while (!out.empty() && (out.back() == '\t' || out.back() == ' ')) out.pop_back();
    }
    std::size_t close = skip ? text.find('}', i + skip) : std::string_view::npos;
    if (skip && close != std::string_view::npos && close - i < 80) {
      out.append(text.substr(i + skip, close - i - skip));
      i = close + 1;
      continue;
    }
    out += text[i++];
  }
  return out;
}

std::string strip_links_and_html(std::string_view content) {
  std::string s = fix_latex_residue(content);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    // Markdown escapes: "\*" is a literal star, "\_" an underscore.
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out += s[i + 1];
      i += 2;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      // Images carry no text worth keeping.
      std::size_t close = matching_bracket(s, i + 1);
      if (close != std::string::npos && close + 1 < s.size() && s[close + 1] == '(') {
        std::size_t paren = s.find(')', close + 2);
        if (paren != std::string::npos) {
          i = paren + 1;
          continue;
        }
      }
    }
    if (c == '[') {
      std::size_t close = matching_bracket(s, i);
      if (close != std::string::npos) {
        std::string_view label =
            trim_chars(std::string_view(s).substr(i + 1, close - i - 1), "[] ");
        bool link = close + 1 < s.size() && s[close + 1] == '(' &&
                    s.find(')', close + 2) != std::string::npos;
        std::size_t end = link ? s.find(')', close + 2) + 1 : close + 1;
        if (is_link_label(label)) {
          i = end;
          continue;
        }
        if (link) {
          out.append(label);
          i = end;
          continue;
        }
      }
    }
    if (c == '<' && (s.compare(i, 3, "<a ") == 0 || s.compare(i, 3, "<a>") == 0)) {
      // "<a href=...>PDF</a>" buttons say nothing; anchors with real text keep it.
      std::size_t open_end = s.find('>', i);
      std::size_t close = open_end == std::string::npos ? open_end : ifind(s, "</a>", open_end);
      if (close != std::string::npos && is_link_label(clean_anchor_label(std::string_view(s).substr(
                                            open_end + 1, close - open_end - 1)))) {
        i = close + 4;
        continue;
      }
    }
    if (c == '<' && i + 1 < s.size() &&
        (is_alpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
      std::size_t close = s.find('>', i + 1);
      if (close != std::string::npos && close - i < 300) {
        out += ' ';
        i = close + 1;
        continue;
      }
    }
    if (c == '&') {
      std::size_t length = 0;
      std::string value = decode_entity(std::string_view(s).substr(i), length);
      if (length > 0) {
        out += value;
        i += length;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

std::string clean_inline(std::string_view content) {
  std::string s = strip_links_and_html(content);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '*' || c == '`') continue;
    if (c == '_') {
      // Underscores inside words (snake_case) stay; emphasis underscores go.
      bool inside = i > 0 && i + 1 < s.size() &&
                    std::isalnum(static_cast<unsigned char>(s[i - 1])) &&
                    std::isalnum(static_cast<unsigned char>(s[i + 1]));
      if (!inside) continue;
    }
    out += c;
  }
  std::string collapsed = collapse_spaces(out);
  // A trailing backslash is a Markdown hard line break.
  while (!collapsed.empty() && (collapsed.back() == '\\' || collapsed.back() == ' ')) {
    collapsed.pop_back();
  }
  return collapsed;
}

std::vector<Line> build_lines(std::string_view input) {
  const std::string visible = hide_markup_blocks(input);
  const std::string_view text = visible;
  std::vector<std::string_view> raw_lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    raw_lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }

  std::vector<Line> lines;
  std::size_t first = 0;
  while (first < raw_lines.size() && trim(raw_lines[first]).empty()) ++first;
  // Static-site front matter: not text of the page, but its title and fields say what it is.
  if (std::optional<FrontMatter> front = read_front_matter(raw_lines, first)) {
    lines = std::move(front->lines);
    first = front->end;
  }

  bool blank = false;
  std::vector<int> indent_stack;
  for (std::size_t n = first; n < raw_lines.size(); ++n) {
    std::string_view raw = raw_lines[n];
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) {
      raw.remove_suffix(1);
    }
    std::string_view s = trim(raw);
    if (s.empty()) {
      blank = true;
      continue;
    }
    // Link reference definitions ("[comment]: <> (...)", "[1]: https://...") are not text.
    if (s.front() == '[') {
      std::size_t close = s.find("]:");
      if (close != std::string_view::npos && s.find(']') == close) continue;
    }
    char rule_mark = 0;
    if (is_rule(s, rule_mark)) {
      // Setext underline: the line just above, with no blank between, is a heading.
      if ((rule_mark == '=' || rule_mark == '-') && !blank && !lines.empty() &&
          !lines.back().synthetic && lines.back().line_no == n && !lines.back().is_bullet() &&
          lines.back().heading_level == 0) {
        lines.back().heading_level = rule_mark == '=' ? 1 : 2;
      }
      blank = false;
      continue;
    }

    Line line;
    line.raw = std::string(raw);
    line.line_no = n + 1;
    line.blank_before = blank;
    blank = false;
    for (char c : raw) {
      if (c == ' ') {
        line.indent += 1;
      } else if (c == '\t') {
        line.indent += 4;
      } else {
        break;
      }
    }
    bool marked_continuation = false;
    while (!s.empty() && s[0] == '>') {
      s = trim(s.substr(1));
      marked_continuation = true;
    }
    for (std::string_view br : {"<br>", "<br/>", "<br />"}) {
      if (ifind(s, br) == 0) {
        s = trim(s.substr(br.size()));
        marked_continuation = true;
      }
    }
    std::size_t hashes = 0;
    while (hashes < s.size() && s[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 &&
        (hashes == s.size() || s[hashes] == ' ' || s[hashes] == '\t')) {
      line.heading_level = static_cast<int>(hashes);
      s = trim(s.substr(hashes));
      s = trim(trim_chars(s, "#"));  // closing "###" of an ATX heading
    } else if (int level = html_heading_level(s); level > 0) {
      line.heading_level = level;  // "<h3 class=...>Title</h3>" in Markdown pages
    }
    bool html_item = ifind(s, "<li") == 0 && s.size() > 3 && (s[3] == '>' || s[3] == ' ');
    if (line.heading_level == 0) {
      if (std::size_t b = bullet_prefix(s); b > 0) {
        line.bullet_depth = 0;  // refined below from indentation
        s = trim(s.substr(b));
      } else if (html_item) {
        line.bullet_depth = 0;
      }
    }
    if (std::size_t k = number_prefix(s, line.number); k > 0) s = trim(s.substr(k));

    line.content = std::string(s);
    std::string_view inner;
    line.bold = unwrap(s, "**", inner) || unwrap(s, "__", inner);
    line.italic = !line.bold && (unwrap(s, "*", inner) || unwrap(s, "_", inner));
    line.bold = line.bold || html_bold(s);
    line.lead_bold = clean_inline(leading_bold(s));
    line.text = clean_inline(s);
    // Lines of nothing but punctuation ("| |" left of a row of link buttons) carry no text.
    if (std::none_of(line.text.begin(), line.text.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) ||
                 static_cast<unsigned char>(c) >= 0x80;
        })) {
      continue;
    }
    line.all_caps = is_all_caps(line.text);

    // Nesting depth of list items from their indentation, relative to the items around them.
    if (line.is_bullet()) {
      while (!indent_stack.empty() && indent_stack.back() > line.indent) indent_stack.pop_back();
      if (indent_stack.empty() || indent_stack.back() < line.indent) {
        indent_stack.push_back(line.indent);
      }
      line.bullet_depth = static_cast<int>(indent_stack.size()) - 1;
    }
    const Line* previous = lines.empty() ? nullptr : &lines.back();
    bool after_item = previous != nullptr && !previous->synthetic &&
                      (previous->is_bullet() || previous->continuation);
    if (!line.is_bullet() && !line.is_heading() && previous != nullptr && !previous->synthetic) {
      // Markdown's lazy continuation: a wrapped sentence going on under an item
      // ("and clean corpora from ...") even without indentation.
      bool lazy = after_item && !line.blank_before && line.number == 0 && !line.text.empty() &&
                  std::islower(static_cast<unsigned char>(line.text[0]));
      line.continuation = marked_continuation || (after_item && line.indent >= 2) || lazy;
    }
    if (!line.is_bullet() && !line.continuation && line.indent < 2) indent_stack.clear();
    lines.push_back(std::move(line));
  }
  return lines;
}

bool closes_bracket_opened_above(const Line& line) {
  // The clean text has lost link brackets; the content keeps them, and its markup.
  const std::string_view content = trim_chars(line.content, " *_");
  if (content.empty()) return false;
  return (content.back() == ']' && content.find('[') == std::string_view::npos) ||
         (content.back() == ')' && content.find('(') == std::string_view::npos);
}

}  // namespace savant::indexer::detail

// SPDX-License-Identifier: MIT
// jemdoc markup to Markdown-like text, then the CV extractor.
#include "indexer/readers/jemdoc_reader.hpp"

#include "indexer/extract/cv_extractor.hpp"
#include "indexer/extract/dates.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {

// Stand-ins for escaped characters while markup is rewritten: private-use
// code points that no page uses, restored at the end.
constexpr std::string_view kEscapable = "*/[]#~{}+%$\\_-.=:";

std::string placeholder(char c) {
  std::size_t index = kEscapable.find(c);
  std::string out = "\xEE\x80";  // U+E000 block
  out += static_cast<char>(0x80 + index);
  return out;
}

std::string restore(std::string text) {
  for (std::size_t k = 0; k < kEscapable.size(); ++k) {
    std::string p = placeholder(kEscapable[k]);
    for (std::size_t at = text.find(p); at != std::string::npos; at = text.find(p, at + 1)) {
      text.replace(at, p.size(), 1, kEscapable[k]);
    }
  }
  return text;
}

std::string_view jemdoc_trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

// `*bold*` -> `**bold**` and `/italic/` -> `*italic*`, on text without links.
std::string emphasis(const std::string& text) {
  std::string out;
  bool italic = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char before = i > 0 ? text[i - 1] : ' ';
    char after = i + 1 < text.size() ? text[i + 1] : ' ';
    if (c == '*') {
      out += "**";
      continue;
    }
    if (c == '/') {
      bool opens = !italic && !is_word_char(before) && after != ' ' && after != '/' &&
                   text.find('/', i + 1) != std::string::npos;
      bool closes = italic && before != ' ' && !is_word_char(after);
      if (opens || closes) {
        out += '*';
        italic = !italic;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// Inline markup of one logical line.
std::string inline_markup(std::string_view line) {
  std::string s;
  // Escapes first, so that "\[Arxiv\]" and "\*" are text, not markup.
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() &&
        kEscapable.find(line[i + 1]) != std::string::npos) {
      s += placeholder(line[i + 1]);
      ++i;
    } else {
      s += line[i];
    }
  }
  // {{raw html}}: its text.
  for (std::size_t open = s.find("{{"); open != std::string::npos; open = s.find("{{", open)) {
    std::size_t close = s.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::string raw = structured::strip_html(s.substr(open + 2, close - open - 2));
    s.replace(open, close + 2 - open, raw);
    open += raw.size();
  }
  // Links: "[url text]" -> "[text](url)", kept aside while emphasis is read.
  std::vector<std::string> links;
  std::string rest;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '[') {
      rest += s[i];
      continue;
    }
    std::size_t close = s.find(']', i + 1);
    if (close == std::string::npos) {
      rest += s[i];
      continue;
    }
    std::string inner = std::string(jemdoc_trim(std::string_view(s).substr(i + 1, close - i - 1)));
    std::size_t space = inner.find(' ');
    std::string url = inner.substr(0, space);
    std::string label = space == std::string::npos
                            ? std::string()
                            : std::string(jemdoc_trim(inner.substr(space + 1)));
    std::string link;
    if (url.starts_with("img{")) {
      link = "";  // an inline image says nothing
    } else if (label.empty()) {
      link = url;
    } else {
      link = "[" + emphasis(label) + "](" + url + ")";
    }
    rest += "\x01" + std::to_string(links.size()) + "\x02";
    links.push_back(link);
    i = close;
  }
  std::string out = emphasis(rest);
  for (std::size_t k = 0; k < links.size(); ++k) {
    std::string mark(1, '\x01');  // appended, not "\x01" + ...: GCC 12 -Wrestrict at -O3
    mark += std::to_string(k);
    mark += '\x02';
    std::size_t at = out.find(mark);
    if (at != std::string::npos) out.replace(at, mark.size(), links[k]);
  }
  return restore(out);
}

bool ends_with_year(std::string_view text) {
  std::string_view t = jemdoc_trim(text);
  while (!t.empty() && (t.back() == '.' || t.back() == ')' || t.back() == ' ' || t.back() == ',')) {
    t.remove_suffix(1);
  }
  std::vector<detail::YearHit> years = detail::find_years(t);
  return !years.empty() && years.back().end == t.size();
}

// A list marker: "- ", "-- ", ". ", ".. ", ": {term} ".
struct Marker {
  char kind = 0;  // '-', '.', ':' or 0
  int depth = 0;
  std::string_view rest;
};

Marker marker_of(std::string_view line) {
  Marker m;
  std::string_view t = jemdoc_trim(line);
  if (t.empty()) return m;
  char c = t[0];
  if (c != '-' && c != '.' && c != ':') return m;
  std::size_t n = 0;
  while (n < t.size() && t[n] == c) ++n;
  if (n >= t.size() || t[n] != ' ' || (c == ':' && n != 1)) return m;
  // "---" is a rule, not a third-level bullet.
  if (c == '-' && n > 2) return m;
  m.kind = c;
  m.depth = static_cast<int>(n) - 1;
  m.rest = jemdoc_trim(t.substr(n));
  return m;
}

class JemdocConverter {
 public:
  std::string run(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t stop = text.find('\n', start);
      if (stop == std::string::npos) stop = text.size();
      lines.push_back(text.substr(start, stop - start));
      start = stop + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string_view raw = lines[i];
      std::string_view t = jemdoc_trim(raw);
      if (t.starts_with("~~~")) {
        flush();
        block(lines, i);
        continue;
      }
      if (t.starts_with("#")) continue;  // a comment line
      if (t.empty()) {
        flush();
        continue;
      }
      if (t[0] == '=') {
        flush();
        std::size_t level = 0;
        while (level < t.size() && t[level] == '=') ++level;
        std::string title = inline_markup(jemdoc_trim(t.substr(level)));
        if (level > 1) title = structured::canonical_heading(title);
        if (first_heading_.empty()) first_heading_ = title;
        out_ += "\n" + std::string(std::min<std::size_t>(level, 6), '#') + " " + title + "\n\n";
        continue;
      }
      Marker m = marker_of(raw);
      if (m.kind != 0) {
        flush();
        marker_ = m;
        logical_ = std::string(m.rest);
        continue;
      }
      // A continuation of the open item or paragraph.
      if (!logical_.empty()) logical_ += ' ';
      logical_ += std::string(t);
    }
    flush();
    return out_;
  }

  const std::string& first_heading() const { return first_heading_; }

 private:
  void flush() {
    if (logical_.empty()) {
      marker_ = {};
      return;
    }
    // "\n" is a line break inside the item or paragraph.
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      std::size_t at = logical_.find("\\n", start);
      parts.push_back(
          logical_.substr(start, at == std::string::npos ? std::string::npos : at - start));
      if (at == std::string::npos) break;
      start = at + 2;
    }
    // "Authors (2021)\n [url Title]. /Venue/": a citation broken after its
    // year reads better as one line (the extractor takes a title that follows
    // its authors on the same line).
    if (marker_.kind != 0 && parts.size() > 1 && ends_with_year(parts[0])) {
      parts[0] += " " + parts[1];
      parts.erase(parts.begin() + 1);
    }
    std::string indent(static_cast<std::size_t>(2 * marker_.depth), ' ');
    bool first = true;
    for (const std::string& part : parts) {
      std::string text = structured::clean_spaces(inline_markup(jemdoc_trim(part)));
      if (text.empty()) continue;
      if (first && marker_.kind != 0) {
        std::string prefix = marker_.kind == '.' ? "1. " : "- ";
        if (marker_.kind == ':' && text.front() == '{') {
          std::size_t close = text.find('}');
          if (close != std::string::npos) {
            text = "**" + text.substr(1, close - 1) +
                   "**: " + structured::clean_spaces(text.substr(close + 1));
          }
        }
        out_ += indent + prefix + text + "\n";
      } else if (marker_.kind != 0) {
        // Later lines of an item: indented, so they continue it.
        out_ += indent + "  " + text + "\n";
      } else {
        out_ += text + "\n";
      }
      first = false;
    }
    logical_.clear();
    marker_ = {};
  }

  // A "~~~" block: raw HTML (its text), code (dropped), a titled or image
  // block (its content, the title in bold).
  void block(const std::vector<std::string_view>& lines, std::size_t& i) {
    std::size_t end = i + 1;
    while (end < lines.size() && !jemdoc_trim(lines[end]).starts_with("~~~")) ++end;
    std::size_t body = i + 1;
    std::string kind;
    if (body < end && jemdoc_trim(lines[body]).starts_with("{")) {
      std::string_view spec = jemdoc_trim(lines[body]);
      // "{}{raw}", "{}{img_left}{...}", "{Title}", "{}{python}".
      std::size_t first_close = spec.find('}');
      std::string title(spec.substr(1, first_close == std::string::npos ? 0 : first_close - 1));
      std::size_t second = spec.find('{', first_close == std::string::npos ? 0 : first_close);
      if (second != std::string::npos) {
        std::size_t second_close = spec.find('}', second);
        kind = std::string(spec.substr(
            second + 1, second_close == std::string::npos ? 0 : second_close - second - 1));
      }
      if (!title.empty()) out_ += "\n**" + inline_markup(title) + "**\n";
      ++body;
    }
    if (kind == "raw") {
      std::string html;
      for (std::size_t k = body; k < end; ++k) html += std::string(lines[k]) + "\n";
      out_ += structured::strip_html(html, true) + "\n\n";
    } else if (kind.empty() || kind.starts_with("img")) {
      JemdocConverter inner;
      std::string content;
      for (std::size_t k = body; k < end; ++k) content += std::string(lines[k]) + "\n";
      out_ += inner.run(content) + "\n";
    }
    // Other kinds are code listings: no evidence of expertise.
    i = end;
  }

  std::string out_;
  std::string logical_;
  Marker marker_;
  std::string first_heading_;
};

}  // namespace

std::string jemdoc_to_markdown(std::string_view jemdoc) {
  return structured::label_citation_runs(schema::normalize_text(JemdocConverter().run(jemdoc)));
}

DocumentRecord read_jemdoc(const ReaderInput& input) {
  JemdocConverter converter;
  std::string text =
      structured::label_citation_runs(schema::normalize_text(converter.run(input.text)));
  DocumentRecord record = extract_cv(text, input.context);
  // "= Chong Wu": a homepage titled with its owner's name.
  std::string title = structured::person_name(structured::strip_html(converter.first_heading()));
  // "Yiping Wang 王宜平": the name in Latin letters is the one other documents use.
  std::string latin;
  for (const std::string& word : structured::words_of(title)) {
    bool has_latin = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
    if (has_latin) latin += (latin.empty() ? "" : " ") + word;
  }
  if (!latin.empty()) title = latin;
  if (!title.empty() && detail::looks_like_person_name(title)) {
    record.name = title;
  } else if (!record.name.empty()) {
    record.name = structured::person_name(record.name);
  }
  structured::name_from_bio(record);
  structured::name_from_publications(record);
  return record;
}

}  // namespace savant::indexer

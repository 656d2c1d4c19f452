// SPDX-License-Identifier: MIT
// Author names, owner inference and publication evidence for structured readers.
#include "indexer/readers/structured_common.hpp"

#include "indexer/extract/dates.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/extract/publication_status.hpp"
#include "indexer/extract/sections.hpp"
#include "indexer/extract/text_util.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

namespace savant::indexer::structured {
namespace {

// Spellings compared pairwise (with edit distances) per family-name initial.
constexpr std::size_t kMaxFuzzyBucket = 2000;

constexpr std::string_view kSurnameParticles[] = {"van", "von",   "de", "der", "den", "da",  "di",
                                                  "del", "della", "le", "la",  "du",  "dos", "das",
                                                  "bin", "al",    "el", "ten", "ter", "zu",  "op"};

// Equal-contribution marks as sites write them, after HTML and LaTeX are gone.
constexpr std::string_view kMarks[] = {"*", "†", "‡", "✱", "#", "§", "⁎", "∗", "✝", "¶"};

bool is_surname_particle(std::string_view word) {
  for (std::string_view p : kSurnameParticles) {
    if (p == word) return true;
  }
  return false;
}

std::string structured_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string join_words(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t k = begin; k < end && k < words.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}

std::string trim_punct(std::string_view text) {
  std::size_t b = 0;
  std::size_t e = text.size();
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '\t' || c == '\n' || c == '(' ||
           c == ')' || c == '"' || c == '\'';
  };
  while (b < e && junk(text[b])) ++b;
  while (e > b && junk(text[e - 1])) --e;
  // "Mensch und Computer (MuC)": a closing parenthesis with its opening one stays.
  if (e < text.size() && text[e] == ')' &&
      text.substr(b, e - b).find('(') != std::string_view::npos)
    ++e;
  return std::string(text.substr(b, e - b));
}

// "KM", "L.", "K.M.", "A.-B.": initials only, as family-name-first lists write them.
bool is_initials_word(std::string_view w) {
  if (w.empty() || w.size() > 8) return false;
  std::size_t letters = 0;
  for (char c : w) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      ++letters;
    } else if (c != '.' && c != '-') {
      return false;
    }
  }
  bool dotted = w.find('.') != std::string_view::npos;
  return letters > 0 && (dotted ? letters * 2 >= w.size() - 1 : letters <= 3);
}

// Number of bytes that are letters or start a non-ASCII character: a rough
// measure of how much of a name a spelling gives.
std::size_t name_weight(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0xC0) ++n;
  }
  return n;
}

const char* entity(std::string_view name) {
  static const std::map<std::string_view, const char*> entities = {
      {"nbsp", " "},   {"amp", "&"},    {"lt", "<"},     {"gt", ">"},     {"quot", "\""},
      {"apos", "'"},   {"dagger", "†"}, {"Dagger", "‡"}, {"ndash", "-"},  {"mdash", "-"},
      {"hellip", "…"}, {"middot", "·"}, {"bull", "•"},   {"rsquo", "'"},  {"lsquo", "'"},
      {"rdquo", "\""}, {"ldquo", "\""}, {"sect", "§"},   {"copy", "©"},   {"ensp", " "},
      {"emsp", " "},   {"thinsp", " "}, {"times", "×"},  {"eacute", "é"}, {"uuml", "ü"},
      {"ouml", "ö"},   {"auml", "ä"},   {"ccedil", "ç"}, {"aacute", "á"}, {"iacute", "í"},
      {"oacute", "ó"}, {"uacute", "ú"}, {"ntilde", "ñ"}, {"egrave", "è"}, {"agrave", "à"},
      {"star", "*"},   {"ast", "*"},
  };
  auto it = entities.find(name);
  return it == entities.end() ? nullptr : it->second;
}

void append_code_point(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
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

bool is_block_tag(std::string_view tag) {
  static const std::set<std::string_view> blocks = {
      "br",     "p",      "div", "li", "ul", "ol",         "tr",      "table",
      "h1",     "h2",     "h3",  "h4", "h5", "h6",         "section", "article",
      "header", "footer", "dd",  "dt", "dl", "blockquote", "hr",      "td"};
  return blocks.count(tag) > 0;
}

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') ++i;
    if (i > start) words.emplace_back(text.substr(start, i - start));
  }
  return words;
}

std::string clean_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string decode_entities(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '&') {
      std::size_t semi = html.find(';', i + 1);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view name = html.substr(i + 1, semi - i - 1);
        if (!name.empty() && name[0] == '#') {
          std::uint32_t cp = 0;
          bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
          bool ok = name.size() > (hex ? 2u : 1u);
          for (std::size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
            char d = name[k];
            if (hex && std::isxdigit(static_cast<unsigned char>(d))) {
              cp = cp * 16 + static_cast<std::uint32_t>(
                                 std::isdigit(static_cast<unsigned char>(d))
                                     ? d - '0'
                                     : std::tolower(static_cast<unsigned char>(d)) - 'a' + 10);
            } else if (!hex && std::isdigit(static_cast<unsigned char>(d))) {
              cp = cp * 10 + static_cast<std::uint32_t>(d - '0');
            } else {
              ok = false;
            }
          }
          if (ok) {
            append_code_point(out, cp == 0xA0 ? 0x20 : cp);
            i = semi + 1;
            continue;
          }
        } else if (const char* value = entity(name)) {
          out += value;
          i = semi + 1;
          continue;
        }
      }
    }
    out += c;
    ++i;
  }
  return out;
}

std::string_view source_text(std::string_view bytes, std::string_view text) {
  if (bytes.empty()) return text;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

std::string strip_html(std::string_view html, bool keep_lines) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        std::size_t close = html.find("-->", i + 4);
        i = close == std::string_view::npos ? html.size() : close + 3;
        continue;
      }
      std::size_t close = html.find('>', i + 1);
      // A '<' that opens no tag ("a < b") is text.
      bool tag_like =
          i + 1 < html.size() && (std::isalpha(static_cast<unsigned char>(html[i + 1])) ||
                                  html[i + 1] == '/' || html[i + 1] == '!');
      if (close == std::string_view::npos || !tag_like) {
        out += c;
        ++i;
        continue;
      }
      std::string_view tag = html.substr(i + 1, close - i - 1);
      bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      std::size_t name_end = 0;
      while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end]))) {
        ++name_end;
      }
      std::string name = structured_lower(tag.substr(0, name_end));
      if (!closing && (name == "script" || name == "style")) {
        std::size_t end = structured_lower(html.substr(close)).find("</" + name);
        i = end == std::string_view::npos ? html.size() : close + end;
        continue;
      }
      if (is_block_tag(name)) {
        out += keep_lines ? '\n' : ' ';
      } else if (name == "sup" || name == "sub") {
        // "Name<sup>*</sup>": the mark belongs to the name, no space.
      }
      i = close + 1;
      continue;
    }
    out += c;
    ++i;
  }
  out = decode_entities(out);
  if (!keep_lines) return clean_spaces(out);
  // Per line: spaces collapsed; blank lines kept single.
  std::string result;
  std::size_t start = 0;
  while (start <= out.size()) {
    std::size_t stop = out.find('\n', start);
    if (stop == std::string::npos) stop = out.size();
    std::string line = clean_spaces(std::string_view(out).substr(start, stop - start));
    // Block tags open and close lines in pairs: empty lines say nothing.
    if (!line.empty()) result += line + '\n';
    start = stop + 1;
  }
  while (!result.empty() && result.back() == '\n') result.pop_back();
  return result;
}

AuthorName parse_author(std::string_view text) {
  AuthorName name;
  std::string raw(text);
  std::string low = structured_lower(raw);
  for (std::string_view bold : {"**", "__", "<b>", "<b ", "<strong", "<u>", "<em>", "<mark"}) {
    if (low.find(bold) != std::string::npos) name.emphasised = true;
  }
  std::string plain = strip_html(raw);
  std::string cleaned;
  for (std::size_t i = 0; i < plain.size();) {
    bool mark = false;
    for (std::string_view m : kMarks) {
      if (plain.compare(i, m.size(), m) == 0) {
        // "**Name**" is bold, a lone "*" is a mark.
        bool bold_run = m == "*" && ((i + 1 < plain.size() && plain[i + 1] == '*') ||
                                     (i > 0 && plain[i - 1] == '*'));
        if (!bold_run) name.marked = true;
        i += m.size();
        mark = true;
        break;
      }
    }
    if (mark) continue;
    char c = plain[i];
    // Markdown emphasis markers and stray digits of affiliation footnotes go.
    if (c == '_' || c == '`' || c == '^' || c == '[' || c == ']' || c == '{' || c == '}') {
      cleaned += ' ';
    } else {
      cleaned += c;
    }
    ++i;
  }
  std::string body = trim_punct(clean_spaces(cleaned));
  // "Smith." closing a list loses its period; initials ("A.") keep theirs.
  if (body.size() > 2 && body.back() == '.') {
    std::size_t space = body.rfind(' ');
    std::size_t word = space == std::string::npos ? body.size() : body.size() - space - 1;
    if (word > 3 && body.find(',') == std::string::npos) body.pop_back();
  }
  if (body.empty()) return name;

  std::size_t comma = body.find(',');
  if (comma != std::string::npos) {
    name.last = trim_punct(body.substr(0, comma));
    std::string rest = trim_punct(body.substr(comma + 1));
    // "Smith, Jr., John": a generational suffix between the parts.
    std::size_t second = rest.find(',');
    if (second != std::string::npos) rest = trim_punct(rest.substr(second + 1));
    name.first = rest;
  } else {
    std::vector<std::string> words = words_of(body);
    // Family name first, initials after: "Dean KM", "Carone L.", "Belonovsky A. V.".
    std::size_t initials = 0;
    while (initials < words.size() && is_initials_word(words[words.size() - 1 - initials]))
      ++initials;
    if (words.size() >= 2 && initials > 0 && initials < words.size() &&
        !is_initials_word(words.front())) {
      name.last = join_words(words, 0, words.size() - initials);
      for (std::size_t k = words.size() - initials; k < words.size(); ++k) {
        for (char c : words[k]) {
          if (c == '.' || c == '-') continue;
          if (!name.first.empty()) name.first += ' ';
          name.first += std::string(1, c) + ".";
        }
      }
    } else {
      std::size_t last_begin = words.empty() ? 0 : words.size() - 1;
      while (last_begin > 1 && is_surname_particle(words[last_begin - 1])) --last_begin;
      name.last = join_words(words, last_begin, words.size());
      name.first = join_words(words, 0, last_begin);
    }
  }
  name.display = clean_spaces(name.first.empty() ? name.last : name.first + " " + name.last);
  return name;
}

std::vector<AuthorName> parse_author_list(std::string_view text) {
  // Entities first: "M.&nbsp;Carrasco" holds a ';' that separates nothing.
  std::string s = decode_entities(text);
  std::vector<std::string> pieces;
  auto split_on = [](const std::string& str, std::string_view sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      std::size_t at = str.find(sep, start);
      parts.push_back(str.substr(start, at == std::string::npos ? std::string::npos : at - start));
      if (at == std::string::npos) break;
      start = at + sep.size();
    }
    return parts;
  };
  // " and " and " & " separate like commas; HTML tags are left for parse_author.
  std::string unified;
  {
    std::string low = structured_lower(s);
    for (std::size_t i = 0; i < s.size();) {
      if (low.compare(i, 5, " and ") == 0) {
        unified += s.find(';') != std::string::npos ? "; " : ", ";
        i += 5;
      } else if (low.compare(i, 3, " & ") == 0 || low.compare(i, 7, " &amp; ") == 0) {
        unified += s.find(';') != std::string::npos ? "; " : ", ";
        i += low.compare(i, 3, " & ") == 0 ? 3 : 7;
      } else {
        unified += s[i];
        ++i;
      }
    }
  }
  if (unified.find(';') != std::string::npos) {
    pieces = split_on(unified, ";");
  } else {
    pieces = split_on(unified, ",");
    // "Chen, Boqi, Smith, John": every piece one word, an even count -> pairs.
    std::vector<std::string> trimmed;
    for (const std::string& p : pieces) {
      std::string t = trim_punct(p);
      if (!t.empty()) trimmed.push_back(t);
    }
    bool all_single = !trimmed.empty() && trimmed.size() % 2 == 0 &&
                      std::all_of(trimmed.begin(), trimmed.end(), [](const std::string& t) {
                        return t.find(' ') == std::string::npos;
                      });
    // "Smith, J., Jones, K." (initials after surnames) pairs too.
    bool initials_pairs = trimmed.size() >= 2 && trimmed.size() % 2 == 0;
    for (std::size_t k = 1; k < trimmed.size() && initials_pairs; k += 2) {
      std::string w = clean_spaces(strip_html(trimmed[k]));
      initials_pairs = w.size() <= 6 && w.find('.') != std::string::npos;
    }
    if (all_single || initials_pairs) {
      pieces.clear();
      for (std::size_t k = 0; k + 1 < trimmed.size(); k += 2) {
        pieces.push_back(trimmed[k] + ", " + trimmed[k + 1]);
      }
    }
  }
  std::vector<AuthorName> names;
  for (const std::string& piece : pieces) {
    std::string t = structured_lower(trim_punct(strip_html(piece)));
    if (t.empty() || t == "et al" || t == "et al." || t == "others" || t == "..." || t == "…" ||
        t.rfind("et al", 0) == 0 || t == "jr" || t == "jr.") {
      continue;
    }
    AuthorName name = parse_author(piece);
    if (!name.display.empty()) names.push_back(std::move(name));
  }
  return names;
}

std::string person_key(const AuthorName& name) {
  std::string last = schema::match_key(name.last);
  std::string first = schema::match_key(name.first);
  if (last.empty()) return {};
  // Only the family name's last word: "da Silva Cruz" and "Silva Cruz" meet.
  std::size_t space = last.rfind(' ');
  std::string family = space == std::string::npos ? last : last.substr(space + 1);
  return first.empty() ? family : family + " " + first.substr(0, 1);
}

namespace {

// A spelling folded for comparison: family name and given-name words.
struct Folded {
  std::string family;
  std::vector<std::string> given;
  std::string signature() const {
    std::string out = family + "|";
    for (const std::string& g : given) out += g + " ";
    return out;
  }
};

Folded fold(const AuthorName& name) {
  Folded folded;
  std::string last = schema::match_key(name.last);
  std::size_t space = last.rfind(' ');
  folded.family = space == std::string::npos ? last : last.substr(space + 1);
  folded.given = words_of(schema::match_key(name.first));
  return folded;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// Transliterations of one family name ("Belonovskii", "Belonovski", "Belonovsky").
bool same_family(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < 6 || a[0] != b[0]) return false;
  return edit_distance(a, b) <= (shorter >= 8 ? 2u : 1u);
}

// Given names agree when each word of the shorter list has a word with the
// same initial in the longer one, in order: "M. A." ~ "Mohammad Abdul" ~
// "Abdul"; "Kua" and "Boqi" do not.
bool compatible_given(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  const std::vector<std::string>& shorter = a.size() <= b.size() ? a : b;
  const std::vector<std::string>& longer = a.size() <= b.size() ? b : a;
  std::size_t j = 0;
  for (const std::string& word : shorter) {
    while (j < longer.size() && longer[j][0] != word[0]) ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return true;
}

bool same_person(const Folded& a, const Folded& b) {
  return same_family(a.family, b.family) && compatible_given(a.given, b.given);
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t k) {
  while (parent[k] != k) k = parent[k] = parent[parent[k]];
  return k;
}

}  // namespace

std::optional<Owner> infer_owner(const std::vector<std::vector<AuthorName>>& lists) {
  // Distinct spellings, clustered into people.
  std::vector<Folded> spellings;
  std::map<std::string, std::size_t> by_signature;
  std::vector<std::map<std::string, std::size_t>> displays;
  std::vector<std::vector<std::size_t>> list_spellings(lists.size());
  for (std::size_t l = 0; l < lists.size(); ++l) {
    for (const AuthorName& author : lists[l]) {
      Folded folded = fold(author);
      if (folded.family.empty()) {
        list_spellings[l].push_back(static_cast<std::size_t>(-1));
        continue;
      }
      auto [it, added] = by_signature.emplace(folded.signature(), spellings.size());
      if (added) {
        spellings.push_back(folded);
        displays.emplace_back();
      }
      ++displays[it->second][author.display];
      list_spellings[l].push_back(it->second);
    }
  }
  if (spellings.empty()) return std::nullopt;
  std::vector<std::size_t> parent(spellings.size());
  for (std::size_t k = 0; k < parent.size(); ++k) parent[k] = k;
  // Only spellings whose family names share a first letter can be one person
  // (same_family); comparing within those buckets keeps big lists fast.
  std::map<char, std::vector<std::size_t>> buckets;
  for (std::size_t k = 0; k < spellings.size(); ++k) buckets[spellings[k].family[0]].push_back(k);
  for (const auto& [letter, members] : buckets) {
    // A list of thousands of authors (a collaboration paper) folds only exact spellings.
    bool fuzzy = members.size() <= kMaxFuzzyBucket;
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        const Folded& a = spellings[members[i]];
        const Folded& b = spellings[members[j]];
        // A bare family name agrees with everyone of that name: it must not
        // bridge "C. Wu" and "J. Y. Wu" into one person.
        if (a.given.empty() || b.given.empty()) continue;
        if (!fuzzy && a.family != b.family) continue;
        if (same_person(a, b)) {
          parent[find_root(parent, members[i])] = find_root(parent, members[j]);
        }
      }
    }
  }

  struct Tally {
    std::size_t lists = 0;
    std::size_t first = 0;  // lists where the person is first author
    double position = 0;    // sum of relative positions (0 first, 1 last)
    bool emphasised = false;
  };
  std::map<std::size_t, Tally> tallies;
  std::size_t n = 0;
  for (std::size_t l = 0; l < lists.size(); ++l) {
    if (lists[l].empty()) continue;
    ++n;
    std::set<std::size_t> seen;
    for (std::size_t k = 0; k < lists[l].size(); ++k) {
      std::size_t spelling = list_spellings[l][k];
      if (spelling == static_cast<std::size_t>(-1)) continue;
      std::size_t person = find_root(parent, spelling);
      Tally& tally = tallies[person];
      if (lists[l][k].emphasised) tally.emphasised = true;
      if (!seen.insert(person).second) continue;
      ++tally.lists;
      if (k == 0) ++tally.first;
      tally.position += lists[l].size() > 1
                            ? static_cast<double>(k) / static_cast<double>(lists[l].size() - 1)
                            : 0.0;
    }
  }
  std::size_t best = 0;
  for (const auto& [person, tally] : tallies) best = std::max(best, tally.lists);
  if (n >= 2 && best * 2 <= n) return std::nullopt;
  std::vector<std::size_t> top;
  for (const auto& [person, tally] : tallies) {
    if (tally.lists == best) top.push_back(person);
  }
  if (n == 1 && tallies.size() > 1) {
    // One list of several authors: only emphasis tells who the owner is.
    std::vector<std::size_t> bold;
    for (const auto& [person, tally] : tallies) {
      if (tally.emphasised) bold.push_back(person);
    }
    if (bold.size() != 1) return std::nullopt;
    top = bold;
  }
  // A tie (the owner and their advisor on every paper): emphasis first, then
  // first authorships, then the earlier place on the lists; advisors come last.
  auto narrow = [&](auto score) {
    if (top.size() <= 1) return;
    double best_score = -1e300;
    for (std::size_t person : top) best_score = std::max(best_score, score(tallies[person]));
    std::vector<std::size_t> kept;
    for (std::size_t person : top) {
      if (score(tallies[person]) >= best_score - 1e-9) kept.push_back(person);
    }
    top = kept;
  };
  narrow([](const Tally& t) { return t.emphasised ? 1.0 : 0.0; });
  narrow([](const Tally& t) { return static_cast<double>(t.first); });
  narrow([](const Tally& t) {
    return -t.position / static_cast<double>(std::max<std::size_t>(1, t.lists));
  });
  if (top.size() != 1) return std::nullopt;

  Owner owner;
  std::size_t chosen = top.front();
  std::size_t best_weight = 0;
  std::size_t best_uses = 0;
  for (std::size_t k = 0; k < spellings.size(); ++k) {
    if (find_root(parent, k) != chosen) continue;
    owner.signatures.push_back(spellings[k].signature());
    if (owner.key.empty()) owner.key = spellings[k].family;
    for (const auto& [spelling, uses] : displays[k]) {
      std::size_t weight = name_weight(spelling);
      if (weight > best_weight || (weight == best_weight && uses > best_uses)) {
        best_weight = weight;
        best_uses = uses;
        owner.display = spelling;
      }
    }
  }
  owner.display = person_name(owner.display);
  return owner;
}

Owner owner_named(std::string_view display) {
  Owner owner;
  AuthorName name = parse_author(display);
  Folded folded = fold(name);
  owner.key = folded.family;
  owner.display = person_name(display);
  if (!folded.family.empty()) owner.signatures.push_back(folded.signature());
  return owner;
}

int owner_index(const std::vector<AuthorName>& authors, const Owner& owner) {
  for (std::size_t k = 0; k < authors.size(); ++k) {
    std::string signature = fold(authors[k]).signature();
    if (std::find(owner.signatures.begin(), owner.signatures.end(), signature) !=
        owner.signatures.end()) {
      return static_cast<int>(k);
    }
  }
  // A list the owner was not inferred from: compare with the owner's name.
  return index_of(authors, owner.display);
}

int index_of(const std::vector<AuthorName>& authors, std::string_view display) {
  Folded wanted = fold(parse_author(display));
  if (wanted.family.empty()) return -1;
  for (std::size_t k = 0; k < authors.size(); ++k) {
    if (same_person(fold(authors[k]), wanted)) return static_cast<int>(k);
  }
  return -1;
}

EqualContribution read_equal_contribution(std::string_view note,
                                          const std::vector<AuthorName>& authors) {
  EqualContribution equal;
  std::string low = structured_lower(note);
  bool says_equal = low.find("equal") != std::string::npos ||
                    low.find("co-first") != std::string::npos ||
                    low.find("joint first") != std::string::npos;
  if (!says_equal) return equal;
  equal.marks_mean_equal = true;
  static const std::pair<std::string_view, std::size_t> kCounts[] = {
      {"first two", 2}, {"first 2", 2},    {"two first", 2}, {"first three", 3},
      {"first 3", 3},   {"first four", 4}, {"first 4", 4}};
  for (const auto& [phrase, count] : kCounts) {
    if (low.find(phrase) != std::string::npos) equal.first_n = count;
  }
  // Authors the note names ("(Ho Bae and Younghan Lee)"): their family name and initial.
  std::string folded = " " + schema::match_key(note) + " ";
  for (std::size_t k = 0; k < authors.size(); ++k) {
    std::string family = schema::match_key(authors[k].last);
    std::string first = schema::match_key(authors[k].first);
    if (family.empty() || first.empty()) continue;
    bool named = folded.find(" " + first + " " + family + " ") != std::string::npos ||
                 folded.find(" " + family + " " + first + " ") != std::string::npos;
    if (named) equal.indices.push_back(k);
  }
  return equal;
}

AuthorRole role_of(const std::vector<AuthorName>& authors, int index,
                   const EqualContribution& equal) {
  if (index < 0 || static_cast<std::size_t>(index) >= authors.size()) return AuthorRole::unknown;
  std::size_t i = static_cast<std::size_t>(index);
  if (i == 0) return AuthorRole::first;
  if (!equal.indices.empty()) {
    bool with_first =
        std::find(equal.indices.begin(), equal.indices.end(), 0) != equal.indices.end();
    bool named = std::find(equal.indices.begin(), equal.indices.end(), i) != equal.indices.end();
    return with_first && named ? AuthorRole::co_first : AuthorRole::co_author;
  }
  if (equal.first_n > i) return AuthorRole::co_first;
  if (authors[i].marked && authors[0].marked) return AuthorRole::co_first;
  return AuthorRole::co_author;
}

std::string date_range(std::string_view start, std::string_view end, bool open_ended) {
  std::string from = clean_spaces(start);
  std::string to = clean_spaces(end);
  if (!from.empty() && !to.empty()) return from == to ? from : from + " - " + to;
  if (!from.empty()) return open_ended ? from + " - Present" : from;
  return to;
}

Evidence make_entry(EvidenceKind kind, std::string_view position, std::string_view organisation,
                    std::string_view dates, std::string_view text) {
  Evidence evidence;
  evidence.kind = kind;
  evidence.position = clean_spaces(position);
  evidence.organisation = clean_spaces(organisation);
  if (evidence.organisation == evidence.position) evidence.organisation.clear();
  evidence.title = evidence.position;
  if (!evidence.organisation.empty()) {
    evidence.title += (evidence.title.empty() ? "" : ", ") + evidence.organisation;
  }
  evidence.dates = clean_spaces(dates);
  if (std::optional<detail::DateSpan> span = detail::find_date(evidence.dates)) {
    evidence.year = span->last_year;
  } else {
    std::vector<detail::YearHit> years = detail::find_years(evidence.dates);
    evidence.year = years.empty() ? 0 : years.back().year;
  }
  evidence.text = std::string(text);
  return evidence;
}

std::string deobfuscate_email(std::string_view text) {
  std::string s = " " + structured_lower(clean_spaces(text)) + " ";
  // Built afresh rather than replaced in place: GCC 12 at -O3 warns
  // (-Wrestrict, a false positive) on std::string::replace here.
  auto replace_all = [&](std::string_view from, std::string_view to) {
    std::size_t at = s.find(from);
    if (at == std::string::npos) return;
    std::string out;
    out.reserve(s.size());
    std::size_t start = 0;
    for (; at != std::string::npos; at = s.find(from, start)) {
      out.append(s, start, at - start);
      out.append(to);
      start = at + from.size();
    }
    out.append(s, start);
    s = std::move(out);
  };
  for (std::string_view at : {" [at] ", "[at]", " (at) ", "(at)", " at ", " @ "})
    replace_all(at, "@");
  for (std::string_view dot : {" [dot] ", "[dot]", " (dot) ", "(dot)", " dot ", " . "}) {
    replace_all(dot, ".");
  }
  std::string out = clean_spaces(s);
  std::size_t at = out.find('@');
  bool valid = at != std::string::npos && at > 0 && out.find('@', at + 1) == std::string::npos &&
               out.find('.', at) != std::string::npos && out.find(' ') == std::string::npos &&
               out.back() != '.';
  return valid ? out : std::string();
}

int year_in(std::string_view text) {
  std::vector<detail::YearHit> years = detail::find_years(text);
  return years.empty() ? 0 : years.front().year;
}

Evidence make_publication(const PublicationFields& fields, const std::optional<Owner>& owner,
                          const schema::VenueTable& venues) {
  Evidence evidence;
  evidence.kind = EvidenceKind::publication;
  evidence.title = clean_spaces(fields.title);
  while (!evidence.title.empty() &&
         (evidence.title.back() == '.' || evidence.title.back() == ',')) {
    evidence.title.pop_back();
  }
  evidence.year = fields.year;
  for (const AuthorName& author : fields.authors) evidence.authors.push_back(author.display);

  const schema::Venue* venue = nullptr;
  for (const std::string& name : fields.venue_names) {
    if (name.empty()) continue;
    venue = venues.identify(name);
    if (venue != nullptr) break;
  }
  if (venue != nullptr) evidence.venue = venue->id;

  std::string notes;
  for (const std::string& note : fields.status_notes) notes += note + "\n";
  // Only the outlet itself ("arXiv preprint arXiv:2510.06288", "Under review at
  // ICLR") states a status; later candidates are fallbacks for identification.
  std::string venue_words = fields.venue_names.empty() ? std::string() : fields.venue_names[0];
  PublicationStatus stated = detail::status_from_words(notes);
  PublicationStatus from_venue = detail::status_from_words(venue_words);
  if (stated == PublicationStatus::under_review || from_venue == PublicationStatus::under_review) {
    evidence.status = PublicationStatus::under_review;
  } else if ((venue != nullptr && venue->kind == "preprint") ||
             stated == PublicationStatus::preprint || from_venue == PublicationStatus::preprint ||
             (fields.eprint_only && venue == nullptr)) {
    evidence.status = PublicationStatus::preprint;
  } else if (venue != nullptr || fields.has_outlet || stated == PublicationStatus::published) {
    evidence.status = PublicationStatus::published;
  }

  if (owner) {
    evidence.role = role_of(fields.authors, owner_index(fields.authors, *owner), fields.equal);
  }
  std::vector<std::string> text;
  if (venue == nullptr) {
    for (const std::string& name : fields.venue_names) {
      if (!clean_spaces(name).empty()) {
        text.push_back(clean_spaces(name));
        break;
      }
    }
  }
  if (!fields.text.empty()) text.push_back(fields.text);
  for (const std::string& part : text) {
    if (!evidence.text.empty()) evidence.text += "\n";
    evidence.text += part;
  }
  return evidence;
}

std::string person_name(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[') {
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (depth == 0) {
      out += c;
    }
  }
  std::string name = trim_punct(clean_spaces(out));
  // Titles and degrees around a name are not part of it.
  for (std::string_view title : {"Dr. ", "Dr ", "Prof. ", "Professor ", "Mr. ", "Ms. ", "Mrs. "}) {
    if (name.starts_with(title)) name = clean_spaces(name.substr(title.size()));
  }
  for (std::string_view degree : {", Ph.D.", ", PhD", ", Ph.D", " Ph.D.", ", MD", ", M.D."}) {
    if (name.ends_with(degree)) name = trim_punct(name.substr(0, name.size() - degree.size()));
  }
  if (name.empty()) return {};
  return schema::display_case_name(name);
}

std::string canonical_heading(std::string_view heading) {
  std::string text = clean_spaces(heading);
  if (text.empty() || detail::classify_heading(text)) return text;
  std::string low = structured_lower(text);
  // Stems, English first, then the German and French of CVs in the corpus.
  static const std::pair<std::string_view, std::string_view> kStems[] = {
      {"publication", "Publications"},
      {"paper", "Publications"},
      {"article", "Publications"},
      {"preprint", "Publications"},
      {"publikation", "Publications"},
      {"veröffentlichung", "Publications"},
      {"research output", "Publications"},
      {"education", "Education"},
      {"ausbildung", "Education"},
      {"studium", "Education"},
      {"formation", "Education"},
      {"experience", "Experience"},
      {"employment", "Experience"},
      {"position", "Experience"},
      {"berufserfahrung", "Experience"},
      {"erfahrung", "Experience"},
      {"career", "Experience"},
      {"project", "Projects"},
      {"projekt", "Projects"},
      {"software", "Projects"},
      {"skill", "Skills"},
      {"kenntnisse", "Skills"},
      {"fähigkeit", "Skills"},
      {"programming", "Skills"},
      {"programmier", "Skills"},
      {"award", "Awards"},
      {"honor", "Awards"},
      {"auszeichnung", "Awards"},
      {"preis", "Awards"},
      {"interest", "Interests"},
      {"interessen", "Interests"},
      {"über mich", "About"},
      {"about", "About"},
      {"biograph", "Biography"},
      {"teaching", "Teaching"},
      {"lehre", "Teaching"},
      {"talk", "Talks"},
      {"vortr", "Talks"},
      {"service", "Service"},
      {"language", "Languages"},
      {"sprachen", "Languages"},
  };
  for (const auto& [stem, name] : kStems) {
    if (low.find(stem) != std::string::npos) return std::string(name);
  }
  return text;
}

bool name_from_publications(DocumentRecord& record) {
  if (!record.name.empty()) return false;
  std::vector<Evidence*> publications;
  std::vector<std::vector<AuthorName>> lists;
  for (Evidence& evidence : record.evidence) {
    if (evidence.kind != EvidenceKind::publication || evidence.authors.empty()) continue;
    std::vector<AuthorName> list;
    for (const std::string& author : evidence.authors) {
      AuthorName name = parse_author(author);
      if (!name.display.empty()) list.push_back(std::move(name));
    }
    publications.push_back(&evidence);
    lists.push_back(std::move(list));
  }
  if (publications.size() < 3) return false;
  std::optional<Owner> owner = infer_owner(lists);
  // Lists the extractor parsed from prose are noisier than BibTeX: the owner
  // must be on three quarters of them and be shaped like a name.
  if (!owner || !detail::looks_like_person_name(owner->display)) return false;
  // "C Wu" would keep the record from ever meeting "Chong Wu"; without a name
  // it can still join its researcher through shared titles.
  std::vector<std::string> words = words_of(owner->display);
  std::size_t given_letters = 0;
  for (char c : words.empty() ? std::string() : words.front()) {
    given_letters += std::isalpha(static_cast<unsigned char>(c)) != 0 ||
                     (static_cast<unsigned char>(c) & 0x80) != 0;
  }
  if (given_letters < 2) return false;
  std::size_t with_owner = 0;
  for (const std::vector<AuthorName>& list : lists) with_owner += owner_index(list, *owner) >= 0;
  if (with_owner * 4 < lists.size() * 3) return false;
  record.name = owner->display;
  for (std::size_t k = 0; k < publications.size(); ++k) {
    if (publications[k]->role != AuthorRole::unknown) continue;
    publications[k]->role = role_of(lists[k], owner_index(lists[k], *owner), {});
  }
  return true;
}

std::string name_opening(std::string_view bio) {
  std::string text = clean_spaces(bio);
  for (std::string_view verb : {" is ", " received ", " was ", " works ", " joined ", " has "}) {
    std::size_t at = text.find(verb);
    if (at == std::string::npos || at > 60) continue;
    std::string candidate = trim_punct(text.substr(0, at));
    if (detail::looks_like_person_name(candidate)) return person_name(candidate);
  }
  return {};
}

bool name_from_bio(DocumentRecord& record) {
  if (!record.name.empty()) return false;
  for (const Evidence& evidence : record.evidence) {
    if (evidence.kind != EvidenceKind::summary) continue;
    std::string name = name_opening(evidence.text);
    if (!name.empty()) {
      record.name = name;
      return true;
    }
  }
  return false;
}

namespace {

bool no_heading_between(const std::vector<std::string>& lines, std::size_t a, std::size_t b) {
  for (std::size_t k = a + 1; k < b; ++k) {
    if (lines[k].starts_with("#")) return false;
  }
  return true;
}

std::string heading_text(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && line[k] == '#') ++k;
  std::string text(line.substr(k));
  text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
  return trim_punct(clean_spaces(text));
}

bool is_item(std::string_view line) {
  return line.starts_with("- ") || line.starts_with("* ") ||
         (line.size() > 2 && std::isdigit(static_cast<unsigned char>(line[0])) &&
          line.find(". ") != std::string_view::npos && line.find(". ") <= 3);
}

// "He, Y., Wu, C., and Pan, W. (2021) [Title](url). *Venue*": authors, a
// year, then a title. The authors before the year must read as names.
bool citation_like(const std::string& item) {
  std::string text;
  for (char c : item) {
    if (c != '*' && c != '_' && c != '[' && c != ']') text += c;
  }
  std::vector<detail::YearHit> years = detail::find_years(detail::strip_urls(text));
  if (years.empty()) return false;
  std::string plain = detail::strip_urls(text);
  std::string before = plain.substr(0, years.front().begin);
  if (before.starts_with("- ")) before = before.substr(2);
  if (std::count(before.begin(), before.end(), ',') < 2) return false;
  std::vector<AuthorName> names = parse_author_list(before);
  std::size_t good = 0;
  for (const AuthorName& name : names) {
    good += !name.last.empty() && words_of(name.display).size() <= 5 &&
            detail::looks_like_person_name(name.display);
  }
  return names.size() >= 2 && good * 3 >= names.size() * 2;
}

}  // namespace

std::string label_citation_runs(std::string_view markdown) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= markdown.size()) {
    std::size_t stop = markdown.find('\n', start);
    if (stop == std::string_view::npos) stop = markdown.size();
    lines.emplace_back(markdown.substr(start, stop - start));
    start = stop + 1;
  }
  // Items with their continuation lines.
  struct Item {
    std::size_t first = 0;
    std::string text;
  };
  std::vector<bool> in_known_section(lines.size(), false);
  std::vector<Item> items;
  bool known_section = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    if (line.starts_with("#")) {
      // Only unknown headings (research topics) hide publications; a known
      // section (news, awards, positions) keeps its own kind, and a year
      // heading ("## 2024") groups entries of the section around it.
      std::string heading = heading_text(line);
      bool year_group = words_of(heading).size() <= 3 && !detail::find_years(heading).empty();
      if (!year_group) known_section = detail::classify_heading(heading).has_value();
    }
    in_known_section[k] = known_section;
    if (is_item(line)) {
      items.push_back({k, line});
    } else if (!items.empty() && line.starts_with("  ") && items.back().first + 1 <= k) {
      items.back().text += " " + line;
    }
  }
  std::set<std::size_t> insert_before;
  for (std::size_t k = 0; k < items.size();) {
    std::size_t run_end = k;
    while (run_end < items.size() && citation_like(items[run_end].text) &&
           !in_known_section[items[run_end].first] &&
           (run_end == k ||
            no_heading_between(lines, items[run_end - 1].first, items[run_end].first))) {
      ++run_end;
    }
    if (run_end - k >= 2) insert_before.insert(items[k].first);
    k = std::max(run_end, k + 1);
  }
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (insert_before.count(k) > 0) out += "\n## Publications\n\n";
    out += lines[k];
    if (k + 1 < lines.size()) out += '\n';
  }
  return out;
}

void add_affiliation(DocumentRecord& record, std::string_view organisation) {
  std::string name = trim_punct(clean_spaces(organisation));
  while (!name.empty() && (name.back() == '.' || name.back() == '|')) name.pop_back();
  if (name.empty()) return;
  std::string key = schema::match_key(name);
  if (key.empty()) return;
  for (const std::string& known : record.affiliations) {
    if (schema::match_key(known) == key) return;
  }
  record.affiliations.push_back(std::move(name));
}

}  // namespace savant::indexer::structured

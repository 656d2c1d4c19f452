// SPDX-License-Identifier: MIT
// LaTeX sources to Markdown-like text, then the CV extractor.
#include "indexer/readers/latex_reader.hpp"

#include "indexer/extract/contact.hpp"
#include "indexer/extract/cv_extractor.hpp"
#include "indexer/extract/name_finder.hpp"
#include "indexer/extract/sections.hpp"
#include "indexer/readers/latex_text.hpp"
#include "indexer/readers/structured_common.hpp"
#include "schema/text_normalizer.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace savant::indexer {
namespace {


// Hard line break and indent unit in the rewritten source: latex_to_text
// passes them through while it turns source line breaks into spaces.
constexpr char kBreak = '\x1e';
constexpr char kIndent = '\x1f';

// Macro expansion limits: recursion depth and output growth, against
// self-referencing or exponential definitions.
constexpr int kMaxExpansionDepth = 12;
constexpr std::size_t kMaxExpandedBytes = 8u << 20;

// CV commands nest a few levels (an itemize in a \cventry); more is hostile.
constexpr int kMaxRewriteDepth = 64;

struct Macro {
  int arguments = 0;
  bool has_default = false;
  std::string default_value;
  std::string body;
};

// Commands the rewrite handles itself; a user definition of them is layout.
bool is_structural(std::string_view name) {
  static const char* const kNames[] = {"section",
                                       "subsection",
                                       "subsubsection",
                                       "paragraph",
                                       "item",
                                       "subitem",
                                       "cventry",
                                       "cvitem",
                                       "cvlistitem",
                                       "cvdoubleitem",
                                       "entry",
                                       "experience",
                                       "scholarshipentry",
                                       "sectionTitle",
                                       "cvsection",
                                       "bibitem",
                                       "header",
                                       "name",
                                       "textbf",
                                       "textit",
                                       "emph",
                                       "href",
                                       "url",
                                       "begin",
                                       "end",
                                       "hfill",
                                       "newline",
                                       "par",
                                       "maketitle",
                                       "cvsubsection"};
  for (const char* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

std::map<std::string, Macro> collect_macros(std::string_view src) {
  std::map<std::string, Macro> macros;
  for (std::size_t at = src.find('\\'); at != std::string_view::npos; at = src.find('\\', at + 1)) {
    std::string_view word = control_word_at(src, at);
    bool newcommand = word == "newcommand" || word == "renewcommand" || word == "providecommand";
    bool def = word == "def" || word == "gdef";
    if (!newcommand && !def) continue;
    std::size_t p = at + 1 + word.size();
    if (p < src.size() && src[p] == '*') ++p;
    while (p < src.size() && (src[p] == ' ' || src[p] == '\n')) ++p;
    std::string name;
    if (std::optional<std::string_view> group = read_brace_group(src, p)) {
      std::string_view inner = *group;
      while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
      name = std::string(control_word_at(inner, 0));
    } else {
      name = std::string(control_word_at(src, p));
      if (name.empty()) continue;
      p += 1 + name.size();
    }
    if (name.empty() || is_structural(name)) continue;
    Macro macro;
    if (newcommand) {
      if (std::optional<std::string_view> n = read_bracket_group(src, p)) {
        macro.arguments = std::atoi(std::string(*n).c_str());
        if (std::optional<std::string_view> d = read_bracket_group(src, p)) {
          macro.has_default = true;
          macro.default_value = std::string(*d);
        }
      }
    } else {
      // \def\name#1#2{body}
      std::size_t open = src.find('{', p);
      if (open == std::string_view::npos) continue;
      std::string_view params = src.substr(p, open - p);
      macro.arguments = static_cast<int>(std::count(params.begin(), params.end(), '#'));
      p = open;
    }
    std::optional<std::string_view> body = read_brace_group(src, p);
    if (!body) continue;
    macro.arguments = std::clamp(macro.arguments, 0, 9);
    macro.body = std::string(*body);
    macros[name] = std::move(macro);
  }
  return macros;
}

class Expander {
 public:
  explicit Expander(const std::map<std::string, Macro>& macros) : macros_(macros) {}

  std::string expand(std::string_view text, int depth) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] != '\\') {
        out += text[i++];
        continue;
      }
      std::string_view word = control_word_at(text, i);
      if (word.empty()) {
        out += text.substr(i, 2);
        i += 2;
        continue;
      }
      // Definitions stay as written (latex_to_text drops them); their bodies
      // must not be expanded in place.
      if (word == "newcommand" || word == "renewcommand" || word == "providecommand" ||
          word == "def" || word == "gdef") {
        std::size_t end =
            skip_definition(text, i + 1 + word.size(), word == "def" || word == "gdef");
        out += text.substr(i, end - i);
        i = end;
        continue;
      }
      auto it = macros_.find(std::string(word));
      if (it == macros_.end() || depth >= kMaxExpansionDepth || budget_exceeded()) {
        out += text.substr(i, 1 + word.size());
        i += 1 + word.size();
        continue;
      }
      const Macro& macro = it->second;
      std::size_t p = i + 1 + word.size();
      std::vector<std::string> args;
      if (macro.has_default) {
        std::optional<std::string_view> opt = read_bracket_group(text, p);
        args.emplace_back(opt ? std::string(*opt) : macro.default_value);
      }
      while (static_cast<int>(args.size()) < macro.arguments) {
        std::optional<std::string_view> group = read_brace_group(text, p);
        if (group) {
          args.emplace_back(*group);
          continue;
        }
        // An undelimited argument: the next non-space character.
        while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
        if (p >= text.size()) break;
        args.emplace_back(text.substr(p, 1));
        ++p;
      }
      std::string body;
      for (std::size_t k = 0; k < macro.body.size(); ++k) {
        char c = macro.body[k];
        if (c == '#' && k + 1 < macro.body.size() && macro.body[k + 1] >= '1' &&
            macro.body[k + 1] <= '9') {
          std::size_t index = static_cast<std::size_t>(macro.body[k + 1] - '1');
          if (index < args.size()) body += args[index];
          ++k;
        } else {
          body += c;
        }
      }
      std::string expanded = expand(body, depth + 1);
      produced_ += expanded.size();
      out += expanded;
      // A command word's trailing space was eaten by TeX; keep words apart.
      out += ' ';
      i = p;
    }
    return out;
  }

 private:
  bool budget_exceeded() const { return produced_ > kMaxExpandedBytes; }

  static std::size_t skip_definition(std::string_view text, std::size_t p, bool def) {
    if (p < text.size() && text[p] == '*') ++p;
    if (def) {
      std::size_t open = text.find('{', p);
      if (open == std::string_view::npos) return text.size();
      p = open;
    } else {
      std::size_t q = p;
      if (!read_brace_group(text, q)) {
        while (q < text.size() && (text[q] == ' ')) ++q;
        std::string_view name = control_word_at(text, q);
        q += name.empty() ? 0 : 1 + name.size();
      }
      p = q;
      read_bracket_group(text, p);
      read_bracket_group(text, p);
    }
    read_brace_group(text, p);
    return p;
  }

  const std::map<std::string, Macro>& macros_;
  std::size_t produced_ = 0;
};

// Rewrites LaTeX structure into Markdown markers, keeping inline LaTeX for
// latex_to_text.
class Rewriter {
 public:
  std::string rewrite(std::string_view text) {
    // Arguments are rewritten recursively; absurd nesting is left as it is.
    if (depth_ > kMaxRewriteDepth) return std::string(text);
    ++depth_;
    std::string out = rewrite_level(text);
    --depth_;
    return out;
  }

 private:
  std::string rewrite_level(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] != '\\') {
        out += text[i++];
        continue;
      }
      std::string_view word = control_word_at(text, i);
      if (word.empty()) {
        out += text.substr(i, std::min<std::size_t>(2, text.size() - i));
        i += 2;
        continue;
      }
      std::size_t p = i + 1 + word.size();
      if (std::optional<std::string> replaced = structure(word, text, p)) {
        out += *replaced;
        i = p;
      } else {
        out += text.substr(i, 1 + word.size());
        i += 1 + word.size();
      }
    }
    return out;
  }

  struct List {
    bool numbered = false;
    int counter = 0;
  };

  static std::string brk() { return std::string(1, kBreak); }

  // A heading the extractor recognises, from the heading's LaTeX.
  static std::string canonical(const std::string& latex) {
    return structured::canonical_heading(latex_to_text(latex));
  }

  std::string indent() const {
    return std::string(list_.empty() ? 0 : 2 * (list_.size() - 1), kIndent);
  }

  // Reads `count` brace arguments (skipping optional ones), rewritten.
  std::vector<std::string> args(std::string_view text, std::size_t& p, int count) {
    std::vector<std::string> out;
    for (int k = 0; k < count; ++k) {
      while (read_bracket_group(text, p)) {
      }
      std::optional<std::string_view> group = read_brace_group(text, p);
      if (!group) break;
      out.push_back(rewrite(*group));
    }
    return out;
  }

  static std::string arg(const std::vector<std::string>& a, std::size_t k) {
    return k < a.size() ? a[k] : std::string();
  }

  // Lines of an entry: a bold headline, then the non-empty fields.
  static std::string entry(const std::string& headline, const std::vector<std::string>& lines) {
    std::string out = brk() + brk();
    if (!headline.empty()) out += "**" + headline + "**" + brk();
    for (const std::string& line : lines) {
      if (line.find_first_not_of(" \t\n") != std::string::npos) out += line + brk();
    }
    return out + brk();
  }

  static std::string join_fields(const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& f : fields) {
      if (f.find_first_not_of(" \t\n") == std::string::npos) continue;
      if (!out.empty()) out += ", ";
      out += f;
    }
    return out;
  }

  std::optional<std::string> structure(std::string_view word, std::string_view text,
                                       std::size_t& p) {
    auto heading = [&](const char* marker, int count) -> std::optional<std::string> {
      if (p < text.size() && text[p] == '*') ++p;
      std::vector<std::string> a = args(text, p, count);
      if (a.empty()) return std::nullopt;
      return brk() + brk() + marker + canonical(a[0]) + brk() + brk();
    };
    if (word == "section" || word == "cvsection" || word == "chapter" || word == "sect") {
      return heading("# ", 1);
    }
    if (word == "sectionTitle") return heading("# ", 2);
    if (word == "subsection" || word == "cvsubsection") return heading("## ", 1);
    if (word == "subsubsection") return heading("### ", 1);
    if (word == "paragraph") {
      std::vector<std::string> a = args(text, p, 1);
      if (a.empty()) return std::nullopt;
      return brk() + "**" + a[0] + "**" + brk();
    }
    if (word == "begin") return begin(text, p);
    if (word == "end") {
      std::optional<std::string_view> env = read_brace_group(text, p);
      if (!env) return std::nullopt;
      if ((is_list(*env) || *env == "rSubsection") && *env != "entrylist" && !list_.empty()) {
        list_.pop_back();
      }
      return brk();
    }
    if (word == "item" || word == "bibitem") {
      std::string label;
      if (std::optional<std::string_view> opt = read_bracket_group(text, p);
          opt && word == "item") {
        label = rewrite(*opt);
      }
      if (word == "bibitem") {
        read_brace_group(text, p);  // the citation key
        if (list_.empty()) list_.push_back({true, 0});
      }
      if (list_.empty()) list_.push_back({false, 0});
      List& list = list_.back();
      std::string marker = list.numbered ? std::to_string(++list.counter) + ". " : "- ";
      return brk() + indent() + marker + (label.empty() ? "" : label + " ");
    }
    if (word == "subitem") return brk() + indent() + std::string(2, kIndent) + "- ";
    if (word == "hfill") return std::string(" | ");
    if (word == "newline") return brk();
    if (word == "cventry") {
      // moderncv: {years}{degree/title}{institution/employer}{city}{grade}{description}
      std::vector<std::string> a = args(text, p, 6);
      return entry(arg(a, 1),
                   {join_fields({arg(a, 2), arg(a, 3)}), arg(a, 0), arg(a, 4), arg(a, 5)});
    }
    if (word == "cvitem" || word == "cvitemwithcomment") {
      std::vector<std::string> a = args(text, p, 2);
      std::string label = arg(a, 0);
      return brk() + "- " + (label.empty() ? "" : label + ": ") + arg(a, 1) + brk();
    }
    if (word == "cvlistitem") {
      std::vector<std::string> a = args(text, p, 1);
      return brk() + "- " + arg(a, 0) + brk();
    }
    if (word == "cvdoubleitem") {
      std::vector<std::string> a = args(text, p, 4);
      return brk() + "- " + arg(a, 0) + ": " + arg(a, 1) + brk() + "- " + arg(a, 2) + ": " +
             arg(a, 3) + brk();
    }
    if (word == "entry") {
      // friggeri-cv: {dates}{title}{organisation}{description}
      std::vector<std::string> a = args(text, p, 4);
      if (a.size() < 2) return std::nullopt;
      return entry(arg(a, 1), {arg(a, 2), arg(a, 0), arg(a, 3)});
    }
    if (word == "experience") {
      // yaac: {end}{title}{city}{state}{start}{description}{skills}
      std::vector<std::string> a = args(text, p, 7);
      if (a.size() < 5) return std::nullopt;
      return entry(arg(a, 1), {join_fields({arg(a, 2), arg(a, 3)}), arg(a, 4) + " - " + arg(a, 0),
                               arg(a, 5), arg(a, 6)});
    }
    if (word == "scholarshipentry") {
      std::vector<std::string> a = args(text, p, 2);
      return brk() + "- " + arg(a, 1) + " (" + arg(a, 0) + ")" + brk();
    }
    if (word == "header") {
      // friggeri-cv: {first}{last}{subtitle}
      std::vector<std::string> a = args(text, p, 3);
      return brk() + arg(a, 0) + " " + arg(a, 1) + brk() + arg(a, 2) + brk() + brk();
    }
    return std::nullopt;
  }

  static bool is_list(std::string_view env) {
    return env == "itemize" || env == "enumerate" || env == "etaremune" || env == "description" ||
           env == "compactitem" || env == "compactenum" || env == "itemize*" ||
           env == "enumerate*" || env == "thebibliography" || env == "list" || env == "entrylist";
  }

  std::optional<std::string> begin(std::string_view text, std::size_t& p) {
    std::optional<std::string_view> env = read_brace_group(text, p);
    if (!env) return std::nullopt;
    if (*env == "thebibliography") {
      read_brace_group(text, p);
      list_.push_back({true, 0});
      return brk() + brk() + "# Publications" + brk();
    }
    if (*env == "rSection") {
      std::vector<std::string> a = args(text, p, 1);
      return brk() + brk() + "# " + canonical(arg(a, 0)) + brk() + brk();
    }
    if (*env == "rSubsection") {
      // resume class: {title}{dates}{subtitle}{place}, items below.
      std::vector<std::string> a = args(text, p, 4);
      list_.push_back({false, 0});
      return entry(arg(a, 0), {join_fields({arg(a, 2), arg(a, 3)}), arg(a, 1)});
    }
    if (is_list(*env)) {
      while (read_bracket_group(text, p)) {
      }
      if (*env == "list") {
        read_brace_group(text, p);
        read_brace_group(text, p);
      }
      bool numbered = *env == "enumerate" || *env == "etaremune" || *env == "compactenum" ||
                      *env == "enumerate*";
      // Entry lists of CV classes hold commands, not \item: no marker needed.
      if (*env != "entrylist") list_.push_back({numbered, 0});
      return brk();
    }
    // Other environments: let latex_to_text skip their layout arguments.
    return "\\begin{" + std::string(*env) + "}";
  }

  std::vector<List> list_;
  int depth_ = 0;
};

// The argument of the first `\command{...}` in `src`, as text.
std::string command_text(std::string_view src, std::string_view command, int index = 0) {
  std::string needle = "\\" + std::string(command);
  for (std::size_t at = src.find(needle); at != std::string_view::npos;
       at = src.find(needle, at + 1)) {
    std::size_t p = at + needle.size();
    if (p < src.size() && std::isalpha(static_cast<unsigned char>(src[p]))) continue;
    read_bracket_group(src, p);
    std::optional<std::string_view> group;
    for (int k = 0; k <= index; ++k) {
      group = read_brace_group(src, p);
      if (!group) break;
    }
    if (group) return structured::clean_spaces(latex_to_text(*group));
  }
  return {};
}

std::string name_from_commands(std::string_view src) {
  std::string first = command_text(src, "firstname");
  std::string last = command_text(src, "familyname");
  if (last.empty()) last = command_text(src, "lastname");
  if (!first.empty() || !last.empty()) return structured::clean_spaces(first + " " + last);
  std::string name =
      structured::clean_spaces(command_text(src, "name") + " " + command_text(src, "name", 1));
  if (!name.empty()) return name;
  name =
      structured::clean_spaces(command_text(src, "header") + " " + command_text(src, "header", 1));
  if (!name.empty()) return name;
  name = command_text(src, "author");
  return detail::looks_like_person_name(name) ? name : std::string();
}

std::string document_body(const std::string& src) {
  std::size_t begin = src.find("\\begin{document}");
  if (begin == std::string::npos) return src;
  begin += 16;
  std::size_t end = src.find("\\end{document}", begin);
  return src.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

}  // namespace

std::string latex_to_markdown(std::string_view latex) {
  std::string src = strip_latex_comments(latex);
  std::map<std::string, Macro> macros = collect_macros(src);
  std::string body = document_body(src);
  std::string expanded = Expander(macros).expand(body, 0);
  std::string rewritten = Rewriter().rewrite(expanded);
  LatexTextOptions options;
  options.keep_line_breaks = true;
  std::string text = latex_to_text(rewritten, options);
  // Hard breaks to lines; each line trimmed and its indentation restored.
  // Blank lines only before headings and entry headlines: the extractor reads
  // a blank line as the end of a block, and "\\" leaves many.
  for (char& c : text) {
    if (c == kBreak) c = '\n';
  }
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string::npos) stop = text.size();
    std::string line = structured::clean_spaces(std::string_view(text).substr(start, stop - start));
    start = stop + 1;
    std::size_t indent = 0;
    while (indent < line.size() && line[indent] == kIndent) ++indent;
    std::string content = structured::clean_spaces(line.substr(indent));
    // "- " and "1. " with nothing after them are empty items; "|" alone is a table's shadow.
    bool empty = content.empty() || content == "-" || content == "|" ||
                 (content.size() <= 4 && content.back() == '.' &&
                  std::isdigit(static_cast<unsigned char>(content[0])));
    if (empty) continue;
    if (!out.empty() && (content[0] == '#' || content.starts_with("**"))) out += '\n';
    out += std::string(indent, ' ') + content + '\n';
  }
  return schema::normalize_text(out);
}

DocumentRecord read_latex(const ReaderInput& input) {
  std::string_view source = structured::source_text(input.bytes, input.text);
  std::string src = strip_latex_comments(source);
  // Values taken from the raw bytes are normalised one by one, as the other
  // structured readers' are: a byte that is not UTF-8 must not reach the text.
  std::string name = schema::normalize_text(name_from_commands(src));
  std::string email = command_text(src, "email");
  // Class-specific contact blocks (\info{...}, \contact{...}) in the preamble:
  // any address there is the owner's.
  const std::size_t body = src.find("\\begin{document}");
  if (body != std::string::npos) {
    for (const std::string& found : detail::find_emails(std::string_view(src).substr(0, body))) {
      if (email.find(found) == std::string::npos) email += " " + found;
    }
  }
  email = schema::normalize_text(email);
  std::string text = latex_to_markdown(source);
  // A fragment without headings (an \input{} part of a CV): its file name
  // says what it holds ("publications_nih.tex", "work.tex").
  if (text.find("\n# ") == std::string::npos && !text.starts_with("# ")) {
    std::string stem = std::filesystem::path(input.path).stem().string();
    for (char& c : stem) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = ' ';
    }
    std::string heading;
    for (const std::string& word : structured::words_of(stem)) {
      std::string candidate = structured::canonical_heading(word);
      if (detail::classify_heading(candidate)) {
        heading = candidate;
        break;
      }
    }
    bool numbered = text.find("\n1. ") != std::string::npos || text.starts_with("1. ");
    if (!heading.empty()) {
      text = "# " + heading + "\n\n" + text;
    } else if (numbered) {
      text = "# Publications\n\n" + text;
    }
  }
  // The name and e-mail commands live in the preamble, which the body lacks.
  std::string head;
  if (!name.empty()) head += name + "\n";
  if (!email.empty()) head += email + "\n";
  if (!head.empty()) text = head + "\n" + text;
  DocumentRecord record = extract_cv(text, input.context);
  record.name = structured::person_name(name.empty() ? record.name : name);
  structured::name_from_publications(record);
  for (const std::string& found : detail::find_emails(email)) {
    if (std::find(record.emails.begin(), record.emails.end(), found) == record.emails.end()) {
      record.emails.insert(record.emails.begin(), found);
    }
  }
  return record;
}

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
// Converts LaTeX inline markup (accents, letters, font commands) to Unicode text.
#include "indexer/readers/latex_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>

namespace savant::indexer {
namespace {


// Nested groups deeper than this are garbage, not markup; stop descending.
constexpr int kMaxLatexDepth = 64;

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_latex_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Combining mark (UTF-8) for an accent command; NFC later composes base + mark.
const char* combining_mark(std::string_view accent) {
  static const std::unordered_map<std::string_view, const char*> marks = {
      {"'", "\xCC\x81"}, {"`", "\xCC\x80"}, {"^", "\xCC\x82"}, {"\"", "\xCC\x88"},
      {"~", "\xCC\x83"}, {"=", "\xCC\x84"}, {".", "\xCC\x87"}, {"u", "\xCC\x86"},
      {"v", "\xCC\x8C"}, {"H", "\xCC\x8B"}, {"c", "\xCC\xA7"}, {"k", "\xCC\xA8"},
      {"r", "\xCC\x8A"}, {"d", "\xCC\xA3"}, {"b", "\xCC\xB1"}, {"t", "\xCD\xA1"},
  };
  auto it = marks.find(accent);
  return it == marks.end() ? nullptr : it->second;
}

// Commands that stand for a character or a word.
const std::unordered_map<std::string_view, std::string_view>& symbols() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"ss", "ß"},
      {"SS", "SS"},
      {"o", "ø"},
      {"O", "Ø"},
      {"ae", "æ"},
      {"AE", "Æ"},
      {"oe", "œ"},
      {"OE", "Œ"},
      {"aa", "å"},
      {"AA", "Å"},
      {"l", "ł"},
      {"L", "Ł"},
      {"i", "ı"},
      {"j", "ȷ"},
      {"dh", "ð"},
      {"DH", "Ð"},
      {"th", "þ"},
      {"TH", "Þ"},
      {"ng", "ŋ"},
      {"NG", "Ŋ"},
      {"dj", "đ"},
      {"DJ", "Đ"},
      {"textendash", "–"},
      {"textemdash", "—"},
      {"ldots", "…"},
      {"dots", "…"},
      {"textellipsis", "…"},
      {"textquoteleft", "‘"},
      {"textquoteright", "’"},
      {"textquotedblleft", "“"},
      {"textquotedblright", "”"},
      {"guillemotleft", "«"},
      {"guillemotright", "»"},
      {"S", "§"},
      {"textsection", "§"},
      {"P", "¶"},
      {"textbar", "|"},
      {"textbackslash", "\\"},
      {"textasciitilde", "~"},
      {"textasciicircum", "^"},
      {"textunderscore", "_"},
      {"textless", "<"},
      {"textgreater", ">"},
      {"copyright", "©"},
      {"textcopyright", "©"},
      {"textregistered", "®"},
      {"texttrademark", "™"},
      {"dag", "†"},
      {"dagger", "†"},
      {"textdagger", "†"},
      {"ddag", "‡"},
      {"ddagger", "‡"},
      {"textdaggerdbl", "‡"},
      {"textsterling", "£"},
      {"pounds", "£"},
      {"euro", "€"},
      {"texteuro", "€"},
      {"textdegree", "°"},
      {"degree", "°"},
      {"textbullet", "•"},
      {"bullet", "•"},
      {"textperiodcentered", "·"},
      {"cdot", "·"},
      {"times", "×"},
      {"pm", "±"},
      {"circ", "°"},
      {"ast", "*"},
      {"star", "*"},
      {"checkmark", "✓"},
      {"slash", "/"},
      {"LaTeX", "LaTeX"},
      {"TeX", "TeX"},
      {"BibTeX", "BibTeX"},
      {"XeTeX", "XeTeX"},
      {"LuaLaTeX", "LuaLaTeX"},
      {"alpha", "α"},
      {"beta", "β"},
      {"gamma", "γ"},
      {"delta", "δ"},
      {"epsilon", "ε"},
      {"varepsilon", "ε"},
      {"zeta", "ζ"},
      {"eta", "η"},
      {"theta", "θ"},
      {"kappa", "κ"},
      {"lambda", "λ"},
      {"mu", "μ"},
      {"nu", "ν"},
      {"xi", "ξ"},
      {"pi", "π"},
      {"rho", "ρ"},
      {"sigma", "σ"},
      {"tau", "τ"},
      {"phi", "φ"},
      {"varphi", "φ"},
      {"chi", "χ"},
      {"psi", "ψ"},
      {"omega", "ω"},
      {"Gamma", "Γ"},
      {"Delta", "Δ"},
      {"Theta", "Θ"},
      {"Lambda", "Λ"},
      {"Sigma", "Σ"},
      {"Phi", "Φ"},
      {"Psi", "Ψ"},
      {"Omega", "Ω"},
      {"infty", "∞"},
      {"leq", "≤"},
      {"geq", "≥"},
      {"le", "≤"},
      {"ge", "≥"},
      {"approx", "≈"},
      {"sim", "~"},
      {"rightarrow", "→"},
      {"to", "→"},
      {"leftarrow", "←"},
      {"quad", " "},
      {"qquad", " "},
      {"space", " "},
      {"enspace", " "},
      {"nobreakspace", " "},
      {"thinspace", " "},
      {"today", ""},
  };
  return table;
}

// Commands whose one argument is text to keep.
bool keeps_argument(std::string_view name) {
  static const std::array<std::string_view, 40> kKeep = {"textbf",
                                                         "textit",
                                                         "emph",
                                                         "textsc",
                                                         "texttt",
                                                         "textrm",
                                                         "textsf",
                                                         "textup",
                                                         "textmd",
                                                         "textnormal",
                                                         "textsl",
                                                         "underline",
                                                         "uline",
                                                         "mbox",
                                                         "hbox",
                                                         "text",
                                                         "textsuperscript",
                                                         "textsubscript",
                                                         "mathrm",
                                                         "mathbf",
                                                         "mathit",
                                                         "mathsf",
                                                         "mathtt",
                                                         "mathcal",
                                                         "mathbb",
                                                         "boldsymbol",
                                                         "operatorname",
                                                         "enquote",
                                                         "ce",
                                                         "MakeUppercase",
                                                         "MakeLowercase",
                                                         "uppercase",
                                                         "lowercase",
                                                         "NoCaseChange",
                                                         "emphasize",
                                                         "textls",
                                                         "sout",
                                                         "st",
                                                         "hl",
                                                         "ensuremath"};
  for (std::string_view keep : kKeep) {
    if (keep == name) return true;
  }
  return false;
}

// Commands dropped together with this many brace arguments (optional [..]
// arguments right after the name are dropped too).
int dropped_arguments(std::string_view name) {
  static const std::unordered_map<std::string_view, int> table = {
      {"vspace", 1},
      {"hspace", 1},
      {"label", 1},
      {"ref", 1},
      {"eqref", 1},
      {"pageref", 1},
      {"cite", 1},
      {"citep", 1},
      {"citet", 1},
      {"citealp", 1},
      {"nocite", 1},
      {"includegraphics", 1},
      {"color", 1},
      {"pagecolor", 1},
      {"definecolor", 3},
      {"setlength", 2},
      {"addtolength", 2},
      {"setcounter", 2},
      {"addtocounter", 2},
      {"usepackage", 1},
      {"RequirePackage", 1},
      {"documentclass", 1},
      {"input", 1},
      {"include", 1},
      {"bibliography", 1},
      {"bibliographystyle", 1},
      {"addbibresource", 1},
      {"faicon", 1},
      {"thispagestyle", 1},
      {"pagestyle", 1},
      {"hypersetup", 1},
      {"geometry", 1},
      {"titleformat", 5},
      {"titlespacing", 4},
      {"setmainfont", 1},
      {"setsansfont", 1},
      {"newgeometry", 1},
      {"fontsize", 2},
      {"linespread", 1},
      {"urlstyle", 1},
      {"phantom", 1},
      {"hphantom", 1},
      {"vphantom", 1},
      {"rule", 2},
      {"raisebox", 1},
      {"addtocategory", 2},
      {"usetikzlibrary", 1},
      {"smartdiagramset", 1},
      {"contourlength", 1},
      {"markright", 1},
      {"markboth", 2},
      {"setstretch", 1},
      {"sectionfont", 1},
      {"subsectionfont", 1},
      {"pdfbookmark", 2},
      {"hyphenation", 1},
      {"photo", 1},
      {"includepdf", 1},
      {"bibitem", 1},
      {"fancyhead", 1},
      {"fancyfoot", 1},
      {"fancyhf", 1},
      {"lhead", 1},
      {"rhead", 1},
      {"chead", 1},
      {"lfoot", 1},
      {"rfoot", 1},
      {"cfoot", 1},
      {"microtypecontext", 1},
      {"titlerule", 0},
      {"printbib", 1},
      {"excludecomment", 1},
      {"newlength", 1},
      {"settowidth", 2},
      {"captionsetup", 1},
      {"setlist", 1},
  };
  auto it = table.find(name);
  return it == table.end() ? -1 : it->second;
}

// Declarations and layout commands without arguments: dropped.
bool is_declaration(std::string_view name) {
  static const std::array<std::string_view, 64> kDeclarations = {
      "bf",           "it",          "em",          "sl",        "sc",        "rm",
      "tt",           "sf",          "md",          "up",        "small",     "large",
      "Large",        "LARGE",       "huge",        "Huge",      "tiny",      "scriptsize",
      "footnotesize", "normalsize",  "bfseries",    "itshape",   "scshape",   "upshape",
      "mdseries",     "slshape",     "rmfamily",    "sffamily",  "ttfamily",  "normalfont",
      "centering",    "raggedright", "raggedleft",  "noindent",  "hfill",     "hfil",
      "vfill",        "hrulefill",   "dotfill",     "newpage",   "clearpage", "pagebreak",
      "nopagebreak",  "maketitle",   "medskip",     "smallskip", "bigskip",   "indent",
      "selectfont",   "protect",     "relax",       "sloppy",    "fussy",     "displaystyle",
      "textstyle",    "scriptstyle", "left",        "right",     "big",       "Big",
      "bigl",         "bigr",        "forceindent", "null"};
  for (std::string_view d : kDeclarations) {
    if (d == name) return true;
  }
  return false;
}

// Environments whose leading arguments are layout, not text.
int environment_arguments(std::string_view env) {
  if (env == "tabular" || env == "array" || env == "multicols" || env == "minipage" ||
      env == "spacing" || env == "adjustwidth") {
    return env == "adjustwidth" ? 2 : 1;
  }
  if (env == "tabular*" || env == "tabularx" || env == "tabulary") return 2;
  if (env == "list") return 2;
  return 0;
}

// Environments whose whole content is drawing or code, not text.
bool is_dropped_environment(std::string_view env) {
  return env == "tikzpicture" || env == "comment" || env == "pgfpicture" || env == "figure" ||
         env == "figure*" || env == "verbatim";
}

class Converter {
 public:
  Converter(std::string_view source, const LatexTextOptions& options)
      : s_(source), options_(options) {}

  std::string run() {
    convert(s_.size(), 0);
    return finish();
  }

  bool needs_composition() const { return composed_; }

 private:
  // Converts s_[pos_, end).
  void convert(std::size_t end, int depth) {
    while (pos_ < end) {
      char c = s_[pos_];
      switch (c) {
        case '\\':
          command(end, depth);
          break;
        case '{':
        case '}':
          ++pos_;
          break;
        case '~':
          out_ += ' ';
          ++pos_;
          break;
        case '-':
          dashes(end);
          break;
        case '`':
          if (pos_ + 1 < end && s_[pos_ + 1] == '`') {
            out_ += '"';
            pos_ += 2;
          } else {
            out_ += '\'';
            ++pos_;
          }
          break;
        case '\'':
          if (pos_ + 1 < end && s_[pos_ + 1] == '\'') {
            out_ += '"';
            pos_ += 2;
          } else {
            out_ += '\'';
            ++pos_;
          }
          break;
        case '$':
          math_ = !math_;
          ++pos_;
          break;
        case '^':
        case '_':
          // Sub- and superscripts in math: the script text stays ("$^{11}$C" -> "11C").
          if (!math_) out_ += c;
          ++pos_;
          break;
        case '&':
          out_ += options_.keep_line_breaks ? " | " : "&";
          ++pos_;
          break;
        case '\n':
          newline(end);
          break;
        case '\t':
        case '\r':
          out_ += ' ';
          ++pos_;
          break;
        default:
          out_ += c;
          ++pos_;
      }
    }
  }

  void dashes(std::size_t end) {
    std::size_t n = 0;
    while (pos_ + n < end && s_[pos_ + n] == '-') ++n;
    pos_ += n;
    if (math_ || n == 1) {
      out_.append(n, '-');
    } else if (n == 2) {
      out_ += "–";
    } else {
      out_ += "—";
    }
  }

  void newline(std::size_t end) {
    ++pos_;
    std::size_t look = pos_;
    while (look < end && is_latex_space(s_[look])) ++look;
    if (look < end && s_[look] == '\n') {
      // A blank line ends a paragraph.
      while (look < end && (is_latex_space(s_[look]) || s_[look] == '\n')) ++look;
      pos_ = look;
      out_ += options_.keep_line_breaks ? "\n\n" : " ";
      return;
    }
    out_ += ' ';
  }

  void line_break() { out_ += options_.keep_line_breaks ? "\n" : " "; }

  void skip_spaces() {
    while (pos_ < s_.size() && is_latex_space(s_[pos_])) ++pos_;
  }

  // After a control word TeX ignores spaces; keep one so that words stay apart.
  void skip_spaces_keep_one() {
    std::size_t before = pos_;
    skip_spaces();
    if (pos_ > before && !out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_ += ' ';
  }

  // Converts the text of a brace group (or of the single next token) as an argument.
  std::string argument(std::size_t end, int depth) {
    std::size_t p = pos_;
    if (std::optional<std::string_view> group = read_brace_group(s_, p); group && p <= end) {
      std::size_t inner_begin = static_cast<std::size_t>(group->data() - s_.data());
      std::string saved = std::move(out_);
      out_.clear();
      pos_ = inner_begin;
      convert(inner_begin + group->size(), depth + 1);
      pos_ = p;
      std::string text = std::move(out_);
      out_ = std::move(saved);
      return text;
    }
    return {};
  }

  void skip_optional() {
    std::size_t p = pos_;
    if (read_bracket_group(s_, p)) pos_ = p;
  }

  void skip_groups(int count) {
    for (int k = 0; k < count; ++k) {
      skip_optional();
      if (pos_ < s_.size() && s_[pos_] == '*') ++pos_;
      std::size_t p = pos_;
      if (!read_brace_group(s_, p)) {
        // "\setlength\itemsep{1pt}": a control word is an argument too.
        while (pos_ < s_.size() && is_latex_space(s_[pos_])) ++pos_;
        std::string_view word = control_word_at(s_, pos_);
        if (word.empty()) return;
        pos_ += 1 + word.size();
        continue;
      }
      pos_ = p;
    }
  }

  void accent(std::string_view accent_name, std::size_t end, int depth) {
    const char* mark = combining_mark(accent_name);
    skip_spaces();
    std::string base;
    if (pos_ < end && s_[pos_] == '{') {
      base = argument(end, depth);
    } else if (pos_ < end && s_[pos_] == '\\') {
      std::string_view word = control_word_at(s_, pos_);
      if (word == "i" || word == "j") {
        base = std::string(word);
        pos_ += 1 + word.size();
      }
    } else if (pos_ < end) {
      // One UTF-8 character.
      std::size_t len = 1;
      unsigned char lead = static_cast<unsigned char>(s_[pos_]);
      if (lead >= 0xF0) {
        len = 4;
      } else if (lead >= 0xE0) {
        len = 3;
      } else if (lead >= 0xC0) {
        len = 2;
      }
      base = std::string(s_.substr(pos_, std::min(len, end - pos_)));
      pos_ += base.size();
    }
    if (base == "ı") base = "i";
    if (base == "ȷ") base = "j";
    if (base.empty()) return;
    std::size_t first_len = 1;
    unsigned char lead = static_cast<unsigned char>(base[0]);
    if (lead >= 0xF0) {
      first_len = 4;
    } else if (lead >= 0xE0) {
      first_len = 3;
    } else if (lead >= 0xC0) {
      first_len = 2;
    }
    first_len = std::min(first_len, base.size());
    out_ += base.substr(0, first_len);
    if (mark != nullptr && is_letter(base[0])) {
      out_ += mark;
      composed_ = true;
    }
    out_ += base.substr(first_len);
  }

  void control_symbol(char c, std::size_t end, int depth) {
    pos_ += 2;
    switch (c) {
      case '\'':
      case '`':
      case '^':
      case '"':
      case '~':
      case '=':
      case '.':
        accent(std::string_view(&c, 1), end, depth);
        return;
      case '\\':
        // "\\[2pt]" and "\\*": a line break with spacing options.
        if (pos_ < end && s_[pos_] == '*') ++pos_;
        skip_optional();
        line_break();
        return;
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
      case '{':
      case '}':
        out_ += c;
        return;
      case ' ':
      case ',':
      case ';':
      case ':':
      case '>':
      case '\n':
        out_ += ' ';
        return;
      case '(':
      case '[':
        math_ = true;
        return;
      case ')':
      case ']':
        math_ = false;
        return;
      default:
        // \- \/ \@ \! and anything unknown: nothing to show.
        return;
    }
  }

  void command(std::size_t end, int depth) {
    std::string_view name = control_word_at(s_, pos_);
    if (name.empty()) {
      if (pos_ + 1 < end) {
        control_symbol(s_[pos_ + 1], end, depth);
      } else {
        ++pos_;
      }
      return;
    }
    pos_ += 1 + name.size();
    if (depth > kMaxLatexDepth) return;
    if (name.size() == 1 && combining_mark(name) != nullptr &&
        (name != "b" && name != "d" && name != "t" ? true : pos_ < end && s_[pos_] == '{')) {
      accent(name, end, depth);
      return;
    }
    if (auto it = symbols().find(name); it != symbols().end()) {
      out_ += it->second;
      // "{\o}rgensen" is common, "\o rgensen" too: the space after a letter command is eaten.
      skip_spaces();
      return;
    }
    if (name == "par") {
      out_ += options_.keep_line_breaks ? "\n\n" : " ";
      skip_spaces();
      return;
    }
    if (name == "newline" || name == "linebreak" || name == "cr") {
      line_break();
      skip_spaces();
      return;
    }
    if (keeps_argument(name)) {
      if (name == "textls") skip_optional();
      skip_spaces();
      if (pos_ < end && s_[pos_] == '{') out_ += argument(end, depth);
      return;
    }
    if (name == "href") {
      skip_optional();
      std::size_t p = pos_;
      if (read_brace_group(s_, p)) pos_ = p;
      out_ += argument(end, depth);
      return;
    }
    if (name == "url" || name == "nolinkurl" || name == "path") {
      std::size_t p = pos_;
      if (std::optional<std::string_view> url = read_brace_group(s_, p)) {
        for (std::size_t k = 0; k < url->size(); ++k) {
          if ((*url)[k] == '\\' && k + 1 < url->size()) ++k;
          out_ += (*url)[k];
        }
        pos_ = p;
      }
      return;
    }
    if (name == "textcolor" || name == "colorbox" || name == "fcolorbox" || name == "parbox" ||
        name == "makebox" || name == "framebox" || name == "resizebox" || name == "scalebox") {
      int skip = name == "fcolorbox" || name == "resizebox" ? 2 : 1;
      if (name == "makebox" || name == "framebox") skip = 0;
      for (int k = 0; k < skip; ++k) {
        skip_optional();
        std::size_t p = pos_;
        if (read_brace_group(s_, p)) pos_ = p;
      }
      skip_optional();
      skip_optional();
      out_ += argument(end, depth);
      return;
    }
    if (name == "footnote" || name == "footnotetext" || name == "thanks") {
      skip_optional();
      std::string note = argument(end, depth);
      if (!note.empty()) out_ += " (" + note + ")";
      return;
    }
    if (name == "frac" || name == "dfrac" || name == "tfrac") {
      std::string a = argument(end, depth);
      std::string b = argument(end, depth);
      out_ += a + "/" + b;
      return;
    }
    if (name == "sqrt") {
      skip_optional();
      out_ += "√" + argument(end, depth);
      return;
    }
    if (name == "nth") {
      std::string n = argument(end, depth);
      out_ += n;
      if (n == "1") {
        out_ += "st";
      } else if (n == "2") {
        out_ += "nd";
      } else if (n == "3") {
        out_ += "rd";
      } else if (!n.empty()) {
        out_ += "th";
      }
      return;
    }
    if (name == "begin" || name == "end") {
      std::size_t p = pos_;
      std::optional<std::string_view> env = read_brace_group(s_, p);
      if (!env) return;
      pos_ = p;
      if (name == "begin" && is_dropped_environment(*env)) {
        std::string closing = "\\end{" + std::string(*env) + "}";
        std::size_t close = s_.find(closing, pos_);
        pos_ = close == std::string_view::npos ? end : std::min(end, close + closing.size());
        return;
      }
      if (name == "begin") {
        skip_optional();
        skip_groups(environment_arguments(*env));
      }
      line_break();
      return;
    }
    if (name == "newcommand" || name == "renewcommand" || name == "providecommand" ||
        name == "DeclareRobustCommand") {
      if (pos_ < end && s_[pos_] == '*') ++pos_;
      skip_spaces();
      std::size_t p = pos_;
      if (!read_brace_group(s_, p)) {
        std::string_view macro = control_word_at(s_, pos_);
        p = pos_ + (macro.empty() ? 0 : 1 + macro.size());
      }
      pos_ = p;
      skip_optional();
      skip_optional();
      skip_groups(1);
      return;
    }
    if (name == "newenvironment" || name == "renewenvironment") {
      skip_groups(1);
      skip_optional();
      skip_optional();
      skip_groups(2);
      return;
    }
    if (name == "def" || name == "gdef" || name == "edef") {
      // \def\name#1#2{body}: skip to the body and past it.
      std::size_t open = s_.find('{', pos_);
      if (open == std::string_view::npos || open >= end) return;
      pos_ = open;
      skip_groups(1);
      return;
    }
    if (int drop = dropped_arguments(name); drop >= 0) {
      if (pos_ < end && s_[pos_] == '*') ++pos_;
      skip_groups(drop);
      return;
    }
    if (is_declaration(name)) {
      skip_spaces_keep_one();
      return;
    }
    if (name == "item") {
      skip_optional();
      out_ += options_.keep_line_breaks ? "\n- " : " ";
      return;
    }
    // Unknown command: its name says nothing; its arguments' text stays.
    if (pos_ < end && s_[pos_] == '[') skip_optional();
    skip_spaces_keep_one();
  }

  std::string finish() {
    std::string result;
    result.reserve(out_.size());
    if (!options_.keep_line_breaks) {
      for (char c : out_) {
        if (c == ' ' || c == '\n') {
          if (!result.empty() && result.back() != ' ') result += ' ';
        } else {
          result += c;
        }
      }
      while (!result.empty() && result.back() == ' ') result.pop_back();
      return result;
    }
    // Lines: spaces collapsed and trimmed; at most one blank line in a row.
    std::size_t blank_run = 0;
    std::size_t start = 0;
    while (start <= out_.size()) {
      std::size_t stop = out_.find('\n', start);
      if (stop == std::string_view::npos) stop = out_.size();
      std::string line;
      for (std::size_t k = start; k < stop; ++k) {
        char c = out_[k];
        if (c == ' ') {
          if (!line.empty() && line.back() != ' ') line += ' ';
        } else {
          line += c;
        }
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      if (line.empty()) {
        if (++blank_run == 1 && !result.empty()) result += '\n';
      } else {
        blank_run = 0;
        result += line;
        result += '\n';
      }
      start = stop + 1;
    }
    while (!result.empty() && result.back() == '\n') result.pop_back();
    return result;
  }

  std::string_view s_;
  LatexTextOptions options_;
  std::size_t pos_ = 0;
  std::string out_;
  bool math_ = false;
  bool composed_ = false;
};

std::string compose(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) return text;
  icu::UnicodeString composed = nfc->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) return text;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::optional<std::string_view> read_delimited(std::string_view text, std::size_t& pos, char open,
                                               char close) {
  std::size_t p = pos;
  while (p < text.size() && is_latex_space(text[p])) ++p;
  // One line break may separate a command from its argument.
  if (p < text.size() && text[p] == '\n') {
    ++p;
    while (p < text.size() && is_latex_space(text[p])) ++p;
  }
  if (p >= text.size() || text[p] != open) return std::nullopt;
  int level = 0;
  for (std::size_t k = p; k < text.size(); ++k) {
    char c = text[k];
    if (c == '\\') {
      ++k;  // an escaped brace or bracket does not count
      continue;
    }
    if (c == open) {
      ++level;
    } else if (c == close) {
      if (--level == 0) {
        pos = k + 1;
        return text.substr(p + 1, k - p - 1);
      }
    } else if (open == '[' && c == '{') {
      // Brackets inside braces do not close an optional argument.
      int braces = 1;
      while (++k < text.size() && braces > 0) {
        if (text[k] == '\\') {
          ++k;
        } else if (text[k] == '{') {
          ++braces;
        } else if (text[k] == '}') {
          --braces;
        }
      }
      --k;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string latex_to_text(std::string_view latex, const LatexTextOptions& options) {
  Converter converter(latex, options);
  std::string text = converter.run();
  return converter.needs_composition() ? compose(text) : text;
}

std::string strip_latex_comments(std::string_view latex) {
  std::string out;
  out.reserve(latex.size());
  std::size_t i = 0;
  while (i < latex.size()) {
    char c = latex[i];
    if (c == '\\' && i + 1 < latex.size()) {
      out += c;
      out += latex[i + 1];
      i += 2;
      continue;
    }
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    std::size_t eol = latex.find('\n', i);
    if (eol == std::string_view::npos) break;
    // A comment at the end of a line with text joins it to the next line; a
    // line that is nothing but a comment disappears without leaving a blank line.
    std::size_t line_start = out.rfind('\n');
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    bool only_comment = out.find_first_not_of(" \t", line_start) == std::string::npos;
    if (only_comment) {
      out.erase(line_start);
      i = eol + 1;
    } else {
      i = eol + 1;
      while (i < latex.size() && is_latex_space(latex[i])) ++i;
    }
  }
  return out;
}

std::optional<std::string_view> read_brace_group(std::string_view text, std::size_t& pos) {
  return read_delimited(text, pos, '{', '}');
}

std::optional<std::string_view> read_bracket_group(std::string_view text, std::size_t& pos) {
  return read_delimited(text, pos, '[', ']');
}

std::string_view control_word_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != '\\') return {};
  std::size_t end = pos + 1;
  while (end < text.size() && (is_letter(text[end]) || text[end] == '@')) ++end;
  return text.substr(pos + 1, end - pos - 1);
}

}  // namespace savant::indexer

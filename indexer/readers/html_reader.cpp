// SPDX-License-Identifier: MIT
// HTML to CV text with gumbo: walks the parse tree, skipping site chrome.
#include "indexer/readers/html_reader.hpp"

#include "indexer/extract/line_model.hpp"
#include "indexer/readers/html_depth.hpp"
#include "indexer/readers/markdown_writer.hpp"
#include "indexer/readers/text_decoder.hpp"
#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <gumbo.h>
#include <memory>
#include <vector>

namespace savant::indexer {
namespace {

using detail::BlockStyle;
using detail::MarkdownWriter;

// Words of an id or class that mark site chrome rather than the page's content.
constexpr std::array<std::string_view, 28> kChromeWords = {
    "nav",      "navbar",  "navigation", "navlinks",   "topnav",      "menu",   "menubar",
    "navmenu",  "sidebar", "footer",     "breadcrumb", "breadcrumbs", "cookie", "cookies",
    "consent",  "gdpr",    "share",      "sharing",    "social",      "skip",   "skiplink",
    "masthead", "toolbar", "topbar",     "banner",     "pagination",  "pager",  "subscribe"};

// Words that keep an element even when it also carries a chrome word: an
// author card in a sidebar holds the owner's name, affiliation and e-mail.
constexpr std::array<std::string_view, 6> kProfileWords = {"author", "profile", "vcard",
                                                           "hcard",  "bio",     "about"};

constexpr std::array<std::string_view, 7> kChromeRoles = {
    "navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary"};

bool is_heading(GumboTag tag, int& level) {
  switch (tag) {
    case GUMBO_TAG_H1:
      level = 1;
      return true;
    case GUMBO_TAG_H2:
      level = 2;
      return true;
    case GUMBO_TAG_H3:
      level = 3;
      return true;
    case GUMBO_TAG_H4:
      level = 4;
      return true;
    case GUMBO_TAG_H5:
      level = 5;
      return true;
    case GUMBO_TAG_H6:
      level = 6;
      return true;
    default:
      return false;
  }
}

// Elements that never hold the page's text.
bool always_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// Elements that break lines; the rest are inline.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// Blocks that stand apart from their neighbours: a blank line before and after.
bool is_paragraph(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_TABLE ||
         tag == GUMBO_TAG_TR || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE ||
         tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_DL;
}

std::string_view attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

// "siteNav main-menu_item" -> {"site", "nav", "main", "menu", "item"}: id and
// class words split at punctuation and at camelCase humps.
std::vector<std::string> attribute_name_words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(value[i - 1]))) {
      // Keep the whole token too: "siteNav" is "site" + "nav".
      flush();
    }
    word += static_cast<char>(std::tolower(c));
  }
  flush();
  return words;
}

template <std::size_t N>
bool tag_list_contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Whether id, class or role say this element is navigation or other site chrome.
bool marked_as_chrome(const GumboElement& element) {
  std::string role(attribute(element, "role"));
  std::transform(role.begin(), role.end(), role.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (tag_list_contains(kChromeRoles, role)) return true;
  std::vector<std::string> words = attribute_name_words(attribute(element, "id"));
  std::vector<std::string> classes = attribute_name_words(attribute(element, "class"));
  words.insert(words.end(), classes.begin(), classes.end());
  bool chrome = false;
  for (const std::string& w : words) {
    if (tag_list_contains(kProfileWords, w)) return false;
    chrome = chrome || tag_list_contains(kChromeWords, w);
  }
  return chrome;
}

bool hidden(const GumboElement& element) {
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
  if (attribute(element, "aria-hidden") == "true") return true;
  std::string style(attribute(element, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Whether the subtree holds the page's main content, which must never be dropped
// with the chrome around it (a <div class="sidebar-layout"> around <main>).
bool holds_main_content(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& element = node->v.element;
  if (element.tag == GUMBO_TAG_MAIN || element.tag == GUMBO_TAG_ARTICLE ||
      element.tag == GUMBO_TAG_H1 || attribute(element, "role") == "main") {
    return true;
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    if (holds_main_content(static_cast<const GumboNode*>(element.children.data[i]))) return true;
  }
  return false;
}

void collect_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
  } else if (node->type == GUMBO_NODE_WHITESPACE) {
    out += ' ';
  } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    if (always_dropped(node->v.element.tag)) return;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      collect_text(static_cast<const GumboNode*>(children.data[i]), out);
    }
  }
}

class HtmlWalker {
 public:
  void walk(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        if (pre_ > 0) {
          out_.add_preformatted(node->v.text.text);
        } else {
          out_.add_run(node->v.text.text, bold_ > 0);
        }
        return;
      case GUMBO_NODE_WHITESPACE:
        if (pre_ > 0) {
          out_.add_preformatted(node->v.text.text);
        } else {
          out_.add_run(" ");
        }
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_DOCUMENT:
        break;
      default:
        return;  // comments, templates
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
      walk_children(node->v.document.children);
      return;
    }
    element(node);
  }

  std::string finish() { return out_.finish(); }
  bool saw_h1() const { return saw_h1_; }

 private:
  void walk_children(const GumboVector& children) {
    for (unsigned i = 0; i < children.length; ++i) {
      walk(static_cast<const GumboNode*>(children.data[i]));
    }
  }

  // Writes the pending text, as the open list item's bullet line or its continuation.
  void flush() {
    BlockStyle style;
    if (!items_.empty()) {
      style.bullet_depth = items_.back().depth;
      style.continuation = items_.back().emitted;
    }
    if (out_.end_block(style) && !items_.empty()) items_.back().emitted = true;
  }

  bool dropped(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (always_dropped(e.tag) || hidden(e)) return true;
    bool chrome = marked_as_chrome(e);
    // A header or footer inside <main> or <article> is the content's own, not the site's.
    bool outer = main_ == 0 && (e.tag == GUMBO_TAG_HEADER || e.tag == GUMBO_TAG_FOOTER ||
                                e.tag == GUMBO_TAG_ASIDE);
    return (chrome || outer) && !holds_main_content(node);
  }

  void element(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (dropped(node)) return;
    int level = 0;
    if (is_heading(e.tag, level)) {
      flush();
      saw_h1_ = saw_h1_ || level == 1;
      walk_children(e.children);
      out_.end_block({level, -1, false});
      return;
    }
    switch (e.tag) {
      case GUMBO_TAG_BR:
        out_.line_break();
        return;
      case GUMBO_TAG_A: {
        // "[PDF]", "Code", "arXiv": link buttons say nothing about the work.
        std::string label;
        collect_text(node, label);
        if (detail::is_link_label(label)) return;
        break;
      }
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        out_.cell_break();
        walk_children(e.children);
        out_.add_run(" ");
        return;
      default:
        break;
    }
    const bool bold = e.tag == GUMBO_TAG_B || e.tag == GUMBO_TAG_STRONG;
    const bool block = is_block(e.tag);
    const bool main = e.tag == GUMBO_TAG_MAIN || e.tag == GUMBO_TAG_ARTICLE;
    if (!block) {
      bold_ += bold ? 1 : 0;
      walk_children(e.children);
      bold_ -= bold ? 1 : 0;
      return;
    }
    flush();
    if (is_paragraph(e.tag)) out_.blank_line();
    pre_ += e.tag == GUMBO_TAG_PRE ? 1 : 0;
    main_ += main ? 1 : 0;
    if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) ++lists_;
    if (e.tag == GUMBO_TAG_LI) items_.push_back({std::max(lists_ - 1, 0), false});
    walk_children(e.children);
    flush();
    if (e.tag == GUMBO_TAG_LI) items_.pop_back();
    if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) --lists_;
    main_ -= main ? 1 : 0;
    pre_ -= e.tag == GUMBO_TAG_PRE ? 1 : 0;
    if (is_paragraph(e.tag)) out_.blank_line();
  }

  struct Item {
    int depth = 0;
    bool emitted = false;  ///< Its bullet line is written; more text continues it.
  };

  MarkdownWriter out_;
  std::vector<Item> items_;
  int lists_ = 0;
  int bold_ = 0;
  int pre_ = 0;
  int main_ = 0;
  bool saw_h1_ = false;
};

const GumboNode* find_element(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    if (const GumboNode* found =
            find_element(static_cast<const GumboNode*>(children.data[i]), tag)) {
      return found;
    }
  }
  return nullptr;
}

std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Position just past the `close` Liquid tag ("endcomment") after `from`, or npos.
std::size_t skip_liquid_block(std::string_view s, std::size_t from, std::string_view close) {
  for (std::size_t at = s.find("{%", from); at != std::string_view::npos;
       at = s.find("{%", at + 2)) {
    std::size_t end = s.find("%}", at);
    if (end == std::string_view::npos) return std::string_view::npos;
    std::string_view tag = s.substr(at + 2, end - at - 2);
    if (tag.find(close) != std::string_view::npos) return end + 2;
  }
  return std::string_view::npos;
}

// Splits off Jekyll front matter and removes Liquid tags, which are templates
// of the site generator, not text of the page.
std::string strip_templates(std::string_view html, std::string& front_matter) {
  std::size_t start = 0;
  while (start < html.size() && std::isspace(static_cast<unsigned char>(html[start]))) ++start;
  if (html.substr(start, 4) == "---\n" || html.substr(start, 5) == "---\r\n") {
    std::size_t close = html.find("\n---", start + 3);
    if (close != std::string_view::npos) {
      std::size_t end = html.find('\n', close + 4);
      end = end == std::string_view::npos ? html.size() : end + 1;
      front_matter = std::string(html.substr(start, end - start));
      html = html.substr(end);
    }
  }
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '{' && i + 1 < html.size() && (html[i + 1] == '%' || html[i + 1] == '{')) {
      const bool statement = html[i + 1] == '%';
      std::size_t end = html.find(statement ? "%}" : "}}", i + 2);
      if (end != std::string_view::npos && end - i < 2000) {
        std::string_view tag = html.substr(i + 2, end - i - 2);
        std::size_t next = end + 2;
        if (statement && tag.find("comment") != std::string_view::npos &&
            tag.find("endcomment") == std::string_view::npos) {
          std::size_t after = skip_liquid_block(html, next, "endcomment");
          next = after == std::string_view::npos ? html.size() : after;
        }
        i = next;
        continue;
      }
    }
    out += html[i++];
  }
  return out;
}

// "Phong Nguyen": two to four capitalised words, as a page titled by its owner.
bool name_shaped(std::string_view title) {
  std::size_t words = 0;
  bool start = true;
  for (char c : title) {
    if (c == ' ') {
      start = true;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '|' || c == ':') return false;
    if (start && !std::isupper(static_cast<unsigned char>(c)) &&
        static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
    if (start) ++words;
    start = false;
  }
  return words >= 2 && words <= 4;
}

Error html_input_error(const std::string& path, const std::string& reason) {
  return Error(ErrorCategory::input, fmt::format("{}: {}", path, reason));
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string front_matter;
  const std::string body = strip_templates(html, front_matter);
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, body.data(), body.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  std::string title;
  if (const GumboNode* node = find_element(output->root, GUMBO_TAG_TITLE)) {
    collect_text(node, title);
    title = collapse(title);
  }
  HtmlWalker walker;
  walker.walk(output->document);
  std::string text = walker.finish();
  // Pages that put the owner's name only in <title> (the header above was chrome).
  if (!walker.saw_h1() && !title.empty()) {
    text = "# " + title + "\n\n" + text;
  } else if (name_shaped(title) && text.find(title) == std::string::npos) {
    text = title + "\n\n" + text;  // the h1 is a tagline ("Building systems for ...")
  }
  return front_matter.empty() ? text : front_matter + "\n" + text;
}

DocumentRecord read_html(const ReaderInput& input) {
  std::string decoded;
  std::string_view html = input.text;
  if (html.empty()) {
    try {
      decoded = decode_to_utf8(input.bytes);
    } catch (const Error& e) {
      throw html_input_error(input.path, e.what());
    }
    html = decoded;
  }
  if (html_nesting_depth(html) > kMaxHtmlDepth) {
    throw html_input_error(
        input.path, fmt::format("HTML nested too deeply (more than {} levels)", kMaxHtmlDepth));
  }
  const std::string text = schema::normalize_text(html_to_text(html));
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    throw html_input_error(input.path, "HTML page without text");
  }
  return extract_cv(text, input.context);
}

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
// Finds e-mail addresses in CV text.
#include "indexer/extract/contact.hpp"

#include "indexer/extract/text_util.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace savant::indexer::detail {
namespace {

bool is_local_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

bool is_domain_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
}

// Obfuscations people use to hide addresses from harvesters; replaced by '@' / '.'.
std::string deobfuscate(std::string_view text) {
  // " @ ": an address split so it is not a link ("gsryan @ ualberta.ca").
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kForms = {
      {{" @ ", "@"},
       {" [at] ", "@"},
       {"[at]", "@"},
       {" (at) ", "@"},
       {"(at)", "@"},
       {" [dot] ", "."},
       {"[dot]", "."},
       {" (dot) ", "."},
       {"(dot)", "."}}};
  std::string out(text);
  for (const auto& [form, replacement] : kForms) {
    for (std::size_t at = ifind(out, form); at != std::string::npos;
         at = ifind(out, form, at + replacement.size())) {
      out.replace(at, form.size(), replacement);
    }
  }
  return out;
}

// File names like "logo@2x.png" look like addresses.
bool is_image_name(std::string_view domain) {
  for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}) {
    if (domain.size() > ext.size() && iequals(domain.substr(domain.size() - ext.size()), ext)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> find_emails(std::string_view text) {
  std::string plain = deobfuscate(text);
  std::vector<std::string> emails;
  for (std::size_t at = plain.find('@'); at != std::string::npos; at = plain.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && is_local_char(plain[begin - 1])) --begin;
    std::size_t end = at + 1;
    while (end < plain.size() && is_domain_char(plain[end])) ++end;
    std::string_view local = trim_chars(std::string_view(plain).substr(begin, at - begin), ".-");
    std::string_view domain =
        trim_chars(std::string_view(plain).substr(at + 1, end - at - 1), ".-");
    std::size_t dot = domain.rfind('.');
    if (local.empty() || dot == std::string_view::npos || dot == 0) continue;
    std::string_view tld = domain.substr(dot + 1);
    bool alpha_tld = tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) {
                       return std::isalpha(static_cast<unsigned char>(c)) != 0;
                     });
    if (!alpha_tld || is_image_name(domain)) continue;
    std::string email = to_lower(local) + "@" + to_lower(domain);
    if (std::find(emails.begin(), emails.end(), email) == emails.end()) emails.push_back(email);
  }
  return emails;
}

}  // namespace savant::indexer::detail

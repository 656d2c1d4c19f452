// SPDX-License-Identifier: MIT
// Encoding detection and conversion to UTF-8 with ICU.
#include "indexer/readers/text_decoder.hpp"

#include "schema/text_normalizer.hpp"
#include <savant/error.hpp>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace savant::indexer {
namespace {

// How much of the input the byte-pattern tests look at; enough for a verdict.
constexpr std::size_t kSample = 8192;

Error not_text(const std::string& reason) { return Error(ErrorCategory::input, reason); }

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// C0 control characters other than the whitespace text files use.
bool is_control(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b;
}

double control_ratio(std::string_view bytes) {
  if (bytes.empty()) return 0;
  auto controls = std::count_if(bytes.begin(), bytes.end(),
                                [](char c) { return is_control(static_cast<unsigned char>(c)); });
  return static_cast<double>(controls) / static_cast<double>(bytes.size());
}

// UTF-16 without a byte order mark: mostly-Latin text has a NUL in every other
// byte, at odd offsets for little-endian and even ones for big-endian.
const char* utf16_by_nul_pattern(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, kSample);
  std::size_t pairs = sample.size() / 2;
  if (pairs < 2) return nullptr;
  std::size_t even = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
    even += sample[i] == '\0' ? 1 : 0;
    odd += sample[i + 1] == '\0' ? 1 : 0;
  }
  auto share = [pairs](std::size_t n) { return static_cast<double>(n) / pairs; };
  if (share(odd) > 0.3 && share(even) < 0.05) return "UTF-16LE";
  if (share(even) > 0.3 && share(odd) < 0.05) return "UTF-16BE";
  return nullptr;
}

std::string convert(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset, &status),
                                                               ucnv_close);
  if (U_FAILURE(status)) {
    throw not_text(fmt::format("unsupported text encoding {}", charset));
  }
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  if (U_FAILURE(status)) {
    throw not_text(fmt::format("cannot decode as {}: {}", charset, u_errorName(status)));
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Text decoded from a guessed or marked encoding must read like text: few
// control characters and few undecodable bytes.
std::string checked(std::string utf8, const char* charset) {
  std::size_t replaced = 0;
  for (std::size_t at = utf8.find("\xEF\xBF\xBD"); at != std::string::npos;
       at = utf8.find("\xEF\xBF\xBD", at + 3)) {
    ++replaced;
  }
  std::size_t chars = std::max<std::size_t>(utf8.size() / 2, 1);
  if (control_ratio(utf8) > 0.02 || replaced * 50 > chars) {
    throw not_text(
        fmt::format("binary data, not text (decoding as {} gives control characters)", charset));
  }
  return utf8;
}

struct Guess {
  std::string charset;
  int confidence = 0;
};

// ICU's best single-byte (or CJK multi-byte) guess; UTF-8 and UTF-16/32 were ruled out before.
Guess detect_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> detector(ucsdet_open(&status),
                                                                          ucsdet_close);
  if (U_FAILURE(status)) return {};
  // HTML and XML markup would otherwise weigh in as ASCII text.
  ucsdet_enableInputFilter(detector.get(), true);
  std::string_view sample = bytes.substr(0, 1 << 16);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) return {};
  for (int32_t i = 0; i < found; ++i) {
    UErrorCode s = U_ZERO_ERROR;
    std::string name = ucsdet_getName(matches[i], &s);
    int confidence = ucsdet_getConfidence(matches[i], &s);
    if (U_FAILURE(s) || name.starts_with("UTF-")) continue;
    return {name, confidence};
  }
  return {};
}

}  // namespace

std::string decode_to_utf8(std::string_view bytes, std::string* encoding) {
  auto done = [encoding](std::string text, const char* name) {
    if (encoding != nullptr) *encoding = name;
    return text;
  };
  // Byte order marks first; UTF-32's begin like UTF-16's, so they are tested before.
  if (starts_with(bytes, "\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    if (!schema::is_valid_utf8(rest)) throw not_text("not valid UTF-8 despite its byte order mark");
    return done(std::string(rest), "UTF-8");
  }
  if (starts_with(bytes, std::string_view("\xFF\xFE\0\0", 4))) {
    return done(checked(convert(bytes.substr(4), "UTF-32LE"), "UTF-32LE"), "UTF-32LE");
  }
  if (starts_with(bytes, std::string_view("\0\0\xFE\xFF", 4))) {
    return done(checked(convert(bytes.substr(4), "UTF-32BE"), "UTF-32BE"), "UTF-32BE");
  }
  if (starts_with(bytes, "\xFF\xFE")) {
    return done(checked(convert(bytes.substr(2), "UTF-16LE"), "UTF-16LE"), "UTF-16LE");
  }
  if (starts_with(bytes, "\xFE\xFF")) {
    return done(checked(convert(bytes.substr(2), "UTF-16BE"), "UTF-16BE"), "UTF-16BE");
  }
  if (const char* utf16 = utf16_by_nul_pattern(bytes)) {
    return done(checked(convert(bytes, utf16), utf16), utf16);
  }
  // A NUL byte in anything but UTF-16/32 is the classic sign of binary data.
  if (bytes.find('\0') != std::string_view::npos) {
    throw not_text("binary data (NUL bytes), not text in any encoding");
  }
  if (control_ratio(bytes.substr(0, kSample)) > 0.02) {
    throw not_text("binary data (control characters), not text in any encoding");
  }
  if (schema::is_valid_utf8(bytes)) return done(std::string(bytes), "UTF-8");

  Guess guess = detect_charset(bytes);
  // ICU names Latin-1 for Western text even with bytes 0x80-0x9F, where
  // Windows-1252 has its curly quotes and dashes and Latin-1 only controls.
  std::string charset = guess.charset;
  if (charset.empty() || charset == "ISO-8859-1" || guess.confidence < 10) {
    charset = "windows-1252";
  }
  std::string text = checked(convert(bytes, charset.c_str()), charset.c_str());
  if (encoding != nullptr) *encoding = charset;
  return text;
}

}  // namespace savant::indexer

// SPDX-License-Identifier: MIT
#include "searcher/columns_file.hpp"

#include "schema/index_files.hpp"
#include "schema/schema_version.hpp"
#include <savant/version.hpp>

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <system_error>
#include <unistd.h>

namespace savant::searcher {
namespace {

// The layout's name and version; a file of another layout is ignored. Bump
// the version when UnitColumns' layout, or what a row's numbers mean (how
// UnitColumns::Builder reads values), changes.
constexpr std::array<char, 16> kColumnsMagic = {'s', 'a', 'v', 'a', 'n', 't', '-', 'c',
                                                'o', 'l', 's', '-', 'v', '0', '0', '2'};

// The release and index schema that wrote the file: another release's files
// are read again, whatever their layout says.
std::string writer() {
  // fmt, not std::string's operator+: GCC 12 warns (-Warray-bounds) on that chain.
  return fmt::format("savant {} schema {}", SAVANT_VERSION_STRING, schema::kSchemaVersion);
}

constexpr std::array<char, 4> kTrailer = {'e', 'n', 'd', '\n'};

void put(std::ostream& out, std::uint64_t n) {
  out.write(reinterpret_cast<const char*>(&n), sizeof n);
}

bool get(std::istream& in, std::uint64_t& n) {
  in.read(reinterpret_cast<char*>(&n), sizeof n);
  return in.good();
}

// Which database and revision the file is of.
struct Header {
  std::string uuid;
  std::uint64_t revision = 0;
  std::uint64_t last_docid = 0;
};

Header header_of(const Xapian::Database& db) {
  return Header{db.get_uuid(), db.get_revision(), db.get_lastdocid()};
}

}  // namespace

std::filesystem::path columns_file(const std::filesystem::path& dir) {
  return dir / schema::kColumnsCacheFile;
}

std::optional<SavedColumns> load_columns(const std::filesystem::path& file,
                                         const Xapian::Database& db) {
  const Header want = header_of(db);
  if (want.uuid.empty()) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::array<char, kColumnsMagic.size()> magic{};
  in.read(magic.data(), magic.size());
  std::uint64_t writer_size = 0;
  const std::string expected_writer = writer();
  if (!in.good() || magic != kColumnsMagic || !get(in, writer_size) ||
      writer_size != expected_writer.size()) {
    return std::nullopt;
  }
  std::string written_by(writer_size, '\0');
  in.read(written_by.data(), static_cast<std::streamsize>(writer_size));
  std::uint64_t uuid_size = 0;
  if (!in.good() || written_by != expected_writer || !get(in, uuid_size) ||
      uuid_size != want.uuid.size()) {
    return std::nullopt;
  }
  Header got;
  got.uuid.resize(uuid_size);
  in.read(got.uuid.data(), static_cast<std::streamsize>(uuid_size));
  if (!get(in, got.revision) || !get(in, got.last_docid) || got.uuid != want.uuid ||
      got.revision != want.revision || got.last_docid != want.last_docid) {
    return std::nullopt;
  }
  std::optional<UnitColumns> columns = UnitColumns::read(in, want.last_docid + 1);
  if (!columns) return std::nullopt;
  auto lengths = std::make_shared<DocumentLengths>();
  lengths->revision = want.revision;
  std::uint64_t count = 0;
  if (!get(in, count) || count != want.last_docid + 1) return std::nullopt;
  lengths->by_docid.resize(count);
  in.read(reinterpret_cast<char*>(lengths->by_docid.data()),
          static_cast<std::streamsize>(count * sizeof(Xapian::termcount)));
  std::array<char, kTrailer.size()> end{};
  in.read(end.data(), end.size());
  if (!in.good() || end != kTrailer || in.peek() != std::char_traits<char>::eof())
    return std::nullopt;
  return SavedColumns{std::make_shared<const UnitColumns>(std::move(*columns)), std::move(lengths)};
}

bool save_columns(const std::filesystem::path& file, const Xapian::Database& db,
                  const UnitColumns& columns, const DocumentLengths& lengths) {
  const Header header = header_of(db);
  if (header.uuid.empty() || lengths.revision != header.revision ||
      lengths.by_docid.size() != header.last_docid + 1 || columns.rows() != header.last_docid + 1) {
    return false;
  }
  // A name of its own: two processes saving at once each rename a whole file.
  std::random_device random;
  std::filesystem::path temporary = file;
  temporary += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(random());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(kColumnsMagic.data(), kColumnsMagic.size());
    const std::string written_by = writer();
    put(out, written_by.size());
    out.write(written_by.data(), static_cast<std::streamsize>(written_by.size()));
    put(out, header.uuid.size());
    out.write(header.uuid.data(), static_cast<std::streamsize>(header.uuid.size()));
    put(out, header.revision);
    put(out, header.last_docid);
    columns.write(out);
    put(out, lengths.by_docid.size());
    out.write(reinterpret_cast<const char*>(lengths.by_docid.data()),
              static_cast<std::streamsize>(lengths.by_docid.size() * sizeof(Xapian::termcount)));
    out.write(kTrailer.data(), kTrailer.size());
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, file, error);
  if (!error) return true;
  std::filesystem::remove(temporary, error);
  return false;
}

}  // namespace savant::searcher

// SPDX-License-Identifier: MIT
// A collection's README or LICENSE that names no one is not a researcher; a
// profile README that names its owner, or a CV of any file name, is.
#include "indexer/readers/collection_notes.hpp"

#include "indexer/readers/document_reader.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <string>

namespace savant::indexer {
namespace {

DocumentRecord read_as_file(const std::string& path, const std::string& text) {
  return read_document(path, text, ExtractContext{});
}

TEST(CollectionNotes, TheCorpusReadmeIsNotes) {
  // corpus/README.md describes the collection and names no owner; it was indexed
  // as a researcher "readme" and ranked for topic queries.
  const std::string path = testing::corpus_dir() + "/README.md";
  const DocumentRecord record = read_as_file(path, testing::read_file(path));
  EXPECT_EQ(record.name, "");
  EXPECT_NE(collection_note_reason(record).find("names no person"), std::string::npos);
}

TEST(CollectionNotes, NoteNamesInAnyCaseAndExtension) {
  const std::string text = "Permission is hereby granted, free of charge, to any person.\n";
  EXPECT_NE(collection_note_reason(read_as_file("/data/cvs/LICENSE.txt", text)), "");
  EXPECT_NE(collection_note_reason(read_as_file("/data/cvs/readme.markdown", text)), "");
  EXPECT_NE(collection_note_reason(read_as_file("/data/cvs/Manifest.md", text)), "");
  // The same text under another name may be a page that names no one yet.
  EXPECT_EQ(collection_note_reason(read_as_file("/data/cvs/about.md", text)), "");
  EXPECT_EQ(collection_note_reason(read_as_file("/data/cvs/readme-notes.md", text)), "");
}

TEST(CollectionNotes, ProfileReadmeThatNamesItsOwnerIsAResearcher) {
  const DocumentRecord record =
      read_as_file("/data/cvs/README.md",
                   "# Ada Lovelace\n\nPhD student in machine learning.\n\n"
                   "## Publications\n\n- Ada Lovelace. Notes on the engine. NeurIPS 2023.\n");
  ASSERT_EQ(record.name, "Ada Lovelace");
  EXPECT_EQ(collection_note_reason(record), "");
}

TEST(CollectionNotes, ReadmeWithAnEmailIsAResearcher) {
  const DocumentRecord record =
      read_as_file("/data/cvs/README.md", "Research notes.\n\nContact: someone@example.org\n");
  ASSERT_FALSE(record.emails.empty());
  EXPECT_EQ(collection_note_reason(record), "");
}

}  // namespace
}  // namespace savant::indexer

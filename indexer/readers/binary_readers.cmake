# SPDX-License-Identifier: MIT
# Readers of binary and markup formats (PDF, DOCX, ODT, HTML) and the text
# decoder, relative to indexer/.
set(SAVANT_BINARY_READER_SOURCES
  readers/docx_reader.cpp
  readers/html_depth.cpp
  readers/html_reader.cpp
  readers/markdown_writer.cpp
  readers/odt_reader.cpp
  readers/pdf_reader.cpp
  readers/text_decoder.cpp
  readers/zip_archive.cpp)

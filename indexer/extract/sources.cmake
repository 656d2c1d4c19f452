# SPDX-License-Identifier: MIT
# The CV extractor's sources, relative to indexer/.
set(SAVANT_EXTRACT_SOURCES
  extract/authors.cpp
  extract/contact.cpp
  extract/cv_extractor.cpp
  extract/dates.cpp
  extract/education_parser.cpp
  extract/entries.cpp
  extract/entry_fields.cpp
  extract/experience_parser.cpp
  extract/front_matter.cpp
  extract/line_model.cpp
  extract/list_owner.cpp
  extract/name_finder.cpp
  extract/organisations.cpp
  extract/publication_parser.cpp
  extract/publication_status.cpp
  extract/sections.cpp
  extract/text_util.cpp)

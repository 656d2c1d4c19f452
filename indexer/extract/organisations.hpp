// SPDX-License-Identifier: MIT
// Employers, institutions, job titles and degrees in entry headlines:
// "NVIDIA | Work Remotely from Singapore Research Intern",
// "Internship: Baidu Search Ads | Multimodal Deep Learning", "MS in Computer Technology".
#pragma once

#include <string>
#include <string_view>

namespace savant::indexer::detail {

/// Whether `text` names a place of study or research (University, Institute, College ...).
bool looks_like_institution(std::string_view text);

/// Whether `text` reads as an organisation name: an institution, or a short
/// capitalised phrase with a company or lab word (Inc, Lab, Group, Research ...).
bool looks_like_organisation(std::string_view text);

/// Whether the whole of `text` is a job title: "Research Assistant",
/// "Ph.D. Candidate", "Internship", "Independent Collaborator".
bool is_position(std::string_view text);

/// The job title `text` ends with ("... Singapore Research Intern" ->
/// "Research Intern"), or "".
std::string trailing_position(std::string_view text);

/// What an experience headline names.
struct Headline {
  std::string organisation;
  std::string position;
};

/// Splits an experience headline on '|', ':', " at ", '@' and finds the job
/// title and the employer among the parts. A headline without separators and
/// without a job title is taken as the organisation.
Headline split_headline(std::string_view text);

/// Whether `text` opens with a degree ("MS in ...", "Bachelor of ...", "Ph.D.").
bool is_degree(std::string_view text);

/// The degree part of a degree line: "MS in Computer Technology - GPA: 3.52/4"
/// -> "MS in Computer Technology".
std::string degree_of(std::string_view text);

}  // namespace savant::indexer::detail

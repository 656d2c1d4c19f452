// SPDX-License-Identifier: MIT
// Phone numbers, addresses and dates of birth are found and taken out of the
// text; numbers that are not contact details (years, pages, DOIs) stay.
#include "indexer/privacy/contact_details.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace savant::indexer {
namespace {

struct Found {
  const char* text;
  const char* removed;  // the value found
  const char* gone;     // a piece of it that must not remain in the text
};

void expect_found(const std::vector<Found>& cases,
                  std::vector<std::string> ContactDetails::*field) {
  for (const Found& c : cases) {
    ContactDetails found;
    const std::string out = redact_contact_details(c.text, found);
    EXPECT_EQ(found.*field, std::vector<std::string>{c.removed}) << c.text;
    EXPECT_EQ(out.find(c.gone), std::string::npos) << c.text << " -> " << out;
  }
}

TEST(ContactDetails, PhoneNumbersAreFoundAndRemoved) {
  expect_found({{"Phone: +1 (555) 123-4567\nMixture of experts", "+1 (555) 123-4567", "4567"},
                {"+65 83434586 | xuefuzhao@outlook.com", "+65 83434586", "83434586"},
                {"Tel. 030 1234567", "030 1234567", "1234567"},
                {"call (217) 979-7913 today", "(217) 979-7913", "7913"},
                {"(+82)10-9103-5353", "(+82)10-9103-5353", "9103"},
                {"\\href{tel:07754546582}{x}", "07754546582", "07754546582"},
                {"Mobile : +1-123-456-7890 \\\\", "+1-123-456-7890", "7890"},
                {"706-238-1952", "706-238-1952", "1952"},
                {"\xE7\x94\xB5\xE8\xAF\x9D\xEF\xBC\x9A"
                 "13812345678",
                 "13812345678", "5678"}},
               &ContactDetails::phones);
}

TEST(ContactDetails, AddressesAreFoundAndRemoved) {
  expect_found(
      {{"Home address: 21 Lower Kent Ridge Road, Singapore 119077\nPhD student",
        "21 Lower Kent Ridge Road, Singapore 119077", "119077"},
       {"Adresse: 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris", "75002"},
       {"I live at 2712 Broadway St, Urbana, IL 61801 | a@b.org",
        "2712 Broadway St, Urbana, IL 61801", "61801"},
       {"\"address\": \"2712 Broadway St\",", "2712 Broadway St", "2712"},
       {"<p>35 Olden St</p>", "35 Olden St", "Olden"},
       {"author:\n  address: >\n    Room 7, 3 Science Park\n    Tokyo\nbio: NLP",
        "Room 7, 3 Science Park\n    Tokyo", "Science Park"}},
      &ContactDetails::addresses);
}

TEST(ContactDetails, DatesOfBirthAreFoundAndRemoved) {
  expect_found({{"Date of birth: 14 July 1995\nSkills", "14 July 1995", "1995"},
                {"DOB 1990-03-12", "1990-03-12", "1990"},
                {"Born on March 3, 1988 in Ohio", "March 3, 1988", "1988"},
                {"Geburtsdatum: 12.03.1990", "12.03.1990", "1990"},
                {"\xE5\x87\xBA\xE7\x94\x9F\xE6\x97\xA5\xE6\x9C\x9F\xEF\xBC\x9A"
                 "1995\xE5\xB9\xB4"
                 "7\xE6\x9C\x88",
                 "1995\xE5\xB9\xB4"
                 "7\xE6\x9C\x88",
                 "1995"}},
               &ContactDetails::birth_dates);
}

TEST(ContactDetails, OtherNumbersAndWordsStay) {
  for (const char* text :
       {"2019 - 2023, pp. 1234-1245", "arXiv:2301.12345 and doi:10.1109/5.771073",
        "ISBN 978-3-16-148410-0", "ORCID 0000-0002-1825-0097", "NeurIPS 2023, ICML 2024",
        "Born and raised in Ohio", "We address the problem of routing", "Mobile networks at 28 GHz",
        "speech separation for telephone conversations 2020", "In 2021, 1,200 participants",
        "Vol. 35, No. 4, 2023", "Sep. 2021 - Jun. 2024", "Street View images, 2 Main results"}) {
    ContactDetails found;
    EXPECT_EQ(redact_contact_details(text, found), text);
    EXPECT_TRUE(found.phones.empty() && found.addresses.empty() && found.birth_dates.empty())
        << text;
  }
}

// Labels are taken label by label in the order they are listed ("home
// address" before "address"), not in text order: what is found comes in that
// order, and a label inside another ("address" in "Home address") or inside a
// word ("Addresses", "dob" in "adobe") is not a second find.
TEST(ContactDetails, LabelsAreTakenInTheirListedOrder) {
  ContactDetails found;
  const std::string out = redact_contact_details(
      "Address: Room 7, Science Park\nAdobe Addresses\nHome address: Flat 2, Kent Ridge\n"
      "Born: 1 May 1990\nDate of birth: 2 June 1991",
      found);
  EXPECT_EQ(found.addresses,
            (std::vector<std::string>{"Flat 2, Kent Ridge", "Room 7, Science Park"}));
  EXPECT_EQ(found.birth_dates, (std::vector<std::string>{"2 June 1991", "1 May 1990"}));
  EXPECT_NE(out.find("Adobe Addresses"), std::string::npos) << out;
}

TEST(ContactDetails, RecordFieldsAreRedactedAndTheDetailsKept) {
  DocumentRecord record;
  record.text = "Ada Lovelace\nPhone: +44 20 7946 0958\nMachine translation";
  Evidence summary;
  summary.text = "Translation researcher. Date of birth: 10 December 1985.";
  record.evidence.push_back(summary);
  redact_contact_details(record);
  EXPECT_EQ(record.text.find("7946"), std::string::npos);
  EXPECT_NE(record.text.find("Machine translation"), std::string::npos);
  EXPECT_EQ(record.evidence[0].text.find("1985"), std::string::npos);
  EXPECT_EQ(record.contact.phones, std::vector<std::string>{"+44 20 7946 0958"});
  EXPECT_EQ(record.contact.birth_dates, std::vector<std::string>{"10 December 1985"});
}

}  // namespace
}  // namespace savant::indexer

#include "text_ingester.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace {

using inspraak::IngestResult;
using inspraak::Result;
using inspraak::SourceFile;
using inspraak::ingest::TextIngester;

Result<IngestResult> read(const std::string& name, const std::string& bytes) {
    TextIngester ingester;
    return ingester.read(SourceFile{"/tmp/" + name, "submissions/" + name, bytes});
}

const inspraak::IngestedSubmission& only_submission(const Result<IngestResult>& result) {
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    EXPECT_EQ(result->submissions.size(), 1u);
    return result->submissions.front();
}

TEST(TextIngester, PlainLetterWithoutHeaderKeepsEverything) {
    auto result = read("brief.txt",
                       "Geachte heer, mevrouw,\r\n\r\nWij missen in hoofdstuk 5 de maakindustrie.\r\n"
                       "Graag aandacht voor het MKB.\r\n\r\n\r\n\r\nMet vriendelijke groet,\r\nJan\r\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body,
              "Geachte heer, mevrouw,\n\nWij missen in hoofdstuk 5 de maakindustrie.\n"
              "Graag aandacht voor het MKB.\n\nMet vriendelijke groet,\nJan");
    EXPECT_TRUE(s.stakeholder.name.empty());
    EXPECT_TRUE(s.subject.empty());
    EXPECT_TRUE(s.date.empty());
    EXPECT_TRUE(result->warnings.empty());
}

TEST(TextIngester, PlainHeaderBlockFillsStakeholderAndStaysOutOfBody) {
    auto result = read("S02.txt",
                       "Van: Petra de Vries <petra@example.nl>\n"
                       "Organisatie: Ondernemersvereniging Oss-Noord\n"
                       "Telefoon: 06-12345678\n"
                       "Datum: 12 december 2024\n"
                       "Betreft: Reactie op het kader\n"
                       "\n"
                       "Beste lezer,\n\nDe paragraaf over talent is te smal.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.name, "Petra de Vries");
    EXPECT_EQ(s.stakeholder.email, "petra@example.nl");
    EXPECT_EQ(s.stakeholder.organisation, "Ondernemersvereniging Oss-Noord");
    EXPECT_EQ(s.stakeholder.phone, "06-12345678");
    EXPECT_EQ(s.date, "2024-12-12");
    EXPECT_EQ(s.subject, "Reactie op het kader");
    EXPECT_EQ(s.body, "Beste lezer,\n\nDe paragraaf over talent is te smal.");
}

TEST(TextIngester, EnglishHeaderKeysWork) {
    auto result = read("letter.txt",
                       "Name: Anna Smith\nOrganisation: Pivot Park\nE-mail: anna@example.com\n"
                       "Date: December 3, 2024\nSubject: Comments\n\nWe support chapter 3.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.name, "Anna Smith");
    EXPECT_EQ(s.stakeholder.organisation, "Pivot Park");
    EXPECT_EQ(s.stakeholder.email, "anna@example.com");
    EXPECT_EQ(s.date, "2024-12-03");
    EXPECT_EQ(s.subject, "Comments");
    EXPECT_EQ(s.body, "We support chapter 3.");
}

TEST(TextIngester, KeyValueLinesWithAnUnknownKeyAreTheLetterItself) {
    // "Punt 1" is no header key: the block is content and must stay in the body.
    auto result = read("punten.txt", "Betreft: kader\nPunt 1: meer aandacht voor logistiek\n\nToelichting volgt.\n");
    const auto& s = only_submission(result);
    EXPECT_TRUE(s.subject.empty());
    EXPECT_EQ(s.body, "Betreft: kader\nPunt 1: meer aandacht voor logistiek\n\nToelichting volgt.");
}

TEST(TextIngester, HeaderBlockNeedsABlankLineAfterIt) {
    auto result = read("kort.txt", "Betreft: het kader\nNaam: Piet\n");
    const auto& s = only_submission(result);
    EXPECT_TRUE(s.subject.empty());
    EXPECT_EQ(s.body, "Betreft: het kader\nNaam: Piet");
}

TEST(TextIngester, UnreadableDateIsAWarningNotAFailure) {
    auto result = read("brief.txt", "Datum: binnenkort\n\nTekst.\n");
    const auto& s = only_submission(result);
    EXPECT_TRUE(s.date.empty());
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_NE(result->warnings[0].find("binnenkort"), std::string::npos);
}

TEST(TextIngester, MarkdownFrontMatterAndStructure) {
    auto result = read("reactie.md",
                       "---\n"
                       "naam: \"Karin Jansen\"\n"
                       "organisatie: Agrifood Capital\n"
                       "groep: partner\n"
                       "email: karin@example.org\n"
                       "datum: 2024-11-30\n"
                       "onderwerp: 'Reactie kader'\n"
                       "tags: [a, b]\n"
                       "---\n"
                       "\n"
                       "Inleiding\n"
                       "=========\n"
                       "\n"
                       "Wij zijn **blij** met het _kader_.\n"
                       "\n"
                       "## Opmerkingen ##\n"
                       "\n"
                       "* Zie [de website](https://example.org/kader) voor `details`.\n"
                       "* Tweede punt<!-- intern -->\n"
                       "\n"
                       "1. Eerste genummerde\n"
                       "2) Tweede genummerde\n"
                       "\n"
                       "---\n"
                       "\n"
                       "> Citaat uit het kader\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.stakeholder.name, "Karin Jansen");
    EXPECT_EQ(s.stakeholder.organisation, "Agrifood Capital");
    EXPECT_EQ(s.stakeholder.group, "partner");
    EXPECT_EQ(s.stakeholder.email, "karin@example.org");
    EXPECT_EQ(s.date, "2024-11-30");
    EXPECT_EQ(s.subject, "Reactie kader");
    EXPECT_EQ(s.body,
              "# Inleiding\n\n"
              "Wij zijn blij met het kader.\n\n"
              "## Opmerkingen\n\n"
              "* Zie de website (https://example.org/kader) voor details.\n"
              "* Tweede punt\n\n"
              "1. Eerste genummerde\n"
              "2) Tweede genummerde\n\n"
              "Citaat uit het kader");
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_NE(result->warnings[0].find("tags"), std::string::npos);
}

TEST(TextIngester, MarkdownSetextSubheadingAndListAreNotConfused) {
    auto result = read("x.md", "Titel\n-----\n\n- item een\n- item twee\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "## Titel\n\n- item een\n- item twee");
}

TEST(TextIngester, LeadingHorizontalRuleIsNotFrontMatter) {
    auto result = read("x.md", "---\nGewone tekst hier.\n\nNog een alinea.\n");
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Gewone tekst hier.\n\nNog een alinea.");
}

TEST(TextIngester, Windows1252BytesBecomeUtf8) {
    // "Café’s en één euro: €" in windows-1252.
    const std::string bytes = "Caf\xE9\x92s en \xE9\xE9n euro: \x80 \x96 overleg gewenst.\r\n";
    const auto result = read("oud.txt", bytes);
    const auto& s = only_submission(result);
    EXPECT_EQ(s.body, "Caf\xC3\xA9\xE2\x80\x99s en \xC3\xA9\xC3\xA9n euro: \xE2\x82\xAC \xE2\x80\x93 overleg gewenst.");
}

TEST(TextIngester, Utf16WithByteOrderMarkIsRead) {
    const std::string text = "Hallo";
    std::string bytes = "\xFF\xFE";
    for (char c : text) {
        bytes.push_back(c);
        bytes.push_back('\0');
    }
    const auto result = read("notepad.txt", bytes);
    EXPECT_EQ(only_submission(result).body, "Hallo");
}

TEST(TextIngester, WordBulletsBecomeListItems) {
    const auto result = read("w.txt", "Punten:\n\xE2\x80\x93 eerste\no\ttweede\n\xC2\xB7 derde\n");
    EXPECT_EQ(only_submission(result).body, "Punten:\n- eerste\n- tweede\n- derde");
}

TEST(TextIngester, EmptyFileIsAnError) {
    for (const std::string bytes : {"", "   \n\t\r\n  "}) {
        auto result = read("leeg.txt", bytes);
        ASSERT_FALSE(result.ok());
        EXPECT_NE(result.error().message.find("bevat geen tekst"), std::string::npos);
    }
}

TEST(TextIngester, HeaderWithoutContentIsAnError) {
    auto result = read("kop.txt", "Van: Jan\nBetreft: kader\n\n\n");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("bevat geen tekst"), std::string::npos);
}

TEST(TextIngester, BinaryBytesAreAnError) {
    const std::string pdf_like("%PDF-1.7\n\0\0\x01\x02 binary", 21);
    auto result = read("stiekem.txt", pdf_like);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("is geen tekstbestand"), std::string::npos);

    const std::string controls = "\x01\x02\x03\x04\x05\x06\x07\x08" "abc";
    auto second = read("ruis.txt", controls);
    ASSERT_FALSE(second.ok());
    EXPECT_NE(second.error().message.find("is geen tekstbestand"), std::string::npos);
}

TEST(TextIngester, CanBeCalledFromSeveralThreads) {
    TextIngester ingester;
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                auto r = ingester.read(SourceFile{"a.md", "a.md", "---\nnaam: A\n---\nTekst **vet**.\n"});
                if (r.ok() && r->submissions.at(0).body == "Tekst vet.") ++ok;
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(ok.load(), 200);
}

}  // namespace

namespace {

// std::regex recurses per character: a very long line must not overflow the stack.
TEST(TextIngester, VeryLongLinesDoNotCrash) {
    std::string line;
    while (line.size() < 300000) line += "Een **lange** zin met [een link](https://example.org) en _nadruk_ erin. ";
    auto markdown = read("lang.md", "---\nnaam: A\n---\n" + line + "\n- " + line + "\n");
    ASSERT_TRUE(markdown.ok());
    EXPECT_GT(markdown->submissions.at(0).body.size(), 200000u);
    auto plain = read("lang.txt", "Betreft: " + line + "\n\n" + line + "\n");
    ASSERT_TRUE(plain.ok());
    EXPECT_GT(plain->submissions.at(0).body.size(), 200000u);
}

}  // namespace

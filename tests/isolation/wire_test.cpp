// What passes between the host and a parse worker arrives whole, and a damaged answer is an
// error, never a read past the end.
#include <gtest/gtest.h>

#include "isolation/wire.hpp"

namespace inspraak::core {
namespace {

ParseAnswer sample_answer() {
    ParseAnswer answer;
    answer.outcome = ParseOutcome::read;
    answer.detail = "";
    IngestedSubmission submission;
    submission.stakeholder = Stakeholder{"Anna Jansen", "Ondernemersvereniging", "bedrijfsleven", "a@example.nl", "06"};
    submission.subject = "Zienswijze";
    submission.date = "2026-11-30";
    submission.body = std::string("Tekst met een nul\0byte erin", 27);
    submission.reference = "H5";
    submission.notes = {"uit OCR", "zekerheid 71%"};
    answer.result.submissions = {submission, IngestedSubmission{}};
    answer.result.warnings = {"een waarschuwing"};
    answer.result.embedded = {EmbeddedFile{"brief.pdf", "application/pdf", std::string("%PDF\xff\x00", 6), 0},
                              EmbeddedFile{"", "", "", -1}};
    return answer;
}

TEST(Wire, AnAnswerComesBackAsItWasSent) {
    ParseAnswer sent = sample_answer();
    ParseAnswer got = decode_answer(encode(sent));
    EXPECT_EQ(got.outcome, ParseOutcome::read);
    ASSERT_EQ(got.result.submissions.size(), 2u);
    const auto& s = got.result.submissions[0];
    EXPECT_EQ(s.stakeholder.name, "Anna Jansen");
    EXPECT_EQ(s.stakeholder.phone, "06");
    EXPECT_EQ(s.body, sent.result.submissions[0].body);
    EXPECT_EQ(s.body.size(), 27u);
    EXPECT_EQ(s.notes, sent.result.submissions[0].notes);
    EXPECT_EQ(got.result.warnings, sent.result.warnings);
    ASSERT_EQ(got.result.embedded.size(), 2u);
    EXPECT_EQ(got.result.embedded[0].bytes, sent.result.embedded[0].bytes);
    EXPECT_EQ(got.result.embedded[0].belongs_to, 0);
    EXPECT_EQ(got.result.embedded[1].belongs_to, -1);
}

TEST(Wire, ARequestComesBackAsItWasSent) {
    ParseRequest sent{"pdf", "ingest-pdf", SourceFile{"/tmp/a.pdf", "inzendingen/a.pdf", "%PDF-1.7"}, ParseLimits{}};
    sent.limits.cpu = std::chrono::seconds(7);
    sent.limits.memory_bytes = 123456789;
    ParseRequest got = decode_request(encode(sent));
    EXPECT_EQ(got.extension, "pdf");
    EXPECT_EQ(got.plugin, "ingest-pdf");
    EXPECT_EQ(got.file.display_path, "inzendingen/a.pdf");
    EXPECT_EQ(got.file.bytes, "%PDF-1.7");
    EXPECT_EQ(got.limits.cpu.count(), 7);
    EXPECT_EQ(got.limits.memory_bytes, 123456789u);
}

TEST(Wire, EveryTruncatedAnswerIsAWireError) {
    const std::string whole = encode(sample_answer());
    for (size_t size = 0; size < whole.size(); ++size)
        EXPECT_THROW(decode_answer(std::string_view(whole).substr(0, size)), WireError) << size;
    EXPECT_THROW(decode_answer(whole + "x"), WireError);
}

TEST(Wire, AHugeCountIsRefusedBeforeAnythingIsAllocated) {
    std::string bytes = encode(ParseAnswer{ParseOutcome::read, "", {}});
    // The submissions' count sits after the outcome (8 bytes) and the empty detail (8 bytes).
    const uint64_t huge = uint64_t{1} << 60;
    bytes.replace(16, 8, reinterpret_cast<const char*>(&huge), 8);
    EXPECT_THROW(decode_answer(bytes), WireError);
}

TEST(Wire, AFrameLongerThanAllowedIsRefused) {
    std::string framed = frame("abc");
    EXPECT_EQ(frame_length(framed.substr(0, frame_header_size), 3), 3u);
    EXPECT_THROW(frame_length(framed.substr(0, frame_header_size), 2), WireError);
}

}  // namespace
}  // namespace inspraak::core

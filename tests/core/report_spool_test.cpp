// The published rows a report makes once and every format reads back (pipeline/report_spool.hpp):
// every field comes back as written, in order, filtered as asked, across the reader's blocks and
// on several threads at once.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "pipeline/report_spool.hpp"

namespace inspraak::core {
namespace {

class RowsFromVector final : public ReportPointReader {
public:
    explicit RowsFromVector(const std::vector<ReportEntry>& rows) : rows_(rows) {}
    Result<const ReportEntry*> next() noexcept override {
        if (at_ == rows_.size()) return static_cast<const ReportEntry*>(nullptr);
        return &rows_[at_++];
    }

private:
    const std::vector<ReportEntry>& rows_;
    std::size_t at_ = 0;
};

ReportEntry row(int i) {
    ReportEntry e;
    e.submission = ReportSubmission{"I" + std::to_string(i), "submissions/" + std::to_string(i) + ".eml",
                                    Stakeholder{"Naam " + std::to_string(i), "Org", i % 2 ? "inwoner" : "ondernemers",
                                                "n@example.org", "06"},
                                    "Inwoner"};
    ReportPoint& p = e.point;
    p.id = e.submission.id + ".1";
    p.submission_id = e.submission.id;
    p.label = "Inwoner";
    p.group = e.submission.stakeholder.group;
    // Every tenth row is longer than a reader's block (256 KB); the others a few hundred bytes.
    p.text = i % 10 == 3 ? std::string(300 * 1024, 'x') + std::to_string(i) : "Tekst met é en \n regels " + std::to_string(i);
    p.chapters = {{"h" + std::to_string(i % 4), std::to_string(i % 4), "Hoofdstuk", 0.25 * (i % 4)}};
    p.section = "3.1";
    p.route = i % 3 == 0 ? "geen" : "kader";
    p.route_name = "Kader";
    p.confidence = 1.0 / (i + 1);
    p.why = {"woord", std::to_string(i)};
    p.reaction = i % 5 ? "Dank." : "";
    p.status = "draft";
    p.notes = i % 4 ? std::vector<std::string>{} : std::vector<std::string>{"uit OCR"};
    p.origin = "";
    p.group_size = 1 + i % 3;
    for (int m = 1; m < p.group_size; ++m) p.group_members.push_back("I9" + std::to_string(i) + "." + std::to_string(m));
    return e;
}

void expect_same(const ReportEntry& a, const ReportEntry& b) {
    EXPECT_EQ(a.submission.id, b.submission.id);
    EXPECT_EQ(a.submission.source, b.submission.source);
    EXPECT_EQ(a.submission.label, b.submission.label);
    EXPECT_EQ(a.submission.stakeholder.name, b.submission.stakeholder.name);
    EXPECT_EQ(a.submission.stakeholder.organisation, b.submission.stakeholder.organisation);
    EXPECT_EQ(a.submission.stakeholder.group, b.submission.stakeholder.group);
    EXPECT_EQ(a.submission.stakeholder.email, b.submission.stakeholder.email);
    EXPECT_EQ(a.submission.stakeholder.phone, b.submission.stakeholder.phone);
    const ReportPoint& p = a.point;
    const ReportPoint& q = b.point;
    EXPECT_EQ(p.id, q.id);
    EXPECT_EQ(p.submission_id, q.submission_id);
    EXPECT_EQ(p.label, q.label);
    EXPECT_EQ(p.group, q.group);
    EXPECT_EQ(p.text, q.text);
    ASSERT_EQ(p.chapters.size(), q.chapters.size());
    for (std::size_t i = 0; i < p.chapters.size(); ++i) {
        EXPECT_EQ(p.chapters[i].id, q.chapters[i].id);
        EXPECT_EQ(p.chapters[i].number, q.chapters[i].number);
        EXPECT_EQ(p.chapters[i].title, q.chapters[i].title);
        EXPECT_EQ(p.chapters[i].score, q.chapters[i].score);
    }
    EXPECT_EQ(p.section, q.section);
    EXPECT_EQ(p.route, q.route);
    EXPECT_EQ(p.route_name, q.route_name);
    EXPECT_EQ(p.confidence, q.confidence);  // bit for bit
    EXPECT_EQ(p.why, q.why);
    EXPECT_EQ(p.reaction, q.reaction);
    EXPECT_EQ(p.status, q.status);
    EXPECT_EQ(p.notes, q.notes);
    EXPECT_EQ(p.origin, q.origin);
    EXPECT_EQ(p.group_size, q.group_size);
    EXPECT_EQ(p.group_members, q.group_members);
}

std::vector<ReportEntry> read_all(const ReportSpool& spool, const ReportPointFilter& filter) {
    std::vector<ReportEntry> out;
    auto reader = spool.reader(filter);
    for (;;) {
        const Result<const ReportEntry*> next = reader->next();
        if (!next) ADD_FAILURE() << next.error().message;
        if (!next || *next == nullptr) return out;
        out.push_back(**next);
    }
}

class ReportSpoolTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (int i = 0; i < 3000; ++i) rows_.push_back(row(i));
        RowsFromVector source(rows_);
        spool_ = ReportSpool::write(source);
    }
    std::vector<ReportEntry> rows_;
    std::shared_ptr<const ReportSpool> spool_;
};

TEST_F(ReportSpoolTest, EveryRowComesBackAsWrittenInOrder) {
    EXPECT_EQ(spool_->rows(), 3000);
    const std::vector<ReportEntry> back = read_all(*spool_, {});
    ASSERT_EQ(back.size(), rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) expect_same(back[i], rows_[i]);
    // A second pass reads the same again.
    EXPECT_EQ(read_all(*spool_, {}).size(), rows_.size());
}

TEST_F(ReportSpoolTest, AFilterKeepsTheRowsOfARouteOrAStakeholderGroup) {
    const auto kader = read_all(*spool_, ReportPointFilter{"kader", ""});
    EXPECT_EQ(static_cast<int64_t>(kader.size()), spool_->rows_per_route().at("kader"));
    EXPECT_EQ(spool_->rows_per_route().at("geen"), 1000);
    EXPECT_EQ(kader.size(), 2000u);
    for (const auto& e : kader) EXPECT_EQ(e.point.route, "kader");
    const auto residents_of_kader = read_all(*spool_, ReportPointFilter{"kader", "inwoner"});
    std::size_t expected = 0;
    for (const auto& e : rows_) expected += e.point.route == "kader" && e.point.group == "inwoner";
    EXPECT_EQ(residents_of_kader.size(), expected);
    for (const auto& e : residents_of_kader) EXPECT_EQ(e.point.group, "inwoner");
    EXPECT_TRUE(read_all(*spool_, ReportPointFilter{"onbekend", ""}).empty());
}

TEST_F(ReportSpoolTest, ReadersOnSeveralThreadsEachReadEveryRow) {
    std::vector<std::size_t> counts(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t)
        threads.emplace_back([&, t] {
            const auto back = read_all(*spool_, {});
            std::size_t same = 0;
            for (std::size_t i = 0; i < back.size() && i < rows_.size(); ++i) same += back[i].point.text == rows_[i].point.text;
            counts[t] = same;
        });
    for (auto& t : threads) t.join();
    for (std::size_t count : counts) EXPECT_EQ(count, rows_.size());
}

TEST(ReportSpool, NoRowsIsAnEmptySpool) {
    const std::vector<ReportEntry> none;
    RowsFromVector source(none);
    const auto spool = ReportSpool::write(source);
    EXPECT_EQ(spool->rows(), 0);
    EXPECT_TRUE(read_all(*spool, {}).empty());
}

}  // namespace
}  // namespace inspraak::core

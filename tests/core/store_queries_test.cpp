// The store's unit of work, its queries (a point, a filtered page of points, the audit log), ids
// from its own sequence and the machine's conditional writes; on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>

#include "store/store.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak::core {
namespace {

Framework two_chapters() {
    Framework f;
    f.title = "Kader";
    f.sections = {{"h1", "1", "Aanleiding", SectionKind::chapter, "", 1}, {"h2", "2", "Plan", SectionKind::chapter, "", 1}};
    return f;
}

Classification classified(const std::string& chapter, const std::string& route, double confidence) {
    Classification c;
    c.chapters = {{chapter, confidence, ""}};
    c.route = route;
    c.confidence = confidence;
    c.method = "test";
    return c;
}

// I001 (inwoner): I001.1 .. I001.3; I002 (ondernemers): I002.1, I002.2.
class StoreQueries : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        where_ = std::make_unique<TestStore>(GetParam());
        store_ = std::make_unique<Store>(Store::create(where_->location()));
        store().write([](Store& s) {
            s.replace_framework(two_chapters());
            int64_t file = s.add_file("submissions/a.txt", "sha", "x", "ingest-text", "ok", "");
            IngestedSubmission submission;
            submission.subject = "Onderwerp";
            std::string first = s.add_submission(file, 0, Stakeholder{"An", "", "inwoner", "", ""}, submission);
            std::string second = s.add_submission(file, 1, Stakeholder{"Bo", "BV", "ondernemers", "", ""}, submission);
            for (int i = 1; i <= 3; ++i)
                s.add_point(Point{first + "." + std::to_string(i), first, i, "Punt over de haven " + std::to_string(i), "", ""});
            for (int i = 1; i <= 2; ++i)
                s.add_point(Point{second + "." + std::to_string(i), second, i, "Punt over het plein " + std::to_string(i), "", ""});
            s.save_classification("I001.1", classified("h1", "kader", 0.9), "");
            s.save_classification("I001.2", classified("h2", "geen", 0.3), "ria");
            s.save_classification("I002.1", classified("h2", "kader", 0.6), "");
            s.save_reaction("I001.1", Reaction{"Dank.", "approved", "ria"});
            s.save_reaction("I002.1", Reaction{"Concept.", "draft", std::string(machine_author)});
            s.save_point_groups({{"I001.3", "I001.3", 1.0}, {"I002.2", "I001.3", 0.9}});
        });
    }

    std::vector<std::string> ids(const PointQuery& query) {
        std::vector<std::string> found;
        for (const auto& detail : store().find_points(query)) found.push_back(detail.point.id);
        return found;
    }

    Store& store() { return *store_; }

    std::unique_ptr<TestStore> where_;  // before store_: the round outlives the connection to it
    std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backend, StoreQueries, all_store_backends, store_backend_name);

TEST_P(StoreQueries, APointComesWithItsSubmissionClassificationReactionAndGroup) {
    auto detail = store().point("I001.1");
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->point.text, "Punt over de haven 1");
    EXPECT_EQ(detail->submission.id, "I001");
    EXPECT_EQ(detail->submission.stakeholder.name, "An");
    EXPECT_EQ(detail->submission.source, "submissions/a.txt");
    ASSERT_TRUE(detail->classification.has_value());
    EXPECT_EQ(detail->classification->classification.route, "kader");
    ASSERT_EQ(detail->classification->classification.chapters.size(), 1u);
    EXPECT_EQ(detail->classification->classification.chapters[0].section_id, "h1");
    ASSERT_TRUE(detail->reaction.has_value());
    EXPECT_EQ(detail->reaction->status, "approved");
    EXPECT_FALSE(detail->group.has_value());

    auto member = store().point("I002.2");
    ASSERT_TRUE(member.has_value());
    ASSERT_TRUE(member->group.has_value());
    EXPECT_EQ(member->group->group_id, "I001.3");
    EXPECT_FALSE(member->classification.has_value());
    EXPECT_FALSE(store().point("I404.1").has_value());
}

TEST_P(StoreQueries, PointsByIdComeInTheOrderAskedWithoutTheUnknownOnes) {
    store().write([](Store& s) { s.assign_points({"I002.1"}, "ria", "beheer"); });
    const std::vector<PointDetail> found = store().points_by_id({"I002.1", "I404.1", "I001.2", "I001.1"});
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].point.id, "I002.1");
    EXPECT_EQ(found[0].submission.stakeholder.organisation, "BV");
    EXPECT_EQ(found[0].assigned_to, "ria");
    ASSERT_TRUE(found[0].reaction.has_value());
    EXPECT_EQ(found[0].reaction->text, "Concept.");
    EXPECT_EQ(found[1].point.id, "I001.2");
    ASSERT_TRUE(found[1].classification.has_value());
    EXPECT_EQ(found[1].classification->decided_by, "ria");
    ASSERT_EQ(found[1].classification->classification.chapters.size(), 1u);
    EXPECT_EQ(found[1].classification->classification.chapters[0].section_id, "h2");
    EXPECT_EQ(found[1].assigned_to, "");
    EXPECT_EQ(found[2].point.id, "I001.1");
    EXPECT_TRUE(store().points_by_id({}).empty());

    // More ids than one statement takes (2,048): every point, each once, in the order asked.
    store().write([](Store& s) {
        int64_t file = s.add_file("submissions/b.txt", "sha-b", "x", "ingest-text", "ok", "");
        const std::string many = s.add_submission(file, 0, Stakeholder{"Cas", "", "inwoner", "", ""}, IngestedSubmission{});
        for (int i = 1; i <= 2500; ++i) {
            s.add_point(Point{many + "." + std::to_string(i), many, i, "Punt " + std::to_string(i), "", ""});
            if (i % 7 == 0) s.save_classification(many + "." + std::to_string(i), classified("h1", "kader", 0.5), "");
        }
    });
    std::vector<std::string> asked;
    for (int i = 2500; i >= 1; --i) asked.push_back("I003." + std::to_string(i));
    const std::vector<PointDetail> all = store().points_by_id(asked);
    ASSERT_EQ(all.size(), asked.size());
    for (std::size_t i = 0; i < asked.size(); ++i) {
        ASSERT_EQ(all[i].point.id, asked[i]);
        EXPECT_EQ(all[i].classification.has_value(), (2500 - i) % 7 == 0) << asked[i];
        if (all[i].classification) {
            EXPECT_EQ(all[i].classification->classification.chapters.size(), 1u);
        }
    }
}

TEST_P(StoreQueries, PagesAfterACursorWalkEveryPointOnceInRoundOrderWithWhatBelongsToIt) {
    // Two per page: a page ends inside the first submission, the next crosses into the second.
    std::vector<std::vector<std::string>> pages;
    std::map<std::string, PointDetail> seen;
    store().for_each_point_page(2, [&](const std::vector<PointDetail>& page) {
        pages.emplace_back();
        for (const auto& p : page) {
            pages.back().push_back(p.point.id);
            seen[p.point.id] = p;
        }
    });
    EXPECT_EQ(pages, (std::vector<std::vector<std::string>>{{"I001.1", "I001.2"}, {"I001.3", "I002.1"}, {"I002.2"}}));

    const PointDetail& approved = seen.at("I001.1");
    EXPECT_EQ(approved.point.text, "Punt over de haven 1");
    ASSERT_TRUE(approved.classification.has_value());
    EXPECT_EQ(approved.classification->classification.route, "kader");
    EXPECT_DOUBLE_EQ(approved.classification->classification.confidence, 0.9);
    ASSERT_EQ(approved.classification->classification.chapters.size(), 1u);
    EXPECT_EQ(approved.classification->classification.chapters[0].section_id, "h1");
    EXPECT_EQ(approved.classification->classification.method, "test");
    EXPECT_TRUE(approved.classification->decided_by.empty());
    ASSERT_TRUE(approved.reaction.has_value());
    EXPECT_EQ(approved.reaction->status, "approved");
    EXPECT_EQ(approved.reaction->author, "ria");
    EXPECT_FALSE(approved.group.has_value());

    EXPECT_EQ(seen.at("I001.2").classification->decided_by, "ria");
    EXPECT_EQ(seen.at("I001.2").classification->classification.chapters.at(0).section_id, "h2");
    EXPECT_FALSE(seen.at("I001.2").reaction.has_value());
    const PointDetail& member = seen.at("I002.2");
    EXPECT_FALSE(member.classification.has_value());
    ASSERT_TRUE(member.group.has_value());
    EXPECT_EQ(member.group->group_id, "I001.3");
    EXPECT_DOUBLE_EQ(member.group->similarity, 0.9);

    // Past the last point: an empty page.
    const RoundPointPage last = store().points_after(RoundCursor{}, 5);
    ASSERT_EQ(last.points.size(), 5u);
    EXPECT_TRUE(store().points_after(last.next, 5).points.empty());
    EXPECT_TRUE(last.points.at(0).submission.body.empty());  // a page never reads the letters
}

TEST_P(StoreQueries, AWalkOfThePublishedRowsLeavesOutTheMembersOfAGroup) {
    // I002.2 is a member of the group I001.3 leads: a page of two ends after I002.1 and the next
    // is empty, the member passed over.
    const RoundPointPage first = store().points_after(RoundCursor{}, 2, RoundWalk::published_rows);
    const RoundPointPage second = store().points_after(first.next, 2, RoundWalk::published_rows);
    const RoundPointPage third = store().points_after(second.next, 2, RoundWalk::published_rows);
    std::vector<std::string> ids;
    for (const auto* page : {&first, &second, &third})
        for (const auto& p : page->points) ids.push_back(p.point.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"I001.1", "I001.2", "I001.3", "I002.1"}));
    EXPECT_TRUE(third.points.empty());
    ASSERT_TRUE(second.points.at(0).group.has_value());  // the lead comes with its group
    EXPECT_EQ(second.points.at(0).group->group_id, "I001.3");
}

TEST_P(StoreQueries, AWalkOfTheGroupsReadsEachGroupedPointWithItsTextInRoundOrder) {
    store().write([](Store& s) { s.save_point_groups({{"I001.1", "I001.1", 1.0}, {"I002.1", "I001.1", 0.8}}); });
    std::vector<std::string> seen;
    RoundCursor cursor;
    for (;;) {
        const GroupedPointPage page = store().grouped_points_after(cursor, 1);
        if (page.points.empty()) break;
        ASSERT_EQ(page.points.size(), 1u);
        cursor = page.next;
        seen.push_back(page.points[0].point_id + ">" + page.points[0].group_id + ":" + page.points[0].text);
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"I001.1>I001.1:Punt over de haven 1", "I001.3>I001.3:Punt over de haven 3",
                                              "I002.1>I001.1:Punt over het plein 1", "I002.2>I001.3:Punt over het plein 2"}));
}

TEST_P(StoreQueries, OnePointComesWithItsSubmissionsBody) {
    store().write([](Store& s) {
        int64_t file = s.add_file("submissions/brief.txt", "sha-brief", "x", "ingest-text", "ok", "");
        IngestedSubmission letter;
        letter.body = "Geachte raad, de hele brief.";
        const std::string id = s.add_submission(file, 0, Stakeholder{"Di", "", "inwoner", "", ""}, letter);
        s.add_point(Point{id + ".1", id, 1, "de hele brief", "", ""});
    });
    const auto one = store().point("I003.1");
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->submission.body, "Geachte raad, de hele brief.");
    EXPECT_TRUE(store().points_by_id({"I003.1"}).at(0).submission.body.empty());
}

TEST_P(StoreQueries, PointsAreFilteredAndPagedInRoundOrder) {
    EXPECT_EQ(ids({}), (std::vector<std::string>{"I001.1", "I001.2", "I001.3", "I002.1", "I002.2"}));
    PointQuery q;
    q.chapter = "h2";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I001.2", "I002.1"}));
    q = {};
    q.route = "kader";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I001.1", "I002.1"}));
    q = {};
    q.status = "draft";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I002.1"}));
    q.status = "none";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I001.2", "I001.3", "I002.2"}));
    q = {};
    q.stakeholder_group = "ondernemers";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I002.1", "I002.2"}));
    q = {};
    q.min_confidence = 0.5;
    q.max_confidence = 0.7;
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I002.1"}));
    q = {};
    q.text_contains = "plein";
    q.route = "kader";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I002.1"}));

    // Pages follow each other without gaps or repeats.
    PointQuery page;
    page.limit = 2;
    EXPECT_EQ(ids(page), (std::vector<std::string>{"I001.1", "I001.2"}));
    page.offset = 2;
    EXPECT_EQ(ids(page), (std::vector<std::string>{"I001.3", "I002.1"}));
    page.offset = 4;
    EXPECT_EQ(ids(page), (std::vector<std::string>{"I002.2"}));
}

// Keyset pages (the report reads a round of a million points this way): after a point, in round
// order, so a page costs the same at the end as at the start; a later submission's first point
// follows an earlier one's last, whatever their positions.
TEST_P(StoreQueries, PointsArePagedAfterAPointInRoundOrder) {
    PointQuery page;
    page.limit = 2;
    page.after_point = "I001.2";
    EXPECT_EQ(ids(page), (std::vector<std::string>{"I001.3", "I002.1"}));
    page.after_point = "I001.3";
    EXPECT_EQ(ids(page), (std::vector<std::string>{"I002.1", "I002.2"}));
    page.after_point = "I002.2";
    EXPECT_TRUE(ids(page).empty());
    page.after_point = "I404.1";  // an unknown point: nothing, rather than everything again
    EXPECT_TRUE(ids(page).empty());

    // Page by page through the published rows: a group's members (I002.2 follows I001.3) left out.
    std::vector<std::string> rows;
    PointQuery leads;
    leads.leads_only = true;
    leads.limit = 1;
    for (std::vector<std::string> next = ids(leads); !next.empty(); next = ids(leads)) {
        rows.insert(rows.end(), next.begin(), next.end());
        leads.after_point = next.back();
    }
    EXPECT_EQ(rows, (std::vector<std::string>{"I001.1", "I001.2", "I001.3", "I002.1"}));
    leads = {};
    leads.leads_only = true;
    EXPECT_EQ(store().count_points(leads), 4);
    // With a filter: the rows of one route after a point.
    PointQuery route;
    route.route = "kader";
    route.after_point = "I001.1";
    EXPECT_EQ(ids(route), (std::vector<std::string>{"I002.1"}));
    // Only in round order.
    PointQuery ordered;
    ordered.order = PointOrder::confidence_ascending;
    ordered.after_point = "I001.1";
    EXPECT_THROW(store().find_points(ordered), std::invalid_argument);
}

TEST_P(StoreQueries, SubmissionsArePagedInRoundOrder) {
    const auto first = store().submissions_page("", 1);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].id, "I001");
    EXPECT_EQ(first[0].stakeholder.name, "An");
    const auto second = store().submissions_page("I001", 5);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].id, "I002");
    EXPECT_EQ(second[0].source, "submissions/a.txt");
    EXPECT_TRUE(store().submissions_page("I002", 5).empty());
    EXPECT_EQ(store().submissions_page("", 5).size(), 2u);
}

// A run of reads (Store::read) sees the store and may nest; inside a write it joins it.
TEST_P(StoreQueries, ReadsRunTogetherAndInsideAWrite) {
    const auto outer = store().read([](Store& s) {
        const auto inner = s.read([](Store& again) { return again.find_points({}).size(); });
        return inner + s.submissions().size();
    });
    EXPECT_EQ(outer, 7u);
    store().write([](Store& s) {
        s.add_point(Point{"I002.3", "I002", 3, "Nog een punt", "", ""});
        EXPECT_EQ(s.read([](Store& again) { return again.find_points({}).size(); }), 6u);
    });
    EXPECT_TRUE(store().reusable());
}

TEST_P(StoreQueries, CountsAllPagesAndFiltersBySectionGroupAndTextIgnoringAsciiCase) {
    PointQuery all;
    all.limit = 2;
    EXPECT_EQ(store().count_points(all), 5);
    PointQuery q;
    q.group_id = "I001.3";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I001.3", "I002.2"}));
    EXPECT_EQ(store().group_point_ids("I001.3"), ids(q));  // the same through the group's index
    EXPECT_TRUE(store().group_point_ids("I002.1").empty());
    q = {};
    q.text_contains = "PLEIN";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I002.1", "I002.2"}));
    EXPECT_EQ(store().count_points(q), 2);
    Classification with_section = classified("h1", "kader", 0.8);
    with_section.chapters[0].best_section_id = "h1.2";
    ASSERT_TRUE(store().save_machine_classification("I001.3", with_section));
    q = {};
    q.section = "h1.2";
    EXPECT_EQ(ids(q), (std::vector<std::string>{"I001.3"}));
    EXPECT_EQ(store().count_points(q), 1);
}

TEST_P(StoreQueries, TheAuditLogIsReadPerEntityAndAfterAnEntry) {
    store().audit("ria", "point", "I001.1", "route", "geen", "kader");
    store().audit("ria", "point", "I001.2", "route", "kader", "geen");
    store().audit("inspraak", "point", "I001.1", "reaction", "", "Dank.");
    AuditQuery one;
    one.entity = "point";
    one.entity_id = "I001.1";
    auto entries = store().audit_log(one);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].field, "route");
    EXPECT_EQ(entries[0].old_value, "geen");
    EXPECT_EQ(entries[1].who, "inspraak");
    EXPECT_FALSE(entries[1].at.empty());
    AuditQuery since;
    since.after_id = entries[0].id;
    EXPECT_EQ(store().audit_log(since).size(), 2u);
    EXPECT_EQ(store().audit_log().size(), 3u);
    one.after_id = entries[0].id;
    ASSERT_EQ(store().audit_log(one).size(), 1u);
    EXPECT_EQ(store().audit_log(one)[0].field, "reaction");
}

TEST_P(StoreQueries, SubmissionIdsAreNeverHandedOutTwice) {
    // The last submission's file goes; max(seq) + 1 would give its id to the next one.
    int64_t file = store().write([](Store& s) { return s.add_file("submissions/b.txt", "sha-b", "y", "ingest-text", "ok", ""); });
    std::string third = store().write([&](Store& s) { return s.add_submission(file, 0, Stakeholder{}, IngestedSubmission{}); });
    EXPECT_EQ(third, "I003");
    store().remove_file(file);
    int64_t again = store().add_file("submissions/b.txt", "sha-b2", "z", "ingest-text", "ok", "");
    EXPECT_EQ(store().add_submission(again, 0, Stakeholder{}, IngestedSubmission{}), "I004");
}

TEST_P(StoreQueries, TheMachineNeverOverwritesWhatAPersonDecided) {
    // I001.2 was decided by ria: the machine's proposal is refused, hers stands.
    EXPECT_FALSE(store().save_machine_classification("I001.2", classified("h1", "kader", 0.99)));
    auto decided = store().point("I001.2")->classification;
    EXPECT_EQ(decided->classification.route, "geen");
    EXPECT_EQ(decided->classification.chapters.at(0).section_id, "h2");
    EXPECT_EQ(decided->decided_by, "ria");
    // Undecided and unclassified points take it.
    EXPECT_TRUE(store().save_machine_classification("I002.1", classified("h1", "geen", 0.4)));
    EXPECT_TRUE(store().save_machine_classification("I001.3", classified("h1", "kader", 0.8)));
    EXPECT_EQ(store().point("I002.1")->classification->classification.route, "geen");
    EXPECT_EQ(store().point("I001.3")->classification->classification.chapters.at(0).section_id, "h1");

    // Reactions: an approved or person-written one stands; a machine draft or none is written.
    EXPECT_FALSE(store().save_machine_draft("I001.1", "Machine."));
    EXPECT_EQ(store().point("I001.1")->reaction->text, "Dank.");
    EXPECT_TRUE(store().save_machine_draft("I002.1", "Nieuw concept."));
    EXPECT_TRUE(store().save_machine_draft("I001.2", "Eerste concept."));
    EXPECT_EQ(store().point("I001.2")->reaction->author, machine_author);
    store().save_reaction("I001.2", Reaction{"Eigen tekst.", "draft", "ria"});
    EXPECT_FALSE(store().save_machine_draft("I001.2", "Machine."));
    EXPECT_EQ(store().point("I001.2")->reaction->text, "Eigen tekst.");
}

TEST_P(StoreQueries, AWriteIsAllOrNothingAndANestedOneJoinsIt) {
    store().write([](Store& outer) {
        outer.audit("a", "point", "I001.1", "x", "", "1");
        outer.write([](Store& inner) { inner.audit("a", "point", "I001.1", "x", "1", "2"); });
        EXPECT_TRUE(outer.in_write());
    });
    EXPECT_EQ(store().audit_count(), 2);
    EXPECT_THROW(store().write([](Store& outer) {
        outer.audit("a", "point", "I001.1", "x", "2", "3");
        outer.write([](Store& inner) {
            inner.audit("a", "point", "I001.1", "x", "3", "4");
            throw std::runtime_error("kapot");
        });
    }),
                 std::runtime_error);
    EXPECT_EQ(store().audit_count(), 2);
    // A nested failure swallowed by the outer write still writes nothing.
    EXPECT_THROW(store().write([](Store& outer) {
        outer.audit("a", "point", "I001.1", "x", "2", "3");
        try {
            outer.write([](Store&) { throw std::runtime_error("kapot"); });
        } catch (const std::runtime_error&) {
        }
    }),
                 StoreError);
    EXPECT_EQ(store().audit_count(), 2);
    EXPECT_FALSE(store().in_write());
}

}  // namespace
}  // namespace inspraak::core

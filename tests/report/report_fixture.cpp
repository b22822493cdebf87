#include "report_fixture.hpp"

namespace report_test {

using inspraak::ReportChapter;
using inspraak::ReportModel;
using inspraak::ReportPoint;
using inspraak::ReportSubmission;

namespace {

const ReportChapter aanleiding{"h1", "1", "Aanleiding", 0};
const ReportChapter strategie{"h5", "5", "Strategie", 0};
const ReportChapter criteria{"b1", "B1", "Criteria voor deelname", 0};

ReportChapter scored(ReportChapter chapter, double score) {
    chapter.score = score;
    return chapter;
}

ReportPoint point(std::string id, const ReportSubmission& from, std::string text) {
    ReportPoint p;
    p.id = std::move(id);
    p.submission_id = from.id;
    p.label = from.label;
    p.group = from.stakeholder.group;
    p.text = std::move(text);
    return p;
}

}  // namespace

ReportModel make_model() {
    ReportModel model;
    model.title = "Reacties op het testkader Samenwerking";
    model.date = "2024-12-12";
    model.language = "nl";
    model.general_reaction =
        "Dank voor de **zorgvuldige** reacties.\n\nWe hebben:\n\n- het kader aangescherpt\n- input doorgezet";
    model.framework_title = "Testkader Samenwerking";
    model.chapters = {aanleiding, strategie, criteria};
    model.workstreams = {
        {"kader", "Verwerken in het kader", "", {}, {}},
        {"economische-strategie", "Economische strategienota", "Het economisch beleid", {"economie", "sectoren"}, {}},
        {"public-affairs", "Public affairs", "Lobby en profilering", {"lobby"}, {}},
    };
    model.framework_route = "kader";

    ReportSubmission vereniging{"I001", "submissions/S01.eml",
                                {"Jan Jansen", "Ondernemersvereniging De Kern", "bedrijfsleven",
                                 "jan@example.org", "0612345678"},
                                "Ondernemersvereniging De Kern"};
    ReportSubmission inwoner{"I002", "submissions/S02.txt",
                             {"Piet Pieters", "", "inwoner", "piet@example.org", ""}, "Inwoner"};
    model.submissions = {vereniging, inwoner};

    auto p1 = point("I001.1", vereniging, "Meer aandacht voor handelsmissies | graag met partners\nTweede regel");
    p1.chapters = {scored(strategie, 0.81), scored(aanleiding, 0.32)};
    p1.section = "5.2";
    p1.route = "economische-strategie";
    p1.route_name = "Economische strategienota";
    p1.confidence = 0.74;
    p1.why = {"handelsmissies", "partners"};
    p1.reaction = "We nemen dit mee in de strategienota.";
    p1.status = "draft";

    auto p2 = point("I001.2", vereniging, "<script>alert('x')</script> werk samen met scholen");
    p2.chapters = {scored(criteria, 0.66)};
    p2.route = "kader";
    p2.route_name = "Verwerken in het kader";
    p2.confidence = 0.5;
    p2.reaction = "Toegevoegd aan bijlage 1.";
    p2.status = "approved";

    auto p3 = point("I001.3", vereniging, "=SUM(A1:A2) hoort niet in een rekenblad");
    p3.route = "geen";
    p3.route_name = "Geen vervolg";
    p3.confidence = 0.1;
    p3.status = "draft";

    auto p4 = point("I002.1", inwoner, "Zorg voor \"heldere\" criteria, ook voor kleine bedrijven");
    p4.chapters = {scored(criteria, 0.9)};
    p4.route = "kader";
    p4.route_name = "Verwerken in het kader";
    p4.confidence = 0.9;
    p4.reaction = "+1: de criteria zijn verduidelijkt.";
    p4.status = "approved";

    auto p5 = point("I002.2", inwoner, "Regio's buiten Europa verdienen ook aandacht.");
    p5.chapters = {scored(strategie, 0.55)};
    p5.route = "economische-strategie";
    p5.route_name = "Economische strategienota";
    p5.confidence = 0.61;
    p5.reaction = "Dit geven we door aan de economische strategienota.";
    p5.status = "draft";

    model.points = {p1, p2, p3, p4, p5};
    model.templates_dir = INSPRAAK_SOURCE_DIR "/reports/templates";
    return model;
}

ReportModel with_framework_changes(ReportModel model) {
    inspraak::ReportChange rewritten;
    rewritten.number = 1;
    rewritten.id = 11;
    rewritten.kind = "rewritten";
    rewritten.scope = "sentence";
    rewritten.chapter = "5";
    rewritten.chapter_title = "Strategie";
    rewritten.section = "5.2";
    rewritten.page = 7;
    rewritten.old_chapter = "5";
    rewritten.old_section = "5.2";
    rewritten.old_page = 7;
    rewritten.old_text = "We werken samen met grote bedrijven.";
    rewritten.new_text = "We werken samen met kleine en grote bedrijven.";
    rewritten.diff = {{"same", "We werken samen met "}, {"ins", "kleine en"}, {"same", " grote bedrijven."}};
    rewritten.points = {{"I001.2", "Ondernemersvereniging De Kern", 1}, {"I002.1", "Inwoner", 1}};
    inspraak::ReportChange added;
    added.number = 2;
    added.id = 12;
    added.kind = "added";
    added.scope = "passage";
    added.chapter = "B1";
    added.chapter_title = "Criteria voor deelname";
    added.new_text = "Een nieuwe alinea <b>met</b> criteria.";
    added.diff = {{"ins", "Een nieuwe alinea <b>met</b> criteria."}};
    model.framework_changes = {rewritten, added};
    return model;
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
    std::size_t count = 0;
    for (auto pos = haystack.find(needle); pos != std::string_view::npos; pos = haystack.find(needle, pos + needle.size())) {
        ++count;
    }
    return count;
}

}  // namespace report_test

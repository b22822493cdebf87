#include "review_model.hpp"

#include <utility>

namespace xlsx_test {

using inspraak::ReportChapter;
using inspraak::ReportModel;
using inspraak::ReportPoint;
using inspraak::ReportSubmission;

namespace {

const ReportChapter inleiding{"h1", "1", "Inleiding", 0};
const ReportChapter koers{"h4", "4", "Koers en doelen", 0};
const ReportChapter voorwaarden{"b2", "B2", "Voorwaarden voor steun", 0};

ReportChapter scored(ReportChapter chapter, double score) {
    chapter.score = score;
    return chapter;
}

ReportPoint point(std::string id, const ReportSubmission& from, std::string text, std::string route,
                  double confidence, std::string reaction, std::string status) {
    ReportPoint p;
    p.id = std::move(id);
    p.submission_id = from.id;
    p.label = from.label;
    p.group = from.stakeholder.group;
    p.text = std::move(text);
    p.route = std::move(route);
    p.confidence = confidence;
    p.reaction = std::move(reaction);
    p.status = std::move(status);
    return p;
}

}  // namespace

ReportModel make_model() {
    ReportModel model;
    model.title = "Reacties op het proefkader Havens";
    model.date = "2025-03-04";
    model.language = "nl";
    model.framework_title = "Proefkader Havens";
    model.chapters = {inleiding, koers, voorwaarden};
    model.workstreams = {
        {"kader", "Verwerken in het kader", "", {}, {}},
        {"economische-strategie", "Economische strategienota", "", {}, {}},
        {"accountmanagement", "Accountmanagement", "", {}, {}},
    };
    model.framework_route = "kader";
    ReportSubmission haven{"I001", "submissions/haven.eml",
                           {"Greet de Vries", "Havenbedrijf Oost", "bedrijfsleven", "greet@haven.example", "0611111111"},
                           "Havenbedrijf Oost"};
    ReportSubmission bewoner{"I002", "submissions/bewoner.txt",
                             {"Kees Bakker", "", "inwoner", "kees@bewoner.example", ""}, "Inwoner"};
    model.submissions = {haven, bewoner};

    auto p1 = point("I001.1", haven, "De kade heeft meer ligplaatsen nodig.\nLiefst voor 2027.", "kader", 0.74,
                    "We nemen de ligplaatsen op in hoofdstuk 4.", "draft");
    p1.chapters = {scored(koers, 0.8), scored(inleiding, 0.3), scored(voorwaarden, 0.2)};
    p1.section = "4.2";
    auto p2 = point("I001.2", haven, "=SUM(A1) is wat de kosten zijn", "economische-strategie", 0.5,
                    "+31 procent groei geven we door.", "approved");
    p2.chapters = {scored(voorwaarden, 0.6)};
    auto p3 = point("I002.1", bewoner, "Maak de \"voorwaarden\" duidelijker\tvoor iedereen.", "geen", 0.05, "",
                    "draft");
    model.points = {p1, p2, p3};
    model.templates_dir = INSPRAAK_SOURCE_DIR "/reports/templates";
    return model;
}

}  // namespace xlsx_test

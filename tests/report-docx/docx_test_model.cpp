#include "docx_test_model.hpp"

#include <utility>

namespace docx_test {

using inspraak::ReportChapter;
using inspraak::ReportModel;
using inspraak::ReportPoint;
using inspraak::ReportSubmission;

namespace {

const ReportChapter inleiding{"h1", "1", "Inleiding", 0};
const ReportChapter koers{"h4", "4", "Koers en doelen", 0};
const ReportChapter voorwaarden{"b2", "B2", "Voorwaarden voor steun", 0};

ReportPoint point(std::string id, const ReportSubmission& from, std::string text, std::string route,
                  std::string route_name, std::string reaction, std::string status) {
    ReportPoint p;
    p.id = std::move(id);
    p.submission_id = from.id;
    p.label = from.label;
    p.group = from.stakeholder.group;
    p.text = std::move(text);
    p.route = std::move(route);
    p.route_name = std::move(route_name);
    p.reaction = std::move(reaction);
    p.status = std::move(status);
    return p;
}

}  // namespace

ReportModel make_model(const std::string& language) {
    ReportModel model;
    model.title = "Reacties op het proefkader Havens";
    model.date = "2025-03-04";
    model.language = language;
    model.framework_title = "Proefkader Havens";
    model.general_reaction =
        "Dank voor alle reacties op het proefkader.\nWe hebben ze zorgvuldig gelezen.\n\n"
        "Wat we gedaan hebben:\n- de criteria **aangescherpt**\n- de *rolverdeling* verduidelijkt\n";
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
    ReportSubmission stichting{"I003", "submissions/stichting.json",
                               {"", "Stichting Groene Kade", "maatschappelijk", "", ""}, "Stichting Groene Kade"};
    model.submissions = {haven, bewoner, stichting};

    auto p1 = point("I001.1", haven, "De kade heeft meer ligplaatsen nodig.\nLiefst voor 2027.", "kader",
                    "Verwerken in het kader", "We nemen de ligplaatsen op in hoofdstuk 4.", "draft");
    p1.chapters = {koers, inleiding};
    p1.section = "4.2";
    auto p2 = point("I001.2", haven, escaped_text, "economische-strategie", "Economische strategienota",
                    "Dit geven we door aan de strategienota:\n- kosten\n- baten", "approved");
    p2.chapters = {voorwaarden};
    auto p3 = point("I002.1", bewoner, "Maak de voorwaarden duidelijker\tvoor iedereen.", "accountmanagement",
                    "Accountmanagement", "", "draft");
    auto p4 = point("I003.1", stichting, campaign_text, "economische-strategie", "Economische strategienota",
                    "Ook deze oproep nemen we mee in de strategienota.", "approved");
    p4.chapters = {koers};
    p4.group_size = 3;
    p4.group_members = {"I004.1", "I005.1"};
    model.points = {p1, p2, p3, p4};
    model.problems = {"submissions/kapot.pdf: niet te lezen (beschadigd)"};
    model.templates_dir = INSPRAAK_SOURCE_DIR "/reports/templates";
    return model;
}

inspraak::ReportModel with_framework_changes(inspraak::ReportModel model) {
    inspraak::ReportChange rewritten;
    rewritten.number = 1;
    rewritten.id = 4;
    rewritten.kind = "rewritten";
    rewritten.scope = "sentence";
    rewritten.chapter = "2";
    rewritten.chapter_title = "Koers";
    rewritten.section = "2.1";
    rewritten.page = 5;
    rewritten.old_text = "De kade krijgt meer ligplaatsen.";
    rewritten.new_text = "De kade krijgt twintig extra ligplaatsen.";
    rewritten.diff = {{"same", "De kade krijgt "}, {"del", "meer"}, {"ins", "twintig extra"}, {"same", " ligplaatsen."}};
    rewritten.points = {{"I001.1", "Havenbedrijf Oost", 1}};
    inspraak::ReportChange added;
    added.number = 2;
    added.id = 5;
    added.kind = "added";
    added.scope = "passage";
    added.chapter = "3";
    added.new_text = "Wij evalueren het kader na twee jaar.";
    added.diff = {{"ins", "Wij evalueren het kader na twee jaar."}};
    model.framework_changes = {rewritten, added};
    return model;
}

}  // namespace docx_test

// A small framework in the style of a municipal internationalisation policy (own text, written
// for these tests): six chapters, an appendix, a few numbered sections, ~40 passages.
#pragma once

#include <string>
#include <vector>

#include "inspraak/model.hpp"

namespace inspraak::classify_bm25::testing {

inline Framework make_test_framework() {
    Framework f;
    f.title = "Kader Internationale Samenwerking";
    auto chapter = [&](std::string id, std::string number, std::string title) {
        f.sections.push_back({id, number, title, SectionKind::chapter, "", 1});
    };
    auto appendix = [&](std::string id, std::string number, std::string title) {
        f.sections.push_back({id, number, title, SectionKind::appendix, "", 1});
    };
    auto section = [&](std::string id, std::string number, std::string title, std::string parent) {
        f.sections.push_back({id, number, title, SectionKind::section, parent, 2});
    };
    int ordinal = 0;
    auto heading = [&](const std::string& id, const std::string& text) {
        f.passages.push_back({id, ++ordinal, 0, text, true});
    };
    auto text = [&](const std::string& id, const std::string& body) {
        f.passages.push_back({id, ++ordinal, 0, body, false});
    };

    chapter("h1", "1", "Aanleiding");
    heading("h1", "1 Aanleiding");
    text("h1", "De gemeente krijgt steeds vaker verzoeken om buitenlandse contacten aan te gaan: een stedenband, "
               "een bezoek van een delegatie of een uitnodiging voor een beurs.");
    text("h1", "Tot nu toe beslissen we per verzoek. Dat maakt onze keuzes lastig uit te leggen aan inwoners en "
               "ondernemers.");
    text("h1", "Met dit kader willen we vooraf vastleggen wanneer de gemeente internationaal actief wordt en "
               "wanneer niet.");
    text("h1", "Het kader is opgesteld met ondernemers, onderwijsinstellingen en maatschappelijke partners.");

    chapter("h2", "2", "Ambitie");
    heading("h2", "2 Ambitie");
    text("h2", "Onze ambitie is een sterke regionale economie die profiteert van kennis en markten over de grens.");
    section("h2.1", "2.1", "Doelen", "h2");
    heading("h2.1", "2.1 Doelen");
    text("h2.1", "We willen innovatie versterken, meer export door het midden- en kleinbedrijf en een "
                 "aantrekkelijke regio voor internationale investeerders.");
    section("h2.2", "2.2", "Afbakening", "h2");
    heading("h2.2", "2.2 Afbakening");
    text("h2.2", "Ontwikkelingssamenwerking en cultuuruitwisseling vallen buiten dit kader; daarvoor bestaan "
                 "eigen regelingen.");
    text("h2.2", "Ook de jumelage van verenigingen en sportclubs laten we aan het maatschappelijk middenveld.");

    chapter("h3", "3", "Werkwijze en criteria");
    heading("h3", "3 Werkwijze en criteria");
    text("h3", "Elk internationaal verzoek doorloopt dezelfde stappen: verkennen, toetsen, besluiten en evalueren.");
    section("h3.1", "3.1", "Afwegingskader", "h3");
    heading("h3.1", "3.1 Afwegingskader");
    text("h3.1", "We toetsen een verzoek aan vier criteria: de economische waarde voor de regio, de betrokkenheid "
                 "van bedrijven en kennisinstellingen, de kosten en de risico's voor de reputatie.");
    text("h3.1", "Een verzoek dat op minder dan drie criteria voldoende scoort, wijzen we gemotiveerd af.");
    section("h3.2", "3.2", "Stedenbanden", "h3");
    heading("h3.2", "3.2 Stedenbanden");
    text("h3.2", "Nieuwe stedenbanden gaan we alleen aan voor een bepaalde termijn, met een werkplan en een "
                 "jaarlijkse evaluatie.");
    text("h3.2", "Een bestaande stedenband die twee jaar niets oplevert, beëindigen we in overleg met de partnerstad.");

    chapter("h4", "4", "Handelsmissies en netwerken");
    heading("h4", "4 Handelsmissies en netwerken");
    text("h4", "Internationale netwerken helpen ondernemers aan nieuwe klanten, leveranciers en kennis.");
    section("h4.1", "4.1", "Handelsmissies", "h4");
    heading("h4.1", "4.1 Handelsmissies");
    text("h4.1", "De gemeente organiseert samen met netwerkpartners handelsmissies naar landen waar onze "
                 "sterke sectoren kansen hebben, zoals voeding, logistiek en life sciences.");
    text("h4.1", "Ondernemers betalen een eigen bijdrage aan de reis; de gemeente opent deuren bij "
                 "overheden en brancheorganisaties.");
    section("h4.2", "4.2", "Ontvangst van delegaties", "h4");
    heading("h4.2", "4.2 Ontvangst van delegaties");
    text("h4.2", "Buitenlandse delegaties ontvangen we op het stadhuis of bij een bedrijf, met een programma dat "
                 "past bij hun belangstelling.");
    text("h4.2", "Het protocol, de tolk en de relatiegeschenken regelt het kabinet van de burgemeester.");

    chapter("h5", "5", "Onderwijs en talent");
    heading("h5", "5 Onderwijs en talent");
    text("h5", "Scholen en hogescholen leiden internationale studenten op die de regio goed kan gebruiken.");
    text("h5", "We helpen kenniswerkers uit het buitenland bij hun komst: huisvesting, inschrijving en een "
               "warm welkom voor hun gezin.");
    text("h5", "Stages bij regionale bedrijven maken het aantrekkelijker om na de opleiding te blijven.");

    chapter("h6", "6", "Organisatie en financien");
    heading("h6", "6 Organisatie en financiën");
    text("h6", "Voor de uitvoering reserveren we jaarlijks een budget van honderdduizend euro en een halve "
               "formatieplaats.");
    text("h6", "Het accountmanagement van de gemeente is het eerste aanspreekpunt voor bedrijven met "
               "internationale vragen.");
    text("h6", "Na twee jaar evalueert de raad de resultaten en de besteding van het budget.");

    appendix("b1", "B1", "Overzicht internationale contacten");
    heading("b1", "Bijlage 1 Overzicht internationale contacten");
    text("b1", "Vietnam: samenwerking rond logistiek en agrarisch onderwijs sinds enkele jaren.");
    text("b1", "Duitsland: grensoverschrijdende projecten met buurgemeenten langs de rivier.");
    text("b1", "China: een intentieverklaring met een medisch cluster, zonder lopende projecten.");
    return f;
}

inline std::vector<Workstream> make_test_workstreams() {
    return {
        {"kader", "Verwerken in het kader", "Opmerkingen die tot een aanpassing van de tekst van het kader leiden",
         {"afwegingskader", "criteria"}, {}},
        {"economische-strategie", "Economische strategienota",
         "Punten over de bredere economische koers, het vestigingsklimaat en de arbeidsmarkt",
         {"vestigingsklimaat", "arbeidsmarkt", "economische strategie"}, {}},
        {"public-affairs", "Public affairs", "Belangenbehartiging richting provincie, Rijk en Brussel",
         {"public affairs", "lobby", "Europese subsidies"}, {}},
        {"accountmanagement", "Accountmanagement", "Doorverwijzen naar partners via het accountmanagement",
         {"accountmanager", "accountmanagement"}, {}},
    };
}

}  // namespace inspraak::classify_bm25::testing

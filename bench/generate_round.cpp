// inspraak_generate_round: writes a large synthetic consultation round for benchmarks.
//
//   inspraak_generate_round OUT_DIR --submissions N [--seed S] [--framework kader.md] [--force]
//
// The round has the shape of inputs/demo: round.json, the demo framework copied as kader.md, and
// N submissions under submissions/ spread over letters (.txt, some in windows-1252), Markdown
// notes (.md), e-mails (.eml: 8bit, quoted-printable and base64) and web-form exports (.csv and
// .json files of up to --rows-per-file rows; every row counts as one submission). Each submission
// holds 1-6 points built from sentence fragments that use the framework's vocabulary, wrapped in
// greetings, sign-offs and signatures. gold.jsonl beside round.json labels every generated point
// in the eval gold format, so the same round can measure both speed and accuracy.
//
// Everything comes from one std::mt19937 seeded with --seed. Choices use `rng() % n` rather than
// std::uniform_int_distribution, whose output differs between standard libraries, so a seed gives
// the same round everywhere. The tool links neither the host nor any plugin.

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#ifndef INSPRAAK_DEMO_FRAMEWORK
#define INSPRAAK_DEMO_FRAMEWORK "inputs/demo/kader.md"
#endif

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------------------------------------
// Vocabulary. Clauses are Dutch subordinate clauses (verb last) so that any opener "... dat" fits.

struct ChapterTopic {
  std::string_view chapter;  // number as the JSON report shows it: "1".."5", "B1".."B3"
  std::string_view reference;  // how a stakeholder points at it
  std::vector<std::string_view> clauses;
};

const std::vector<ChapterTopic>& chapter_topics() {
  static const std::vector<ChapterTopic> topics = {
      {"1", "de aanleiding",
       {"de aanleiding niet laat zien welke verzoeken er de afgelopen jaren zijn binnengekomen",
        "in de aanleiding een overzicht van eerdere verzoeken voor een stedenband of handelsmissie ontbreekt",
        "de vragen waarop het kader antwoord geeft nog niet scherp genoeg zijn geformuleerd",
        "na de fusie met Heukelom de lidmaatschappen van Europese verenigingen opnieuw bekeken moeten worden"}},
      {"2", "hoofdstuk 2",
       {"versterking van de economie en export het belangrijkste motief voor internationalisering zou moeten zijn",
        "het motief leren van en met anderen via uitwisselingen en studiereizen meer gewicht verdient",
        "toegang tot Europese subsidies, fondsen en cofinanciering als motief beter uitgewerkt kan worden",
        "profilering en citymarketing helpen om internationaal talent en bezoekers aan te trekken",
        "acquisitie van buitenlandse vestigingen samen met de ontwikkelingsmaatschappij meer banen oplevert"}},
      {"3", "hoofdstuk 3",
       {"de ligging aan de Maas, de binnenhaven en het spoor een sterkere plek in de visie verdienen",
        "de gemeente via provincie, regio en VNG vaker aan tafel moet komen in Brussel",
        "het ontbreken van focuslanden de visie op internationalisering vrijblijvend maakt",
        "de verbreding van de Maasbrug en een tweede spoor naar Venlo van belang zijn voor de goederencorridors",
        "internationalisering met mate wel erg voorzichtig klinkt voor een gemeente met zoveel export"}},
      {"4", "hoofdstuk 4",
       {"de Global Goals concreter vertaald moeten worden naar doelen voor Maasbergen",
        "de energietransitie en de circulaire economie in de maakindustrie meer aandacht vragen",
        "het vasthouden van internationaal talent en kenniswerkers een grote maatschappelijke opgave is",
        "de triple helix van overheid, onderwijs en bedrijfsleven sterker benut kan worden",
        "de eiwittransitie in de voedselketen kansen biedt voor de food-sector en de Green Deal"}},
      {"5", "hoofdstuk 5",
       {"de criteria voor deelname aan missies, projecten en netwerken scherper kunnen",
        "handelsmissies vooral via de provincie en brancheorganisaties moeten lopen",
        "het lidmaatschap van Europese netwerken en de contributie beter onderbouwd moeten worden",
        "de stedenband met Wolsztyn opnieuw tegen het licht gehouden moet worden",
        "de sectoren food, maakindustrie, life sciences en logistiek elk eigen keuzes vragen",
        "de ontvangst van buitenlandse delegaties en bedrijfsdirecties beter geregeld moet worden"}},
      {"B1", "bijlage 1",
       {"de rol van partners als de ontwikkelingsmaatschappij, KvK en RVO duidelijker beschreven kan worden",
        "de internationale activiteiten van de provincie en het onderwijs in het overzicht van partners ontbreken",
        "de exportfinanciering van RVO en het exportadvies voor mkb-bedrijven beter bekend moeten worden"}},
      {"B2", "bijlage 2",
       {"het overzicht van huidige internationale activiteiten geen evaluatie van de resultaten bevat",
        "de deelname aan de beurs voor food-technologie in Keulen voortgezet moet worden",
        "de samenwerking aan de Maasoevers met Kranenburg meer aandacht verdient"}},
      {"B3", "bijlage 3",
       {"0,4 fte te weinig capaciteit is voor coördinatie en ondersteuning van internationalisering",
        "het budget van € 25.000 per jaar te krap is voor missies, contributies en delegaties",
        "medewerkers meer kennis en competenties nodig hebben voor Europese subsidieaanvragen"}},
  };
  return topics;
}

struct RouteStyle {
  std::string_view route;
  unsigned weight;  // relative share of points
  std::vector<std::string_view> follow_ups;
};

const std::vector<RouteStyle>& route_styles() {
  static const std::vector<RouteStyle> styles = {
      {"kader", 40,
       {"Graag zien wij dat terug in de definitieve tekst van het kader.",
        "Wij vragen u het afwegingskader op dit punt aan te vullen.",
        "Neem dit op in de formulering van het kader.",
        "Een extra criterium hierover zou het kader sterker maken."}},
      {"economische-strategie", 20,
       {"Dat hoort wat ons betreft thuis in de economische strategienota.",
        "Werk dit uit in een groeistrategie voor de speerpuntsectoren.",
        "Neem dit mee bij het versterken van het vestigingsklimaat en de werkgelegenheid."}},
      {"public-affairs", 15,
       {"Breng dit via de lobby bij provincie en Brussel op de agenda.",
        "Dit vraagt om belangenbehartiging richting Den Haag en de Europese Commissie.",
        "Positioneer Maasbergen hierop in de public affairs van de gemeente."}},
      {"accountmanagement", 15,
       {"Kan een accountmanager ons hierover benaderen?",
        "Wij willen graag worden doorverwezen naar de juiste contactpersoon bij KvK of RVO.",
        "Wie is hiervoor ons aanspreekpunt bij de gemeente?"}},
      {"geen", 10, {}},
  };
  return styles;
}

// Remarks that fit no workstream and no chapter: they become route "geen".
constexpr std::array off_topic = {
    "Bij het gemeentehuis is 's avonds te weinig parkeerplek als er een raadsvergadering is.",
    "De afvalinzameling in onze straat is sinds de zomer slecht geregeld.",
    "De bomen langs de Molenweg worden veel te weinig gesnoeid.",
    "Het zwembad zou op zondag langer open moeten zijn.",
    "De bus naar het station rijdt 's avonds maar één keer per uur.",
};

constexpr std::array openers = {
    "Wij vinden dat", "Het valt ons op dat", "Naar onze mening geldt dat", "Ik denk dat",
    "Onze leden merken dat", "Wij constateren dat", "Het is belangrijk dat",
};

constexpr std::array first_names = {
    "Anouk", "Bram", "Carla", "Daan", "Eline", "Frank", "Gerda", "Hamza", "Ilse", "Joris",
    "Karin", "Lars", "Marloes", "Noah", "Olga", "Pieter", "Renée", "Sven", "Tamara", "Youssef",
};
constexpr std::array last_names = {
    "de Vries", "Janssen", "van den Berg", "Bakker", "Smits", "Hendriks", "van Dijk", "Peters",
    "Verhoeven", "Claassen", "van Lieshout", "Aydın", "Kuijpers", "Willems", "van der Heijden",
};

struct GroupOrganisations {
  std::string_view group;
  std::vector<std::string_view> organisations;  // empty: senders write as private persons
};

const std::vector<GroupOrganisations>& groups() {
  static const std::vector<GroupOrganisations> all = {
      {"economic board", {"Economic Board Maasbergen"}},
      {"ondernemers",
       {"Ondernemersvereniging Maasbergen-Noord", "Bakkerij Van Gaal", "Maasbergen Metaal BV",
        "Zuidkade Logistiek", "Foodtech Heukelom", "Installatiebedrijf De Kampen"}},
      {"partners",
       {"Regio Maasland Agrifood", "Life Sciences Park Maasbergen", "Europadesk Regio Maasland",
        "Stichting Stedenband Wolsztyn"}},
      {"onderwijs", {"Hogeschool Maasland", "Maascollege mbo", "Lyceum Maasbergen"}},
      {"inwoners", {}},
  };
  return all;
}

// ---------------------------------------------------------------------------------------------
// Random choices.

class Dice {
 public:
  explicit Dice(std::uint32_t seed) : rng_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
  bool percent(unsigned p) { return below(100) < p; }
  template <typename Container>
  const auto& pick(const Container& items) {
    return items[below(std::size(items))];
  }

 private:
  std::mt19937 rng_;
};

struct Point {
  std::string text;
  std::string chapter;  // empty for off-topic remarks
  std::string route;
};

struct Sender {
  std::string name;
  std::string organisation;
  std::string email;
  std::string group;
};

std::string ascii_slug(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) != 0) out += static_cast<char>(std::tolower(c));
    else if ((c == ' ' || c == '-') && !out.empty() && out.back() != '.') out += '.';
  }
  return out;
}

Sender make_sender(Dice& dice) {
  Sender s;
  const std::string first{dice.pick(first_names)};
  const std::string last{dice.pick(last_names)};
  s.name = first + " " + last;
  const auto& g = dice.pick(groups());
  s.group = std::string(g.group);
  if (!g.organisations.empty()) s.organisation = std::string(dice.pick(g.organisations));
  s.email = ascii_slug(first) + "." + ascii_slug(last) + (dice.percent(50) ? "@example.nl" : "@example.org");
  return s;
}

const RouteStyle& pick_route(Dice& dice) {
  unsigned total = 0;
  for (const auto& r : route_styles()) total += r.weight;
  auto roll = static_cast<unsigned>(dice.below(total));
  for (const auto& r : route_styles()) {
    if (roll < r.weight) return r;
    roll -= r.weight;
  }
  return route_styles().front();
}

Point make_point(Dice& dice) {
  const auto& route = pick_route(dice);
  if (route.follow_ups.empty()) return {std::string(dice.pick(off_topic)), "", std::string(route.route)};
  const auto& topic = dice.pick(chapter_topics());
  std::string text{dice.pick(openers)};
  text += ' ';
  text += dice.pick(topic.clauses);
  if (dice.percent(30)) {
    text += " (zie ";
    text += topic.reference;
    text += ')';
  }
  text += ". ";
  text += dice.pick(route.follow_ups);
  return {std::move(text), std::string(topic.chapter), std::string(route.route)};
}

// A stakeholder does not repeat a remark, so a submission holds distinct clauses and follow-ups.
bool repeats(const std::vector<Point>& earlier, const Point& candidate) {
  const auto first_sentence = [](std::string_view t) { return t.substr(0, t.find(". ")); };
  const auto last_sentence = [](std::string_view t) {
    const auto dot = t.find(". ");
    return dot == std::string_view::npos ? t : t.substr(dot + 2);
  };
  for (const auto& p : earlier) {
    const auto a = first_sentence(p.text), b = first_sentence(candidate.text);
    // Compare without the opener: the clause starts after the opener's closing "dat ".
    if (a.substr(a.find(" dat ") + 1) == b.substr(b.find(" dat ") + 1)) return true;
    if (last_sentence(p.text) == last_sentence(candidate.text)) return true;
  }
  return false;
}

std::vector<Point> make_points(Dice& dice) {
  const std::size_t count = 1 + dice.below(6);
  std::vector<Point> points;
  points.reserve(count);
  while (points.size() < count) {
    Point p = make_point(dice);
    // A few re-rolls are always enough: there are far more combinations than six points.
    for (int attempt = 0; attempt < 8 && repeats(points, p); ++attempt) p = make_point(dice);
    points.push_back(std::move(p));
  }
  return points;
}

// ---------------------------------------------------------------------------------------------
// The realistic mix (--campaign-share): a share of the points comes from campaign letters, sent
// by many with small changes and now and then a remark of their own; every other point is
// distinct, so that classifying costs what it costs on real text. The default mix above repeats
// a small set of sentences (most points are duplicates).

// Dutch noun endings: enough to keep verbs and adjectives out of "Denk daarbij aan ...".
bool looks_like_noun(std::string_view word) {
  static const std::vector<std::string_view> endings = {"ing",  "heid",  "teit",    "schap",   "tie",    "ties",
                                                        "isme", "beleid", "agenda", "netwerk", "project", "projecten",
                                                        "bedrijven", "partners", "missie", "missies"};
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return word.ends_with(e); });
}

// Longer nouns of the framework's text per chapter ("1".."5", "B1".."B3"), read from its headings
// ("## 3 Visie ...", "## Bijlage 2 ..."): a distinct point about chapter 3 uses chapter 3's words.
std::map<std::string, std::vector<std::string>> framework_words(const fs::path& framework) {
  static const std::vector<std::string_view> common = {"internationale", "internationalisering", "maasbergen",
                                                       "gemeente", "daarnaast", "waarbij", "hiervoor", "daarvoor"};
  std::map<std::string, std::vector<std::string>> words;
  std::ifstream in(framework, std::ios::binary);
  std::string line;
  std::string chapter;
  while (std::getline(in, line)) {
    if (line.rfind("## ", 0) == 0) {
      std::string rest = line.substr(3);
      std::string prefix;
      if (rest.rfind("Bijlage ", 0) == 0) {
        prefix = "B";
        rest = rest.substr(8);
      }
      const auto digits = rest.find_first_not_of("0123456789");
      chapter = digits == 0 ? "" : prefix + rest.substr(0, digits);
      continue;
    }
    if (chapter.empty() || line.rfind('#', 0) == 0) continue;
    std::string word;
    auto take = [&] {
      if (word.size() >= 8 && looks_like_noun(word) && std::find(common.begin(), common.end(), word) == common.end()) {
        auto& list = words[chapter];
        if (std::find(list.begin(), list.end(), word) == list.end()) list.push_back(word);
      }
      word.clear();
    };
    for (unsigned char c : line) {
      if (std::isalpha(c) != 0 || c >= 0x80) word += static_cast<char>(std::tolower(c));
      else take();
    }
    take();
  }
  return words;
}

constexpr std::array everyday_subjects = {
    "de bakker op de hoek", "onze buurtvereniging", "de voetbalclub", "het dorpshuis", "de basisschool",
    "ons familiebedrijf", "de jongeren in de wijk", "de zorgboerderij", "de muziekvereniging", "onze klanten",
    "de winkeliers in het centrum", "de kinderopvang", "het buurtcafé", "de bibliotheek", "onze medewerkers",
    "de ouderen in het dorp", "de kermis", "de weekmarkt", "het tuincentrum", "de taalschool",
    "de scouting", "het zwembad", "de fietsenmaker", "de huisartsenpraktijk", "het hotel aan de Maas",
};
constexpr std::array everyday_places = {
    "Heukelom", "Maasbergen-Noord", "de Zuidkade", "De Kampen", "het centrum", "de Molenweg",
    "het bedrijventerrein", "de binnenstad", "het stationsgebied", "de Maasoever", "de nieuwbouwwijk",
    "het buitengebied", "de haven", "de markt", "het sportpark",
};
constexpr std::array everyday_words = {
    "parkeren", "openingstijden", "vrijwilligers", "subsidie", "verlichting", "schoonmaak", "bereikbaarheid",
    "veiligheid", "reclame", "huurprijzen", "personeel", "groenonderhoud",
};

// A sentence of one's own: a subject, a place, a number and a word (from the framework's chapter,
// or an everyday one) in one of a few shapes. Millions of combinations, so points rarely repeat.
std::string detail_sentence(Dice& dice, std::string_view word) {
  const std::string subject{dice.pick(everyday_subjects)};
  const std::string place{dice.pick(everyday_places)};
  const std::string number = std::to_string(2 + dice.below(998));
  switch (dice.below(6)) {
    case 0: return "Denk daarbij aan " + std::string(word) + " voor " + subject + " in " + place + ".";
    case 1: return "Voor " + subject + " in " + place + " gaat het om " + number + " mensen die met " +
                   std::string(word) + " te maken hebben.";
    case 2: return "Bij " + subject + " zien wij dat " + std::string(word) + " al " + number +
                   " keer ter sprake kwam.";
    case 3: return "Zo merkt " + subject + " in " + place + " elke week iets van " + std::string(word) + ".";
    case 4: return "Wij schatten dat " + number + " huishoudens in " + place + " baat hebben bij " +
                   std::string(word) + ".";
    default: return "Vraag " + subject + " eens wat " + std::string(word) + " voor " + place + " betekent.";
  }
}

class DistinctPoints {
 public:
  explicit DistinctPoints(std::map<std::string, std::vector<std::string>> words) : words_(std::move(words)) {}

  Point make(Dice& dice) const {
    Point p = make_point(dice);
    std::string_view word = dice.pick(everyday_words);
    if (auto it = words_.find(p.chapter); it != words_.end() && !it->second.empty()) word = dice.pick(it->second);
    // The remark, then the sentence of one's own, then the follow-up that names the workstream.
    const auto dot = p.text.find(". ");
    const std::string detail = detail_sentence(dice, word);
    if (dot == std::string::npos) p.text += " " + detail;
    else p.text = p.text.substr(0, dot + 2) + detail + " " + p.text.substr(dot + 2);
    return p;
  }

  std::vector<Point> make_letter(Dice& dice, std::size_t count) const {
    std::vector<Point> points;
    while (points.size() < count) {
      Point p = make(dice);
      for (int attempt = 0; attempt < 8 && repeats(points, p); ++attempt) p = make(dice);
      points.push_back(std::move(p));
    }
    return points;
  }

 private:
  std::map<std::string, std::vector<std::string>> words_;
};

// A campaign member's letter: the campaign's points, now and then with another opening (still
// near-identical), sometimes with a remark of the member's own added.
std::vector<Point> campaign_letter(const std::vector<Point>& campaign, const DistinctPoints& distinct, Dice& dice) {
  std::vector<Point> points = campaign;
  for (auto& p : points) {
    if (!dice.percent(20)) continue;
    const auto that = p.text.find(" dat ");
    if (that != std::string::npos) p.text = std::string(dice.pick(openers)) + p.text.substr(that);
  }
  if (dice.percent(15)) points.push_back(distinct.make(dice));
  return points;
}

// ---------------------------------------------------------------------------------------------
// Text helpers and transfer encodings.

// Greedy word wrap; continuation lines get `indent`.
std::string wrap(std::string_view text, std::size_t width, std::string_view first_prefix = "",
                 std::string_view indent = "") {
  std::string out{first_prefix};
  std::size_t line_len = first_prefix.size();
  std::size_t start = 0;
  bool first_word = true;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const auto word = text.substr(start, end - start);
    if (!first_word && line_len + 1 + word.size() > width) {
      out += '\n';
      out += indent;
      line_len = indent.size();
    } else if (!first_word) {
      out += ' ';
      ++line_len;
    }
    out += word;
    line_len += word.size();
    first_word = false;
    start = end + 1;
  }
  return out;
}

std::string to_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// RFC 2045 quoted-printable for a CRLF text body; soft line breaks keep lines at 76 octets.
std::string quoted_printable(std::string_view crlf_text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  std::size_t line_len = 0;
  auto emit = [&](std::string_view piece) {
    if (line_len + piece.size() > 75) {
      out += "=\r\n";
      line_len = 0;
    }
    out += piece;
    line_len += piece.size();
  };
  for (std::size_t i = 0; i < crlf_text.size(); ++i) {
    const auto c = static_cast<unsigned char>(crlf_text[i]);
    if (c == '\r' && i + 1 < crlf_text.size() && crlf_text[i + 1] == '\n') {
      out += "\r\n";
      line_len = 0;
      ++i;
      continue;
    }
    const bool at_line_end = i + 1 == crlf_text.size() || crlf_text[i + 1] == '\r';
    const bool literal = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !at_line_end);
    if (literal) {
      const char ch = static_cast<char>(c);
      emit(std::string_view(&ch, 1));
    } else {
      const char enc[3] = {'=', hex[c >> 4], hex[c & 0xF]};
      emit(std::string_view(enc, 3));
    }
  }
  return out;
}

std::string base64_lines(std::string_view data) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t col = 0;
  for (std::size_t i = 0; i < data.size(); i += 3) {
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(data[i])) << 16;
    if (i + 1 < data.size()) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8;
    if (i + 2 < data.size()) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[i + 2]));
    out += alphabet[(n >> 18) & 63];
    out += alphabet[(n >> 12) & 63];
    out += i + 1 < data.size() ? alphabet[(n >> 6) & 63] : '=';
    out += i + 2 < data.size() ? alphabet[n & 63] : '=';
    col += 4;
    if (col == 76) {
      out += "\r\n";
      col = 0;
    }
  }
  if (col != 0) out += "\r\n";
  return out;
}

// UTF-8 to windows-1252 for the characters this generator uses (Latin-1 plus the euro sign).
std::string to_cp1252(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0) len = 4, cp = c & 0x07u;
    else if (c >= 0xE0) len = 3, cp = c & 0x0Fu;
    else if (c >= 0xC0) len = 2, cp = c & 0x1Fu;
    for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    i += len;
    if (cp == 0x20AC) out += '\x80';
    else if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) out += static_cast<char>(cp);
    else out += '?';
  }
  return out;
}

std::string two_digits(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A date in the consultation period (February and March 2025), for letters and mail headers.
struct Day {
  std::size_t day;
  std::size_t month;  // 2 or 3
};
Day consultation_day(Dice& dice) {
  const std::size_t offset = dice.below(28 + 13);  // 1 Feb .. 13 Mar
  return offset < 28 ? Day{offset + 1, 2} : Day{offset - 27, 3};
}
std::string rfc5322_date(Dice& dice) {
  static constexpr std::array weekdays = {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"};  // 1 Feb 2025 = Sat
  const auto d = consultation_day(dice);
  const std::size_t ordinal = d.month == 2 ? d.day - 1 : 28 + d.day - 1;
  return std::string(weekdays[ordinal % 7]) + ", " + two_digits(d.day) + (d.month == 2 ? " Feb" : " Mar") +
         " 2025 " + two_digits(8 + dice.below(12)) + ":" + two_digits(dice.below(60)) + ":" +
         two_digits(dice.below(60)) + " +0100";
}
std::string dutch_date(Dice& dice) {
  const auto d = consultation_day(dice);
  return std::to_string(d.day) + (d.month == 2 ? " februari" : " maart") + " 2025";
}

constexpr std::array formal_greetings = {"Geacht college,", "Geachte heer, mevrouw,", "Beste mevrouw Brands,"};
constexpr std::array informal_greetings = {"Beste gemeente,", "Hallo,", "Beste mensen van de gemeente,"};
constexpr std::array intros = {
    "Hierbij onze reactie op het concept Kader Internationalisering Maasbergen.",
    "Met belangstelling hebben wij het concept Kader Internationalisering gelezen. Hieronder onze opmerkingen.",
    "Graag maak ik gebruik van de mogelijkheid om te reageren op het kader.",
};
constexpr std::array sign_offs = {"Met vriendelijke groet,", "Hartelijke groet,", "Groeten,", "Met hartelijke groet,"};
constexpr std::array closings = {
    "Wij denken graag verder mee.", "Ik hoor graag wat u met mijn reactie doet.",
    "Wij zijn graag bereid onze reactie toe te lichten.",
};

std::string signature(const Sender& s, Dice& dice) {
  std::string sig = s.name + "\n";
  if (!s.organisation.empty()) sig += s.organisation + "\n";
  sig += dice.percent(50) ? "T 06 " + std::to_string(1000 + dice.below(9000)) + " " +
                                std::to_string(1000 + dice.below(9000)) + "\n"
                          : s.email + "\n";
  return sig;
}

std::string_view greeting(const Sender& s, Dice& dice) {
  return s.group == "inwoners" ? dice.pick(informal_greetings) : dice.pick(formal_greetings);
}

// ---------------------------------------------------------------------------------------------
// One writer per format. Each returns the file's bytes; the caller decides where they go.

std::string letter_text(const Sender& s, std::span<const Point> points, Dice& dice) {
  std::string t;
  if (!s.organisation.empty()) t += s.organisation + "\n\n";
  t += "Maasbergen, " + dutch_date(dice) + "\n\nBetreft: reactie op het concept Kader Internationalisering\n\n";
  t += std::string(greeting(s, dice)) + "\n\n" + wrap(dice.pick(intros), 90) + "\n\n";
  const bool numbered = dice.percent(40);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (numbered) {
      const auto label = std::to_string(i + 1) + ". ";
      t += wrap(points[i].text, 90, label, std::string(label.size(), ' ')) + "\n\n";
    } else {
      t += wrap(points[i].text, 90) + "\n\n";
    }
  }
  t += std::string(dice.pick(closings)) + "\n\n" + dice.pick(sign_offs) + "\n\n" + signature(s, dice);
  return t;
}

std::string markdown_text(const Sender& s, std::span<const Point> points, Dice& dice) {
  std::string t = "# Reactie" + (s.organisation.empty() ? std::string() : " " + s.organisation) +
                  " op het concept Kader Internationalisering\n\n";
  t += "*Maasbergen, " + dutch_date(dice) + "*\n\n" + std::string(greeting(s, dice)) + "\n\n";
  t += wrap(dice.pick(intros), 100) + "\n\n## Opmerkingen\n\n";
  for (const auto& p : points) t += wrap(p.text, 100, "- ", "  ") + "\n";
  t += "\n" + std::string(dice.pick(sign_offs)) + "\n\n" + signature(s, dice);
  return t;
}

std::string email_text(const Sender& s, std::span<const Point> points, Dice& dice, std::size_t serial) {
  std::string body = std::string(greeting(s, dice)) + "\n\n" + wrap(dice.pick(intros), 72) + "\n\n";
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto label = std::to_string(i + 1) + ". ";
    body += wrap(points[i].text, 72, label, std::string(label.size(), ' ')) + "\n\n";
  }
  body += std::string(dice.pick(sign_offs)) + "\n\n" + s.name + "\n\n-- \n" + signature(s, dice);
  if (dice.percent(20)) {
    body += "\n________________________________\nDit bericht is uitsluitend bestemd voor de geadresseerde(n).\n"
            "Aan dit bericht kunnen geen rechten worden ontleend.\n";
  }
  std::string h = "Date: " + rfc5322_date(dice) + "\nFrom: " + s.name + " <" + s.email + ">\n";
  if (!s.organisation.empty()) h += "Organization: " + s.organisation + "\n";
  h += "To: Marieke Brands <m.brands@example.nl>\n"
       "Subject: Reactie op concept Kader Internationalisering\n"
       "Message-ID: <gen." + std::to_string(serial) + "@example.org>\n"
       "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n";
  const std::string crlf_body = to_crlf(body);
  switch (dice.below(3)) {
    case 0: return to_crlf(h + "Content-Transfer-Encoding: 8bit\n\n") + crlf_body;
    case 1: return to_crlf(h + "Content-Transfer-Encoding: quoted-printable\n\n") + quoted_printable(crlf_body);
    default: return to_crlf(h + "Content-Transfer-Encoding: base64\n\n") + base64_lines(crlf_body);
  }
}

// A web-form answer: points as paragraphs of one textarea.
std::string form_answer(std::span<const Point> points) {
  std::string t;
  for (const auto& p : points) t += (t.empty() ? "" : "\n\n") + p.text;
  return t;
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string_view section_of(std::span<const Point> points) {
  for (const auto& p : points)
    for (const auto& t : chapter_topics())
      if (!p.chapter.empty() && t.chapter == p.chapter) return t.reference;
  return "algemeen";
}

struct FormRow {
  Sender sender;
  std::vector<Point> points;
};

std::string csv_file(std::span<const FormRow> rows) {
  std::string t = "\xEF\xBB\xBFnaam;organisatie;email;groep;onderdeel;reactie\r\n";
  for (const auto& r : rows) {
    t += csv_field(r.sender.name) + ';' + csv_field(r.sender.organisation) + ';' + csv_field(r.sender.email) + ';' +
         csv_field(r.sender.group) + ';' + csv_field(section_of(r.points)) + ';' +
         csv_field(form_answer(r.points)) + "\r\n";
  }
  return t;
}

std::string json_file(std::span<const FormRow> rows) {
  json array = json::array();
  for (const auto& r : rows) {
    array.push_back({{"naam", r.sender.name},
                     {"organisatie", r.sender.organisation},
                     {"groep", r.sender.group},
                     {"onderdeel", section_of(r.points)},
                     {"reactie", form_answer(r.points)}});
  }
  return array.dump(2) + "\n";
}

// ---------------------------------------------------------------------------------------------
// The round.

json workstreams() {
  return json::array({
      {{"id", "kader"},
       {"name", "Verwerken in het kader"},
       {"description", "Opmerkingen over de tekst, de criteria en de keuzes van het kader zelf."},
       {"keywords", {"criteria", "afwegingskader", "criterium", "formulering", "tekst", "opnemen", "aanvullen",
                     "stedenband", "lidmaatschap"}}},
      {{"id", "economische-strategie"},
       {"name", "Economische strategienota"},
       {"description", "Input over economische keuzes en speerpuntsectoren voor de economische strategienota."},
       {"keywords", {"strategienota", "groeistrategie", "SWOT", "speerpuntsectoren", "werkgelegenheid",
                     "vestigingsklimaat", "toerisme"}}},
      {{"id", "public-affairs"},
       {"name", "Public affairs"},
       {"description", "Lobby en belangenbehartiging richting provincie, Rijk en Europese Unie."},
       {"keywords", {"lobby", "belangenbehartiging", "Brussel", "Den Haag", "agenda", "positioneer",
                     "Europese Commissie", "public affairs"}}},
      {{"id", "accountmanagement"},
       {"name", "Accountmanagement en doorverwijzing"},
       {"description", "Vragen van ondernemers en instellingen voor de accountmanagers of voor partners."},
       {"keywords", {"accountmanager", "doorverwezen", "contactpersoon", "aanspreekpunt", "KvK", "RVO"}}},
  });
}

struct Options {
  fs::path out_dir;
  std::size_t submissions = 0;
  std::uint32_t seed = 42;
  fs::path framework = INSPRAAK_DEMO_FRAMEWORK;
  std::size_t rows_per_file = 500;
  bool force = false;
  std::size_t points = 0;    // --points: write submissions until the round has this many points
  int campaign_share = -1;   // --campaign-share: percent of points from campaign letters; -1: the default mix
};

struct Totals {
  std::map<std::string, std::size_t> files_by_kind;
  std::map<std::string, std::size_t> submissions_by_kind;
  std::size_t points = 0;
  std::size_t campaign_letters = 0;
  std::uintmax_t bytes = 0;
  std::size_t submissions() const {
    std::size_t n = 0;
    for (const auto& [kind, count] : submissions_by_kind) n += count;
    return n;
  }
};

class RoundWriter {
 public:
  RoundWriter(const Options& options, Dice& dice)
      : options_(options), dice_(dice), distinct_(framework_words(options.framework)) {
    if (options_.campaign_share < 0) return;
    // About 2,500 letters per campaign, at least 3 campaigns and at most 200.
    const std::size_t points = options_.points > 0 ? options_.points : options_.submissions * 4;
    const std::size_t letters = points * static_cast<std::size_t>(options_.campaign_share) / 100 / 4;
    const std::size_t count = std::clamp<std::size_t>(letters / 2500, 3, 200);
    for (std::size_t i = 0; i < count; ++i) campaigns_.push_back(distinct_.make_letter(dice_, 3 + dice_.below(3)));
  }

  void write() {
    prepare_dirs();
    fs::copy_file(options_.framework, options_.out_dir / "kader.md", fs::copy_options::overwrite_existing);
    gold_.open(options_.out_dir / "gold.jsonl", std::ios::binary);
    if (options_.points > 0) {
      for (std::size_t i = 0; totals_.points < options_.points; ++i) write_submission(i + 1);
    } else {
      for (std::size_t i = 0; i < options_.submissions; ++i) write_submission(i + 1);
    }
    flush_rows("csv");
    flush_rows("json");
    write_round_json();
  }

  const Totals& totals() const { return totals_; }

 private:
  void prepare_dirs() {
    const auto subs = options_.out_dir / "submissions";
    if (fs::exists(subs) && !fs::is_empty(subs)) {
      if (!options_.force)
        throw std::runtime_error(subs.string() + " bestaat al en is niet leeg; gebruik --force om het te vervangen");
      fs::remove_all(subs);
    }
    for (const char* kind : {"txt", "md", "eml", "csv", "json"}) fs::create_directories(subs / kind);
  }

  void write_submission(std::size_t serial) {
    Sender sender = make_sender(dice_);
    std::vector<Point> points = next_points();
    record_gold(points);
    const auto roll = dice_.below(100);
    if (roll < 30) {
      // A letter: a third of them saved by an old word processor in windows-1252.
      const bool cp1252 = dice_.percent(33);
      const auto text = letter_text(sender, points, dice_);
      emit_file("txt", "brief-" + number(serial) + ".txt", cp1252 ? to_cp1252(to_crlf(text)) : text, &sender);
    } else if (roll < 45) {
      emit_file("md", "notitie-" + number(serial) + ".md", markdown_text(sender, points, dice_), &sender);
    } else if (roll < 70) {
      emit_file("eml", "mail-" + number(serial) + ".eml", email_text(sender, points, dice_, serial), nullptr);
    } else {
      auto& rows = roll < 90 ? csv_rows_ : json_rows_;
      const char* kind = roll < 90 ? "csv" : "json";
      ++totals_.submissions_by_kind[kind];
      rows.push_back({std::move(sender), std::move(points)});
      if (rows.size() == options_.rows_per_file) flush_rows(kind);
    }
  }

  // The points of the next letter: the default mix, or in the realistic mix a campaign letter
  // while campaign points are below their share, else distinct points.
  std::vector<Point> next_points() {
    if (options_.campaign_share < 0) return make_points(dice_);
    if (campaign_points_ * 100 < static_cast<std::size_t>(options_.campaign_share) * (totals_.points + 1)) {
      auto points = campaign_letter(dice_.pick(campaigns_), distinct_, dice_);
      campaign_points_ += points.size();
      ++totals_.campaign_letters;
      return points;
    }
    return distinct_.make_letter(dice_, 1 + dice_.below(6));
  }

  void flush_rows(const std::string& kind) {
    auto& rows = kind == "csv" ? csv_rows_ : json_rows_;
    if (rows.empty()) return;
    const auto name = "formulier-" + number(++form_files_) + "." + kind;
    write_bytes(kind + "/" + name, kind == "csv" ? csv_file(rows) : json_file(rows));
    ++totals_.files_by_kind[kind];
    rows.clear();
  }

  // Letters and notes carry no sender header, so round.json names their senders.
  void emit_file(const std::string& kind, const std::string& name, const std::string& bytes, const Sender* sender) {
    const auto rel = kind + "/" + name;
    write_bytes(rel, bytes);
    ++totals_.files_by_kind[kind];
    ++totals_.submissions_by_kind[kind];
    if (sender != nullptr)
      stakeholders_[rel] = {{"name", sender->name}, {"organisation", sender->organisation}, {"group", sender->group}};
  }

  void write_bytes(const std::string& rel, const std::string& bytes) {
    std::ofstream out(options_.out_dir / "submissions" / rel, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("kan " + rel + " niet schrijven");
    totals_.bytes += bytes.size();
  }

  void record_gold(const std::vector<Point>& points) {
    for (const auto& p : points) {
      json line = {{"text", p.text},
                   {"chapters", p.chapter.empty() ? json::array() : json::array({p.chapter})},
                   {"route", p.route}};
      gold_ << line.dump() << '\n';
      ++totals_.points;
    }
  }

  void write_round_json() {
    json round = {{"title", "Synthetische inspraakronde Maasbergen (" + std::to_string(totals_.submissions()) +
                                 " reacties, seed " + std::to_string(options_.seed) + ")"},
                  {"date", "2025-03-14"},
                  {"language", "nl"},
                  {"framework", "kader.md"},
                  {"submissions", "submissions"},
                  {"workstreams", workstreams()},
                  {"stakeholders", stakeholders_}};
    std::ofstream out(options_.out_dir / "round.json", std::ios::binary);
    out << round.dump(2) << '\n';
    if (!out) throw std::runtime_error("kan round.json niet schrijven");
  }

  static std::string number(std::size_t n) {
    std::string s = std::to_string(n);
    return std::string(s.size() < 5 ? 5 - s.size() : 0, '0') + s;
  }

  const Options& options_;
  Dice& dice_;
  DistinctPoints distinct_;
  std::vector<std::vector<Point>> campaigns_;
  std::size_t campaign_points_ = 0;
  std::ofstream gold_;
  std::vector<FormRow> csv_rows_;
  std::vector<FormRow> json_rows_;
  std::size_t form_files_ = 0;
  json stakeholders_ = json::object();
  Totals totals_;
};

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"Schrijft een synthetische inspraakronde voor benchmarks."};
  app.add_option("OUT_DIR", options.out_dir, "map voor round.json, kader.md en submissions/")->required();
  auto* submissions =
      app.add_option("--submissions,-n", options.submissions, "aantal reacties")->check(CLI::Range(1, 10000000));
  auto* points = app.add_option("--points", options.points, "reacties tot de ronde zoveel punten heeft")
                     ->check(CLI::Range(1, 100000000));
  submissions->excludes(points);
  app.add_option("--campaign-share", options.campaign_share,
                 "percentage punten uit campagnebrieven; de overige punten zijn elk anders (zonder deze optie: de "
                 "standaardmix, met veel gelijke punten)")
      ->check(CLI::Range(0, 100));
  app.add_option("--seed", options.seed, "startwaarde van de generator")->capture_default_str();
  app.add_option("--framework", options.framework, "kader dat als kader.md wordt gekopieerd")
      ->capture_default_str()
      ->check(CLI::ExistingFile);
  app.add_option("--rows-per-file", options.rows_per_file, "rijen per CSV- of JSON-bestand")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--force", options.force, "bestaande submissions/ in OUT_DIR vervangen");
  CLI11_PARSE(app, argc, argv);
  if (options.submissions == 0 && options.points == 0) {
    std::cerr << "inspraak_generate_round: --submissions of --points is nodig\n";
    return 2;
  }

  try {
    const auto started = std::chrono::steady_clock::now();
    Dice dice(options.seed);
    RoundWriter writer(options, dice);
    writer.write();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    const auto& t = writer.totals();
    std::size_t files = 0;
    for (const auto& [kind, n] : t.files_by_kind) files += n;
    std::cout << "Ronde geschreven in " << options.out_dir.string() << " (" << ms << " ms)\n"
              << "  round.json, kader.md (uit " << options.framework.string() << "), gold.jsonl\n"
              << "  " << t.submissions() << " reacties in " << files << " bestanden, " << t.points
              << " punten, " << t.bytes / 1024 << " KiB\n";
    if (options.campaign_share >= 0)
      std::cout << "  " << t.campaign_letters << " campagnebrieven (" << options.campaign_share
                << "% van de punten), de overige punten elk anders\n";
    for (const auto& [kind, n] : t.files_by_kind)
      std::cout << "  " << kind << ": " << n << " bestanden, " << t.submissions_by_kind.at(kind) << " reacties\n";
  } catch (const std::exception& e) {
    std::cerr << "inspraak_generate_round: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

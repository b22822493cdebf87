#include <fmt/args.h>
#include <fmt/core.h>
#include <fmt/format.h>

#include <map>
#include <string_view>

#include "app/app_error.hpp"
#include "app/message.hpp"

namespace inspraak::core {
namespace {

struct Texts {
    std::string_view dutch;
    std::string_view english;
};

// The catalogue: every message of the host, by key, in both languages. Keys are
// "<area>.<what>"; arguments fill the {} in order.
const std::map<std::string_view, Texts>& catalogue() {
    static const std::map<std::string_view, Texts> texts = {
        {"point.not_found", {"{}: punt niet gevonden", "{}: point not found"}},
        {"decision.for_point", {"{}: {}", "{}: {}"}},
        {"decision.not_classified", {"{}: nog niet ingedeeld, dus geen sjabloon", "{}: not classified yet, so no template"}},
        // The workspace (inspraak serve).
        {"serve.accounts_required",
         {"{}: op een ander adres dan 127.0.0.1 zijn accounts nodig; maak ze met inspraak user add",
          "{}: an address other than 127.0.0.1 needs accounts; create them with inspraak user add"}},
        {"serve.cannot_listen", {"kan niet luisteren op {} poort {} (in gebruik of geen rechten)", "cannot listen on {} port {} (in use or not allowed)"}},
        {"serve.no_such_report", {"{}: geen rapport met die naam", "{}: no report of that name"}},
        {"serve.open", {"De werkruimte voor {} staat klaar. Open deze link in uw browser (hij werkt één keer):", "The workspace for {} is ready. Open this link in your browser (it works once):"}},
        {"jobs.failed", {"de taak is mislukt: {}", "the job failed: {}"}},
        {"jobs.ingest_done",
         {"{} nieuwe bestanden, {} nieuwe punten; {} punten ingedeeld, {} conceptreacties geschreven",
          "{} new files, {} new points; {} points classified, {} draft reactions written"}},
        {"jobs.classify_done", {"{} punten opnieuw ingedeeld, {} conceptreacties geschreven", "{} points classified again, {} draft reactions written"}},
        {"jobs.draft_done", {"{} conceptreacties geschreven", "{} draft reactions written"}},
        {"serve.stop_hint", {"Stoppen: Ctrl+C.", "Stop: Ctrl+C."}},
        {"point.no_original", {"{}: het originele bestand is niet in de store", "{}: the original file is not in the store"}},
        // A text that needs no translation (a value as the store holds it).
        {"plain", {"{}", "{}"}},
        {"list.or", {"{} of {}", "{} or {}"}},
        {"list.and", {"{} en {}", "{} and {}"}},
        {"status.draft", {"concept", "draft"}},
        {"status.approved", {"goedgekeurd", "approved"}},

        // Reading what a person wrote for a chapter, section or route (review/framework_lookup.cpp).
        {"lookup.empty_chapter", {"leeg hoofdstuk", "empty chapter"}},
        {"lookup.ambiguous_chapter", {"hoofdstuk '{}' is niet eenduidig: {}", "chapter '{}' is ambiguous: {}"}},
        {"lookup.unknown_chapter",
         {"onbekend hoofdstuk '{}' (het kader kent: {})", "unknown chapter '{}' (the framework has: {})"}},
        {"lookup.ambiguous_section",
         {"paragraaf '{}' is niet eenduidig (in {}); geef het hoofdstuk",
          "section '{}' is ambiguous (in {}); give the chapter"}},
        {"lookup.unknown_section", {"onbekende paragraaf '{}'", "unknown section '{}'"}},
        {"lookup.empty_route", {"lege route (kies uit: {})", "empty route (choose from: {})"}},
        {"lookup.unknown_route", {"onbekende route '{}' (kies uit: {})", "unknown route '{}' (choose from: {})"}},
        {"lookup.unknown_status",
         {"onbekende status '{}' (kies concept of goedgekeurd)", "unknown status '{}' (choose draft or approved)"}},

        // The review sheet (review/xlsx_reader.cpp, review/review_import.cpp).
        {"xlsx.empty", {"{}: geen xlsx-bestand (leeg bestand)", "{}: not an xlsx file (empty file)"}},
        {"xlsx.bad_zip", {"{}: geen xlsx-bestand (zip onleesbaar)", "{}: not an xlsx file (unreadable zip)"}},
        {"xlsx.not_zip", {"{}: geen xlsx-bestand (geen zip)", "{}: not an xlsx file (not a zip)"}},
        {"xlsx.part_unreadable", {"{}: deel {} onleesbaar", "{}: part {} unreadable"}},
        {"xlsx.part_too_large", {"{}: deel {} is te groot", "{}: part {} is too large"}},
        {"xlsx.part_encrypted", {"{}: deel {} onleesbaar (versleuteld?)", "{}: part {} unreadable (encrypted?)"}},
        {"xlsx.part_missing", {"{}: geen xlsx-bestand ({} ontbreekt)", "{}: not an xlsx file ({} is missing)"}},
        {"xlsx.part_damaged", {"{}: {} is beschadigd: {}", "{}: {} is damaged: {}"}},
        {"xlsx.bad_shared_string",
         {"{}: cel {} verwijst naar een tekst die er niet is", "{}: cell {} refers to a text that does not exist"}},
        {"xlsx.row_out_of_order", {"{}: rij {} buiten de volgorde", "{}: row {} out of order"}},
        {"xlsx.bad_cell_ref", {"{}: ongeldige celverwijzing '{}'", "{}: invalid cell reference '{}'"}},
        {"xlsx.sheet_without_content", {"{}: werkblad '{}' zonder inhoud", "{}: worksheet '{}' without content"}},
        {"xlsx.sheet_missing", {"werkblad '{}' ontbreekt", "worksheet '{}' is missing"}},
        {"review.no_points_sheet",
         {"het bestand heeft geen blad 'Punten' (is het de reviewlijst van inspraak?)",
          "the file has no 'Points' sheet (is it inspraak's review sheet?)"}},
        {"review.no_original_sheet",
         {"het bestand mist het verborgen blad 'Origineel'; zonder de oorspronkelijke waarden zijn wijzigingen niet veilig terug te zetten",
          "the file lacks the hidden 'Original' sheet; without the values as written, changes cannot be read back safely"}},
        {"review.newer_format",
         {"{}: het blad heeft formaatversie {}, deze inspraak kent tot {}; werk inspraak bij",
          "{}: the sheet has format version {}, this inspraak knows up to {}; update inspraak"}},
        {"review.no_id_column",
         {"de kolom 'id' ontbreekt in het blad Punten of Origineel",
          "the 'id' column is missing from the Points or Original sheet"}},
        {"review.row_conflict", {"{}: {}", "{}: {}"}},  // the point, then why
        {"review.changed_in_store",
         {"{} is in de store gewijzigd sinds het blad is gemaakt", "{} was changed in the store since the sheet was written"}},
        {"review.duplicate_row", {"{}: staat meer dan eens in het blad", "{}: is in the sheet more than once"}},
        {"review.unknown_point", {"{}: onbekend punt (niet in de store)", "{}: unknown point (not in the store)"}},
        {"review.missing_original_row", {"{}: staat niet in het blad {}", "{}: is not in the {} sheet"}},
        {"field.chapters", {"hoofdstukken", "chapters"}},
        {"field.section", {"paragraaf", "section"}},
        {"field.route", {"route", "route"}},
        {"field.reaction", {"reactie", "reaction"}},
        {"field.status", {"status", "status"}},

        // Recording a decision (review/point_decisions.cpp, app/round_session.cpp).
        {"decision.unknown_point", {"onbekend punt '{}'", "unknown point '{}'"}},
        {"decision.section_without_chapter", {"{}: paragraaf {} zonder hoofdstuk", "{}: section {} without a chapter"}},
        {"decision.section_outside_chapter",
         {"{}: paragraaf {} hoort niet bij hoofdstuk {}", "{}: section {} is not part of chapter {}"}},
        {"decision.nothing_to_approve", {"{}: geen reactie om goed te keuren", "{}: no reaction to approve"}},
        {"decision.empty_reaction_approved",
         {"{}: een lege reactie kan niet goedgekeurd worden", "{}: an empty reaction cannot be approved"}},
        {"decision.nothing_to_record", {"niets vast te leggen", "nothing to record"}},
        {"decision.no_points", {"geen punten gegeven", "no points given"}},
        {"filter.bad_confidence",
         {"zekerheid '{}' is geen getal tussen 0 en 1", "confidence '{}' is not a number between 0 and 1"}},
        // Accounts (app/accounts.cpp) and assigning points to an officer (RoundSession::assign).
        {"account.login_failed", {"onbekende gebruiker of onjuist wachtwoord", "unknown user or wrong password"}},
        {"account.bad_name",
         {"ongeldige gebruikersnaam '{}': 1 tot 64 letters, cijfers of . _ - @",
          "invalid user name '{}': 1 to 64 letters, digits or . _ - @"}},
        {"account.password_too_short", {"wachtwoord te kort: minstens {} tekens", "password too short: at least {} characters"}},
        {"account.password_too_long", {"wachtwoord te lang: hoogstens {} bytes", "password too long: at most {} bytes"}},
        {"account.exists", {"gebruiker '{}' bestaat al", "user '{}' already exists"}},
        {"account.unknown", {"onbekende gebruiker '{}'", "unknown user '{}'"}},
        {"account.unknown_role",
         {"onbekende rol '{}' (kies lezer, redacteur of beheerder)", "unknown role '{}' (choose reader, editor or admin)"}},
        {"account.last_administrator",
         {"'{}' is de laatste beheerder; maak eerst een ander beheerder",
          "'{}' is the last administrator; make someone else administrator first"}},
        {"account.crypto_unavailable", {"libsodium kan niet starten", "libsodium cannot start"}},
        {"account.hash_failed",
         {"het wachtwoord kan niet worden gehasht (te weinig geheugen?)", "the password cannot be hashed (not enough memory?)"}},
        {"assign.unknown_officer",
         {"onbekende medewerker '{}' (de ronde kent: {})", "unknown officer '{}' (the round has: {})"}},
        {"redaction.unknown_kind",
         {"onbekende soort persoonsgegeven '{}' (bekend: {})", "unknown kind of personal data '{}' (known: {})"}},
        {"redaction.not_found",
         {"{}: '{}' staat niet als {} in de tekst van het punt", "{}: '{}' is not found as {} in the point's text"}},
        {"role.lezer", {"lezer", "reader"}},
        {"role.redacteur", {"redacteur", "editor"}},
        {"role.beheerder", {"beheerder", "admin"}},
        {"cli.user.no_password", {"geen wachtwoord op standaardinvoer", "no password on standard input"}},
        {"cli.user.passwords_differ", {"de wachtwoorden verschillen", "the passwords differ"}},
        {"cli.assign.no_officer",
         {"zeg aan wie: --to NAAM, of --nobody om de toewijzing weg te halen",
          "say to whom: --to NAME, or --nobody to remove the assignment"}},
        {"decision.conflict",
         {"{}: intussen gewijzigd (was '{}', is nu '{}': {}); niets opgeslagen",
          "{}: changed in the meantime (was '{}', is now '{}': {}); nothing saved"}},

        // The command line's own lines (cli/*.cpp).
        {"cli.approve.no_points", {"geef de punten om goed te keuren, of --all", "name the points to approve, or --all"}},
        {"cli.approve.unknown_point",
         {"onbekend punt '{}' (er is niets goedgekeurd)", "unknown point '{}' (nothing was approved)"}},
        {"cli.classified", {"Geclassificeerd: {} punten ({} ongewijzigd)", "Classified: {} points ({} unchanged)"}},
        {"cli.drafted", {"Conceptreacties: {} opgesteld ({} ongewijzigd)", "Draft reactions: {} written ({} unchanged)"}},
        {"cli.grouped",
         {"Gegroepeerd: {} groepen van gelijkluidende punten ({} punten, {} gewijzigd)",
          "Grouped: {} groups of identical points ({} points, {} changed)"}},
        {"cli.ingested",
         {"Ingelezen: {} nieuwe bestanden van {} ({} mislukt), {} inzendingen, {} punten",
          "Ingested: {} new files of {} ({} failed), {} submissions, {} points"}},
        {"cli.no_classifier", {"geen classify-plugin geladen", "no classify plugin loaded"}},
        {"cli.no_report_plugins", {"geen report-plugins geladen", "no report plugins loaded"}},
        {"cli.plugin_not_loaded", {"plugin {}: {}: {}", "plugin {}: {}: {}"}},
        {"cli.plugins.formats", {"FORMATEN", "FORMATS"}},
        {"cli.plugins.kind", {"SOORT", "KIND"}},
        {"cli.plugins.name", {"NAAM", "NAME"}},
        {"cli.plugins.none", {"geen plugins gevonden (gebruik --plugins MAP)", "no plugins found (use --plugins DIR)"}},
        {"cli.plugins.state", {"STATUS", "STATE"}},
        {"cli.plugins.version", {"VERSIE", "VERSION"}},
        {"cli.reports_written", {"Reactienota geschreven:", "Reactienota written:"}},
        {"cli.set.nothing_to_record",
         {"niets vast te leggen: geef --chapter, --section, --route, --reaction of --status",
          "nothing to record: give --chapter, --section, --route, --reaction or --status"}},
        {"cli.set.unknown_point",
         {"onbekend punt '{}' (de punt-id's staan in de reactienota, bijv. I003.2)",
          "unknown point '{}' (the point ids are in the reactienota, e.g. I003.2)"}},
        {"cli.store", {"Store: {}", "Store: {}"}},
        {"cli.strict_warnings", {"{} waarschuwing(en) en --strict", "{} warning(s) and --strict"}},
        {"cli.usage_hint", {" (zie 'inspraak --help')", " (see 'inspraak --help')"}},
        {"cli.warning", {"waarschuwing: {}", "warning: {}"}},

        // The classify stage (pipeline/classify_stage.cpp); warnings name the point first.
        {"classify.no_framework",
         {"de store bevat geen kader; voer eerst 'inspraak init' uit", "the store holds no framework; run 'inspraak init' first"}},
        {"classify.no_plugin",
         {"geen classify-plugin geladen (zie 'inspraak plugins')", "no classify plugin loaded (see 'inspraak plugins')"}},
        {"classify.plugin_not_loaded", {"classify-plugin '{}' niet geladen", "classify plugin '{}' not loaded"}},
        {"classify.point_failed", {"{}: classificeren mislukt: {}", "{}: classifying failed: {}"}},  // the plugin's words
        {"classify.point_threw",
         {"{}: classificeren mislukt: de plugin gooide een uitzondering", "{}: classifying failed: the plugin threw an exception"}},

        // The draft stage (draft/drafter.cpp).
        {"draft.no_default_template",
         {"{}: geen reactiesjabloon default.mustache gevonden", "{}: no reaction template default.mustache found"}},
        {"draft.template_invalid", {"reactiesjabloon: {}", "reaction template: {}"}},  // the template engine's words

        // eval (eval/evaluation.cpp): the gold file.
        {"eval.classify_failed", {"regel {}: {}", "line {}: {}"}},  // the classifier's own words
        {"eval.folds_out_of_range",
         {"--cross-validate: {} delen kan niet met {} goudpunten (minstens 2, hoogstens het aantal punten)",
          "--cross-validate: {} folds are not possible with {} gold points (at least 2, at most the number of points)"}},
        {"eval.gold_bad_line", {"{}:{}: verwacht een JSON-object met \"text\"", "{}:{}: expected a JSON object with \"text\""}},
        {"eval.gold_empty", {"{}: bevat geen punten", "{}: contains no points"}},
        {"eval.gold_missing", {"{}: niet gevonden of niet leesbaar", "{}: not found or not readable"}},

        {"eval.unknown_chapter", {"regel {}: {}", "line {}: {}"}},

        // Files (util/files.cpp).
        {"file.cannot_read", {"{}: kan niet lezen: {}", "{}: cannot read: {}"}},
        {"file.cannot_write", {"{}: kan niet schrijven", "{}: cannot write"}},

        // Framework import (framework/framework_import.cpp); the first argument is always the file.
        {"framework.chapter_level_needs_headings",
         {"kader {}: round.json outline.chapter_level geldt alleen voor Markdown- en Word-kaders",
          "framework {}: round.json outline.chapter_level only applies to Markdown and Word frameworks"}},
        {"framework.empty",
         {"kader {}: bestand kan niet gelezen worden of is leeg", "framework {}: file cannot be read or is empty"}},
        {"framework.no_chapters",
         {"kader {}: geen hoofdstukken gevonden (verwacht genummerde koppen zoals '1 Inleiding' of 'Bijlage 1')",
          "framework {}: no chapters found (expected numbered headings such as '1 Inleiding' or 'Bijlage 1')"}},
        {"framework.no_reader",
         {"kader {}: geen plugin geladen die {} leest", "framework {}: no plugin loaded that reads {}"}},
        {"framework.not_found", {"kader {}: bestand niet gevonden", "framework {}: file not found"}},
        {"framework.outline_chapter_not_found",
         {"kader {}: hoofdstuk '{}' uit round.json outline.chapters niet gevonden",
          "framework {}: chapter '{}' from round.json outline.chapters not found"}},
        {"framework.read_failed", {"kader {}: {}", "framework {}: {}"}},  // the reader's (plugin's) own words
        // Why the plugin did not read the framework: a reason (pipeline/ingest_call.hpp).
        {"framework.no_plugin", {"kader {}: geen plugin geladen die .{} leest", "framework {}: no plugin loaded that reads .{}"}},
        {"framework.plugin_said", {"kader {}: {}", "framework {}: {}"}},  // the plugin's own words
        {"framework.plugin_threw",
         {"kader {}: de plugin gooide een uitzondering", "framework {}: the plugin threw an exception"}},
        {"framework.worker_crashed",
         {"kader {}: het lezen brak af ({}); het bestand is bewaard maar niet gelezen", "framework {}: reading crashed ({}); the file is kept but not read"}},
        {"framework.worker_timeout",
         {"kader {}: het lezen duurde langer dan {} s en is gestopt", "framework {}: reading took longer than {} s and was stopped"}},
        {"framework.worker_cpu_limit",
         {"kader {}: het lezen gebruikte meer dan {} s rekentijd en is gestopt", "framework {}: reading used more than {} s of processor time and was stopped"}},
        {"framework.worker_memory_limit",
         {"kader {}: het lezen had meer dan {} MiB geheugen nodig en is gestopt", "framework {}: reading needed more than {} MiB of memory and was stopped"}},
        {"framework.worker_failed",
         {"kader {}: kon niet gelezen worden in een afgeschermd proces: {}", "framework {}: could not be read in an isolated process: {}"}},
        {"framework.unknown_type",
         {"kader {}: onbekend bestandstype '{}' (verwacht .txt, .md, .docx, .odt of .pdf)",
          "framework {}: unknown file type '{}' (expected .txt, .md, .docx, .odt or .pdf)"}},

        // The ingest stage (pipeline/ingest_stage.cpp). Its warnings are also problems in the report:
        // the first argument is always the round file, which the store keeps in a column of its own.
        {"ingest.attachment_note", {"bijlage '{}': {}", "attachment '{}': {}"}},  // a note of the attachment's plugin
        {"ingest.changed_after_decisions",
         {"{}: gewijzigd sinds het inlezen, maar er zijn al besluiten over genomen; de nieuwe versie is niet ingelezen",
          "{}: changed since it was ingested, but decisions were already taken on it; the new version was not ingested"}},
        {"ingest.file_not_found", {"{}: bestand niet gevonden", "{}: file not found"}},
        {"ingest.folder_missing", {"{}: map met inspraakreacties niet gevonden", "{}: submissions folder not found"}},
        {"ingest.no_extension",
         {"{}: bestand zonder extensie; geen plugin om het te lezen",
          "{}: file without an extension; no plugin to read it"}},
        {"ingest.no_plugin", {"{}: geen ingest-plugin voor .{}-bestanden", "{}: no ingest plugin for .{} files"}},
        {"ingest.no_points", {"{}: inzending {} bevat geen punten", "{}: submission {} contains no points"}},
        {"ingest.outside_round", {"{}: ligt niet in de rondemap {}", "{}: does not lie inside the round folder {}"}},
        {"ingest.plugin_said", {"{}: {}", "{}: {}"}},  // the plugin's own words: why it failed, or a warning
        {"ingest.plugin_threw",
         {"{}: de plugin gooide een uitzondering", "{}: the plugin threw an exception"}},
        {"ingest.worker_crashed",
         {"{}: het lezen brak af ({}); het bestand is bewaard maar niet gelezen", "{}: reading crashed ({}); the file is kept but not read"}},
        {"ingest.worker_timeout",
         {"{}: het lezen duurde langer dan {} s en is gestopt", "{}: reading took longer than {} s and was stopped"}},
        {"ingest.worker_cpu_limit",
         {"{}: het lezen gebruikte meer dan {} s rekentijd en is gestopt", "{}: reading used more than {} s of processor time and was stopped"}},
        {"ingest.worker_memory_limit",
         {"{}: het lezen had meer dan {} MiB geheugen nodig en is gestopt", "{}: reading needed more than {} MiB of memory and was stopped"}},
        {"ingest.worker_failed",
         {"{}: kon niet gelezen worden in een afgeschermd proces: {}", "{}: could not be read in an isolated process: {}"}},
        {"ingest.same_content",
         {"{}: zelfde inhoud als {}; niet nog eens ingelezen",
          "{}: same content as {}; not ingested again"}},
        {"ingest.same_content_inside",
         {"{}: zelfde inhoud als '{}' in {}; niet nog eens ingelezen",
          "{}: same content as '{}' in {}; not ingested again"}},
        {"ingest.same_content_inside_earlier",
         {"{}: zelfde inhoud als '{}' in een eerder bestand; niet nog eens ingelezen",
          "{}: same content as '{}' in an earlier file; not ingested again"}},
        // A file inside a round file (pipeline/embedded_reader.hpp): the round file, the file inside it
        // (an e-mail's attachment, or an archive's member), then why it was not read. Every reason
        // (pipeline/ingest_call.hpp) has both forms.
        {"ingest.attachment.too_deep",
         {"{}: bijlage '{}': ligt dieper dan {} niveaus in elkaar genest; niet gelezen",
          "{}: attachment '{}': nested deeper than {} levels; not read"}},
        {"ingest.attachment.too_many",
         {"{}: bijlage '{}': meer dan {} bestanden in één bestand; de rest is niet gelezen",
          "{}: attachment '{}': more than {} files in one file; the rest was not read"}},
        {"ingest.attachment.too_big",
         {"{}: bijlage '{}': samen groter dan {} MiB uitgepakt; de rest is niet gelezen",
          "{}: attachment '{}': larger than {} MiB unpacked together; the rest was not read"}},
        {"ingest.attachment.no_type",
         {"{}: bijlage '{}': bestand zonder extensie of bekend type; geen plugin om het te lezen",
          "{}: attachment '{}': file without an extension or known type; no plugin to read it"}},
        {"ingest.attachment.no_plugin",
         {"{}: bijlage '{}': geen ingest-plugin voor .{}-bestanden",
          "{}: attachment '{}': no ingest plugin for .{} files"}},
        {"ingest.attachment.same_content",
         {"{}: bijlage '{}': zelfde inhoud als {}; niet nog eens ingelezen",
          "{}: attachment '{}': same content as {}; not ingested again"}},
        {"ingest.attachment.plugin_said", {"{}: bijlage '{}': {}", "{}: attachment '{}': {}"}},
        {"ingest.attachment.plugin_threw",
         {"{}: bijlage '{}': de plugin gooide een uitzondering", "{}: attachment '{}': the plugin threw an exception"}},
        {"ingest.attachment.worker_crashed",
         {"{}: bijlage '{}': het lezen brak af ({}); het bestand is bewaard maar niet gelezen", "{}: attachment '{}': reading crashed ({}); the file is kept but not read"}},
        {"ingest.attachment.worker_timeout",
         {"{}: bijlage '{}': het lezen duurde langer dan {} s en is gestopt", "{}: attachment '{}': reading took longer than {} s and was stopped"}},
        {"ingest.attachment.worker_cpu_limit",
         {"{}: bijlage '{}': het lezen gebruikte meer dan {} s rekentijd en is gestopt", "{}: attachment '{}': reading used more than {} s of processor time and was stopped"}},
        {"ingest.attachment.worker_memory_limit",
         {"{}: bijlage '{}': het lezen had meer dan {} MiB geheugen nodig en is gestopt", "{}: attachment '{}': reading needed more than {} MiB of memory and was stopped"}},
        {"ingest.attachment.worker_failed",
         {"{}: bijlage '{}': kon niet gelezen worden in een afgeschermd proces: {}", "{}: attachment '{}': could not be read in an isolated process: {}"}},
        {"ingest.member.too_deep",
         {"{}: '{}': ligt dieper dan {} niveaus in elkaar genest; niet gelezen",
          "{}: '{}': nested deeper than {} levels; not read"}},
        {"ingest.member.too_many",
         {"{}: '{}': meer dan {} bestanden in één bestand; de rest is niet gelezen",
          "{}: '{}': more than {} files in one file; the rest was not read"}},
        {"ingest.member.too_big",
         {"{}: '{}': samen groter dan {} MiB uitgepakt; de rest is niet gelezen",
          "{}: '{}': larger than {} MiB unpacked together; the rest was not read"}},
        {"ingest.member.no_type",
         {"{}: '{}': bestand zonder extensie of bekend type; geen plugin om het te lezen",
          "{}: '{}': file without an extension or known type; no plugin to read it"}},
        {"ingest.member.no_plugin",
         {"{}: '{}': geen ingest-plugin voor .{}-bestanden",
          "{}: '{}': no ingest plugin for .{} files"}},
        {"ingest.member.same_content",
         {"{}: '{}': zelfde inhoud als {}; niet nog eens ingelezen",
          "{}: '{}': same content as {}; not ingested again"}},
        {"ingest.member.plugin_said", {"{}: '{}': {}", "{}: '{}': {}"}},
        {"ingest.member.plugin_threw", {"{}: '{}': de plugin gooide een uitzondering", "{}: '{}': the plugin threw an exception"}},
        {"ingest.member.worker_crashed",
         {"{}: '{}': het lezen brak af ({}); het bestand is bewaard maar niet gelezen", "{}: '{}': reading crashed ({}); the file is kept but not read"}},
        {"ingest.member.worker_timeout",
         {"{}: '{}': het lezen duurde langer dan {} s en is gestopt", "{}: '{}': reading took longer than {} s and was stopped"}},
        {"ingest.member.worker_cpu_limit",
         {"{}: '{}': het lezen gebruikte meer dan {} s rekentijd en is gestopt", "{}: '{}': reading used more than {} s of processor time and was stopped"}},
        {"ingest.member.worker_memory_limit",
         {"{}: '{}': het lezen had meer dan {} MiB geheugen nodig en is gestopt", "{}: '{}': reading needed more than {} MiB of memory and was stopped"}},
        {"ingest.member.worker_failed",
         {"{}: '{}': kon niet gelezen worden in een afgeschermd proces: {}", "{}: '{}': could not be read in an isolated process: {}"}},

        // The plugin host (host/plugin_host.cpp): why a plugin did not load, and its state.
        {"plugin.api_mismatch",
         {"verwacht API {} (of ouder {}.x), gevonden {}", "expects API {} (or older {}.x), found {}"}},
        {"plugin.classifier_missing", {"classifier ontbreekt", "classifier missing"}},
        {"plugin.classifier_refused", {"classifier: {}", "classifier: {}"}},  // the classifier's own words
        {"plugin.classifier_threw", {"uitzondering uit de classifier", "exception from the classifier"}},
        {"plugin.duplicate_name",
         {"de naam '{}' is al geladen uit een ander bestand", "the name '{}' is already loaded from another file"}},
        {"plugin.incomplete_descriptor",
         {"onvolledige descriptor (soort, naam of init ontbreekt)", "incomplete descriptor (kind, name or init missing)"}},
        {"plugin.init_registered_nothing", {"init registreerde niets", "init registered nothing"}},
        {"plugin.init_threw", {"uitzondering uit init", "exception from init"}},
        {"plugin.no_entry_symbol", {"het symbool 'inspraak_plugin' ontbreekt", "the symbol 'inspraak_plugin' is missing"}},
        {"plugin.registers_null", {"registreert een leeg object", "registers an empty object"}},
        {"plugin.registers_other_kind",
         {"registreert een {}-object maar is een {}-plugin", "registers a {} object, but its kind is {}"}},
        {"plugin.registers_twice", {"registreert meer dan een object", "registers more than one object"}},
        {"plugin.said", {"{}", "{}"}},  // the plugin's or the loader's own text, as written
        {"plugin.state.cannot_open", {"kan niet openen", "cannot open"}},
        {"plugin.state.duplicate_name", {"dubbele naam", "duplicate name"}},
        {"plugin.state.incompatible_api", {"andere API-versie", "other API version"}},
        {"plugin.state.init_failed", {"init mislukt", "init failed"}},
        {"plugin.state.loaded", {"geladen", "loaded"}},
        {"plugin.state.missing_entry_point", {"geen ingangspunt", "no entry point"}},

        // The progress line on a terminal (util/progress.hpp).
        {"progress.classify", {"classificeren", "classifying"}},
        {"progress.ingest", {"inlezen", "ingesting"}},

        // The report stage (pipeline/report_stage.cpp).
        // inspraak replies: the letters and mails to the senders (app/reply_desk.cpp) and what the command says.
        {"letter.title", {"Reactie op uw inspraakreactie", "Response to your submission"}},
        {"letter.date", {"Datum", "Date"}},
        {"letter.reference", {"Kenmerk", "Reference"}},
        {"letter.subject_label", {"Betreft", "Subject"}},
        {"letter.subject", {"Reactie op uw inspraakreactie: {}", "Response to your submission: {}"}},
        {"letter.salutation_named", {"Geachte {},", "Dear {},"}},
        {"letter.salutation", {"Geachte heer, mevrouw,", "Dear Sir or Madam,"}},
        {"letter.intro",
         {"Hartelijk dank voor uw reactie op {}. Hieronder leest u bij elk punt dat u inbracht onze reactie, en daarna onze algemene reactie op alle inspraakreacties.",
          "Thank you for your response to {}. Below you find our response to each point you made, followed by our general response to all submissions."}},
        {"letter.points", {"Uw punten en onze reactie", "Your points and our response"}},
        {"letter.point", {"Uw punt {}", "Your point {}"}},
        {"letter.reaction", {"Onze reactie", "Our response"}},
        {"letter.draft_mark", {"(CONCEPT, nog niet vastgesteld)", "(DRAFT, not yet approved)"}},
        {"letter.no_reaction", {"Op dit punt reageren wij nog.", "We have yet to respond to this point."}},
        {"letter.campaign",
         {"Dit punt kregen wij in gelijke bewoordingen van {} indieners; zij krijgen allen deze reactie.",
          "{} senders made this point in the same words; they all receive this response."}},
        {"letter.no_points",
         {"In uw reactie vonden wij geen afzonderlijke punten; onze algemene reactie leest u hieronder.",
          "We found no separate points in your response; our general response follows below."}},
        {"letter.general", {"Algemene reactie", "General response"}},
        {"letter.closing", {"Met vriendelijke groet,", "Kind regards,"}},
        {"letter.file_name", {"reactie-{}.docx", "response-{}.docx"}},
        {"mail.body",
         {"Hartelijk dank voor uw reactie op {}. In de bijlage vindt u onze brief met de reactie op de punten die u inbracht.",
          "Thank you for your response to {}. Attached is our letter with the response to the points you made."}},
        {"replies.written", {"Brieven geschreven in {}: {} brieven, {} e-mails", "Letters written in {}: {} letters, {} e-mails"}},
        {"replies.by_post", {"{} ({}): geen e-mailadres, stuur de brief per post", "{} ({}): no e-mail address, send the letter by post"}},
        {"replies.csv_header", {"inzending,naam,organisatie,bestand", "submission,name,organisation,file"}},
        {"replies.drafts_written",
         {"{} reacties zijn nog niet goedgekeurd en staan als CONCEPT in de brieven",
          "{} reactions are not approved yet and are marked DRAFT in the letters"}},
        {"replies.unapproved",
         {"{} punten hebben nog geen goedgekeurde reactie ({}); keur ze goed met inspraak approve, of schrijf conceptbrieven met --drafts",
          "{} points have no approved reaction yet ({}); approve them with inspraak approve, or write draft letters with --drafts"}},
        {"replies.into_reports",
         {"{}: dat is de map van de gepubliceerde reactienota; de brieven bevatten persoonsgegevens en horen in een eigen map (--to)",
          "{}: that is the published reactienota's folder; the letters carry personal data and need a folder of their own (--to)"}},
        {"replies.template", {"huisstijl voor de brieven: {}", "house style for the letters: {}"}},
        {"replies.bad_date", {"--date {}: geen datum als JJJJ-MM-DD", "--date {}: not a date as YYYY-MM-DD"}},
        {"replies.unknown_format", {"onbekend formaat '{}' (kies docx of eml)", "unknown format '{}' (choose docx or eml)"}},
        {"report.failed", {"rapport {}: {}", "report {}: {}"}},  // the report plugin's own words
        {"report.no_plugin", {"geen report-plugin voor formaat '{}'", "no report plugin for format '{}'"}},
        {"report.threw", {"rapport {}: de plugin gooide een uitzondering", "report {}: the plugin threw an exception"}},

        // round.json (round/round_config.cpp); the first argument is always the file.
        {"round.duplicate_threshold_invalid",
         {"{}: 'duplicate_threshold' moet een getal tussen 0 en 1 zijn", "{}: 'duplicate_threshold' must be a number between 0 and 1"}},
        {"round.file_missing", {"{}: niet gevonden of niet leesbaar", "{}: not found or not readable"}},
        {"round.folder_missing", {"{}: rondemap niet gevonden", "{}: round folder not found"}},
        {"round.key_missing", {"{}: verplichte sleutel '{}' ontbreekt", "{}: required key '{}' is missing"}},
        {"round.keywords_not_list", {"{}: 'keywords' van '{}' moet een lijst zijn", "{}: 'keywords' of '{}' must be a list"}},
        {"round.language_unsupported",
         {"{}: taal '{}' wordt niet ondersteund (nl of en)", "{}: language '{}' is not supported (nl or en)"}},
        {"round.not_json", {"{}: geen geldige JSON ({})", "{}: not valid JSON ({})"}},
        {"round.not_object", {"{}: verwacht een JSON-object", "{}: expected a JSON object"}},
        {"round.not_text", {"{}: '{}' moet tekst zijn", "{}: '{}' must be text"}},
        {"round.outline_both",
         {"{}: 'outline' met 'chapters' of 'chapter_level', niet allebei", "{}: 'outline' with 'chapters' or 'chapter_level', not both"}},
        {"round.outline_chapter_invalid",
         {"{}: 'outline.chapters' bevat {}, geen hoofdstuk (verwacht zoals \"1 Inleiding\", \"Inleiding\" of \"Bijlage 1\")",
          "{}: 'outline.chapters' contains {}, not a chapter (expected like \"1 Inleiding\", \"Inleiding\" or \"Bijlage 1\")"}},
        {"round.outline_chapters_empty",
         {"{}: 'outline.chapters' moet een niet-lege lijst van hoofdstukken zijn",
          "{}: 'outline.chapters' must be a non-empty list of chapters"}},
        {"round.outline_empty",
         {"{}: 'outline' moet 'chapters' of 'chapter_level' bevatten", "{}: 'outline' must contain 'chapters' or 'chapter_level'"}},
        {"round.outline_level_invalid",
         {"{}: 'outline.chapter_level' moet een kopniveau van 1 tot en met 6 zijn",
          "{}: 'outline.chapter_level' must be a heading level from 1 to 6"}},
        {"round.outline_not_object",
         {"{}: 'outline' moet een object zijn met 'chapters' of 'chapter_level'",
          "{}: 'outline' must be an object with 'chapters' or 'chapter_level'"}},
        {"round.outline_unknown_key",
         {"{}: onbekende sleutel 'outline.{}' (verwacht 'chapters' of 'chapter_level')",
          "{}: unknown key 'outline.{}' (expected 'chapters' or 'chapter_level')"}},
        {"round.unknown_key", {"{}: onbekende sleutel '{}' genegeerd", "{}: unknown key '{}' ignored"}},
        {"round.workstream_chapters_not_list",
         {"{}: 'chapters' van '{}' moet een lijst zijn", "{}: 'chapters' of '{}' must be a list"}},
        {"round.workstream_chapters_not_numbers",
         {"{}: 'chapters' van '{}' moet hoofdstuknummers bevatten", "{}: 'chapters' of '{}' must contain chapter numbers"}},
        {"round.workstream_geen", {"{}: 'geen' is geen geldige workstream-id", "{}: 'geen' is not a valid workstream id"}},
        {"round.workstream_not_object", {"{}: elke workstream moet een object zijn", "{}: every workstream must be an object"}},
        {"round.workstream_twice", {"{}: workstream '{}' staat er twee keer in", "{}: workstream '{}' is listed twice"}},
        {"round.workstreams_not_list", {"{}: 'workstreams' moet een lijst zijn", "{}: 'workstreams' must be a list"}},

        // The PostgreSQL store (store/postgres/*.cpp); the first argument names the server and the
        // round ("PostgreSQL user@host:port/db?round=r"), the same in every language.
        {"pg.address_form",
         {"PostgreSQL: de verbindingstekst moet de vorm postgresql://gebruiker@server:poort/database?round=naam hebben",
          "PostgreSQL: the connection string must have the form postgresql://user@host:port/database?round=name"}},
        {"pg.round_twice",
         {"PostgreSQL: de verbindingstekst noemt round meer dan eens",
          "PostgreSQL: the connection string names round more than once"}},
        {"pg.address_unreadable",
         {"PostgreSQL: onleesbare verbindingstekst: {}", "PostgreSQL: unreadable connection string: {}"}},  // libpq's words
        {"pg.no_round",
         {"{}: de verbindingstekst noemt geen ronde (?round=naam)",
          "{}: the connection string names no round (?round=name)"}},
        {"pg.round_name_refused", {"{}: {}", "{}: {}"}},  // the server, why the round name is refused
        {"pg.round_name_empty", {"de rondenaam is leeg", "the round name is empty"}},
        {"pg.round_name_invalid",
         {"ongeldige rondenaam '{}': gebruik 1 tot {} tekens uit a-z, 0-9, _ en -",
          "invalid round name '{}': use 1 to {} characters from a-z, 0-9, _ and -"}},
        {"pg.round_name_reserved",
         {"rondenaam '{}' is voorbehouden aan PostgreSQL", "round name '{}' is reserved for PostgreSQL"}},
        {"pg.round_not_found",
         {"{}: deze ronde bestaat niet (voer eerst 'inspraak init' of 'inspraak run' uit)",
          "{}: this round does not exist (run 'inspraak init' or 'inspraak run' first)"}},
        {"pg.round_missing", {"{}: deze ronde bestaat niet", "{}: this round does not exist"}},
        {"pg.round_exists", {"{}: de ronde bestaat al", "{}: the round already exists"}},
        {"pg.schema_not_a_round",
         {"{}: er is al een schema met deze naam dat geen inspraak-ronde is",
          "{}: a schema of this name exists that is not an inspraak round"}},
        {"pg.no_such_column", {"{}: tabel {} heeft geen kolom {}", "{}: table {} has no column {}"}},
        // The server, what failed (one of the pg.*_failed below), the server's own words.
        {"pg.failed", {"{}: {}: {}", "{}: {}: {}"}},
        {"pg.connect_failed", {"kan niet verbinden", "cannot connect"}},
        {"pg.session_failed", {"kan de sessie niet instellen", "cannot set up the session"}},
        {"pg.round_check_failed", {"kan niet nagaan of de ronde bestaat", "cannot check whether the round exists"}},
        {"pg.round_create_failed", {"kan de ronde niet aanmaken", "cannot create the round"}},
        {"pg.version_read_failed", {"kan de schemaversie niet lezen", "cannot read the schema version"}},
        {"pg.migration_failed", {"migratie mislukt", "migration failed"}},
        {"pg.begin_failed", {"kan geen schrijfactie beginnen", "cannot begin a write"}},
        {"pg.commit_failed", {"vastleggen mislukt", "commit failed"}},
        {"pg.read_failed", {"lezen mislukt", "reading failed"}},
        {"pg.write_failed", {"opslaan mislukt", "saving failed"}},

        // The store (store/*.cpp); the first argument is the store's file where there is one.
        {"store.cannot_open", {"{}: kan de store niet openen: {}", "{}: cannot open the store: {}"}},
        {"store.damaged", {"{}: beschadigde of onbekende store: {}", "{}: damaged or unknown store: {}"}},
        {"store.nested_write_failed",
         {"store: een geneste schrijfactie mislukte; niets opgeslagen",
          "store: a nested write failed; nothing saved"}},
        {"store.not_found",
         {"{}: geen store gevonden (voer eerst 'inspraak init' of 'inspraak run' uit)",
          "{}: no store found (run 'inspraak init' or 'inspraak run' first)"}},
        {"store.said", {"{}", "{}"}},  // a backend's or server's own words, as they were written
        // Copying a round between stores (store/store_copy.hpp, app/store_copy_run.hpp).
        {"store.copy_same",
         {"{}: een ronde kopiëren naar dezelfde store kan niet", "{}: a round cannot be copied onto its own store"}},
        {"store.copy_target_not_empty",
         {"{}: de doelstore is niet leeg ({} bestanden, {} punten); kopieer alleen naar een nieuwe of lege ronde",
          "{}: the target store is not empty ({} files, {} points); copy only to a new or empty round"}},
        {"store.copy_schema_differs",
         {"{}: schemaversie {} van de bron en {} van het doel verschillen",
          "{}: the source's schema version {} and the target's {} differ"}},
        {"store.copy_tables_differ",
         {"{}: de tabellen wijken af van wat deze inspraak kent ({}); er is niets gekopieerd",
          "{}: the tables differ from what this inspraak knows ({}); nothing was copied"}},
        {"store.copied",
         {"Ronde gekopieerd van {} naar {}: {} rijen ({})", "Round copied from {} to {}: {} rows ({})"}},
        // Backups (store/store_backup.hpp, app/store_backup_run.hpp); the first argument is the backup file.
        {"backup.written", {"Back-up van {} geschreven naar {} ({} bytes)", "Backup of {} written to {} ({} bytes)"}},
        {"backup.restored", {"Back-up {} teruggezet in {}", "Backup {} restored into {}"}},
        {"backup.same_file",
         {"{}: een back-up kan niet over de store zelf worden geschreven", "{}: a backup cannot be written over the store itself"}},
        {"backup.not_a_backup",
         {"{}: geen back-up van een inspraak-ronde (geen SQLite-bestand en geen pg_dump-archief van één ronde)",
          "{}: not a backup of an inspraak round (neither a SQLite file nor a pg_dump archive of one round)"}},
        {"backup.damaged", {"{}: beschadigde back-up: {}", "{}: damaged backup: {}"}},
        {"backup.write_failed", {"{}: kan de back-up niet schrijven: {}", "{}: cannot write the backup: {}"}},
        {"backup.tool_failed", {"{}: {} mislukt: {}", "{}: {} failed: {}"}},  // the file, the program, its words
        {"backup.tool_missing",
         {"{}: kan {} niet starten ({}); installeer de PostgreSQL-clientprogramma's (postgresql-client)",
          "{}: cannot start {} ({}); install the PostgreSQL client programs (postgresql-client)"}},
        {"backup.wrong_kind",
         {"{}: een {}-back-up kan alleen worden teruggezet in een store van dezelfde soort, niet in {}; zet hem daar terug en kopieer de ronde met 'inspraak store copy'",
          "{}: a {} backup can only be restored into a store of the same kind, not into {}; restore it there and copy the round with 'inspraak store copy'"}},
        {"backup.target_not_empty",
         {"{}: de ronde is niet leeg ({} bestanden, {} punten); terugzetten eroverheen alleen met --replace",
          "{}: the round is not empty ({} files, {} points); restore over it only with --replace"}},
        {"store.sequence_missing",
         {"{}: de reeks voor inzendingen ontbreekt",
          "{}: the sequence for submissions is missing"}},
        {"store.sqlite_failed", {"{}: {}: {}", "{}: {}: {}"}},  // the file, the call, SQLite's words
        {"store.sqlite_exec_failed", {"{}: {}", "{}: {}"}},  // the file, SQLite's words
        {"store.too_new",
         {"{}: store heeft schemaversie {}, deze inspraak kent tot {}; werk inspraak bij",
          "{}: the store has schema version {}, this inspraak knows up to {}; update inspraak"}},
    };
    return texts;
}

}  // namespace

const char* to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::not_found: return "not_found";
        case ErrorKind::invalid: return "invalid";
        case ErrorKind::conflict: return "conflict";
        case ErrorKind::internal: return "internal";
    }
    return "internal";
}

std::string render(const Message& message, bool english) {
    std::vector<std::string> values = message.args;
    for (const auto& part : message.parts) values.push_back(render(part, english));
    auto it = catalogue().find(message.key);
    if (it == catalogue().end()) {
        std::string text = message.key;
        for (const auto& value : values) text += " " + value;
        return text;
    }
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const auto& value : values) args.push_back(value);
    try {
        return fmt::vformat(english ? it->second.english : it->second.dutch, args);
    } catch (const fmt::format_error&) {  // too few arguments for the text: say what there is
        std::string text(english ? it->second.english : it->second.dutch);
        for (const auto& value : values) text += " " + value;
        return text;
    }
}

}  // namespace inspraak::core

#include "app/reply_desk.hpp"

#include <ctime>

#include "inspraak/dates.hpp"
#include "inspraak/text.hpp"
#include "pipeline/general_reaction.hpp"
#include "replies/letter_date.hpp"
#include "replies/letter_file.hpp"
#include "replies/reply_letters.hpp"
#include "replies/reply_mail.hpp"
#include "round/round_out_dir.hpp"
#include "util/files.hpp"
#include "util/paths.hpp"

namespace inspraak::core {
namespace {

constexpr const char* docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
// Without --from the mail is a draft whose sender the officer's mail client fills in.
constexpr const char* placeholder_from = "antwoord@inspraak.invalid";

// An address a mail can go to: one word with an '@' inside. Anything else is no address.
bool mail_address(const std::string& address) {
    const auto at = address.find('@');
    return at != std::string::npos && at > 0 && at + 1 < address.size() &&
           address.find_first_of(" \t\r\n<>,;\"") == std::string::npos;
}

bool same_folder(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ignored;
    return std::filesystem::weakly_canonical(a, ignored) == std::filesystem::weakly_canonical(b, ignored);
}

std::string salutation(const Stakeholder& sender, bool english) {
    const std::string name(text::trim(sender.name));
    return render(name.empty() ? Message{"letter.salutation"} : Message{"letter.salutation_named", {name}}, english);
}

LetterWording letter_wording(const std::string& responded_to, const std::string& general, const std::string& date,
                             const RepliesRequest& request) {
    const bool en = request.english;
    const auto say = [en](const Message& message) { return render(message, en); };
    LetterWording w;
    w.date_label = say(Message{"letter.date"});
    w.date = letter_date(date, en);
    w.reference_label = say(Message{"letter.reference"});
    w.subject_label = say(Message{"letter.subject_label"});
    w.subject = say(Message{"letter.subject", {responded_to}});
    w.intro = say(Message{"letter.intro", {responded_to}});
    w.points_heading = say(Message{"letter.points"});
    w.point_label = say(Message{"letter.point", {"{}"}});
    w.reaction_label = say(Message{"letter.reaction"});
    w.draft_mark = say(Message{"letter.draft_mark"});
    w.no_reaction = say(Message{"letter.no_reaction"});
    w.campaign_note = say(Message{"letter.campaign", {"{}"}});
    w.no_points = say(Message{"letter.no_points"});
    w.general_heading = say(Message{"letter.general"});
    w.general_reaction = general;
    w.closing = say(Message{"letter.closing"});
    w.signature = request.from_name;
    return w;
}

// The draft e-mail that carries a letter: a short body with the letter's salutation and closing.
MailDraft reply_mail(const ReplyLetter& letter, const std::string& address, const LetterWording& wording,
                     const std::string& responded_to, const RepliesRequest& request, const std::string& docx) {
    const bool en = request.english;
    MailDraft mail;
    mail.from = {request.from_name, request.from_address.empty() ? placeholder_from : request.from_address};
    mail.to = {std::string(text::trim(letter.sender.name)), address};
    mail.subject = wording.subject;
    mail.body = wording.salutation + "\n\n" + render(Message{"mail.body", {responded_to}}, en) + "\n\n" + wording.closing +
                "\n" + (request.from_name.empty() ? "" : request.from_name + "\n");
    mail.attachment_name = render(Message{"letter.file_name", {letter.submission_id}}, en);
    mail.attachment_type = docx_type;
    mail.attachment_bytes = docx;
    return mail;
}

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string postal_csv(const std::vector<PostalReply>& replies, bool english) {
    std::string csv = render(Message{"replies.csv_header"}, english) + "\r\n";
    for (const auto& r : replies)
        csv += csv_field(r.submission_id) + "," + csv_field(r.name) + "," + csv_field(r.organisation) + "," +
               csv_field(r.source) + "\r\n";
    return csv;
}

}  // namespace

AppResult<ReplyDesk> ReplyDesk::open(const RoundAddress& address, std::string /*who: replies write nothing to the store*/) {
    return guarded([&]() -> AppResult<ReplyDesk> {
        LocatedRound located = locate_round(address);
        auto store = std::make_unique<Store>(Store::open(located.location));
        std::filesystem::path out = round_out_dir(located.round, address.out_dir);
        return ReplyDesk(std::move(located.round), std::move(out), std::move(store));
    });
}

ReplyDesk::ReplyDesk(RoundConfig round, std::filesystem::path out_dir, std::unique_ptr<Store> store)
    : round_(std::move(round)), out_dir_(std::move(out_dir)), store_(std::move(store)) {}
ReplyDesk::ReplyDesk(ReplyDesk&&) noexcept = default;
ReplyDesk& ReplyDesk::operator=(ReplyDesk&&) noexcept = default;
ReplyDesk::~ReplyDesk() = default;

AppResult<RepliesOutcome> ReplyDesk::write(const RepliesRequest& request) {
    return guarded([&]() -> AppResult<RepliesOutcome> {
        RepliesOutcome outcome;
        outcome.folder = request.folder.empty() ? out_dir_ / "antwoorden" : request.folder;
        if (!request.date.empty() && dates::read_date(request.date) != request.date)
            return invalid_error("replies.bad_date", {request.date});
        // The reactienota is published; the letters carry personal data and must not lie beside it.
        if (same_folder(outcome.folder, out_dir_)) return invalid_error("replies.into_reports", {outcome.folder.string()});

        // One read of the round, so that every letter shows the same state of the decisions.
        auto letters = store_->write([](Store& s) { return collect_reply_letters(s); });
        const auto unapproved = unapproved_points(letters);
        if (!unapproved.empty() && !request.drafts) {
            std::string some;
            for (std::size_t i = 0; i < unapproved.size() && i < 5; ++i) some += (i == 0 ? "" : ", ") + unapproved[i];
            if (unapproved.size() > 5) some += ", …";
            return invalid_error("replies.unapproved", {std::to_string(unapproved.size()), some});
        }
        outcome.draft_points = unapproved;

        auto letter_file = LetterFile::prepare(round_.word_template.string(), round_.language);
        if (!letter_file) return invalid_error("replies.template", {letter_file.error().message});
        const std::filesystem::path templates = request.templates_dir.empty() ? default_templates_dir() : request.templates_dir;
        const std::string date = request.date.empty() ? now_iso8601().substr(0, 10) : request.date;
        // What the senders responded to: the framework's title. The round's title is the
        // reactienota's ("Reacties op het Kader ..."), which would read twice over in a letter.
        const std::string framework_title(text::trim(store_->meta("framework_title").value_or("")));
        const std::string responded_to = framework_title.empty() ? round_.title : framework_title;
        LetterWording wording = letter_wording(responded_to, read_general_reaction(round_, templates), date, request);
        const bool en = request.english;
        const std::int64_t sent_at = static_cast<std::int64_t>(std::time(nullptr));

        std::filesystem::create_directories(outcome.folder);
        for (const auto& letter : letters) {
            wording.salutation = salutation(letter.sender, en);
            const std::string docx =
                letter_file->docx(letter, wording, {wording.subject, render(Message{"letter.title"}, en), date, en ? "en" : "nl"});
            if (request.docx) {
                write_file_atomically(outcome.folder / (letter.submission_id + ".docx"), docx);
                ++outcome.letters;
            }
            const std::string address(text::trim(letter.sender.email));
            if (!mail_address(address)) {
                outcome.by_post.push_back(
                    PostalReply{letter.submission_id, letter.sender.name, letter.sender.organisation, letter.source});
                continue;
            }
            if (!request.eml) continue;
            MailDraft mail = reply_mail(letter, address, wording, responded_to, request, docx);
            mail.unix_time = sent_at;
            write_file_atomically(outcome.folder / (letter.submission_id + ".eml"), mail_eml(mail));
            ++outcome.mails;
        }
        write_file_atomically(outcome.folder / "zonder-adres.csv", postal_csv(outcome.by_post, en));
        return outcome;
    });
}

}  // namespace inspraak::core

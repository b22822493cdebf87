// inspraak replies: a letter and a draft e-mail to every sender (app/reply_desk.hpp).
#include <iostream>

#include "app/reply_desk.hpp"
#include "cli/session_command.hpp"

namespace inspraak::core {
namespace {

class RepliesCommand final : public RoundStoreCommand<ReplyDesk> {
public:
    RepliesCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : RoundStoreCommand(parent.add_subcommand("replies", t("schrijft elke indiener een brief (.docx) en een concept-e-mail (.eml)",
                                                               "writes every sender a letter (.docx) and a draft e-mail (.eml)")),
                            global, t) {
        add_store_options();
        app_->add_option("--to", folder_, t("map voor de brieven (standaard <out>/antwoorden/)", "folder for the letters (default <out>/antwoorden/)"));
        app_->add_option("--format", formats_, t("docx, eml of beide (standaard beide)", "docx, eml or both (default both)"))
            ->delimiter(',');
        app_->add_flag("--drafts", request_.drafts,
                       t("ook reacties die nog niet zijn goedgekeurd (als concept gemarkeerd)",
                         "also reactions that are not approved yet (marked as drafts)"));
        app_->add_option("--from", request_.from_address, t("afzender van de e-mails (adres)", "sender of the e-mails (address)"));
        app_->add_option("--from-name", request_.from_name,
                         t("naam van de afzender, ook onder de brieven", "the sender's name, also under the letters"));
        app_->add_option("--date", request_.date, t("datum van de brieven (JJJJ-MM-DD; standaard vandaag)", "the letters' date (YYYY-MM-DD; default today)"));
        app_->add_option("--templates", templates_, t("map met sjablonen (standaard reports/templates)", "templates folder (default reports/templates)"));
    }

private:
    int work(ReplyDesk& desk) override {
        if (!formats_.empty()) {
            request_.docx = request_.eml = false;
            for (const auto& format : formats_) {
                if (format == "docx") request_.docx = true;
                else if (format == "eml") request_.eml = true;
                else {
                    std::cerr << "inspraak: " << t_(Message{"replies.unknown_format", {format}}) << '\n';
                    return 2;
                }
            }
        }
        request_.folder = folder_;
        request_.templates_dir = templates_;
        request_.english = t_.english();
        auto outcome = desk.write(request_);
        if (!outcome) return fail(outcome.error());
        if (!outcome->draft_points.empty())
            std::cerr << t_("waarschuwing: ", "warning: ")
                      << t_(Message{"replies.drafts_written", {std::to_string(outcome->draft_points.size())}}) << '\n';
        say(t_(Message{"replies.written", {outcome->folder.string(), std::to_string(outcome->letters), std::to_string(outcome->mails)}}));
        for (const auto& post : outcome->by_post) {
            const std::string who = !post.name.empty() ? post.name : !post.organisation.empty() ? post.organisation : post.source;
            say(t_(Message{"replies.by_post", {post.submission_id, who}}));
        }
        return 0;
    }

    RepliesRequest request_;
    std::string folder_;
    std::string templates_;
    std::vector<std::string> formats_;
};

}  // namespace

std::unique_ptr<Command> make_replies_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<RepliesCommand>(app, global, t);
}

}  // namespace inspraak::core

// inspraak replies: a letter (.docx, in the house style) and a draft e-mail (.eml, the letter
// attached) to every sender, with the sender's own points and our reactions. These carry
// personal data on purpose (they go to the person concerned), so they are written to a folder of
// their own (default <out>/antwoorden/), never into the reactienota's folder itself.
//
// Letters say what the municipality decided: by default every point must have an approved
// reaction, else nothing is written (invalid, "replies.unapproved"). With `drafts` they are
// written anyway, each reaction that is not approved marked as a draft, for the officer to check.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "app/round_session.hpp"
#include "store/store.hpp"

namespace inspraak::core {

struct RepliesRequest {
    std::filesystem::path folder;          // --to; empty: <out>/antwoorden
    bool docx = true;                      // write <id>.docx
    bool eml = true;                       // write <id>.eml where the sender left an e-mail address
    bool drafts = false;                   // write although reactions are not approved (marked as drafts)
    bool english = false;                  // the letters' and mails' wording
    std::string from_address;              // the mails' From; empty: a placeholder the officer's client replaces
    std::string from_name;
    std::string date;                      // the letters' date, ISO; empty: today
    std::filesystem::path templates_dir;   // for the default general reaction; empty: the default templates
};

// A sender without an e-mail address: the officer sends the letter by post.
struct PostalReply {
    std::string submission_id;
    std::string name;
    std::string organisation;
    std::string source;
};

struct RepliesOutcome {
    std::filesystem::path folder;
    int letters = 0;  // .docx written
    int mails = 0;    // .eml written
    std::vector<PostalReply> by_post;     // also in <folder>/zonder-adres.csv
    std::vector<std::string> draft_points;  // points whose reaction went out marked as a draft (with `drafts`)
};

class ReplyDesk {
public:
    // Opens the round's store as RoundSession::open does (the same errors).
    static AppResult<ReplyDesk> open(const RoundAddress& address, std::string who);

    ReplyDesk(ReplyDesk&&) noexcept;
    ReplyDesk& operator=(ReplyDesk&&) noexcept;
    ~ReplyDesk();

    // Errors: invalid (points without an approved reaction and no `drafts`; a folder that is the
    // reactienota's own; a bad house-style template), internal (a disk or store failure).
    AppResult<RepliesOutcome> write(const RepliesRequest& request);

private:
    ReplyDesk(RoundConfig round, std::filesystem::path out_dir, std::unique_ptr<Store> store);

    RoundConfig round_;
    std::filesystem::path out_dir_;
    std::unique_ptr<Store> store_;
};

}  // namespace inspraak::core

// What each sender is answered on: per submission its own points, each with the reaction it
// has in the store. A point of a campaign or duplicate group is answered with its group's
// reaction (the lead's, as the reactienota publishes it), so every member gets the same answer
// in a letter of their own. Texts are as written: letters go to the person concerned, so
// nothing is redacted here.
#pragma once

#include <string>
#include <vector>

#include "inspraak/model.hpp"
#include "store/store.hpp"

namespace inspraak::core {

struct ReplyPoint {
    std::string id;        // "I003.2"
    std::string text;      // as the sender wrote it
    std::string reaction;  // "" when nobody drafted or wrote one yet
    bool approved = false;
    int group_size = 1;    // > 1: the point came in the same words from that many senders
};

struct ReplyLetter {
    std::string submission_id;  // "I003"
    std::string source;         // the round's file it came in
    Stakeholder sender;         // name and e-mail included
    std::string subject;        // the sender's own subject line, if any
    std::vector<ReplyPoint> points;  // in the order the sender made them
};

// One letter per submission, in round order (read inside one transaction of the caller's).
std::vector<ReplyLetter> collect_reply_letters(Store& store);

// Points whose reaction is not approved (no reaction, or a draft), over all letters.
std::vector<std::string> unapproved_points(const std::vector<ReplyLetter>& letters);

}  // namespace inspraak::core

// Problems with the input met by a stage (a file no plugin reads, a point the classifier could
// not place): a warning for whoever runs the stage, and a line in the store for the report.
//
// A warning is a Message whose first argument names the file (or point). The front end renders it
// in the user's language; the store keeps the text in the round's language, the report's, since
// the report lists the problems as they are stored. The store keeps the file in a column of its
// own, so the text it keeps leaves the name off: for a Dutch round the ingest stage's lines are
// exactly those the store held before problems were Messages, so that ingesting again into an
// older store records nothing twice.
#pragma once

#include <functional>
#include <string>

#include "app/message.hpp"
#include "store/store.hpp"

namespace inspraak::core {

class ProblemLog {
public:
    ProblemLog(Store& store, const std::function<void(const Message&)>& warn, bool english)
        : store_(store), warn_(warn), english_(english) {}

    // Warned and recorded.
    void report(const std::string& stage, const Message& warning) const {
        warn_(warning);
        record(stage, warning);
    }
    // Recorded only: for what is no news to whoever runs the stage (a file already read).
    void record(const std::string& stage, const Message& warning) const {
        store_.add_problem(stage, warning.args.empty() ? std::string() : warning.args.front(), text(warning));
    }
    // The warning as the store keeps it: in the round's language, without the file's name.
    std::string text(const Message& warning) const {
        std::string line = in_round_language(warning);
        if (!warning.args.empty() && line.starts_with(warning.args.front() + ": "))
            line.erase(0, warning.args.front().size() + 2);
        return line;
    }
    // Whatever else the store keeps for the report to show as it is (a submission's notes).
    std::string in_round_language(const Message& message) const { return render(message, english_); }

private:
    Store& store_;
    const std::function<void(const Message&)>& warn_;
    bool english_;
};

}  // namespace inspraak::core

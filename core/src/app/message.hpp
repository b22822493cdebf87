// A message of the host as data: a key and its arguments, rendered in the user's language only
// at the edge (the command line, the web workspace). The catalogue of keys and their Dutch and
// English texts is in messages.cpp.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace inspraak::core {

struct Message {
    std::string key;                // "point.not_found"
    std::vector<std::string> args;  // filled into the text's {} in order
    // Messages filled in after `args`, rendered in the same language: a reason inside a line
    // ("I003.2: <why>"), a field's name inside a sentence.
    std::vector<Message> parts;

    Message() = default;
    Message(std::string key_, std::vector<std::string> args_ = {}, std::vector<Message> parts_ = {})  // NOLINT
        : key(std::move(key_)), args(std::move(args_)), parts(std::move(parts_)) {}
};

// Why a file was not read, as a reason: a Message whose key is the last part of the keys of the
// families that name the file ("no_plugin" of "ingest.no_plugin", "ingest.attachment.no_plugin",
// "ingest.member.no_plugin", "framework.no_plugin"). The same reason reads right for a round file
// and for an e-mail's attachment, without a Message inside a Message (pipeline/ingest_call.hpp).
inline Message reason_in(const std::string& family, const Message& reason, std::vector<std::string> names) {
    names.insert(names.end(), reason.args.begin(), reason.args.end());
    return Message{family + "." + reason.key, std::move(names)};
}

// The text of `message` in Dutch or English. An unknown key renders as the key and its
// arguments, so that nothing is ever lost (and a test can find the missing entry).
std::string render(const Message& message, bool english);

}  // namespace inspraak::core

// One way to call an ingest plugin: its result, or why not, so that a misbehaving plugin costs one
// file, never the round. And the one way to say why a file was not read.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/app_error.hpp"
#include "inspraak/plugin.hpp"

namespace inspraak::core {

// Why a file was not read, as a reason: a Message whose key is the last part of the keys of the
// families that name the file ("no_plugin" of "ingest.no_plugin", "ingest.attachment.no_plugin",
// "ingest.member.no_plugin"). The same reason reads right for a round file and for an e-mail's
// attachment, without a Message inside a Message.
inline Message reason_in(const std::string& family, const Message& reason, std::vector<std::string> names) {
    names.insert(names.end(), reason.args.begin(), reason.args.end());
    return Message{family + "." + reason.key, std::move(names)};
}

// The error's message is a reason: "plugin_said" with the plugin's own words, or "plugin_threw".
inline AppResult<IngestResult> call_ingester(const Ingester& ingester, const SourceFile& file) {
    try {
        Result<IngestResult> result = ingester.read(file);
        if (!result) return AppError{ErrorKind::invalid, Message{"plugin_said", {result.error().message}}};
        return std::move(result).value();
    } catch (...) {  // read() is noexcept by contract; a plugin that throws anyway must not end the round
        return AppError{ErrorKind::internal, Message{"plugin_threw"}};
    }
}

}  // namespace inspraak::core

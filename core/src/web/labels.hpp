// The words of the workspace's pages in Dutch and English: what the templates show as {{t.key}}.
// Messages (errors, outcomes of an operation) come from the host's catalogue (app/messages.cpp);
// these are the fixed labels of the interface, like a report's labels.json.
#pragma once

#include <string_view>
#include <vector>

namespace inspraak::core {

struct WebLabel {
    std::string_view key;
    std::string_view dutch;
    std::string_view english;
};

const std::vector<WebLabel>& web_labels();
// The label in the language; an unknown key is itself (a test checks that none is unknown).
std::string_view web_label(std::string_view key, bool english);

}  // namespace inspraak::core

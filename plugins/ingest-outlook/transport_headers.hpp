// The Internet headers a received message kept (PR_TRANSPORT_MESSAGE_HEADERS): where Outlook
// keeps the sender's Organization and the Date as the sender's clock had it.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest::outlook {

// The unfolded value of the first header `name` (case-insensitive), whitespace normalised; ""
// when absent, and "" for an RFC 2047 encoded value, which this plugin does not decode.
std::string header_value(std::string_view headers, std::string_view name);

}  // namespace inspraak::ingest::outlook

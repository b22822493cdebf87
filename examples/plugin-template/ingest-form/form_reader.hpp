// Reads the export of a (fictional) form system: a ".form" file of "key: value" lines, one
// submission per file. A line that starts with white space continues the value above it; lines
// starting with '#' are comments.
//
//     naam: J. Jansen
//     organisatie: Buurtvereniging Oost
//     datum: 15-01-2025
//     onderwerp: Fietsparkeren bij het station
//     reactie: Er zijn te weinig fietsenstallingen bij het station.
//     reactie: De route naar het centrum is onveilig.
//
// Every "reactie" becomes a paragraph of the body (the host splits the body into points).
#pragma once

#include <string_view>

#include "inspraak/model.hpp"
#include "inspraak/result.hpp"

namespace form_plugin {

inspraak::Result<inspraak::IngestResult> read_form(std::string_view text);

}  // namespace form_plugin

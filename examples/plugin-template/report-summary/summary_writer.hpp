// A plain-text summary of the reactienota: the round's title and date, then every point as
// published with its sender, chapter, route and reaction. Written as reactienota.txt, a point at
// a time as the host reads them (a streaming report plugin, API 3.2).
#pragma once

#include "inspraak/plugin.hpp"
#include "inspraak/report_stream.hpp"

namespace summary_plugin {

void write_summary(inspraak::ReportSource& source, inspraak::report::SinkWriter& out);

}  // namespace summary_plugin

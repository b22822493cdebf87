// A plain-text summary of the reactienota: the round's title and date, then every point as
// published with its sender, chapter, route and reaction. Written as reactienota.txt.
#pragma once

#include <string>

#include "inspraak/report_model.hpp"

namespace summary_plugin {

std::string write_summary(const inspraak::ReportModel& model);

}  // namespace summary_plugin

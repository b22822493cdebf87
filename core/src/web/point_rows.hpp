// What the pages show of points and the framework, shared by the list, the chapter page and the
// overview: a point as a table row, excerpts, the choices of the filter and edit forms.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "inspraak/model.hpp"
#include "review/framework_lookup.hpp"
#include "store/store_types.hpp"
#include "web/page_request.hpp"

namespace inspraak::core {

// At most `max_chars` characters of `text` (UTF-8 aware), with "…" when cut.
std::string excerpt(std::string_view text, size_t max_chars);
// "0.62"; "" for a point without a classification.
std::string confidence_text(const PointDetail& point);
// "approved", "draft" or "none": the CSS class and the value of the status filter.
std::string status_key(const PointDetail& point);
// The organisation, else the person's name, else "-". The workspace is for officers: they see the
// sender; the published reactienota does not.
std::string sender_of(const Stakeholder& stakeholder);

// The workstream's name for a route id ("geen": no route).
std::string route_label(const std::string& route, const std::vector<Workstream>& workstreams,
                        const PageRequest& request);

// A point as the points list and the chapter page show it.
kainjow::mustache::data point_row(const PointDetail& point, const FrameworkLookup& lookup,
                                  const std::vector<Workstream>& workstreams, const PageRequest& request);

// What the chapter filter takes for a chapter: its number ("3", "B1"), or its id ("h5-2") when
// another chapter has the same number, as a framework may number two parts "5".
std::string chapter_filter_value(const Framework& framework, const Section& chapter);

// <option> lists: {value, label, selected}.
kainjow::mustache::data chapter_options(const Framework& framework, const std::string& selected);
kainjow::mustache::data route_options(const std::vector<Workstream>& workstreams, const std::string& selected,
                                      const PageRequest& request);
kainjow::mustache::data status_options(const std::string& selected, const PageRequest& request, bool with_none);

}  // namespace inspraak::core

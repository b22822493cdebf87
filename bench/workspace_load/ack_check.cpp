#include "ack_check.hpp"

#include <map>
#include <set>
#include <tuple>

#include "store/store.hpp"

namespace inspraak::load {
namespace {

using Key = std::tuple<std::string, std::string, std::string, std::string>;  // point, field, value, who

void problem(CheckResult& result, const std::string& text) {
    if (result.samples.size() < 10) result.samples.push_back(text);
}

}  // namespace

CheckResult check_acks(const std::string& store_text, const std::vector<Ack>& acks) {
    core::Store store = core::Store::open(core::StoreLocation::parse(store_text));
    core::AuditQuery query;
    query.entity = "point";
    // How many entries each (point, field, value, who) has, also with the value or who as "*".
    std::map<Key, size_t> entries;
    std::map<std::pair<std::string, std::string>, core::AuditEntry> newest;  // (point, field)
    for (const auto& entry : store.audit_log(query)) {
        for (const std::string& value : {entry.new_value, std::string("*")})
            for (const std::string& who : {entry.who, std::string("*")}) ++entries[{entry.entity_id, entry.field, value, who}];
        newest[{entry.entity_id, entry.field}] = entry;
    }

    CheckResult result;
    std::map<Key, size_t> acknowledged;
    std::set<std::string> touched;
    for (const auto& ack : acks) {
        ++acknowledged[{ack.point, ack.field, ack.value, ack.who}];
        touched.insert(ack.point);
    }
    for (const auto& [key, acknowledged_times] : acknowledged) {
        result.checked += acknowledged_times;
        // Each write acknowledged for one officer made an entry of its own; "anyone" (a bulk
        // approve, which changes nothing on a point approved already) needs one entry.
        const size_t count = std::get<3>(key) == "*" ? 1 : acknowledged_times;
        const size_t found = entries.count(key) ? entries.at(key) : 0;
        if (found < count) {
            result.missing += count - found;
            const auto& [point, field, value, who] = key;
            problem(result, "acknowledged " + std::to_string(count) + "x, audited " + std::to_string(found) + "x: " + point +
                                " " + field + " = '" + value + "' by " + who);
        }
    }
    for (const auto& id : touched) {
        auto point = store.point(id);
        if (!point) {
            ++result.inconsistent;
            problem(result, id + ": not in the store");
            continue;
        }
        const std::string reaction = point->reaction ? point->reaction->text : std::string{};
        const std::string route = point->classification ? point->classification->classification.route : std::string{};
        for (const auto& [field, stored] : {std::pair{std::string("reaction"), reaction}, std::pair{std::string("route"), route}}) {
            auto last = newest.find({id, field});
            if (last != newest.end() && last->second.new_value != stored) {
                ++result.inconsistent;
                problem(result, id + " " + field + ": stored '" + stored + "', newest audit entry '" + last->second.new_value + "'");
            }
        }
    }
    return result;
}

}  // namespace inspraak::load

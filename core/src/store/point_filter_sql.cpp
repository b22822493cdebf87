#include "store/point_filter_sql.hpp"

#include <stdexcept>

namespace inspraak::core {
namespace {

// The same in SQLite and PostgreSQL (a boolean sorts false first in both). Unclassified points
// come last; when a confidence bound leaves none, the order is by confidence alone, which an index
// gives (the overview's least certain points, from 100,000, in milliseconds instead of a second).
std::string order_sql(const PointQuery& query) {
    const bool bounded = query.min_confidence || query.max_confidence;
    switch (query.order) {
        case PointOrder::confidence_ascending:
            return bounded ? " ORDER BY c.confidence, s.seq, p.position"
                           : " ORDER BY c.confidence IS NULL, c.confidence, s.seq, p.position";
        case PointOrder::confidence_descending:
            return bounded ? " ORDER BY c.confidence DESC, s.seq, p.position"
                           : " ORDER BY c.confidence IS NULL, c.confidence DESC, s.seq, p.position";
        case PointOrder::round: break;
    }
    return " ORDER BY s.seq, p.position";
}

}  // namespace

PointFilterSql point_filter_sql(const PointQuery& query, PointFilterUse use, const SqlDialect& dialect) {
    PointFilterSql sql;
    std::string where;
    int bit = 0;
    // Each filter that is set adds its condition, one parameter and its bit of the shape.
    auto condition = [&](bool set, const std::string& text) {
        if (set) {
            where += where.empty() ? " WHERE " : " AND ";
            where += text;
            sql.shape |= 1u << bit;
        }
        ++bit;
    };
    auto parameter = [&](SqlValue value) {
        const bool is_number = std::holds_alternative<double>(value);
        sql.parameters.push_back(std::move(value));
        return dialect.parameter(static_cast<int>(sql.parameters.size()), is_number);
    };

    if (query.chapter)
        condition(true, "p.id IN (SELECT pc.point_id FROM point_chapters pc WHERE pc.section_id = " + parameter(*query.chapter) + ")");
    else
        condition(false, "");
    condition(query.section.has_value(),
              query.section ? "EXISTS (SELECT 1 FROM point_chapters pc WHERE pc.point_id = p.id AND pc.rank = 1 "
                              "AND pc.best_section_id = " + parameter(*query.section) + ")"
                            : "");
    condition(query.route.has_value(), query.route ? "c.route = " + parameter(*query.route) : "");
    const bool no_reaction = query.status && *query.status == "none";
    condition(no_reaction, "NOT EXISTS (SELECT 1 FROM reactions r WHERE r.point_id = p.id)");
    condition(query.status && !no_reaction,
              query.status && !no_reaction
                  ? "EXISTS (SELECT 1 FROM reactions r WHERE r.point_id = p.id AND r.status = " + parameter(*query.status) + ")"
                  : "");
    condition(query.stakeholder_group.has_value(), query.stakeholder_group ? "k.grp = " + parameter(*query.stakeholder_group) : "");
    condition(query.min_confidence.has_value(), query.min_confidence ? "c.confidence >= " + parameter(*query.min_confidence) : "");
    condition(query.max_confidence.has_value(), query.max_confidence ? "c.confidence <= " + parameter(*query.max_confidence) : "");
    condition(query.text_contains.has_value(), query.text_contains ? dialect.contains("p.text", parameter(*query.text_contains)) : "");
    condition(query.group_id.has_value(),
              query.group_id ? "p.id IN (SELECT g.point_id FROM point_groups g WHERE g.group_id = " + parameter(*query.group_id) + ")"
                             : "");
    const bool unassigned = query.assigned_to && query.assigned_to->empty();
    condition(unassigned, "NOT EXISTS (SELECT 1 FROM assignments a WHERE a.point_id = p.id)");
    condition(query.assigned_to && !unassigned,
              query.assigned_to && !unassigned
                  ? "p.id IN (SELECT a.point_id FROM assignments a WHERE a.officer = " + parameter(*query.assigned_to) + ")"
                  : "");
    if (query.sender) {
        const std::string sender = parameter(*query.sender);
        condition(true, "(" + dialect.contains("k.organisation", sender) + " OR " + dialect.contains("k.name", sender) + ")");
    } else {
        condition(false, "");
    }

    condition(query.leads_only,
              "NOT EXISTS (SELECT 1 FROM point_groups g WHERE g.point_id = p.id AND g.group_id <> p.id)");
    if (query.after_point && query.order != PointOrder::round)
        throw std::invalid_argument("PointQuery::after_point pages in round order only");
    if (query.after_point) {
        // (seq, position) after the given point's, written so that the index on submissions(seq)
        // starts the scan there. An unknown point: the subqueries are NULL and nothing matches.
        const std::string after = parameter(*query.after_point);
        const std::string seq =
            "(SELECT s2.seq FROM points p2 JOIN submissions s2 ON s2.id = p2.submission_id WHERE p2.id = " + after + ")";
        condition(true, "s.seq >= " + seq + " AND (s.seq > " + seq +
                            " OR p.position > (SELECT p3.position FROM points p3 WHERE p3.id = " + after + "))");
    } else {
        condition(false, "");
    }

    const bool list = use == PointFilterUse::list;
    const bool need_stakeholder = query.stakeholder_group || query.sender;
    const bool need_classification =
        query.route || query.min_confidence || query.max_confidence || (list && query.order != PointOrder::round);
    sql.from_where = " FROM points p";
    if (list || need_stakeholder || query.after_point) sql.from_where += " JOIN submissions s ON s.id = p.submission_id";
    if (need_stakeholder) sql.from_where += " JOIN stakeholders k ON k.id = s.stakeholder_id";
    if (need_classification) sql.from_where += " LEFT JOIN classifications c ON c.point_id = p.id";
    sql.from_where += where;
    if (list) sql.order_by = order_sql(query);
    sql.shape |= (list ? 1u : 0u) << bit++;
    if (list) sql.shape |= static_cast<uint32_t>(query.order) << bit;
    return sql;
}

}  // namespace inspraak::core

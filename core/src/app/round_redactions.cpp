// RoundSession's operations on redactions: the public version of a point's text, and an
// officer's undo (keep public) and redo of a redaction, each with an audit entry. The stored
// text stays as written either way: the replies to senders need it.
#include <algorithm>

#include "app/round_session.hpp"
#include "privacy/redactor.hpp"

namespace inspraak::core {
namespace {

AppError unknown_point(const std::string& point_id) {
    return AppError{ErrorKind::not_found, Message{"decision.unknown_point", {point_id}}};
}

KeptPublic kept_in(Store& store, const std::string& point_id) {
    KeptPublic kept;
    for (const auto& row : store.kept_public(point_id)) kept.emplace(row.kind, row.text);
    return kept;
}

std::optional<AppError> check_kind(const std::string& kind) {
    if (parse_kind(kind)) return std::nullopt;
    std::string known;
    for (PersonalDataKind k : all_personal_data_kinds) known += (known.empty() ? "" : ", ") + std::string(kind_id(k));
    return invalid_error("redaction.unknown_kind", {kind, known});
}

}  // namespace

AppResult<PublicText> RoundSession::public_text(const std::string& point_id) {
    return guarded([&]() -> AppResult<PublicText> {
        auto detail = store_->point(point_id);
        if (!detail) return unknown_point(point_id);
        const auto found = find_redactions(detail->point.text, detail->submission.stakeholder, kept_in(*store_, point_id));
        PublicText out;
        out.text = apply_redactions(detail->point.text, found, round_->language);
        for (const Redaction& r : found)
            out.redactions.push_back({std::string(kind_id(r.span.kind)), r.text, r.span.begin, r.span.end, r.kept});
        return out;
    });
}

AppResult<bool> RoundSession::keep_public(const std::string& point_id, const std::string& kind, const std::string& text) {
    return guarded([&]() -> AppResult<bool> {
        if (auto bad = check_kind(kind)) return *bad;
        return store_->write([&](Store& s) -> AppResult<bool> {
            auto detail = s.point(point_id);
            if (!detail) return unknown_point(point_id);
            // Only what the redactor finds can be kept public: no store of arbitrary texts.
            const auto found = find_redactions(detail->point.text, detail->submission.stakeholder);
            if (std::none_of(found.begin(), found.end(),
                             [&](const Redaction& r) { return kind_id(r.span.kind) == kind && r.text == text; }))
                return invalid_error("redaction.not_found", {point_id, text, kind});
            if (!s.keep_public(KeptPublicText{point_id, kind, text, who(), {}})) return false;
            s.audit(who(), "point", point_id, "redaction", std::string(kind_label(*parse_kind(kind), round_->language)), text);
            return true;
        });
    });
}

AppResult<bool> RoundSession::redact_again(const std::string& point_id, const std::string& kind, const std::string& text) {
    return guarded([&]() -> AppResult<bool> {
        if (auto bad = check_kind(kind)) return *bad;
        return store_->write([&](Store& s) -> AppResult<bool> {
            if (!s.point(point_id)) return unknown_point(point_id);
            if (!s.redact_again(point_id, kind, text)) return false;
            s.audit(who(), "point", point_id, "redaction", text, std::string(kind_label(*parse_kind(kind), round_->language)));
            return true;
        });
    });
}

}  // namespace inspraak::core

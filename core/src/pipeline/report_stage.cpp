// Report: has each report plugin write <out>/reactienota.<format>. A streaming plugin (API 3.2,
// ReportWriter) reads the round's rows page by page from its own connection to the store
// (report_source.hpp) and writes its bytes through a temporary file, so that memory does not grow
// with the number of points; a plugin of before 3.2 (Reporter) gets the whole report model, built
// once for all such plugins. The formats are written side by side (Pipeline::worker_threads).
#include <fmt/core.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <stdexcept>

#include "app/app_error.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/report_model.hpp"
#include "pipeline/report_source.hpp"
#include "util/files.hpp"

namespace inspraak::core {
namespace {

// The host's end of ReportSink: the bytes go to a temporary file beside the report.
class FileSink final : public ReportSink {
public:
    explicit FileSink(AtomicFile& file) : file_(file) {}
    Result<void> write(std::string_view bytes) noexcept override {
        try {
            file_.write(bytes);
            return {};
        } catch (const std::exception& e) {
            return Error{e.what()};
        }
    }

private:
    AtomicFile& file_;
};

}  // namespace

std::vector<std::filesystem::path> Pipeline::report(const std::vector<std::string>& formats) {
    const ReportModelOptions model_options{options_.templates_dir, options_.with_personal_data};
    const bool streaming = std::any_of(formats.begin(), formats.end(),
                                       [&](const std::string& f) { return host_.report_writer(f) != nullptr; });
    // With a streaming format the rows are counted as they are made (below), not by scans of the round.
    ReportHead head = build_report_head(store(), round_, model_options, !streaming);
    // Plugins of before 3.2 render a whole model; it is built only when one of them is asked for.
    std::optional<ReportModel> model;
    for (const auto& format : formats)
        if (!host_.report_writer(format) && host_.reporter(format)) {
            model = build_report_model(store(), round_, model_options);
            break;
        }
    // For the streaming formats, what every row needs from the whole round is read once, and the
    // rows themselves are made once (report_spool.hpp): each format reads them once or more.
    std::shared_ptr<const StoreReportSource::Context> context;
    std::shared_ptr<const ReportSpool> rows;
    if (streaming) {
        context = StoreReportSource::read_context(store(), head);
        StoreReportSource all(store(), head, context);
        all.set_row_threads(worker_threads());
        auto reader = all.points({});
        try {
            if (!reader) throw std::runtime_error(reader.error().message);
            rows = ReportSpool::write(**reader);
        } catch (const AppException&) {  // the store's errors (StoreError) pass as they are
            throw;
        } catch (const std::runtime_error& e) {
            throw AppException(AppError{ErrorKind::internal, Message{"report.rows_failed", {e.what()}}});
        }
        head.point_count = rows->rows();
        const auto& counted = rows->rows_per_route();
        for (const auto& route : report_routes(round_))
            if (const auto n = counted.find(route); n != counted.end()) head.points_per_route[route] = n->second;
    }
    const StoreLocation location = store_location();
    // Inside a write only this connection sees what it wrote: then the formats take turns on it.
    const bool own_connections = !store().in_write();

    std::vector<std::filesystem::path> written(formats.size());
    // What went wrong per format; the first in the formats' order is the one reported.
    std::vector<std::exception_ptr> failed(formats.size());
    auto render = [&](size_t i) {
        const std::string& format = formats[i];
        const auto writer = host_.report_writer(format);
        const auto reporter = writer ? nullptr : host_.reporter(format);
        if (!writer && !reporter)
            throw AppException(invalid_error("report.no_plugin", {format}));
        auto file = out_dir() / fmt::format("reactienota.{}", format);
        if (writer) {
            // Its own connection: the formats read side by side, and a Store serves one thread.
            std::optional<Store> own;
            if (own_connections) own.emplace(Store::open(location));
            StoreReportSource source(own ? *own : store(), head, context, rows);
            AtomicFile out(file);
            FileSink sink(out);
            Result<void> done = Error{""};
            try {
                done = writer->write(source, sink);
            } catch (...) {
                throw AppException(AppError{ErrorKind::internal, Message{"report.threw", {format}}});
            }
            if (!done) throw AppException(AppError{ErrorKind::internal, Message{"report.failed", {format, done.error().message}}});
            out.commit();
        } else {
            Result<std::string> rendered = Error{""};
            try {
                rendered = reporter->render(*model);
            } catch (...) {
                throw AppException(AppError{ErrorKind::internal, Message{"report.threw", {format}}});
            }
            if (!rendered)
                throw AppException(AppError{ErrorKind::internal, Message{"report.failed", {format, rendered.error().message}}});
            write_file_atomically(file, *rendered);
        }
        written[i] = file;
    };
    const unsigned threads = own_connections ? std::min(worker_threads(), static_cast<unsigned>(formats.size())) : 1U;
    parallel_for(formats.size(), threads, [&](size_t i) {
        try {
            render(i);
        } catch (...) {
            failed[i] = std::current_exception();
        }
    });
    for (const auto& error : failed)
        if (error) std::rethrow_exception(error);
    return written;
}

}  // namespace inspraak::core

// A plugin's built module opened as the host opens it (RTLD_NOW | RTLD_LOCAL), for the tests that
// check its descriptor and what its init registers.
#pragma once

#include <dlfcn.h>

#include <memory>
#include <string>
#include <vector>

#include "inspraak/plugin.hpp"

namespace inspraak::test {

// libinspraak-<name>.so from the build's plugin folder. Declare it before anything the plugin
// creates, so that those objects are destroyed before the library is closed.
class PluginModule {
public:
    explicit PluginModule(const std::string& name)
        : handle_(dlopen((std::string(INSPRAAK_PLUGIN_DIR) + "/libinspraak-" + name + ".so").c_str(), RTLD_NOW | RTLD_LOCAL)) {
        if (handle_ == nullptr) error_ = dlerror();
    }
    ~PluginModule() {
        if (handle_ != nullptr) dlclose(handle_);
    }
    PluginModule(const PluginModule&) = delete;
    PluginModule& operator=(const PluginModule&) = delete;

    bool is_open() const { return handle_ != nullptr; }
    const std::string& error() const { return error_; }  // dlerror() when it did not open
    // The exported descriptor, or null.
    const inspraak_plugin_descriptor* descriptor() const {
        return handle_ == nullptr ? nullptr : static_cast<const inspraak_plugin_descriptor*>(dlsym(handle_, "inspraak_plugin"));
    }

private:
    void* handle_;
    std::string error_;
};

// Keeps whatever a plugin's init registers.
class CollectingRegistrar final : public Registrar {
public:
    void add_ingester(std::unique_ptr<Ingester> ingester) override { ingesters.push_back(std::move(ingester)); }
    void add_classifier(std::unique_ptr<Classifier> classifier) override { classifiers.push_back(std::move(classifier)); }
    void add_reporter(std::unique_ptr<Reporter> reporter) override { reporters.push_back(std::move(reporter)); }
    void add_report_writer(std::unique_ptr<ReportWriter> writer) override { report_writers.push_back(std::move(writer)); }

    std::size_t registered() const {
        return ingesters.size() + classifiers.size() + reporters.size() + report_writers.size();
    }

    std::vector<std::unique_ptr<Ingester>> ingesters;
    std::vector<std::unique_ptr<Classifier>> classifiers;
    std::vector<std::unique_ptr<Reporter>> reporters;
    std::vector<std::unique_ptr<ReportWriter>> report_writers;  // API 3.2
};

}  // namespace inspraak::test

// The language of what the command line prints: Dutch by default, English with --lang en or
// INSPRAAK_LANG=en. What the host says is a Message rendered here, at the edge; the help texts of
// the options are written as pairs where they are declared.
#pragma once

#include <fmt/core.h>

#include <string>

#include "app/message.hpp"

namespace inspraak::core {

class UiLanguage {
public:
    explicit UiLanguage(bool english) : english_(english) {}
    const char* operator()(const char* dutch, const char* english) const { return english_ ? english : dutch; }
    bool english() const { return english_; }
    std::string operator()(const Message& message) const { return render(message, english_); }

    template <typename... Args>
    std::string format(const char* dutch, const char* english, Args&&... args) const {
        return fmt::vformat((*this)(dutch, english), fmt::make_format_args(args...));
    }

    // Looks at --lang in argv before the command line is parsed, then at INSPRAAK_LANG.
    static UiLanguage detect(int argc, char** argv);

private:
    bool english_;
};

}  // namespace inspraak::core

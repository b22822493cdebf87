// One officer's browser for the load test: a connection to `inspraak serve`, signed in through
// the login form (its own CSRF cookie and field), then pages read and forms posted with the
// session cookie, each answer timed. No redirect is followed: a save answers 303.
#pragma once

#include <httplib.h>

#include <string>

namespace inspraak::load {

struct Answer {
    int status = 0;  // 0: no answer (connection refused or broken)
    std::string body;
    double ms = 0;
};

class Officer {
public:
    Officer(const std::string& host, int port);

    // Signs in at /login; false (with the status or the transport error in `why`) when refused.
    bool sign_in(const std::string& name, const std::string& password, std::string& why);
    const std::string& name() const { return name_; }

    Answer get(const std::string& path);
    Answer post(const std::string& path, const httplib::Params& form);

private:
    httplib::Client client_;
    std::string name_;
    std::string cookie_;  // "inspraak_session=..."
};

// The value of the first hidden field `name` in a page, HTML entities undone.
std::string hidden_field(const std::string& page, const std::string& name);

}  // namespace inspraak::load

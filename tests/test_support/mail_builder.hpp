// Builds e-mail messages (RFC 5322/MIME) the way a mail client sends them: a plain-text body and
// attached files in base64, so that end-to-end tests can send the round a mail with a letter
// attached. Header-only; no library of the project is used, so the test is independent of the
// e-mail plugin it checks.
#pragma once

#include <string>
#include <vector>

namespace inspraak::test {

struct MailAttachment {
    std::string name;        // the file name, ASCII or UTF-8 (sent RFC 2231-encoded)
    std::string media_type;  // "application/pdf"
    std::string bytes;
};

struct Mail {
    std::string from_name;
    std::string from_address;
    std::string organisation;  // the Organization header, "" for none
    std::string subject;
    std::string date = "Tue, 04 Mar 2025 09:12:00 +0100";
    std::string body;          // plain text, UTF-8, lines separated by '\n'
    std::vector<MailAttachment> attachments;
};

inline std::string base64_lines(const std::string& bytes) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t line = 0;
    for (size_t i = 0; i < bytes.size(); i += 3) {
        unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) value |= static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[(value >> 18) & 63];
        out += alphabet[(value >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(value >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? alphabet[value & 63] : '=';
        if ((line += 4) >= 76) {
            out += "\r\n";
            line = 0;
        }
    }
    if (line != 0) out += "\r\n";
    return out;
}

// RFC 2231: filename*=utf-8''Reactie%20E%C3%A9n.docx
inline std::string rfc2231(const std::string& name) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "utf-8''";
    for (unsigned char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

inline std::string crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

inline std::string build_mail(const Mail& mail) {
    const std::string boundary = "=_inspraak_test_boundary_42";
    std::string out;
    out += "From: \"" + mail.from_name + "\" <" + mail.from_address + ">\r\n";
    out += "To: Gemeente <inspraak@gemeente.example>\r\n";
    if (!mail.organisation.empty()) out += "Organization: " + mail.organisation + "\r\n";
    out += "Subject: " + mail.subject + "\r\n";
    out += "Date: " + mail.date + "\r\n";
    out += "Message-ID: <test-" + std::to_string(mail.subject.size()) + "@mail.example>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    out += crlf(mail.body) + "\r\n";
    for (const auto& attachment : mail.attachments) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + attachment.media_type + "\r\n";
        out += "Content-Disposition: attachment; filename*=" + rfc2231(attachment.name) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64_lines(attachment.bytes);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

}  // namespace inspraak::test

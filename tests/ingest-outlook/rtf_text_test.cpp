#include "rtf_text.hpp"

#include <gtest/gtest.h>

namespace {

using inspraak::ingest::outlook::rtf_body;

TEST(RtfText, EncapsulatedHtmlIsRecovered) {
    const auto body = rtf_body(
        "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0 Arial;}}"
        "{\\*\\htmltag19 <html>}{\\*\\htmltag64 <p class=\"x\">}\\htmlrtf {\\htmlrtf0 Caf\\'e9 \\{1\\}"
        "\\htmlrtf }\\htmlrtf0 {\\*\\htmltag72 </p>}\\htmlrtf \\par \\htmlrtf0 {\\*\\htmltag27 </html>}}");
    EXPECT_TRUE(body.is_html);
    EXPECT_EQ(body.text, "<html><p class=\"x\">Café {1}</p></html>");
}

TEST(RtfText, PlainRtfToText) {
    const auto body = rtf_body(
        "{\\rtf1\\ansi\\ansicpg1250\\uc1{\\fonttbl{\\f0 Arial;}}{\\info{\\title Geheim}}"
        "\\pard \\'8e\\'e1dost\\par \\u321?\\'f3d\\u378?\\tab x\\line y{\\*\\shppict{\\pict 00ff}}\\par}");
    EXPECT_FALSE(body.is_html);
    EXPECT_EQ(body.text, "Žádost\nŁódź\tx\ny\n");
}

TEST(RtfText, HostileNestingIsBounded) {
    std::string rtf = "{\\rtf1 ";
    for (int i = 0; i < 100000; ++i) rtf += "{";
    rtf += "diep";
    const auto body = rtf_body(rtf);
    EXPECT_EQ(body.text.find("diep"), std::string::npos);
    EXPECT_NO_THROW(rtf_body("\\"));
    EXPECT_NO_THROW(rtf_body("{\\'"));
    EXPECT_NO_THROW(rtf_body("{\\u-"));
}

}  // namespace

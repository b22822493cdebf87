#include <gtest/gtest.h>

#include "test_support/msg_writer.hpp"
#include "test_support/plugin_module.hpp"

namespace {

TEST(OutlookPlugin, DescriptorAndRegistration) {
    inspraak::test::PluginModule module("ingest-outlook");
    ASSERT_TRUE(module.is_open()) << module.error();
    const auto* descriptor = module.descriptor();
    ASSERT_NE(descriptor, nullptr);
    EXPECT_EQ(descriptor->api_major, INSPRAAK_API_MAJOR);
    EXPECT_EQ(descriptor->kind, static_cast<int>(inspraak::PluginKind::ingest));
    EXPECT_STREQ(descriptor->name, "ingest-outlook");
    EXPECT_STREQ(descriptor->formats, "msg,dat,tnef");

    inspraak::test::CollectingRegistrar registrar;
    inspraak::Error error;
    ASSERT_TRUE(descriptor->init(&registrar, &error)) << error.message;
    ASSERT_EQ(registrar.ingesters.size(), 1u);

    inspraak::test::MsgMessage mail;
    mail.sender_email = "a@example.nl";
    mail.plain_body = "Tekst.";
    const auto result =
        registrar.ingesters[0]->read(inspraak::SourceFile{"/tmp/a.msg", "a.msg", inspraak::test::msg_file(mail)});
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->submissions.at(0).body, "Tekst.");
}

}  // namespace

// The .msg files the test writer and the plugin write are read back with another OLE2 reader
// (Python's olefile), when the machine has it: a check that they are real compound files, not
// just files libgsf agrees with itself about.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "outlook_test_support.hpp"
#include "test_support/msg_writer.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace {

constexpr const char* kPython = "/usr/bin/python3";

const char* const kCheck = R"(
import sys, olefile
ole = olefile.OleFileIO(sys.argv[1])
print(ole.openstream('__substg1.0_0037001F').read().decode('utf-16le'))
print((len(ole.openstream('__properties_version1.0').read()) - 32) % 16 == 0)
print(ole.root.clsid)
print(ole.exists('__nameid_version1.0'))
)";

TEST(OutlookOlefile, WrittenAndCopiedMessagesAreRealCompoundFiles) {
    inspraak::TempDir dir;
    if (!std::filesystem::exists(kPython) ||
        inspraak::run_command(kPython, {"-c", "import olefile"}, dir.path()).exit_code != 0)
        GTEST_SKIP() << "python3-olefile is not installed";

    inspraak::test::MsgMessage inner;
    inner.subject = "Binnenste bericht – café";
    inner.plain_body = "Tekst.";
    inspraak::test::MsgMessage outer;
    outer.subject = "Buitenste bericht";
    outer.sender_email = "a@example.nl";
    outer.plain_body = "Zie bijlage.";
    outer.attached_messages.push_back(inner);
    const std::string written = inspraak::test::msg_file(outer);
    const auto result = inspraak::test::read_outlook(written);
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->embedded.size(), 1u);

    const auto check = [&](const std::string& bytes, const std::string& name) {
        const auto path = dir.path() / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return inspraak::run_command(kPython, {"-c", kCheck, path.string()}, dir.path());
    };
    const auto top = check(written, "outer.msg");
    ASSERT_EQ(top.exit_code, 0) << top.err;
    EXPECT_EQ(top.out, "Buitenste bericht\nTrue\n00020D0B-0000-0000-C000-000000000046\nTrue\n");

    // The attached message as the plugin hands it back: a top-level message of its own.
    const auto copied = check(result->embedded[0].bytes, "inner.msg");
    ASSERT_EQ(copied.exit_code, 0) << copied.err;
    EXPECT_TRUE(copied.out.starts_with("Binnenste bericht – café\n")) << copied.out;
    // The 32-byte header of a top-level message, the CLSID and the named-property map came along.
    EXPECT_TRUE(copied.out.ends_with("True\n00020D0B-0000-0000-C000-000000000046\nTrue\n")) << copied.out;
}

}  // namespace

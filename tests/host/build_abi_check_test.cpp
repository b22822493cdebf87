// The rule of docs/plugin-api.md, "What a plugin build must match", word by word.
#include <gtest/gtest.h>

#include "host/build_abi_check.hpp"
#include "inspraak/build_abi.hpp"

namespace inspraak::core {
namespace {

const char* host = "libstdc++-12 cxx11-abi gcc-12.2";

std::string why(const char* plugin) {
    auto reason = build_abi_mismatch(plugin, host);
    return reason ? reason->key : "";
}

TEST(BuildAbiCheck, TheSameBuildAndAnyCompilerOnTheSameLibraryLoad) {
    EXPECT_EQ(why(host), "");
    EXPECT_EQ(why("libstdc++-12 cxx11-abi clang-14.0"), "");  // Clang on libstdc++: the same layout
    EXPECT_EQ(why("libstdc++-10 cxx11-abi gcc-10.2"), "");    // libstdc++ is backward compatible
}

TEST(BuildAbiCheck, RefusesWhatTheHostCannotPromise) {
    EXPECT_EQ(why("libc++-160006 libc++-abi-1 clang-16.0"), "plugin.abi_other_library");
    EXPECT_EQ(why("libstdc++-12 old-abi gcc-12.2"), "plugin.abi_other_layout");
    EXPECT_EQ(why("libstdc++-13 cxx11-abi gcc-13.1"), "plugin.abi_newer_library");
    EXPECT_EQ(why(""), "plugin.abi_unreadable");
    EXPECT_EQ(why("whatever"), "plugin.abi_unreadable");
    EXPECT_EQ(why("libstdc++-x cxx11-abi gcc"), "plugin.abi_unreadable");
}

TEST(BuildAbiCheck, TheReasonNamesBothBuilds) {
    auto reason = build_abi_mismatch("libstdc++-13 cxx11-abi gcc-13.1", host);
    ASSERT_TRUE(reason);
    EXPECT_EQ(reason->args, (std::vector<std::string>{"libstdc++-13 cxx11-abi gcc-13.1", "libstdc++ 12 cxx11-abi"}));
}

TEST(BuildAbiCheck, ThisBuildDescribesItselfReadably) {
    EXPECT_FALSE(build_abi_mismatch(INSPRAAK_BUILD_ABI, INSPRAAK_BUILD_ABI)) << INSPRAAK_BUILD_ABI;
}

}  // namespace
}  // namespace inspraak::core

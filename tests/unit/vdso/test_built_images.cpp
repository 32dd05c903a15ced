// Lookups in well-formed images built by the test, for both ELF classes: each hash
// table alone and together, load addresses that are not zero, versions, and the symbol
// kinds the reader must refuse.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>

#include "test_support.hpp"

using namespace vdso_test;

namespace {

struct Tables {
  bool sysv, gnu;
};

template <class Elf>
std::map<std::string, std::pair<std::string, const void*>> listed_symbols(
    const Reader<Elf>& reader) {
  std::map<std::string, std::pair<std::string, const void*>> out;
  reader.for_each_symbol([&](const char* name, const char* version, void* address) {
    CHECK(out.count(name) == 0);
    out[name] = {version ? version : "", address};
  });
  return out;
}

// The typical image with the given hash tables.
template <class Elf>
ImageSpec typical_spec_with(Tables tables) {
  ImageSpec spec = typical_spec(machine_of<Elf>);
  spec.sysv_hash = tables.sysv;
  spec.gnu_hash = tables.gnu;
  return spec;
}

}  // namespace

TEMPLATE_TEST_CASE("every export is found at its address, with and without its version", "[built]",
                   Elf32, Elf64) {
  const Tables tables = GENERATE(Tables{true, false}, Tables{false, true}, Tables{true, true});
  const uint64_t load_vaddr = GENERATE(uint64_t{0}, uint64_t{0x10000}, uint64_t{0xff700000});
  const uint64_t load_offset = GENERATE(uint64_t{0}, uint64_t{0x40});
  CAPTURE(tables.sysv, tables.gnu, load_vaddr, load_offset);
  ImageSpec spec = typical_spec_with<TestType>(tables);
  spec.load_vaddr = load_vaddr;
  spec.load_offset = load_offset;
  const BuiltImage img = build_image<TestType>(spec);
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.error == Error::none);
  const Reader<TestType>& reader = parsed.reader;

  for (const auto& [name, version] : typical_exports()) {
    CAPTURE(name);
    const void* expected = address_in(img.bytes, img.symbol_offset.at(name));
    CHECK(reader.lookup(name.c_str(), version_or_null(version)) == expected);
    CHECK(reader.lookup(name.c_str(), nullptr) == expected);
    CHECK(reader.lookup(name.c_str(), "LINUX_2.4") == nullptr);
  }
  CHECK(reader.lookup("__vdso_clock_gettime", "LINUX_2.5") == nullptr);
  CHECK(reader.lookup("__kernel_vsyscall", "LINUX_2.6") == nullptr);
  CHECK(reader.lookup("unversioned_symbol", "LINUX_2.6") == nullptr);
  CHECK(reader.lookup("__vdso_clock_gettime", "linux-vdso.so.1") == nullptr);  // the base version
  CHECK(reader.lookup("__vdso_clock_gettim", nullptr) == nullptr);
  CHECK(reader.lookup("__vdso_clock_gettimex", nullptr) == nullptr);
  CHECK(reader.lookup("", nullptr) == nullptr);
  CHECK(reader.lookup(nullptr, nullptr) == nullptr);
}

TEMPLATE_TEST_CASE("undefined, local and object symbols are refused", "[built]", Elf32, Elf64) {
  const Tables tables = GENERATE(Tables{true, false}, Tables{false, true}, Tables{true, true});
  ImageSpec spec = typical_spec_with<TestType>(tables);
  const BuiltImage img = build_image<TestType>(spec);
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  for (const char* name : {"undefined_symbol", "local_symbol", "object_symbol"}) {
    CAPTURE(name);
    CHECK(parsed.reader.lookup(name, nullptr) == nullptr);
    CHECK(parsed.reader.lookup(name, "LINUX_2.6") == nullptr);
  }
}

TEMPLATE_TEST_CASE("a versym with the hidden bit set still names its version", "[built]", Elf32,
                   Elf64) {
  const BuiltImage img = build_image<TestType>(typical_spec(machine_of<TestType>));
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  uint16_t versym;
  std::memcpy(&versym, img.bytes.data() + img.versym + 2 * img.symbol_index.at("__vdso_time"), 2);
  REQUIRE(versym == 0x8002);
  CHECK(parsed.reader.lookup("__vdso_time", "LINUX_2.6") ==
        address_in(img.bytes, img.symbol_offset.at("__vdso_time")));
  CHECK(listed_symbols(parsed.reader).at("__vdso_time").first == "LINUX_2.6");
}

TEMPLATE_TEST_CASE("for_each_symbol lists exactly the exports, with versions and addresses",
                   "[built]", Elf32, Elf64) {
  const Tables tables = GENERATE(Tables{true, false}, Tables{false, true}, Tables{true, true});
  ImageSpec spec = typical_spec_with<TestType>(tables);
  const BuiltImage img = build_image<TestType>(spec);
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  CHECK(parsed.reader.symbol_count() == spec.symbols.size() + 1);
  std::map<std::string, std::pair<std::string, const void*>> expected;
  for (const auto& [name, version] : typical_exports())
    expected[name] = {version, address_in(img.bytes, img.symbol_offset.at(name))};
  CHECK(listed_symbols(parsed.reader) == expected);
}

TEMPLATE_TEST_CASE("without version tables any requested version is accepted", "[built]", Elf32,
                   Elf64) {
  ImageSpec spec = typical_spec(machine_of<TestType>);
  spec.versions = false;
  const BuiltImage img = build_image<TestType>(spec);
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  const void* expected = address_in(img.bytes, img.symbol_offset.at("__vdso_time"));
  CHECK(parsed.reader.lookup("__vdso_time", "LINUX_2.6") == expected);
  CHECK(parsed.reader.lookup("__vdso_time", "NO_SUCH_VERSION") == expected);
  for (const auto& [name, version] : listed_symbols(parsed.reader)) CHECK(version.first.empty());
}

TEMPLATE_TEST_CASE("long hash chains: 300 symbols in 1 or 7 buckets are all found", "[built]",
                   Elf32, Elf64) {
  const Tables tables = GENERATE(Tables{true, false}, Tables{false, true}, Tables{true, true});
  const uint32_t nbucket = GENERATE(1u, 7u);
  ImageSpec spec;
  spec.machine = machine_of<TestType>;
  spec.sysv_hash = tables.sysv;
  spec.gnu_hash = tables.gnu;
  spec.sysv_nbucket = spec.gnu_nbucket = nbucket;
  for (int i = 0; i < 300; ++i) spec.symbols.push_back({"f" + std::to_string(i)});
  const BuiltImage img = build_image<TestType>(spec);
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  CHECK(parsed.reader.symbol_count() == 301);
  int found = 0;
  for (const auto& s : spec.symbols)
    found += parsed.reader.lookup(s.name.c_str(), "LINUX_2.6") ==
             address_in(img.bytes, img.symbol_offset.at(s.name));
  CHECK(found == 300);
  CHECK(parsed.reader.lookup("f300", nullptr) == nullptr);
}

TEMPLATE_TEST_CASE("GNU hash is preferred when both tables exist", "[built]", Elf32, Elf64) {
  const BuiltImage img = build_image<TestType>(typical_spec(machine_of<TestType>));
  const uint32_t nbucket = typical_spec(0).sysv_nbucket;
  SECTION("emptied SysV buckets change nothing") {
    std::vector<unsigned char> bytes = img.bytes;
    std::memset(bytes.data() + img.hash + 8, 0, 4 * nbucket);
    const auto parsed = parse<TestType>(bytes);
    REQUIRE(parsed.ok());
    CHECK(parsed.reader.lookup("__vdso_gettimeofday", "LINUX_2.6") ==
          address_in(bytes, img.symbol_offset.at("__vdso_gettimeofday")));
  }
  SECTION("emptied GNU buckets hide every symbol") {
    std::vector<unsigned char> bytes = img.bytes;
    std::memset(bytes.data() + img.gnu_hash + 16 + sizeof(typename TestType::BloomWord), 0,
                4 * typical_spec(0).gnu_nbucket);
    const auto parsed = parse<TestType>(bytes);
    REQUIRE(parsed.ok());
    for (const auto& [name, version] : typical_exports())
      CHECK(parsed.reader.lookup(name.c_str(), nullptr) == nullptr);
  }
}

TEST_CASE("a default Reader finds nothing and lists nothing", "[built]") {
  constexpr Reader<Elf64> reader;
  CHECK_FALSE(reader.valid());
  CHECK(reader.lookup("__vdso_time", nullptr) == nullptr);
  int calls = 0;
  reader.for_each_symbol([&](const char*, const char*, void*) { ++calls; });
  CHECK(calls == 0);
}

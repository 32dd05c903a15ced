// Hostile images: each check the parser makes is provoked on its own and must name
// its reason; corruption the parser cannot see must leave lookups failing safely;
// truncation and byte corruption anywhere must never read outside the image.
#include <stddef.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace vdso_test;

namespace {

template <class Elf, class T>
void patch(std::vector<unsigned char>& bytes, size_t offset, T value) {
  REQUIRE(offset + sizeof(T) <= bytes.size());
  std::memcpy(bytes.data() + offset, &value, sizeof(T));
}

template <class Elf>
size_t dyn_entry(const BuiltImage& img, int64_t tag) {
  using Dyn = typename Elf::Dyn;
  for (size_t at = img.dynamic;; at += sizeof(Dyn)) {
    Dyn d;
    std::memcpy(&d, img.bytes.data() + at, sizeof d);
    if (d.d_tag == tag) return at;
    REQUIRE(d.d_tag != 0);
  }
}

// Sets the d_val of dynamic tag `tag`, or retags the entry when retag is non-zero.
template <class Elf>
void set_dyn(BuiltImage& img, int64_t tag, uint64_t value, int64_t retag = 0) {
  using Dyn = typename Elf::Dyn;
  const size_t at = dyn_entry<Elf>(img, tag);
  if (retag != 0)
    patch<Elf>(img.bytes, at + offsetof(Dyn, d_tag), static_cast<decltype(Dyn::d_tag)>(retag));
  else
    patch<Elf>(img.bytes, at + offsetof(Dyn, d_val), static_cast<decltype(Dyn::d_val)>(value));
}

constexpr int64_t dt_symbolic = 16;  // a tag the reader ignores

}  // namespace

TEMPLATE_TEST_CASE("each header check rejects with its own reason", "[malformed]", Elf32, Elf64) {
  using Ehdr = typename TestType::Ehdr;
  using Phdr = typename TestType::Phdr;
  BuiltImage img = build_image<TestType>(typical_spec(machine_of<TestType>));
  std::vector<unsigned char>& b = img.bytes;
  Error expected = Error::none;
  auto set_u8 = [&](size_t at, uint8_t v) { b[at] = v; };

  bool null_image = false;
  SECTION("null image") {
    null_image = true;
    expected = Error::null_image;
  }
  SECTION("shorter than Ehdr") {
    b.resize(sizeof(Ehdr) - 1);
    expected = Error::truncated_header;
  }
  SECTION("magic") {
    set_u8(1, 'e');
    expected = Error::bad_magic;
  }
  SECTION("class 0") {
    set_u8(4, 0);
    expected = Error::bad_class;
  }
  SECTION("class of the other reader") {
    set_u8(4, TestType::elf_class == 1 ? 2 : 1);
    expected = Error::bad_class;
  }
  SECTION("big-endian") {
    set_u8(5, 2);
    expected = Error::bad_endianness;
  }
  SECTION("EI_VERSION") {
    set_u8(6, 2);
    expected = Error::bad_version;
  }
  SECTION("e_version") {
    patch<TestType>(b, offsetof(Ehdr, e_version), uint32_t{0});
    expected = Error::bad_version;
  }
  SECTION("ET_EXEC") {
    patch<TestType>(b, offsetof(Ehdr, e_type), uint16_t{2});
    expected = Error::bad_type;
  }
  SECTION("other machine") {
    patch<TestType>(b, offsetof(Ehdr, e_machine), uint16_t{40});  // EM_ARM
    expected = Error::bad_machine;
  }
  SECTION("phentsize") {
    patch<TestType>(b, offsetof(Ehdr, e_phentsize), uint16_t{sizeof(Phdr) + 4});
    expected = Error::bad_phentsize;
  }
  SECTION("phnum past the end") {
    patch<TestType>(b, offsetof(Ehdr, e_phnum), uint16_t{0xffff});
    expected = Error::phdrs_out_of_bounds;
  }
  SECTION("phoff past the end") {
    patch<TestType>(b, offsetof(Ehdr, e_phoff), static_cast<decltype(Ehdr::e_phoff)>(b.size() - 8));
    expected = Error::phdrs_out_of_bounds;
  }
  SECTION("phoff wrapping around") {
    patch<TestType>(b, offsetof(Ehdr, e_phoff),
                    static_cast<decltype(Ehdr::e_phoff)>(-sizeof(Phdr)));
    expected = Error::phdrs_out_of_bounds;
  }
  SECTION("PT_INTERP") {
    ImageSpec spec = typical_spec(machine_of<TestType>);
    spec.interp = true;
    b = build_image<TestType>(spec).bytes;
    expected = Error::has_interp;
  }
  SECTION("no PT_LOAD") {
    patch<TestType>(b, img.phoff + offsetof(Phdr, p_type), uint32_t{4});  // PT_NOTE
    expected = Error::no_load_segment;
  }
  SECTION("no PT_DYNAMIC") {
    patch<TestType>(b, img.phoff + sizeof(Phdr) + offsetof(Phdr, p_type), uint32_t{4});
    expected = Error::no_dynamic_segment;
  }
  SECTION("no program headers") {
    patch<TestType>(b, offsetof(Ehdr, e_phnum), uint16_t{0});
    expected = Error::no_load_segment;
  }
  SECTION("PT_DYNAMIC past the end") {
    patch<TestType>(b, img.phoff + sizeof(Phdr) + offsetof(Phdr, p_filesz),
                    static_cast<decltype(Phdr::p_filesz)>(b.size()));
    expected = Error::dynamic_out_of_bounds;
  }
  SECTION("PT_DYNAMIC without DT_NULL") {
    for (size_t at = dyn_entry<TestType>(img, 0); at < img.code;
         at += sizeof(typename TestType::Dyn))
      patch<TestType>(b, at, static_cast<decltype(TestType::Dyn::d_tag)>(dt_symbolic));
    expected = Error::dynamic_unterminated;
  }
  REQUIRE(expected != Error::none);
  {
    const auto parsed = null_image
                            ? Reader<TestType>::parse(nullptr, b.size(), machine_of<TestType>)
                            : parse<TestType>(b);
    CHECK(parsed.error == expected);
    CHECK_FALSE(parsed.ok());
    CHECK_FALSE(parsed.reader.valid());
  }
}

TEMPLATE_TEST_CASE("each dynamic-table check rejects with its own reason", "[malformed]", Elf32,
                   Elf64) {
  const bool gnu_only = GENERATE(false, true);
  ImageSpec spec = typical_spec(machine_of<TestType>);
  spec.load_vaddr = 0x1000;
  spec.sysv_hash = !gnu_only;
  BuiltImage img = build_image<TestType>(spec);
  const uint64_t end_vaddr = spec.load_vaddr + img.bytes.size();
  const uint64_t huge = ~uint64_t{0} >> (TestType::elf_class == 1 ? 32 : 0);
  Error expected = Error::none;

  SECTION("no DT_STRTAB") {
    set_dyn<TestType>(img, elf::dt_strtab, 0, dt_symbolic);
    expected = Error::no_strtab;
  }
  SECTION("no DT_SYMTAB") {
    set_dyn<TestType>(img, elf::dt_symtab, 0, dt_symbolic);
    expected = Error::no_symtab;
  }
  SECTION("no hash table") {
    if (!gnu_only) set_dyn<TestType>(img, elf::dt_hash, 0, dt_symbolic);
    set_dyn<TestType>(img, elf::dt_gnu_hash, 0, dt_symbolic);
    expected = Error::no_hash_table;
  }
  SECTION("DT_SYMENT of the other class") {
    set_dyn<TestType>(img, elf::dt_syment, TestType::elf_class == 1 ? 24 : 16);
    expected = Error::bad_syment;
  }
  SECTION("DT_STRTAB below the load address") {
    set_dyn<TestType>(img, elf::dt_strtab, 0x10);
    expected = Error::strtab_out_of_bounds;
  }
  SECTION("DT_STRSZ past the end") {
    set_dyn<TestType>(img, elf::dt_strsz, img.bytes.size());
    expected = Error::strtab_out_of_bounds;
  }
  SECTION("DT_STRTAB past the end") {
    set_dyn<TestType>(img, elf::dt_strtab, end_vaddr + 1);
    expected = Error::strtab_out_of_bounds;
  }
  SECTION("hash table past the end") {
    set_dyn<TestType>(img, gnu_only ? elf::dt_gnu_hash : elf::dt_hash, end_vaddr - 4);
    expected = Error::hash_out_of_bounds;
  }
  SECTION("hash table address wrapping around") {
    set_dyn<TestType>(img, gnu_only ? elf::dt_gnu_hash : elf::dt_hash, huge);
    expected = Error::hash_out_of_bounds;
  }
  SECTION("nbucket == 0") {
    patch<TestType>(img.bytes, gnu_only ? img.gnu_hash : img.hash, uint32_t{0});
    expected = Error::bad_hash_table;
  }
  SECTION("huge nchain or Bloom filter") {
    patch<TestType>(img.bytes, gnu_only ? img.gnu_hash + 8 : img.hash + 4, uint32_t{0xffffffff});
    expected = Error::hash_out_of_bounds;
  }
  SECTION("huge nbucket") {
    patch<TestType>(img.bytes, gnu_only ? img.gnu_hash : img.hash, uint32_t{0xfffffff0});
    expected = Error::hash_out_of_bounds;
  }
  SECTION("GNU bucket below symoffset") {
    patch<TestType>(img.bytes, img.gnu_hash + 4, uint32_t{5});
    expected = Error::bad_hash_table;
  }
  SECTION("DT_SYMTAB too close to the end for the symbol count") {
    set_dyn<TestType>(img, elf::dt_symtab, end_vaddr - sizeof(typename TestType::Sym));
    expected = Error::symtab_out_of_bounds;
  }
  SECTION("DT_SYMTAB past the end") {
    set_dyn<TestType>(img, elf::dt_symtab, huge);
    expected = Error::symtab_out_of_bounds;
  }
  SECTION("DT_VERSYM past the end") {
    set_dyn<TestType>(img, elf::dt_versym, end_vaddr - 2);
    expected = Error::versym_out_of_bounds;
  }
  SECTION("DT_VERDEF past the end") {
    set_dyn<TestType>(img, elf::dt_verdef, end_vaddr - 4);
    expected = Error::verdef_out_of_bounds;
  }
  CAPTURE(gnu_only);
  REQUIRE(expected != Error::none);
  CHECK(parse<TestType>(img).error == expected);
}

TEMPLATE_TEST_CASE("corruption found only at lookup time fails that lookup alone", "[malformed]",
                   Elf32, Elf64) {
  using Sym = typename TestType::Sym;
  const bool gnu = GENERATE(false, true);
  ImageSpec spec = typical_spec(machine_of<TestType>);
  spec.gnu_hash = gnu;
  spec.load_vaddr = 0x2000;
  BuiltImage img = build_image<TestType>(spec);
  std::vector<unsigned char>& b = img.bytes;
  const size_t time_sym = img.dynsym + sizeof(Sym) * img.symbol_index.at("__vdso_time");
  const void* gettimeofday = address_in(b, img.symbol_offset.at("__vdso_gettimeofday"));
  CAPTURE(gnu);

  SECTION("st_name past the string table") {
    patch<TestType>(b, time_sym + offsetof(Sym, st_name), uint32_t{0x7fffffff});
  }
  SECTION("DT_STRSZ ends the table inside the name") {
    uint32_t name, other;
    std::memcpy(&name, b.data() + time_sym + offsetof(Sym, st_name), 4);
    std::memcpy(&other,
                b.data() + img.dynsym + sizeof(Sym) * img.symbol_index.at("__vdso_gettimeofday") +
                    offsetof(Sym, st_name),
                4);
    set_dyn<TestType>(img, elf::dt_strsz, name + 3);  // "__v", no NUL inside the table
    if (other > name) gettimeofday = nullptr;         // its name is cut off too
  }
  SECTION("st_value past the image") {
    patch<TestType>(b, time_sym + offsetof(Sym, st_value),
                    static_cast<decltype(Sym::st_value)>(spec.load_vaddr + b.size()));
  }
  SECTION("st_value below the load address") {
    patch<TestType>(b, time_sym + offsetof(Sym, st_value), static_cast<decltype(Sym::st_value)>(8));
  }
  const auto parsed = parse<TestType>(b);
  REQUIRE(parsed.ok());
  CHECK(parsed.reader.lookup("__vdso_time", nullptr) == nullptr);
  CHECK(parsed.reader.lookup("__vdso_gettimeofday", "LINUX_2.6") == gettimeofday);
  parsed.reader.for_each_symbol([&](const char* name, const char*, void* address) {
    CHECK(std::string(name) != "__vdso_time");
    CHECK(points_into(b, address));
  });
}

TEMPLATE_TEST_CASE("broken version tables fail versioned lookups only", "[malformed]", Elf32,
                   Elf64) {
  BuiltImage img = build_image<TestType>(typical_spec(machine_of<TestType>));
  std::vector<unsigned char>& b = img.bytes;
  const size_t step = sizeof(elf::Verdef) + sizeof(elf::Verdaux);
  SECTION("vd_next leaps out of the image") {
    patch<TestType>(b, img.verdef + offsetof(elf::Verdef, vd_next), uint32_t{0xfffffff0});
  }
  SECTION("vd_aux out of the image") {
    for (size_t k = 1; k < 3; ++k)
      patch<TestType>(b, img.verdef + k * step + offsetof(elf::Verdef, vd_aux),
                      uint32_t{0x7ffffff0});
  }
  SECTION("vda_name past the string table") {
    for (size_t k = 1; k < 3; ++k)
      patch<TestType>(b, img.verdef + k * step + sizeof(elf::Verdef), uint32_t{0x10000});
  }
  SECTION("the defined versions flagged VER_FLG_BASE, which names the file, not a version") {
    for (size_t k = 1; k < 3; ++k)
      patch<TestType>(b, img.verdef + k * step + offsetof(elf::Verdef, vd_flags),
                      elf::ver_flg_base);
  }
  SECTION("vd_hash wrong") {
    for (size_t k = 1; k < 3; ++k)
      patch<TestType>(b, img.verdef + k * step + offsetof(elf::Verdef, vd_hash), uint32_t{1234});
  }
  SECTION("versym names an index no Verdef has") {
    for (const auto& [name, index] : img.symbol_index)
      patch<TestType>(b, img.versym + 2 * index, uint16_t{9});
  }
  SECTION("DT_VERDEFNUM 0 stops the walk before it starts") {
    set_dyn<TestType>(img, elf::dt_verdefnum, 0);
  }
  const auto parsed = parse<TestType>(b);
  REQUIRE(parsed.ok());
  const void* time = address_in(b, img.symbol_offset.at("__vdso_time"));
  CHECK(parsed.reader.lookup("__vdso_time", "LINUX_2.6") == nullptr);
  CHECK(parsed.reader.lookup("__kernel_vsyscall", "LINUX_2.5") == nullptr);
  CHECK(parsed.reader.lookup("__vdso_time", nullptr) == time);
}

TEMPLATE_TEST_CASE("hash chains that never end are walked a bounded number of steps", "[malformed]",
                   Elf32, Elf64) {
  const bool gnu = GENERATE(false, true);
  ImageSpec spec = typical_spec(machine_of<TestType>);
  spec.gnu_hash = gnu;
  spec.sysv_nbucket = 1;
  BuiltImage img = build_image<TestType>(spec);
  const size_t nsyms = spec.symbols.size() + 1;
  if (gnu) {  // no end bit anywhere; DT_HASH still states the count
    const size_t chain =
        img.gnu_hash + 16 + sizeof(typename TestType::BloomWord) + 4 * spec.gnu_nbucket;
    for (size_t i = 0; i + 1 < nsyms; ++i) img.bytes[chain + 4 * i] &= 0xfe;
  } else {  // every chain link points back at itself
    for (size_t i = 0; i < nsyms; ++i)
      patch<TestType>(img.bytes, img.hash + 8 + 4 * (1 + i), static_cast<uint32_t>(i));
    uint32_t first;
    std::memcpy(&first, img.bytes.data() + img.hash + 8, 4);
    REQUIRE(first != 0);
  }
  const auto parsed = parse<TestType>(img);
  REQUIRE(parsed.ok());
  CHECK(parsed.reader.lookup("no_such_symbol", nullptr) == nullptr);
  CHECK(parsed.reader.lookup("no_such_symbol_either", "LINUX_2.6") == nullptr);
}

TEMPLATE_TEST_CASE("a GNU-only image whose last chain runs off the end is refused", "[malformed]",
                   Elf32, Elf64) {
  ImageSpec spec = typical_spec(machine_of<TestType>);
  spec.sysv_hash = false;
  BuiltImage img = build_image<TestType>(spec);
  // Move the GNU table to the very end of the image, with every end bit cleared, so
  // counting the symbols walks the last chain into the end of the image.
  const size_t nsyms = spec.symbols.size() + 1;
  const size_t table_size =
      16 + sizeof(typename TestType::BloomWord) + 4 * (spec.gnu_nbucket + nsyms - 1);
  const size_t copy = img.bytes.size();
  img.bytes.insert(img.bytes.end(), img.bytes.begin() + img.gnu_hash,
                   img.bytes.begin() + img.gnu_hash + table_size);
  const size_t chain = copy + 16 + sizeof(typename TestType::BloomWord) + 4 * spec.gnu_nbucket;
  for (size_t i = 0; i + 1 < nsyms; ++i) img.bytes[chain + 4 * i] &= 0xfe;
  set_dyn<TestType>(img, elf::dt_gnu_hash, spec.load_vaddr + copy);
  CHECK(parse<TestType>(img).error == Error::hash_out_of_bounds);
  // The same table with its end bits intact parses: the refusal is the walk's.
  img.bytes[img.bytes.size() - 4] |= 1;
  CHECK(parse<TestType>(img).ok());
}

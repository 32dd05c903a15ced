// The vDSO the kernel mapped into this test process, read by the reader and, as a
// cross-check, by an independent walk of its section headers with glibc's <elf.h>.
// Test code may ask which arch it is: the reader may not.
#include <elf.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <type_traits>

#include "src/vdso/live_image.hpp"
#include "test_support.hpp"

using namespace vdso_test;
using sysgate::vdso::live_image_size;

namespace {

constexpr bool is_64 = sizeof(void*) == 8;
using NativeElf = std::conditional_t<is_64, Elf64, Elf32>;
using Shdr = std::conditional_t<is_64, Elf64_Shdr, Elf32_Shdr>;
using ElfSym = std::conditional_t<is_64, Elf64_Sym, Elf32_Sym>;
using Ehdr = std::conditional_t<is_64, Elf64_Ehdr, Elf32_Ehdr>;

// Our structs against glibc's, field by field where the offsets matter most.
static_assert(sizeof(Elf64::Sym) == sizeof(Elf64_Sym) && sizeof(Elf32::Sym) == sizeof(Elf32_Sym));
static_assert(offsetof(Elf64::Sym, st_value) == offsetof(Elf64_Sym, st_value));
static_assert(offsetof(Elf32::Sym, st_shndx) == offsetof(Elf32_Sym, st_shndx));
static_assert(offsetof(Elf64::Phdr, p_offset) == offsetof(Elf64_Phdr, p_offset));
static_assert(offsetof(Elf32::Phdr, p_flags) == offsetof(Elf32_Phdr, p_flags));
static_assert(offsetof(Elf64::Ehdr, e_phnum) == offsetof(Elf64_Ehdr, e_phnum));
static_assert(offsetof(Elf32::Ehdr, e_phnum) == offsetof(Elf32_Ehdr, e_phnum));
static_assert(sizeof(elf::Verdef) == sizeof(Elf64_Verdef) &&
              sizeof(elf::Verdaux) == sizeof(Elf32_Verdaux));

using SymbolSet = std::set<std::tuple<std::string, std::string, const void*>>;

const unsigned char* vdso_base() {
  return reinterpret_cast<const unsigned char*>(getauxval(AT_SYSINFO_EHDR));
}

// Size of the [vdso] mapping, from /proc/self/maps.
size_t mapped_vdso_size() {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    if (line.size() < 6 || line.compare(line.size() - 6, 6, "[vdso]") != 0) continue;
    unsigned long long start = 0, end = 0;
    std::sscanf(line.c_str(), "%llx-%llx", &start, &end);
    return static_cast<size_t>(end - start);
  }
  return 0;
}

// The exports as the section headers describe them: .dynsym filtered as the reader
// filters, versions from .gnu.version/.gnu.version_d, addresses via the symbol's own
// section (sh_addr to sh_offset), not via the program headers the reader uses.
SymbolSet exports_from_sections(const unsigned char* base, size_t size) {
  const auto* eh = reinterpret_cast<const Ehdr*>(base);
  REQUIRE(eh->e_shentsize == sizeof(Shdr));
  REQUIRE(eh->e_shoff + size_t{eh->e_shnum} * sizeof(Shdr) <= size);
  const auto* sh = reinterpret_cast<const Shdr*>(base + eh->e_shoff);
  const Shdr *dynsym = nullptr, *versym = nullptr, *verdef = nullptr;
  for (size_t i = 0; i < eh->e_shnum; ++i) {
    if (sh[i].sh_type == SHT_DYNSYM) dynsym = &sh[i];
    if (sh[i].sh_type == SHT_GNU_versym) versym = &sh[i];
    if (sh[i].sh_type == SHT_GNU_verdef) verdef = &sh[i];
  }
  REQUIRE(dynsym != nullptr);
  REQUIRE(versym != nullptr);
  REQUIRE(verdef != nullptr);
  const char* strings = reinterpret_cast<const char*>(base + sh[dynsym->sh_link].sh_offset);
  auto version_of = [&](size_t index) -> std::string {
    uint16_t ndx;
    std::memcpy(&ndx, base + versym->sh_offset + 2 * index, 2);
    ndx &= 0x7fff;
    const unsigned char* def = base + verdef->sh_offset;
    for (size_t k = 0; k < verdef->sh_info; ++k) {  // sh_info: number of Verdefs
      Elf32_Verdef d;
      std::memcpy(&d, def, sizeof d);
      if (!(d.vd_flags & VER_FLG_BASE) && d.vd_ndx == ndx) {
        Elf32_Verdaux aux;
        std::memcpy(&aux, def + d.vd_aux, sizeof aux);
        return reinterpret_cast<const char*>(base + sh[verdef->sh_link].sh_offset + aux.vda_name);
      }
      def += d.vd_next;
    }
    return "";
  };
  SymbolSet out;
  for (size_t i = 1; i < dynsym->sh_size / sizeof(ElfSym); ++i) {
    ElfSym s;
    std::memcpy(&s, base + dynsym->sh_offset + i * sizeof(ElfSym), sizeof s);
    const unsigned type = s.st_info & 0xf, bind = s.st_info >> 4;
    if ((type != STT_FUNC && type != STT_NOTYPE) || (bind != STB_GLOBAL && bind != STB_WEAK))
      continue;
    if (s.st_shndx == SHN_UNDEF || s.st_shndx >= eh->e_shnum) continue;
    const Shdr& section = sh[s.st_shndx];
    out.insert({strings + s.st_name, version_of(i),
                base + (s.st_value - section.sh_addr + section.sh_offset)});
  }
  return out;
}

Reader<NativeElf> live_reader() {
  const auto parsed =
      Reader<NativeElf>::parse(vdso_base(), live_image_size(vdso_base()), machine_of<NativeElf>);
  REQUIRE(parsed.error == Error::none);
  return parsed.reader;
}

int64_t to_ns(int64_t sec, int64_t nsec) { return sec * 1000000000 + nsec; }

struct Timespec64 {
  int64_t sec, nsec;
};

int64_t syscall_clock_ns(clockid_t clock) {
  Timespec64 t{};
  // i386 has a 64-bit clock_gettime only as clock_gettime64 (403).
  const long nr = is_64 ? SYS_clock_gettime : 403;
  REQUIRE(syscall(nr, clock, &t) == 0);
  return to_ns(t.sec, t.nsec);
}

}  // namespace

TEST_CASE("live_image_size is the [vdso] mapping's size", "[live]") {
  REQUIRE(vdso_base() != nullptr);
  const size_t size = live_image_size(vdso_base());
  CHECK(size == mapped_vdso_size());
  CHECK(size >= 4096);
  CHECK(size % 4096 == 0);
  CHECK(live_image_size(nullptr) == 0);
}

TEST_CASE("the live vDSO parses, and only for its own class and machine", "[live]") {
  const size_t size = live_image_size(vdso_base());
  using OtherElf = std::conditional_t<is_64, Elf32, Elf64>;
  CHECK(Reader<NativeElf>::parse(vdso_base(), size, machine_of<NativeElf>).error == Error::none);
  CHECK(Reader<NativeElf>::parse(vdso_base(), size, machine_of<OtherElf>).error ==
        Error::bad_machine);
  CHECK(Reader<OtherElf>::parse(vdso_base(), size, machine_of<OtherElf>).error == Error::bad_class);
}

TEST_CASE("the reader lists exactly the exports the section headers describe", "[live]") {
  const size_t size = live_image_size(vdso_base());
  const SymbolSet expected = exports_from_sections(vdso_base(), size);
  SymbolSet listed;
  const Reader<NativeElf> reader = live_reader();
  reader.for_each_symbol([&](const char* name, const char* version, void* address) {
    listed.insert({name, version ? version : "", address});
  });
  CHECK(listed == expected);
  CHECK(listed.size() >= 4);
  for (const auto& [name, version, address] : expected) {
    CAPTURE(name, version);
    CHECK(reader.lookup(name.c_str(), version.c_str()) == address);
    CHECK(reader.lookup(name.c_str(), nullptr) == address);
    CHECK(reader.lookup(name.c_str(), "LINUX_1.0") == nullptr);
  }
}

TEST_CASE("the kernel's documented exports are found under their versions", "[live]") {
  const Reader<NativeElf> reader = live_reader();
  if constexpr (is_64) {
    for (const char* name : {"__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
                             "__vdso_getcpu", "__vdso_clock_getres"}) {
      CAPTURE(name);
      CHECK(reader.lookup(name, "LINUX_2.6") != nullptr);
      CHECK(reader.lookup(name, "LINUX_2.5") == nullptr);
    }
  } else {
    for (const char* name : {"__kernel_vsyscall", "__kernel_sigreturn", "__kernel_rt_sigreturn"}) {
      CAPTURE(name);
      CHECK(reader.lookup(name, "LINUX_2.5") != nullptr);
      CHECK(reader.lookup(name, "LINUX_2.6") == nullptr);
    }
    // __vdso_clock_gettime64 exists since Linux 5.3.
    for (const char* name : {"__vdso_clock_gettime", "__vdso_clock_gettime64",
                             "__vdso_gettimeofday", "__vdso_time", "__vdso_clock_getres"}) {
      CAPTURE(name);
      CHECK(reader.lookup(name, "LINUX_2.6") != nullptr);
    }
    CHECK(reinterpret_cast<uintptr_t>(reader.lookup("__kernel_vsyscall", "LINUX_2.5")) ==
          getauxval(AT_SYSINFO));
  }
}

TEST_CASE("the clock_gettime the reader finds tells the kernel's time", "[live]") {
  const Reader<NativeElf> reader = live_reader();
  for (clockid_t clock : {CLOCK_MONOTONIC, CLOCK_REALTIME}) {
    CAPTURE(clock);
    int64_t vdso_ns = 0;
    const int64_t before = syscall_clock_ns(clock);
    if constexpr (is_64) {
      auto fn = reinterpret_cast<int (*)(clockid_t, Timespec64*)>(
          reader.lookup("__vdso_clock_gettime", "LINUX_2.6"));
      REQUIRE(fn != nullptr);
      Timespec64 t{};
      REQUIRE(fn(clock, &t) == 0);
      vdso_ns = to_ns(t.sec, t.nsec);
    } else {
      auto fn = reinterpret_cast<int (*)(clockid_t, Timespec64*)>(
          reader.lookup("__vdso_clock_gettime64", "LINUX_2.6"));
      REQUIRE(fn != nullptr);
      Timespec64 t{};
      REQUIRE(fn(clock, &t) == 0);
      vdso_ns = to_ns(t.sec, t.nsec);
      // The 32-bit-time_t entry agrees to the second.
      struct {
        int32_t sec, nsec;
      } old{};
      auto old_fn = reinterpret_cast<int (*)(clockid_t, decltype(old)*)>(
          reader.lookup("__vdso_clock_gettime", "LINUX_2.6"));
      REQUIRE(old_fn != nullptr);
      REQUIRE(old_fn(clock, &old) == 0);
      CHECK(std::abs(int64_t{old.sec} - t.sec) <= 1);
    }
    const int64_t after = syscall_clock_ns(clock);
    CHECK(before <= vdso_ns);
    CHECK(vdso_ns <= after);
    CHECK(after - before < 1000000000);
  }
}

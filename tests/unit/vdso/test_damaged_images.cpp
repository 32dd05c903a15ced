// Exhaustive damage: the image cut at every length, and single bytes overwritten
// everywhere. Each copy is allocated at its exact size, so the sanitizer build turns
// any read past the end into a failure.
#include <stddef.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <memory>
#include <set>
#include <vector>

#include "test_support.hpp"

using namespace vdso_test;

namespace {

// Header bytes the reader has no reason to look at; overwriting them changes nothing.
template <class Elf>
std::set<size_t> ignored_header_bytes(const BuiltImage& img) {
  using Ehdr = typename Elf::Ehdr;
  using Phdr = typename Elf::Phdr;
  std::set<size_t> out;
  auto add = [&](size_t offset, size_t size) {
    for (size_t i = 0; i < size; ++i) out.insert(offset + i);
  };
  add(7, 9);  // e_ident: OS ABI, ABI version, padding
  add(offsetof(Ehdr, e_entry), sizeof(Ehdr::e_entry));
  add(offsetof(Ehdr, e_shoff), sizeof(Ehdr::e_shoff));
  add(offsetof(Ehdr, e_flags), 4);
  add(offsetof(Ehdr, e_ehsize), 2);
  add(offsetof(Ehdr, e_shentsize), 6);  // e_shentsize, e_shnum, e_shstrndx
  const size_t load = img.phoff, dynamic = img.phoff + sizeof(Phdr);
  for (size_t ph : {load, dynamic}) {
    add(ph + offsetof(Phdr, p_paddr), sizeof(Phdr::p_paddr));
    add(ph + offsetof(Phdr, p_memsz), sizeof(Phdr::p_memsz));
    add(ph + offsetof(Phdr, p_flags), 4);
    add(ph + offsetof(Phdr, p_align), sizeof(Phdr::p_align));
  }
  add(load + offsetof(Phdr, p_filesz), sizeof(Phdr::p_filesz));
  add(dynamic + offsetof(Phdr, p_vaddr), sizeof(Phdr::p_vaddr));
  return out;
}

struct Outcome {
  bool parsed = false;
  bool all_found = false;   // every export at its true address, under its version
  bool contained = true;    // every result null or inside the image
  bool never_wrong = true;  // every lookup result null or the export's true address
};

template <class Elf>
Outcome examine(const BuiltImage& img, const unsigned char* data, size_t size) {
  Outcome out;
  const auto parsed = Reader<Elf>::parse(data, size, machine_of<Elf>);
  if (!parsed.ok()) return out;
  out.parsed = true;
  out.all_found = true;
  auto inside = [&](const void* p) {
    auto* b = static_cast<const unsigned char*>(p);
    return b >= data && b < data + size;
  };
  for (const auto& [name, version] : typical_exports()) {
    const void* p = parsed.reader.lookup(name.c_str(), version_or_null(version));
    const void* any = parsed.reader.lookup(name.c_str(), nullptr);
    const unsigned char* truth = data + img.symbol_offset.at(name);
    out.all_found = out.all_found && p == truth;
    out.never_wrong =
        out.never_wrong && (p == nullptr || p == truth) && (any == nullptr || any == truth);
    out.contained = out.contained && (p == nullptr || inside(p)) && (any == nullptr || inside(any));
  }
  parsed.reader.for_each_symbol([&](const char* name, const char* version, void* address) {
    out.contained =
        out.contained && inside(name) && inside(address) && (!version || inside(version));
  });
  return out;
}

template <class Elf>
std::vector<BuiltImage> sample_images() {
  std::vector<BuiltImage> out;
  for (int tables = 0; tables < 3; ++tables) {
    ImageSpec spec = typical_spec(machine_of<Elf>);
    spec.sysv_hash = tables != 1;
    spec.gnu_hash = tables != 0;
    spec.load_vaddr = tables == 2 ? 0x3000 : 0;
    out.push_back(build_image<Elf>(spec));
  }
  return out;
}

}  // namespace

TEMPLATE_TEST_CASE("truncated at every length: refused or still correct, never out of bounds",
                   "[damaged]", Elf32, Elf64) {
  for (const BuiltImage& img : sample_images<TestType>()) {
    size_t parsed_lengths = 0;
    for (size_t len = 0; len <= img.bytes.size(); ++len) {
      std::unique_ptr<unsigned char[]> copy(new unsigned char[len + 1]);  // +1: never new[0]
      std::memcpy(copy.get(), img.bytes.data(), len);
      const Outcome o = examine<TestType>(img, copy.get(), len);
      CAPTURE(len);
      CHECK(o.contained);
      CHECK(o.never_wrong);
      if (o.parsed && len == img.bytes.size()) CHECK(o.all_found);
      parsed_lengths += o.parsed;
    }
    // Everything up to the end of .dynamic is needed; the code after it is only
    // needed for the addresses to be inside the image.
    CHECK(parsed_lengths ==
          img.bytes.size() + 1 - (img.dynamic + 12 * sizeof(typename TestType::Dyn)));
  }
}

TEMPLATE_TEST_CASE("every ELF and program header byte overwritten: refused, correct or contained",
                   "[damaged]", Elf32, Elf64) {
  for (const BuiltImage& img : sample_images<TestType>()) {
    const std::set<size_t> ignored = ignored_header_bytes<TestType>(img);
    const size_t headers = img.phoff + 2 * sizeof(typename TestType::Phdr);
    size_t refused = 0;
    for (size_t at = 0; at < headers; ++at) {
      const unsigned char original = img.bytes[at];
      for (unsigned value :
           {0x00u, 0x01u, 0x02u, 0x7fu, 0x80u, 0xffu, original ^ 0x01u, original ^ 0x40u}) {
        if (value == original) continue;
        std::vector<unsigned char> bytes = img.bytes;
        bytes[at] = static_cast<unsigned char>(value);
        const Outcome o = examine<TestType>(img, bytes.data(), bytes.size());
        CAPTURE(at, value);
        CHECK(o.contained);
        if (ignored.count(at)) CHECK(o.all_found);
        refused += !o.parsed;
      }
    }
    CHECK(refused > 0);
  }
}

TEMPLATE_TEST_CASE("every byte of the image overwritten: never out of bounds", "[damaged]", Elf32,
                   Elf64) {
  for (const BuiltImage& img : sample_images<TestType>()) {
    for (size_t at = 0; at < img.bytes.size(); ++at) {
      const unsigned char original = img.bytes[at];
      for (unsigned value : {0x00u, 0xffu, original ^ 0x80u, original ^ 0x01u}) {
        std::vector<unsigned char> bytes = img.bytes;
        bytes[at] = static_cast<unsigned char>(value);
        const Outcome o = examine<TestType>(img, bytes.data(), bytes.size());
        if (!o.contained) FAIL_CHECK("result outside the image with byte " << at << " = " << value);
      }
    }
  }
}

// Shared by the vDSO reader tests: the machine each ELF class goes with, and parsing a
// built image.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <string>

#include "image_builder.hpp"
#include "src/vdso/reader.hpp"

namespace vdso_test {

using sysgate::elf::Elf32;
using sysgate::elf::Elf64;
using sysgate::vdso::Error;
using sysgate::vdso::Reader;

template <class Elf>
constexpr uint16_t machine_of = Elf::elf_class == elf::class_32 ? elf::em_386 : elf::em_x86_64;

template <class Elf>
typename Reader<Elf>::Parsed parse(const std::vector<unsigned char>& bytes) {
  return Reader<Elf>::parse(bytes.data(), bytes.size(), machine_of<Elf>);
}

template <class Elf>
typename Reader<Elf>::Parsed parse(const BuiltImage& img) {
  return parse<Elf>(img.bytes);
}

// The reader keeps pointing into the image: a temporary would dangle.
template <class Elf>
void parse(const BuiltImage&&) = delete;
template <class Elf>
void parse(const std::vector<unsigned char>&&) = delete;

inline const void* address_in(const std::vector<unsigned char>& bytes, size_t offset) {
  return bytes.data() + offset;
}

inline bool points_into(const std::vector<unsigned char>& bytes, const void* p) {
  auto* b = static_cast<const unsigned char*>(p);
  return b >= bytes.data() && b < bytes.data() + bytes.size();
}

inline const char* version_or_null(const std::string& v) { return v.empty() ? nullptr : v.c_str(); }

}  // namespace vdso_test

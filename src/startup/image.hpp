// The program's own ELF image, found without the auxiliary vector: its ELF header is
// defined by the linker (__ehdr_start) wherever the headers are loaded, which in every
// static link is the start of the first segment.
#pragma once
#include <stdint.h>

#include "src/internal/elf.hpp"

extern "C" const sysgate::elf::NativeElf::Ehdr __ehdr_start [[gnu::visibility("hidden")]];

namespace sysgate::startup {

using Phdr = elf::NativeElf::Phdr;

inline const Phdr* program_headers() noexcept {
  return reinterpret_cast<const Phdr*>(reinterpret_cast<const char*>(&__ehdr_start) +
                                       __ehdr_start.e_phoff);
}

// How far the image was loaded from the addresses it was linked at: 0 for a
// position-dependent program, the random base of a static-pie. The segment that maps
// file offset 0 holds the headers (a static-pie has no PT_PHDR to say so).
// Reads only the headers, through a PC-relative address: safe before relocation.
inline bool maps_headers(const Phdr& p) noexcept {
  return p.p_type == elf::pt_load && p.p_offset == 0;
}
inline uintptr_t bias_of(const Phdr& maps_headers) noexcept {
  return reinterpret_cast<uintptr_t>(&__ehdr_start) - maps_headers.p_vaddr;
}
inline uintptr_t load_bias() noexcept {
  const Phdr* phdrs = program_headers();
  for (unsigned i = 0; i < __ehdr_start.e_phnum; ++i) {
    if (maps_headers(phdrs[i])) return bias_of(phdrs[i]);
  }
  return 0;
}

}  // namespace sysgate::startup

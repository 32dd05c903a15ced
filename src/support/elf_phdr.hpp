// The ELF program header of this process's own class, for start-up's PT_TLS walk.
#pragma once
#include <stdint.h>

namespace sysgate {

struct Elf32Phdr {
  uint32_t type, offset, vaddr, paddr, filesz, memsz, flags, align;
};
struct Elf64Phdr {
  uint32_t type, flags;
  uint64_t offset, vaddr, paddr, filesz, memsz, align;
};

template <unsigned PointerSize>
struct NativePhdr;
template <>
struct NativePhdr<4> {
  using type = Elf32Phdr;
};
template <>
struct NativePhdr<8> {
  using type = Elf64Phdr;
};
using Phdr = NativePhdr<sizeof(void*)>::type;

inline constexpr uint32_t pt_phdr = 6;
inline constexpr uint32_t pt_tls = 7;

}  // namespace sysgate

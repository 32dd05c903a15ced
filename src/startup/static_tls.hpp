// The main thread's static TLS, laid out by start_tls.cpp (inline: its one caller) in a
// program with __thread variables; the TCB above it is start_thread's (thread_block.hpp).
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "arch_entry.hpp"
#include "arch_tcb.hpp"
#include "src/startup/image.hpp"

namespace sysgate::startup {

// The program's PT_TLS segment, if it has one (a program with no __thread variable
// has none: errno lives in the TCB). TLS variant II: the linker placed every variable
// at a negative offset from the thread pointer, the block starting offset() below it.
struct StaticTls {
  const char* init = nullptr;  // p_filesz bytes of initialised TLS data
  size_t filesz = 0;
  size_t memsz = 0;
  size_t segment_align = 1;           // the segment's own p_align
  size_t align = alignof(arch::Tcb);  // the thread pointer's: suits both the block and the TCB

  // Where the linker placed the block below the thread pointer: memsz rounded up to the
  // segment's alignment (not the TCB's: a 4-byte segment on x86_64 starts 4 below it).
  size_t offset() const { return (memsz + segment_align - 1) & ~(segment_align - 1); }
  // What install_static_tls needs, alignment slack included.
  size_t block_size() const { return offset() + sizeof(arch::Tcb) + align - 1; }
};

// Found through __ehdr_start, without the auxiliary vector; `bias` is where a
// static-pie was loaded (0 for a position-dependent program).
inline StaticTls find_static_tls(uintptr_t bias) noexcept {
  StaticTls tls;
  const Phdr* p = program_headers();
  for (unsigned n = __ehdr_start.e_phnum; n; --n, ++p) {
    if (p->p_type != elf::pt_tls) continue;
    tls.init = reinterpret_cast<const char*>(bias + p->p_vaddr);
    tls.filesz = p->p_filesz;
    tls.memsz = p->p_memsz;
    if (p->p_align > 1) tls.segment_align = p->p_align;
    if (p->p_align > tls.align) tls.align = p->p_align;
  }
  return tls;
}

// Lays the TLS image out in `block` (block_size() bytes; initialised data copied, the
// rest zeroed) and returns where the TCB goes, just above it (start_thread fills it).
[[gnu::always_inline]] inline arch::Tcb* lay_out_static_tls(const StaticTls& tls,
                                                            char* block) noexcept {
  // The thread pointer is aligned, and so is the data start, offset() below it.
  char* data =
      reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(block) + tls.offset() + tls.align - 1) &
                              ~(tls.align - 1)) -
      tls.offset();
  // The block is on the stack, which start-up's own calls have written: one pass
  // copies the initialised data and zeroes the rest.
  for (size_t i = 0; i < tls.offset(); ++i) data[i] = i < tls.filesz ? tls.init[i] : 0;
  return reinterpret_cast<arch::Tcb*>(data + tls.offset());
}

}  // namespace sysgate::startup

// Static TLS and the thread control block of the main thread.
#pragma once
#include <stddef.h>

#include "arch_tcb.hpp"
#include "src/internal/elf.hpp"

namespace sysgate::startup {

// The program's PT_TLS segment (found through __ehdr_start, without the auxiliary
// vector) and the bytes its block and the TCB need.
struct StaticTls {
  const char* init = nullptr;  // p_filesz bytes of initialised TLS data
  size_t filesz = 0;
  size_t memsz = 0;
  size_t align = 1;
  size_t block_size = 0;  // what install_static_tls needs, alignment slack included
};
StaticTls plan_static_tls() noexcept;

// Lays the TLS image out in `block` (block_size bytes; initialised data copied, the
// rest zeroed) below the TCB, fills the TCB and points %gs/%fs at it. Enters the
// kernel only with early_syscall. Returns nullptr if the kernel refused.
arch::Tcb* install_static_tls(const StaticTls& tls, char* block) noexcept;

}  // namespace sysgate::startup

#include "src/startup/static_tls.hpp"

#include <stdint.h>

#include "arch_entry.hpp"
#include "src/startup/image.hpp"

namespace sysgate::startup {
namespace {

constexpr uintptr_t round_up(uintptr_t value, uintptr_t align) {
  return (value + align - 1) & ~(align - 1);
}

}  // namespace

StaticTls plan_static_tls() noexcept {
  // The headers through __ehdr_start (no walk of the environment and the auxiliary
  // vector); a static-pie is loaded anywhere, so its addresses are biased.
  // One walk finds both (load_bias() would walk again: 16 bytes more of start-up).
  const Phdr* phdrs = program_headers();
  uintptr_t bias = 0;
  const Phdr* segment = nullptr;
  for (unsigned i = 0; i < __ehdr_start.e_phnum; ++i) {
    if (maps_headers(phdrs[i])) bias = bias_of(phdrs[i]);
    if (phdrs[i].p_type == elf::pt_tls) segment = &phdrs[i];
  }
  StaticTls tls;
  if (segment) {
    tls.init = reinterpret_cast<const char*>(bias + segment->p_vaddr);
    tls.filesz = segment->p_filesz;
    tls.memsz = segment->p_memsz;
    if (segment->p_align > 1) tls.align = segment->p_align;
  }
  if (tls.align < alignof(arch::Tcb)) tls.align = alignof(arch::Tcb);
  tls.block_size = round_up(tls.memsz, tls.align) + sizeof(arch::Tcb) + tls.align - 1;
  return tls;
}

arch::Tcb* install_static_tls(const StaticTls& tls, char* block) noexcept {
  // TLS variant II: the linker placed every variable at a negative offset from the
  // thread pointer, the block starting round_up(memsz, p_align) below it. The thread
  // pointer itself must suit both the TLS block and the TCB.
  size_t offset = round_up(tls.memsz, tls.align);
  uintptr_t tp = round_up(reinterpret_cast<uintptr_t>(block) + offset, tls.align);
  char* data = reinterpret_cast<char*>(tp - offset);
  // The block is on the stack, which start-up's own calls have written: zeroed a word
  // at a time (the TLS block and the TCB are word multiples, word aligned), then the
  // initialised data copied.
  static_assert(sizeof(arch::Tcb) % sizeof(uintptr_t) == 0);
  auto* words = reinterpret_cast<uintptr_t*>(data);
  for (size_t i = 0; i < (offset + sizeof(arch::Tcb)) / sizeof(uintptr_t); ++i) words[i] = 0;
  for (size_t i = 0; i < tls.filesz; ++i) data[i] = tls.init[i];

  auto* tcb = reinterpret_cast<arch::Tcb*>(tp);
  tcb->tcb = tcb;
  tcb->self = tcb;
  tcb->sysinfo = arch::kernel_entry_address();
  if (arch::install_tcb(tcb) < 0) return nullptr;
  return tcb;
}

}  // namespace sysgate::startup

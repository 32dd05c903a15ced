#include "src/startup/static_tls.hpp"

#include <stddef.h>
#include <stdint.h>
#include <sys/auxv.h>

#include "arch_entry.hpp"
#include "src/internal/elf.hpp"
#include "src/internal/pages.hpp"

namespace sysgate::startup {
namespace {

struct TlsImage {
  const char* init = nullptr;  // p_filesz bytes of initialised TLS data
  size_t filesz = 0;
  size_t memsz = 0;
  size_t align = 1;
};

using Phdr = elf::NativeElf::Phdr;

TlsImage find_tls_image(const InitialStack& stack) {
  auto* phdrs = reinterpret_cast<const Phdr*>(find_aux(stack.auxv, AT_PHDR));
  size_t count = find_aux(stack.auxv, AT_PHNUM);
  TlsImage image;
  if (!phdrs) return image;
  // A static-pie is loaded anywhere: PT_PHDR says where the headers were linked.
  uintptr_t bias = 0;
  for (size_t i = 0; i < count; ++i)
    if (phdrs[i].p_type == elf::pt_phdr)
      bias = reinterpret_cast<uintptr_t>(phdrs) - phdrs[i].p_vaddr;
  for (size_t i = 0; i < count; ++i) {
    const Phdr& p = phdrs[i];
    if (p.p_type != elf::pt_tls) continue;
    image.init = reinterpret_cast<const char*>(bias + p.p_vaddr);
    image.filesz = p.p_filesz;
    image.memsz = p.p_memsz;
    image.align = p.p_align ? p.p_align : 1;
  }
  return image;
}

constexpr uintptr_t round_up(uintptr_t value, uintptr_t align) {
  return (value + align - 1) & ~(align - 1);
}

// Most programs' TLS (errno, a few variables) fits here and costs no mmap.
alignas(64) char builtin_block[1024];

}  // namespace

arch::Tcb* install_static_tls(const InitialStack& stack) noexcept {
  TlsImage image = find_tls_image(stack);
  // TLS variant II: the linker placed every variable at a negative offset from the
  // thread pointer, the block starting round_up(memsz, p_align) below it. The thread
  // pointer itself must suit both the TLS block and the TCB.
  size_t offset = round_up(image.memsz, image.align);
  size_t align = image.align > alignof(arch::Tcb) ? image.align : alignof(arch::Tcb);
  size_t need = offset + sizeof(arch::Tcb) + align - 1;
  char* block = builtin_block;
  if (need > sizeof builtin_block) {
    block = static_cast<char*>(internal::map_pages_early(need));
    if (!block) return nullptr;
  }
  uintptr_t tp = round_up(reinterpret_cast<uintptr_t>(block) + offset, align);
  // Fresh memory is zero, so only the initialised part needs copying.
  char* tls = reinterpret_cast<char*>(tp - offset);
  for (size_t i = 0; i < image.filesz; ++i) tls[i] = image.init[i];

  auto* tcb = reinterpret_cast<arch::Tcb*>(tp);
  tcb->tcb = tcb;
  tcb->self = tcb;
  tcb->sysinfo = arch::kernel_entry_address();
  if (arch::install_tcb(tcb) < 0) return nullptr;
  return tcb;
}

}  // namespace sysgate::startup

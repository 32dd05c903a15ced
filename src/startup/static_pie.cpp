// A static-pie's first step: it relocates itself, then starts as any program does.
// rcrt1.o's _start (arch_start.S built with SYSGATE_STATIC_PIE) calls this instead of
// sysgate_start_c; a position-dependent program never links it.
//
// Hazard: everything here runs before the relocations are applied. No global whose
// value is an address may be read (a GOT entry, a table of pointers, _dl_sysinfo), no
// function called through a pointer, no kernel entry but early_syscall (the TCB, the
// canary and _dl_sysinfo do not exist yet). Its only addresses are PC-relative
// (__ehdr_start, string literals) or come from the program headers. The runtime is
// built without the stack protector, so no canary is read either.
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/arch/syscall.hpp>

#include "arch_reloc.hpp"
#include "src/internal/elf.hpp"
#include "src/startup/full_start.hpp"
#include "src/startup/image.hpp"

namespace sysgate::startup {
namespace {

using Elf = elf::NativeElf;

[[noreturn]] void unsupported_relocation() {
  static constexpr char message[] = "sysgate: static-pie: a relocation other than RELATIVE\n";
  arch::early_syscall(SYS_write, STDERR_FILENO, reinterpret_cast<long>(message),
                      sizeof message - 1);
  for (;;) arch::early_syscall(SYS_exit_group, 127);
}

// Where the linker's tables are, from the dynamic section (addresses are unbiased).
struct Tables {
  uintptr_t rel = 0, rel_size = 0;    // DT_RELA or DT_REL, whichever the arch uses
  uintptr_t plt = 0, plt_size = 0;    // DT_JMPREL: the same kind, for the PLT's GOT
  uintptr_t relr = 0, relr_size = 0;  // DT_RELR (-z pack-relative-relocs)
};

Tables read_dynamic(const Elf::Dyn* dyn) {
  constexpr int64_t table = arch::relocations_have_addend ? elf::dt_rela : elf::dt_rel;
  constexpr int64_t table_size = arch::relocations_have_addend ? elf::dt_relasz : elf::dt_relsz;
  Tables t;
  for (; dyn->d_tag != elf::dt_null; ++dyn) {
    if (dyn->d_tag == table) t.rel = dyn->d_val;
    if (dyn->d_tag == table_size) t.rel_size = dyn->d_val;
    if (dyn->d_tag == elf::dt_jmprel) t.plt = dyn->d_val;
    if (dyn->d_tag == elf::dt_pltrelsz) t.plt_size = dyn->d_val;
    if (dyn->d_tag == elf::dt_relr) t.relr = dyn->d_val;
    if (dyn->d_tag == elf::dt_relrsz) t.relr_size = dyn->d_val;
  }
  // ld may count the PLT's entries in DT_RELASZ/DT_RELSZ too: each applied once.
  if (t.plt >= t.rel && t.plt < t.rel + t.rel_size) t.plt_size = 0;
  return t;
}

// RELA (x86_64): the word becomes base + addend. REL (i386): base is added to it.
void apply_table(uintptr_t bias, uintptr_t table, uintptr_t size) {
  if constexpr (arch::relocations_have_addend) {
    auto* r = reinterpret_cast<const Elf::Rela*>(bias + table);
    for (auto* end = r + size / sizeof(Elf::Rela); r < end; ++r) {
      uint32_t type = Elf::r_type(r->r_info);
      if (type == arch::reloc_relative)
        *reinterpret_cast<uintptr_t*>(bias + r->r_offset) = bias + r->r_addend;
      else if (type != arch::reloc_none)
        unsupported_relocation();
    }
  } else {
    auto* r = reinterpret_cast<const Elf::Rel*>(bias + table);
    for (auto* end = r + size / sizeof(Elf::Rel); r < end; ++r) {
      uint32_t type = Elf::r_type(r->r_info);
      if (type == arch::reloc_relative)
        *reinterpret_cast<uintptr_t*>(bias + r->r_offset) += bias;
      else if (type != arch::reloc_none)
        unsupported_relocation();
    }
  }
}

void apply_relocations(uintptr_t bias, const Tables& t) {
  apply_table(bias, t.rel, t.rel_size);
  apply_table(bias, t.plt, t.plt_size);
  // RELR: an even word is the address of a word to relocate; an odd one is a bitmap of
  // which of the next (bits per word - 1) words after the last address are.
  auto* e = reinterpret_cast<const uintptr_t*>(bias + t.relr);
  uintptr_t* where = nullptr;
  for (auto* end = e + t.relr_size / sizeof(uintptr_t); e < end; ++e) {
    if ((*e & 1) == 0) {
      where = reinterpret_cast<uintptr_t*>(bias + *e);
      *where++ += bias;
    } else {
      uintptr_t* w = where;
      for (uintptr_t bits = *e >> 1; bits; bits >>= 1, ++w)
        if (bits & 1) *w += bias;
      where += 8 * sizeof(uintptr_t) - 1;
    }
  }
}

// What the linker marked read-only after relocation (-z relro, its default: the GOT,
// .data.rel.ro, the init arrays) becomes so, as a dynamic loader would do. The segment
// ends on a page boundary; its start is rounded down into the same mapping.
void protect_relro(uintptr_t bias, const Phdr& relro) {
  constexpr uintptr_t page = 4096;  // x86's only base page size
  uintptr_t start = (bias + relro.p_vaddr) & ~(page - 1);
  uintptr_t end = (bias + relro.p_vaddr + relro.p_memsz) & ~(page - 1);
  if (end > start)
    arch::early_syscall(SYS_mprotect, static_cast<long>(start), static_cast<long>(end - start),
                        PROT_READ);
}

}  // namespace

// Called by rcrt1.o's _start with the kernel's stack pointer. C linkage, though
// declared in this namespace.
extern "C" SYSGATE_STARTUP_CALL void sysgate_static_pie_start_c(const unsigned long* sp) {
  uintptr_t bias = load_bias();
  const Phdr* phdrs = program_headers();
  for (unsigned i = 0; i < __ehdr_start.e_phnum; ++i) {
    if (phdrs[i].p_type == elf::pt_dynamic)
      apply_relocations(bias,
                        read_dynamic(reinterpret_cast<const Elf::Dyn*>(bias + phdrs[i].p_vaddr)));
  }
  for (unsigned i = 0; i < __ehdr_start.e_phnum; ++i) {
    if (phdrs[i].p_type == elf::pt_gnu_relro) protect_relro(bias, phdrs[i]);
  }
  // Every load of a relocated word comes after this point.
  asm volatile("" ::: "memory");
  sysgate_start_c(sp, bias);
}

}  // namespace sysgate::startup

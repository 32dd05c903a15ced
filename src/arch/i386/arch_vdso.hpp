// What the i386 vDSO is: ELF32 for EM_386. Its time functions are LINUX_2.6;
// __kernel_vsyscall and the sigreturn trampolines are LINUX_2.5.
#pragma once
#include "elf.hpp"

namespace sysgate::arch {

using VdsoElf = vdso::Elf32;
inline constexpr uint16_t vdso_machine = vdso::elf::em_386;
inline constexpr const char* vdso_version = "LINUX_2.6";

}  // namespace sysgate::arch

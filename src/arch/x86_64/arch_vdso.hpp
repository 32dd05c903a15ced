// What the x86_64 vDSO is: ELF64 for EM_X86_64, every function LINUX_2.6.
#pragma once
#include "elf.hpp"

namespace sysgate::arch {

using VdsoElf = vdso::Elf64;
inline constexpr uint16_t vdso_machine = vdso::elf::em_x86_64;
inline constexpr const char* vdso_version = "LINUX_2.6";

}  // namespace sysgate::arch

// x86_64 relocations a static-pie applies to itself (psABI): the linker writes them as
// RELA, each with its addend, and in a static link only the relative kind is left.
#pragma once
#include <stdint.h>

namespace sysgate::arch {

inline constexpr bool relocations_have_addend = true;  // DT_RELA, not DT_REL
inline constexpr uint32_t reloc_none = 0;              // R_X86_64_NONE: nothing to do
inline constexpr uint32_t reloc_relative = 8;          // R_X86_64_RELATIVE: base + addend

}  // namespace sysgate::arch

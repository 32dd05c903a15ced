// i386 relocations a static-pie applies to itself (psABI): the linker writes them as
// REL, the addend in the word being relocated, and in a static link only the relative
// kind is left.
#pragma once
#include <stdint.h>

namespace sysgate::arch {

inline constexpr bool relocations_have_addend = false;  // DT_REL, not DT_RELA
inline constexpr uint32_t reloc_none = 0;               // R_386_NONE: nothing to do
inline constexpr uint32_t reloc_relative = 8;           // R_386_RELATIVE: word += base

}  // namespace sysgate::arch

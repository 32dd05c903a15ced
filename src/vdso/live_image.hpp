// The size of the vDSO the kernel mapped: AT_SYSINFO_EHDR gives an address, never a
// length, and Reader::parse needs one.
#pragma once

#include <stddef.h>

namespace sysgate::vdso {

// Page-rounded end of the PT_LOAD segments of the ELF image at base, either class.
// Reads only the first 4096 bytes (the page the ELF header sits in is all that is
// known to be mapped), so program headers beyond it make the image nonsense.
// Returns 0 for nonsense, including an extent over 64 KiB: a size we cannot trust
// names pages we must not touch, so it is refused rather than clipped.
size_t live_image_size(const void* base);

}  // namespace sysgate::vdso

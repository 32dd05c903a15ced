// Fresh zero-filled pages for the runtime itself (malloc's arenas, a large static TLS
// block): anonymous, private, read-write. nullptr when the kernel refuses.
#pragma once
#include <stddef.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"

namespace sysgate::internal {

inline void* as_mapping(long word) noexcept {
  return is_error_word(word) ? nullptr : reinterpret_cast<void*>(word);
}

inline void* map_pages(size_t size) noexcept {
  return as_mapping(sysgate::syscall(arch::sys_mmap, nullptr, size, PROT_READ | PROT_WRITE,
                                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
}

// The same, through int $0x80 on i386: for start-up, before the TCB exists.
inline void* map_pages_early(size_t size) noexcept {
  return as_mapping(arch::early_syscall(arch::sys_mmap, 0, static_cast<long>(size),
                                        PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                                        0));
}

inline void unmap_pages(void* pages, size_t size) noexcept {
  sysgate::syscall(SYS_munmap, pages, size);
}

}  // namespace sysgate::internal

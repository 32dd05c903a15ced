// SYSGATE_C_FUNCTION: define a libc function once, in C++, under two names.
//
//   namespace sysgate::c {
//   SYSGATE_C_FUNCTION(ssize_t, write, (int fd, const void* buf, size_t n) noexcept) { ... }
//   }
//
// defines sysgate::c::write and, as an alias, the C symbol `write` that programs link
// to. Its type is taken from the public C header's declaration, so the two cannot
// drift apart. Unit tests build with SYSGATE_UNIT_TEST, which renames the C symbol to
// __sysgate_write so the runtime's functions link beside the host glibc's.
#pragma once

#ifdef SYSGATE_UNIT_TEST
#define SYSGATE_C_SYMBOL(name) "__sysgate_" #name
#else
#define SYSGATE_C_SYMBOL(name) #name
#endif

#define SYSGATE_C_FUNCTION(type, name, params)                  \
  decltype(::name) name##_impl __asm__(SYSGATE_C_SYMBOL(name)); \
  decltype(::name) name [[gnu::alias(SYSGATE_C_SYMBOL(name))]]; \
  type name##_impl params

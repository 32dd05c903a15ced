// operator new and delete over malloc. Built with -fno-exceptions, so a failed
// allocation cannot throw std::bad_alloc: the throwing forms print what libstdc++
// prints for an uncaught bad_alloc and abort (SIGABRT); the nothrow forms return
// nullptr. Aligned forms use aligned_alloc, whose blocks free() takes back.
#include <stddef.h>
#include <stdlib.h>

#include <new>

#include "src/internal/abort.hpp"

// The tag object `new (std::nothrow) T` names: a program that uses it links to this.
const std::nothrow_t std::nothrow{};

namespace {

[[noreturn]] void out_of_memory() {
  sysgate::internal::abort_with(
      "terminate called after throwing an instance of 'std::bad_alloc'\n"
      "  what():  std::bad_alloc\n");
}

void* allocate_or_abort(size_t size) {
  void* p = malloc(size);
  if (!p) out_of_memory();
  return p;
}

void* allocate_aligned(size_t size, std::align_val_t align) noexcept {
  return aligned_alloc(static_cast<size_t>(align), size);
}

void* allocate_aligned_or_abort(size_t size, std::align_val_t align) {
  void* p = allocate_aligned(size, align);
  if (!p) out_of_memory();
  return p;
}

}  // namespace

// malloc(0) is a unique block already.
void* operator new(size_t size) { return allocate_or_abort(size); }
void* operator new[](size_t size) { return allocate_or_abort(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void* operator new(size_t size, std::align_val_t a) { return allocate_aligned_or_abort(size, a); }
void* operator new[](size_t size, std::align_val_t a) { return allocate_aligned_or_abort(size, a); }
void* operator new(size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, a);
}
void* operator new[](size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, a);
}

void operator delete(void* p) noexcept { free(p); }
void operator delete[](void* p) noexcept { free(p); }
void operator delete(void* p, size_t) noexcept { free(p); }
void operator delete[](void* p, size_t) noexcept { free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete(void* p, std::align_val_t) noexcept { free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { free(p); }
void operator delete(void* p, size_t, std::align_val_t) noexcept { free(p); }
void operator delete[](void* p, size_t, std::align_val_t) noexcept { free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { free(p); }

// operator new and delete over malloc. Built with -fno-exceptions, so a failed
// allocation cannot throw std::bad_alloc: the throwing forms abort instead.
#include <stddef.h>
#include <stdlib.h>

#include <new>

// The tag object `new (std::nothrow) T` names: a program that uses it links to this.
const std::nothrow_t std::nothrow{};

namespace {

void* allocate_or_abort(size_t size) {
  void* p = malloc(size ? size : 1);
  if (!p) abort();
  return p;
}

// malloc's blocks are 16-byte aligned; larger alignments over-allocate and keep the
// original pointer just below the aligned block.
void* allocate_aligned(size_t size, size_t align) {
  if (align <= 16) return malloc(size ? size : 1);
  // A size near SIZE_MAX must fail, not wrap around to a small block.
  if (size > static_cast<size_t>(-1) - align - sizeof(void*)) return nullptr;
  char* raw = static_cast<char*>(malloc(size + align + sizeof(void*)));
  if (!raw) return nullptr;
  auto aligned = (reinterpret_cast<size_t>(raw) + sizeof(void*) + align - 1) & ~(align - 1);
  reinterpret_cast<void**>(aligned)[-1] = raw;
  return reinterpret_cast<void*>(aligned);
}

void free_aligned(void* p, size_t align) {
  if (!p) return;
  free(align <= 16 ? p : static_cast<void**>(p)[-1]);
}

}  // namespace

void* operator new(size_t size) { return allocate_or_abort(size); }
void* operator new[](size_t size) { return allocate_or_abort(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return malloc(size ? size : 1); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept {
  return malloc(size ? size : 1);
}
void* operator new(size_t size, std::align_val_t a) {
  void* p = allocate_aligned(size, static_cast<size_t>(a));
  if (!p) abort();
  return p;
}
void* operator new[](size_t size, std::align_val_t a) { return operator new(size, a); }
void* operator new(size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, static_cast<size_t>(a));
}
void* operator new[](size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return allocate_aligned(size, static_cast<size_t>(a));
}

void operator delete(void* p) noexcept { free(p); }
void operator delete[](void* p) noexcept { free(p); }
void operator delete(void* p, size_t) noexcept { free(p); }
void operator delete[](void* p, size_t) noexcept { free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete(void* p, std::align_val_t a) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}
void operator delete[](void* p, std::align_val_t a) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}
void operator delete(void* p, size_t, std::align_val_t a) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}
void operator delete[](void* p, size_t, std::align_val_t a) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}
void operator delete(void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}
void operator delete[](void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
  free_aligned(p, static_cast<size_t>(a));
}

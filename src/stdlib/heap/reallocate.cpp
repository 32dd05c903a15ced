#include "src/stdlib/heap/heap.hpp"

namespace sysgate::heap {
namespace {

// A new block, the old contents copied, the old block freed; nullptr leaves it as it was.
void* move(void* payload, size_t old_size, size_t size) noexcept {
  void* moved = allocate(size);
  if (!moved) return nullptr;
  __builtin_memcpy(moved, payload, old_size < size ? old_size : size);
  release(payload, Caller::realloc);
  return moved;
}

}  // namespace

void* reallocate(void* payload, size_t size) noexcept {
  if (size > largest_request) return nullptr;
  size_t old_size = usable_size(payload, Caller::realloc);
  uintptr_t kind = kind_of(payload);
  if (kind == static_cast<uintptr_t>(Kind::freed)) fail(Caller::realloc, Fault::double_free);
  // A small block that still fits stays, unless it would be more than half empty.
  if (kind == static_cast<uintptr_t>(Kind::small) && size <= old_size &&
      (size > old_size / 2 || old_size <= 128))
    return payload;
  if (kind == static_cast<uintptr_t>(Kind::large) && size > largest_small)
    return large_resize(payload, size);
  return move(payload, old_size, size);
}

}  // namespace sysgate::heap

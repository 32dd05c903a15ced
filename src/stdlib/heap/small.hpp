// Small blocks (up to largest_small bytes): each size class owns slabs, mappings of
// 64 KiB or more cut into blocks of the class's size. A slab hands out its blocks from
// a free list of blocks given back, else from the untouched rest ("bump"), so pages
// are touched only when used. The class keeps a list of its slabs that may have room;
// the first is the one malloc takes from. A slab whose last block comes back is
// unmapped, unless it is that first one or the class's one spare (then, if it had
// touched more than 256 KiB, those pages go back with MADV_DONTNEED).
//
// The fast paths are inline here, so that malloc and free are one call each: a lock
// that costs one load while single-threaded, a list pop or push, the header's tag.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "src/internal/lock.hpp"
#include "src/stdlib/heap/fault.hpp"
#include "src/stdlib/heap/layout.hpp"
#include "src/stdlib/heap/size_class.hpp"

namespace sysgate::heap {

struct Slab {
  void* free;    // payloads given back, linked through their first word
  char* bump;    // the first block never handed out
  char* end;     // the end of the slab's last block
  size_t block;  // block size of the class, header included
  Slab* next;    // the class's list of slabs that may have room
  Slab* prev;
  uint32_t live;  // blocks handed out and not given back
  uint16_t size_class;
  bool listed;
  uintptr_t check;  // slab_check(this): a header whose `back` leads elsewhere fails it
};
constexpr size_t slab_header_size = 64;  // blocks start here, 16-byte aligned
static_assert(sizeof(Slab) <= slab_header_size);

constexpr uintptr_t slab_key = static_cast<uintptr_t>(0x2545f4914f6cdd1dull);
inline uintptr_t slab_check(const Slab* slab) noexcept {
  return reinterpret_cast<uintptr_t>(slab) ^ slab_key;
}

struct SizeClass {
  internal::Lock lock;
  Slab* head = nullptr;   // guarded by lock, as every field of the class's slabs
  Slab* spare = nullptr;  // an emptied slab kept mapped (if still empty), so that a class whose
                          // population swings across a slab boundary does not map and unmap
};
extern constinit SizeClass classes[class_count];

// Out of line, under no lock / under the class's lock respectively.
void* small_allocate_slow(unsigned size_class) noexcept;
void small_settle(SizeClass& owner, Slab* slab) noexcept;
[[noreturn]] void corrupt_free_list() noexcept;

// A block from the slab's free list, or nullptr when it is empty. Under the class's
// lock. (Blocks never handed out are the slow path's: see take_block in small.cpp.)
inline void* take_free(Slab* slab) noexcept {
  void* payload = slab->free;
  if (!payload) return nullptr;
  // A write after free may have changed the link: it must lead into the used part.
  if (static_cast<size_t>(static_cast<char*>(payload) - reinterpret_cast<char*>(slab)) >=
      static_cast<size_t>(slab->bump - reinterpret_cast<char*>(slab)))
    corrupt_free_list();
  slab->free = *static_cast<void**>(payload);
  header_of(payload)->tag = tag_for(payload, Kind::small);
  ++slab->live;
  return payload;
}

inline void* small_allocate(unsigned size_class) noexcept {
  SizeClass& owner = classes[size_class];
  owner.lock.lock();
  void* payload = owner.head ? take_free(owner.head) : nullptr;
  owner.lock.unlock();
  return payload ? payload : small_allocate_slow(size_class);
}

inline Slab* slab_of(const void* payload) noexcept {
  Header* header = header_of(payload);
  return reinterpret_cast<Slab*>(reinterpret_cast<char*>(header) - header->back);
}

// `payload` carries a small tag (checked by the caller, again here under the lock).
inline void small_release(void* payload, Caller caller) noexcept {
  Slab* slab = slab_of(payload);
  if (slab->check != slab_check(slab)) fail(caller, Fault::invalid_pointer);
  SizeClass& owner = classes[slab->size_class];
  owner.lock.lock();
  Header* header = header_of(payload);
  if (header->tag != tag_for(payload, Kind::small)) {  // another thread freed it first
    owner.lock.unlock();
    fail(caller, Fault::double_free);
  }
  header->tag = tag_for(payload, Kind::freed);
  *static_cast<void**>(payload) = slab->free;
  slab->free = payload;
  if (--slab->live == 0 || !slab->listed) small_settle(owner, slab);
  owner.lock.unlock();
}

inline size_t small_usable_size(const void* payload) noexcept {
  return slab_of(payload)->block - sizeof(Header);
}

}  // namespace sysgate::heap

#include "src/stdlib/heap/small.hpp"

#include <bits/kernel_mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/abort.hpp"
#include "src/internal/pages.hpp"

namespace sysgate::heap {

constinit SizeClass classes[class_count];

namespace {

// At least 64 KiB and at least 8 blocks.
constexpr size_t slab_bytes(size_t block) noexcept {
  size_t capacity = (65536 - slab_header_size) / block;
  if (capacity < 8) capacity = 8;
  return (slab_header_size + capacity * block + page_size - 1) & ~(page_size - 1);
}
static_assert(slab_bytes(32) == 65536);

// An emptied first slab keeps its pages unless it had touched more than this.
constexpr size_t keep_touched = 256 * 1024;

Slab* map_slab(unsigned size_class) noexcept {
  size_t block = block_size(size_class);
  size_t bytes = slab_bytes(block);
  auto* slab = static_cast<Slab*>(internal::map_pages(bytes));
  if (!slab) return nullptr;
  char* first = reinterpret_cast<char*>(slab) + slab_header_size;
  slab->free = nullptr;
  slab->bump = first;
  slab->end = first + (bytes - slab_header_size) / block * block;
  slab->block = block;
  slab->live = 0;
  slab->size_class = static_cast<uint16_t>(size_class);
  slab->listed = false;
  slab->check = slab_check(slab);
  return slab;
}

void push(SizeClass& owner, Slab* slab) noexcept {
  slab->prev = nullptr;
  slab->next = owner.head;
  if (owner.head) owner.head->prev = slab;
  owner.head = slab;
  slab->listed = true;
}

void unlink(SizeClass& owner, Slab* slab) noexcept {
  if (slab->prev)
    slab->prev->next = slab->next;
  else
    owner.head = slab->next;
  if (slab->next) slab->next->prev = slab->prev;
  slab->listed = false;
}

// Gives back the pages of an empty slab's blocks, keeping the first page (the slab's
// own fields), and starts the slab afresh: the kernel refills them with zeros on use.
void forget_blocks(Slab* slab) noexcept {
  char* base = reinterpret_cast<char*>(slab);
  size_t touched = static_cast<size_t>(slab->bump - base);
  if (touched - slab_header_size > keep_touched) {
    size_t end = (touched + page_size - 1) & ~(page_size - 1);
    sysgate::syscall(SYS_madvise, base + page_size, end - page_size, MADV_DONTNEED);
    slab->free = nullptr;
    slab->bump = base + slab_header_size;
  }
}

// An empty slab that is not the first: the class's spare, or unmapped if it has one.
void retire(SizeClass& owner, Slab* slab) noexcept {
  Slab* spare = owner.spare;
  if (slab == spare) return;
  if (!spare || spare->live != 0 || spare == owner.head) {
    owner.spare = slab;
    return forget_blocks(slab);
  }
  unlink(owner, slab);
  internal::unmap_pages(slab, slab_bytes(slab->block));
}

// A block from the free list, else one never handed out; nullptr when the slab is full.
void* take_block(Slab* slab) noexcept {
  if (void* payload = take_free(slab)) return payload;
  if (slab->bump == slab->end) return nullptr;
  char* block = slab->bump;
  slab->bump = block + slab->block;
  void* payload = block + sizeof(Header);
  header_of(payload)->back = static_cast<uintptr_t>(block - reinterpret_cast<char*>(slab));
  header_of(payload)->tag = tag_for(payload, Kind::small);
  ++slab->live;
  return payload;
}

}  // namespace

void* small_allocate_slow(unsigned size_class) noexcept {
  SizeClass& owner = classes[size_class];
  internal::LockGuard guard(owner.lock);
  // Slabs found full leave the list; the first block given back brings them back.
  while (Slab* slab = owner.head) {
    if (void* payload = take_block(slab)) return payload;
    unlink(owner, slab);
  }
  Slab* slab = map_slab(size_class);
  if (!slab) return nullptr;
  push(owner, slab);
  return take_block(slab);
}

void small_settle(SizeClass& owner, Slab* slab) noexcept {
  if (!slab->listed) {
    Slab* old_head = owner.head;
    push(owner, slab);
    if (old_head && old_head->live == 0) retire(owner, old_head);
  }
  if (slab->live == 0 && slab != owner.head) retire(owner, slab);
}

void corrupt_free_list() noexcept {
  internal::abort_with("malloc(): corrupted free list (a write after free?)\n");
}

}  // namespace sysgate::heap

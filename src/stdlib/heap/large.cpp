#include "src/stdlib/heap/large.hpp"

#include <bits/kernel_mman.h>
#include <stdint.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/pages.hpp"
#include "src/stdlib/heap/layout.hpp"

namespace sysgate::heap {
namespace {

struct Mapping {
  size_t map_size;
};

constexpr size_t map_bytes(size_t size) noexcept {
  return (size + large_offset + page_size - 1) & ~(page_size - 1);
}

// The mapping a large-tagged payload belongs to, checked as far as is cheap.
Mapping* mapping_of(const void* payload, Caller caller) noexcept {
  Header* header = header_of(payload);
  auto* mapping = reinterpret_cast<Mapping*>(reinterpret_cast<char*>(header) - header->back);
  if (header->back != large_offset - sizeof(Header) ||
      (reinterpret_cast<uintptr_t>(mapping) & (page_size - 1)) ||
      mapping->map_size < map_bytes(0) || (mapping->map_size & (page_size - 1)))
    fail(caller, Fault::invalid_pointer);
  return mapping;
}

void* payload_in(void* mapping, size_t map_size) noexcept {
  static_cast<Mapping*>(mapping)->map_size = map_size;
  void* payload = static_cast<char*>(mapping) + large_offset;
  header_of(payload)->back = large_offset - sizeof(Header);
  header_of(payload)->tag = tag_for(payload, Kind::large);
  return payload;
}

}  // namespace

void* large_allocate(size_t size) noexcept {
  if (size > largest_request) return nullptr;
  size_t bytes = map_bytes(size);
  void* mapping = internal::map_pages(bytes);
  return mapping ? payload_in(mapping, bytes) : nullptr;
}

void large_release(void* payload, Caller caller) noexcept {
  Mapping* mapping = mapping_of(payload, caller);
  internal::unmap_pages(mapping, mapping->map_size);
}

size_t large_usable_size(const void* payload, Caller caller) noexcept {
  return mapping_of(payload, caller)->map_size - large_offset;
}

void* large_resize(void* payload, size_t size) noexcept {
  if (size > largest_request) return nullptr;
  Mapping* mapping = mapping_of(payload, Caller::realloc);
  size_t bytes = map_bytes(size);
  if (bytes == mapping->map_size) return payload;
  long moved = sysgate::syscall(SYS_mremap, mapping, mapping->map_size, bytes, MREMAP_MAYMOVE);
  void* fresh = internal::as_mapping(moved);
  return fresh ? payload_in(fresh, bytes) : nullptr;
}

}  // namespace sysgate::heap

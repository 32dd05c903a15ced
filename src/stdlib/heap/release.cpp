#include "src/stdlib/heap/heap.hpp"

namespace sysgate::heap {

void release_other(void* payload, Caller caller) noexcept {
  switch (static_cast<Kind>(kind_of(payload))) {
    case Kind::large:
      return large_release(payload, caller);
    case Kind::aligned: {
      Header* header = header_of(payload);
      void* block = static_cast<char*>(payload) - header->back;
      header->tag = tag_for(payload, Kind::freed);
      return release(block, caller);
    }
    case Kind::freed:
      fail(caller, Fault::double_free);
    case Kind::small:
      return small_release(payload, caller);
  }
  fail(caller, Fault::invalid_pointer);
}

}  // namespace sysgate::heap

#include "src/stdlib/heap/heap.hpp"

namespace sysgate::heap {

size_t usable_size(const void* payload, Caller caller) noexcept {
  if (misaligned(payload)) fail(caller, Fault::invalid_pointer);
  switch (static_cast<Kind>(kind_of(payload))) {
    case Kind::small:
      return small_usable_size(payload);
    case Kind::large:
      return large_usable_size(payload, caller);
    case Kind::aligned: {
      size_t back = header_of(payload)->back;
      return usable_size(static_cast<const char*>(payload) - back, caller) - back;
    }
    case Kind::freed:
      return 0;  // as glibc: a freed chunk has no usable bytes
  }
  fail(caller, Fault::invalid_pointer);
}

}  // namespace sysgate::heap

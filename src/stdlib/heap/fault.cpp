#include "src/stdlib/heap/fault.hpp"

#include "src/internal/abort.hpp"

namespace sysgate::heap {

void fail(Caller caller, Fault fault) noexcept {
  bool twice = fault == Fault::double_free;
  switch (caller) {
    case Caller::free:
      if (twice) internal::abort_with("free(): double free detected\n");
      internal::abort_with("free(): invalid pointer\n");
    case Caller::realloc:
      if (twice) internal::abort_with("realloc(): pointer already freed\n");
      internal::abort_with("realloc(): invalid pointer\n");
    case Caller::usable_size:
      break;
  }
  internal::abort_with("malloc_usable_size(): invalid pointer\n");
}

}  // namespace sysgate::heap

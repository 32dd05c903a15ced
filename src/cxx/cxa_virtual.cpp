// Called through a vtable slot that has no body: a pure virtual function called from
// a constructor or destructor, or a deleted virtual. Always a program bug.
#include "src/internal/abort.hpp"

extern "C" [[noreturn]] void __cxa_pure_virtual() {
  sysgate::internal::abort_with("sysgate: pure virtual function called\n");
}

extern "C" [[noreturn]] void __cxa_deleted_virtual() {
  sysgate::internal::abort_with("sysgate: deleted virtual function called\n");
}

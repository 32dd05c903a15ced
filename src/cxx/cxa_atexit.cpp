// The C++ ABI's hooks for static objects with destructors. A static program is one
// DSO, so __dso_handle only has to exist and be unique.
#include "src/internal/exit_handlers.hpp"

extern "C" {

void* __dso_handle = &__dso_handle;

int __cxa_atexit(void (*destructor)(void*), void* object, void* /*dso*/) {
  return sysgate::internal::add_exit_handler(destructor, object) ? 0 : -1;
}
}

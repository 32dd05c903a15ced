// Guards for function-local statics. One thread for now: the first byte of the guard
// says "done", as the Itanium ABI lays it out.
#include <stdint.h>

extern "C" {

int __cxa_guard_acquire(uint64_t* guard) { return *reinterpret_cast<uint8_t*>(guard) == 0; }
void __cxa_guard_release(uint64_t* guard) { *reinterpret_cast<uint8_t*>(guard) = 1; }
void __cxa_guard_abort(uint64_t*) {}

}

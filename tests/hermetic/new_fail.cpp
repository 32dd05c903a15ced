// operator new that cannot allocate: the nothrow forms return nullptr; the throwing
// form (no exceptions in sysgate) prints libstdc++'s message for an uncaught
// std::bad_alloc and dies of SIGABRT, as the same program built with g++ and glibc.
//   new-fail            nothrow forms, then a throwing new of SIZE_MAX / 2 + 1 bytes
//   new-fail aligned    the same with an alignment of 64
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <new>

static void say(const char* s) { write(1, s, strlen(s)); }

int main(int argc, char** argv) {
  // PTRDIFF_MAX may succeed on i386 (2 GiB); SIZE_MAX wraps in libstdc++'s aligned new.
  volatile size_t huge = SIZE_MAX / 2 + 1;
  bool aligned = argc > 1 && strcmp(argv[1], "aligned") == 0;
  void* p = aligned ? operator new (huge, std::align_val_t{64}, std::nothrow) :
                    operator new(huge, std::nothrow);
  void* q = operator new[](huge, std::nothrow);
  say(p == nullptr && q == nullptr ? "nothrow new: nullptr\n" : "nothrow new: a block?\n");
  void* r = operator new(16, std::nothrow);
  say(r != nullptr ? "nothrow new(16): a block\n" : "nothrow new(16): nullptr?\n");
  operator delete(r);
  p = aligned ? operator new (huge, std::align_val_t{64}) : operator new(huge);
  say("throwing new returned\n");
  return p != nullptr;
}

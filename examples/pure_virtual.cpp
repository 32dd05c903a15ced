// Calls a pure virtual function for real, and must die of SIGABRT with a message.
// While Base's constructor runs, the object's vtable is Base's, whose slot for the
// pure hook() is __cxa_pure_virtual: a call that reaches it is a bug the runtime
// must report, not a jump into nowhere.
#include "print.h"

// Not in an anonymous namespace: there the compiler sees every class derived from
// Base, finds Derived::hook the only implementation, and (the call being undefined
// behaviour) calls it straight, so the program would never reach the runtime.
struct Base {
  Base() { start(); }  // calling hook() here directly is rejected by the compiler;
  virtual ~Base() = default;
  virtual void hook() = 0;
  // ... through a member function it compiles, and dispatches through the vtable.
  [[gnu::noinline]] void start() { hook(); }
};

struct Derived : Base {
  void hook() override { put(1, "pure_virtual: Derived::hook, should not happen\n"); }
};

int main() {
  put(1, "pure_virtual: constructing Derived, whose base calls a pure virtual\n");
  Derived d;
  put(2, "pure_virtual: the pure virtual call returned\n");
  return 1;
}

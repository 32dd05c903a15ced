// Hello in C++: a global object is constructed before main (start-up runs
// .init_array) and destroyed after it (its constructor registered the destructor
// with __cxa_atexit; exit() runs it). The test checks the three lines in order.
#include "print.h"

namespace {

struct Greeter {
  Greeter() { put(1, "constructor: before main\n"); }
  ~Greeter() { put(1, "destructor: after main\n"); }
};

Greeter greeter;

}  // namespace

int main() {
  put(1, "main: hello, world\n");
  return 0;
}

// A function-local static whose initialiser calls its own function again: undefined
// behaviour that the guard's "in progress" byte turns into a clean abort, instead of
// a second construction over the first. Must die of SIGABRT, naming the cause.
#include "print.h"

int depth(int n);

struct Node {
  int value;
  explicit Node(int n) : value(n ? depth(n - 1) + 1 : 0) {}
};

// Not inlined, and fed argc, so the compiler cannot fold the recursion away.
[[gnu::noinline]] int depth(int n) {
  static Node node(n);
  return node.value;
}

int main(int argc, char**) {
  put(1, "recursive_static: initialising a static that re-enters its own function\n");
  int value = depth(argc);
  put(2, "recursive_static: the recursion was not caught\n");
  return value + 1;
}

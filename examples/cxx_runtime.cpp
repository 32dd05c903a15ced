// What ordinary C++ asks of the runtime (src/cxx and start-up), each piece checked:
// global constructors and destructors, function-local statics, virtual calls and
// virtual destructors, operator new/delete in all their forms. Any mismatch prints
// "FAILED: <what>" on stderr and the program exits 1; otherwise the last destructor
// to run prints "cxx_runtime: all checks passed".
//
// Most checks are on behaviour, not on which operator was called: a missing sized,
// aligned or array form is an undefined symbol, so linking at all is half the test.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <new>

#include "print.h"

// Before C++17 `new` ignores alignas and the alignment checks below would fail at
// run time (clang 14 defaults to C++14): say so at compile time instead.
#if !defined(__cpp_aligned_new)
#error "over-aligned new needs C++17 or later: build with -std=c++17 or -std=c++20"
#endif

namespace {

int failures;

void check(bool ok, const char* what) {
  if (ok) return;
  put(2, "cxx_runtime: FAILED: ");
  put(2, what);
  put(2, "\n");
  ++failures;
}

// The life of the tracked objects, one letter per event: upper case when one is
// constructed, lower case when destroyed, 'm' when main starts, 'x' for the atexit
// handler. A constant-initialised array, so it is valid before any constructor.
char events[32];
int event_count;
void note(char event) {
  if (event_count < static_cast<int>(sizeof events) - 1) events[event_count++] = event;
}

bool events_are(const char* expected) { return strcmp(events, expected) == 0; }

struct Tracked {
  char id;
  explicit Tracked(char c) : id(c) { note(c); }
  ~Tracked() { note(static_cast<char>(id - 'A' + 'a')); }
};

// Defined first, so destroyed last: it judges everything after main. Exit handlers
// run newest first, so the expected tail is the atexit handler (registered last in
// main), the function-local static, then the globals in reverse.
struct Verdict {
  ~Verdict() {
    check(events_are("ABmLxlba"), "destruction order after main (want ABmLxlba)");
    if (failures) {
      put(2, "cxx_runtime: events were ");
      put(2, events);
      put(2, "\n");
      _exit(1);
    }
    put(1, "cxx_runtime: all checks passed\n");
  }
} verdict;

Tracked first('A');
Tracked second('B');

// --- function-local statics: built once, on first use, under a guard ---

int counted_constructions;
struct Counted {
  int value;
  explicit Counted(int v) : value(v) { ++counted_constructions; }
};

// The argument makes the initialiser dynamic, so the compiler must emit the guard
// (__cxa_guard_acquire/release) instead of initialising at compile time.
Counted& counted(int v) {
  static Counted instance(v);
  return instance;
}

Tracked& tracked_local() {
  static Tracked instance('L');
  return instance;
}

void check_local_statics(int seed) {
  Counted& a = counted(seed);
  Counted& b = counted(seed + 1);
  check(counted_constructions == 1, "function-local static constructed exactly once");
  check(&a == &b && b.value == seed, "function-local static keeps its first value");
  tracked_local();
  tracked_local();
  check(events_are("ABmL"), "function-local static with a destructor constructed once");
}

// --- virtual functions, virtual destructors, an abstract base ---

int base_destroyed, dog_destroyed, cat_destroyed;

struct Animal {
  virtual ~Animal() { ++base_destroyed; }
  virtual const char* sound() const = 0;  // Animal's own vtable slot: __cxa_pure_virtual
};
struct Dog final : Animal {
  ~Dog() override { ++dog_destroyed; }
  const char* sound() const override { return "woof"; }
};
struct Cat final : Animal {
  ~Cat() override { ++cat_destroyed; }
  const char* sound() const override { return "meow"; }
};

// Not inlined, and chosen at run time, so the calls below really go through vtables.
[[gnu::noinline]] Animal* adopt(int which) {
  if (which) return new Dog;
  return new Cat;
}

void check_virtuals(int which) {
  Animal* pet = adopt(which);
  check(strcmp(pet->sound(), "woof") == 0, "virtual call reaches the derived override");
  delete pet;  // the deleting destructor: ~Dog, ~Animal, then sized operator delete
  check(dog_destroyed == 1 && base_destroyed == 1,
        "delete through a base pointer runs ~Dog then ~Animal");
  pet = adopt(!which);
  check(strcmp(pet->sound(), "meow") == 0, "virtual call reaches the other override");
  delete pet;
  check(cat_destroyed == 1 && base_destroyed == 2 && dog_destroyed == 1,
        "~Cat runs, ~Dog does not");
}

// --- operator new and delete ---

int element_constructions, element_destructions;
struct Element {
  int value = 7;
  Element() { ++element_constructions; }
  ~Element() { ++element_destructions; }  // non-trivial: new[] stores a count cookie
};

struct alignas(64) CacheLine {
  unsigned char bytes[64];
};
struct alignas(64) AlignedElement {  // aligned and with a cookie: the hardest new[]
  int value = 9;
  ~AlignedElement() { ++element_destructions; }
};

bool aligned64(const void* p) { return reinterpret_cast<uintptr_t>(p) % 64 == 0; }

void check_new_delete(int n) {
  int* scalar = new int(42);
  check(scalar && *scalar == 42, "new int(42)");
  delete scalar;  // sized delete: operator delete(void*, size_t)

  int* ints = new int[n];  // runtime count: operator new[](size_t)
  for (int i = 0; i < n; ++i) ints[i] = i * i;
  check(ints[n - 1] == (n - 1) * (n - 1), "new int[n] holds n ints");
  delete[] ints;

  Element* elements = new Element[n];
  check(element_constructions == n && elements[n - 1].value == 7, "new Element[n] constructs n");
  delete[] elements;  // reads the cookie to know how many to destroy
  check(element_destructions == n, "delete[] destroys n");

  // malloc gives 16-byte alignment; each of these must get 64, several times over
  // so that a lucky malloc address cannot pass for the aligned path.
  CacheLine* lines[8];
  bool all_aligned = true;
  for (auto& line : lines) {
    line = new CacheLine;
    all_aligned = all_aligned && aligned64(line);
    memset(line->bytes, 0xa5, sizeof line->bytes);
  }
  check(all_aligned, "new alignas(64) object is 64-byte aligned");
  for (auto* line : lines) delete line;  // operator delete(void*, size_t, align_val_t)

  AlignedElement* row = new AlignedElement[n];
  bool row_aligned = true;
  for (int i = 0; i < n; ++i) row_aligned = row_aligned && aligned64(&row[i]) && row[i].value == 9;
  check(row_aligned, "new alignas(64) array: every element 64-byte aligned");
  element_destructions = 0;
  delete[] row;
  check(element_destructions == n, "delete[] of an aligned array destroys n");

  int* quiet = new (std::nothrow) int(5);
  check(quiet && *quiet == 5, "new (std::nothrow) int(5)");
  delete quiet;

  alignas(int) unsigned char storage[sizeof(int)];
  int* placed = new (storage) int(7);
  check(static_cast<void*>(placed) == storage && *std::launder(placed) == 7,
        "placement new constructs in the caller's storage");
}

void at_exit_handler() { note('x'); }

}  // namespace

int main(int argc, char**) {
  check(events_are("AB"), "global constructors ran before main, in order");
  note('m');
  check_local_statics(argc + 40);
  atexit(at_exit_handler);  // after 'L' was registered, so it runs before ~L
  check_virtuals(argc > 0);
  check_new_delete(argc + 4);
  return failures ? 1 : 0;
}

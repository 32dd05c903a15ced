#include "src/stdlib/random_state.hpp"

namespace sysgate::stdlib {
namespace {

// One step of x -> 16807 x mod (2^31 - 1) as glibc computes it (Schrage's method on
// a signed 32-bit word, so seeds above 2^31 give glibc's values too).
constexpr int32_t park_miller(int32_t word) {
  int64_t hi = word / 127773, lo = word % 127773;
  auto next = static_cast<int32_t>(16807 * lo - 2836 * hi);
  return next < 0 ? next + 2147483647 : next;
}

constexpr int32_t step(int32_t* table, int& front, int& rear) {
  auto value = static_cast<uint32_t>(table[front]) + static_cast<uint32_t>(table[rear]);
  table[front] = static_cast<int32_t>(value);
  front = (front + 1) % 31;
  rear = (rear + 1) % 31;
  return static_cast<int32_t>(value >> 1);
}

// glibc's randtbl: TYPE_3 seeded with 1 (310 outputs discarded, which leaves both
// pointers where they began), so rand() before any srand() is srand(1)'s sequence.
// Computed by the compiler: no start-up code.
struct Table {
  int32_t words[32];
};
constexpr Table seeded_with_one() {
  Table t{};
  t.words[0] = 3;  // TYPE_3, rear 0: what setstate reads back
  int32_t* s = t.words + 1;
  s[0] = 1;
  for (int i = 1; i < 31; ++i) s[i] = park_miller(s[i - 1]);
  int front = 3, rear = 0;
  for (int i = 0; i < 310; ++i) step(s, front, rear);
  return t;
}

constinit Table initial_table = seeded_with_one();

}  // namespace

constinit RandomState random_state = {
    initial_table.words + 4, initial_table.words + 1, initial_table.words + 1, 3, 31, 3,
    initial_table.words + 32};
internal::Lock random_lock;

int32_t random_next(RandomState& r) noexcept {
  int32_t* state = r.state;
  if (r.type == 0) {
    int32_t value =
        static_cast<int32_t>((static_cast<uint32_t>(state[0]) * 1103515245u + 12345u) & 0x7fffffff);
    state[0] = value;
    return value;
  }
  uint32_t value = static_cast<uint32_t>(*r.fptr) + static_cast<uint32_t>(*r.rptr);
  *r.fptr = static_cast<int32_t>(value);
  if (++r.fptr >= r.end_ptr) {
    r.fptr = state;
    ++r.rptr;
  } else if (++r.rptr >= r.end_ptr) {
    r.rptr = state;
  }
  return static_cast<int32_t>(value >> 1);
}

void random_seed(RandomState& r, unsigned seed) noexcept {
  int32_t* state = r.state;
  if (seed == 0) seed = 1;
  state[0] = static_cast<int32_t>(seed);
  if (r.type == 0) return;
  for (int i = 1; i < r.degree; ++i) state[i] = park_miller(state[i - 1]);
  r.fptr = state + r.separation;
  r.rptr = state;
  for (int i = 10 * r.degree; i > 0; --i) random_next(r);
}

void random_save(RandomState& r) noexcept {
  r.state[-1] = r.type == 0 ? 0 : static_cast<int32_t>(random_types * (r.rptr - r.state) + r.type);
}

}  // namespace sysgate::stdlib

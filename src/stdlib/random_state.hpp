// The state random(), srandom(), initstate(), setstate(), rand() and srand() share:
// glibc's additive feedback generator, bit for bit (its random_r.c, TYPE_0..TYPE_4),
// so every seed gives glibc's sequence.
#pragma once
#include <stdint.h>

#include "src/internal/lock.hpp"

namespace sysgate::stdlib {

struct RandomState {
  int32_t* fptr;   // front: the word that receives the sum
  int32_t* rptr;   // rear
  int32_t* state;  // state[-1] holds the type (and rear) when the state is swapped out
  int type;        // 0: a plain LCG; 1..4: trinomials of degree 7, 15, 31, 63
  int degree;
  int separation;
  int32_t* end_ptr;  // &state[degree]
};

// Process-global, guarded by random_lock.
extern RandomState random_state;
extern internal::Lock random_lock;

int32_t random_next(RandomState& r) noexcept;
void random_seed(RandomState& r, unsigned seed) noexcept;
// Writes the type and rear into state[-1], as initstate/setstate hand it back.
void random_save(RandomState& r) noexcept;

inline constexpr int random_types = 5;
inline constexpr int random_degrees[random_types] = {0, 7, 15, 31, 63};
inline constexpr int random_separations[random_types] = {0, 3, 1, 3, 1};

}  // namespace sysgate::stdlib

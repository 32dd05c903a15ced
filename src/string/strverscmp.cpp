#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, strverscmp, (const char* a, const char* b) noexcept) {
  // glibc's state machine, so that the results (not only their signs) agree. States:
  // N normal, I integral part, F fraction (after leading zeros), Z leading zeros.
  enum : unsigned char { N = 0, I = 3, F = 6, Z = 9, CMP = 2, LEN = 3 };
  static constexpr unsigned char next_state[] = {N, I, Z, N, I, I, N, F, F, N, F, Z};
  static constexpr signed char result_type[] = {
      CMP, CMP, CMP, CMP, LEN, CMP, CMP, CMP, CMP,  // N: x/x x/d x/0 d/x d/d d/0 0/x 0/d 0/0
      CMP, -1,  -1,  +1,  LEN, LEN, +1,  LEN, LEN,  // I
      CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP,  // F
      CMP, +1,  +1,  -1,  CMP, CMP, -1,  CMP, CMP,  // Z
  };
  auto* p1 = reinterpret_cast<const unsigned char*>(a);
  auto* p2 = reinterpret_cast<const unsigned char*>(b);
  if (p1 == p2) return 0;
  auto digit = [](unsigned c) { return c - '0' < 10; };
  auto kind = [&](unsigned c) { return (c == '0') + digit(c); };
  unsigned c1 = *p1++, c2 = *p2++;
  int state = N + kind(c1);
  int diff;
  while ((diff = static_cast<int>(c1) - static_cast<int>(c2)) == 0) {
    if (c1 == 0) return 0;
    state = next_state[state];
    c1 = *p1++;
    c2 = *p2++;
    state += kind(c1);
  }
  state = result_type[state * 3 + kind(c2)];
  switch (state) {
    case CMP:
      return diff;
    case LEN:
      while (digit(*p1++))
        if (!digit(*p2++)) return 1;
      return digit(*p2) ? -1 : diff;
    default:
      return state;
  }
}

}  // namespace sysgate::c

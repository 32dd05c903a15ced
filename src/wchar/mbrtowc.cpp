// UTF-8 to one wide character, restartable (RFC 3629; see <wchar.h> for how this
// differs from glibc's C locale). An unfinished sequence's bytes wait in the state.
#include <errno.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

// The sequence length a lead byte announces, 0 if it is no lead byte.
int sequence_length(unsigned char lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Whether `byte` may follow `lead` as its second byte: the ranges that exclude
// overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
bool second_byte_fits(unsigned char lead, unsigned char byte) {
  unsigned char low = lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80;
  unsigned char high = lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf;
  return byte >= low && byte <= high;
}

mbstate_t own_state;

}  // namespace

SYSGATE_C_FUNCTION(size_t, mbrtowc,
                   (wchar_t* __restrict wc, const char* __restrict s, size_t n,
                    mbstate_t* __restrict state) noexcept) {
  if (!state) state = &own_state;
  auto* pending = reinterpret_cast<unsigned char*>(state->__value.__wchb);
  int have = state->__count;
  if (!s) {
    // mbrtowc(NULL, "", 1, state): fine only between characters.
    if (have == 0) return 0;
    state->__count = 0;
    errno = EILSEQ;
    return static_cast<size_t>(-1);
  }
  if (n == 0) return static_cast<size_t>(-2);
  const auto* in = reinterpret_cast<const unsigned char*>(s);
  size_t used = 0;
  if (have == 0) {
    unsigned char lead = in[used++];
    if (lead < 0x80) {
      if (wc) *wc = lead;
      return lead ? 1 : 0;
    }
    if (!sequence_length(lead)) {
      errno = EILSEQ;
      return static_cast<size_t>(-1);
    }
    pending[have++] = lead;
  }
  int length = sequence_length(pending[0]);
  while (have < length) {
    if (used == n) {
      state->__count = have;
      return static_cast<size_t>(-2);
    }
    unsigned char byte = in[used++];
    bool fits = have == 1 ? second_byte_fits(pending[0], byte) : (byte & 0xc0) == 0x80;
    if (!fits) {
      state->__count = 0;
      errno = EILSEQ;
      return static_cast<size_t>(-1);
    }
    pending[have++] = byte;
  }
  state->__count = 0;
  unsigned value = pending[0] & (0x7f >> length);
  for (int i = 1; i < length; ++i) value = value << 6 | (pending[i] & 0x3f);
  if (wc) *wc = static_cast<wchar_t>(value);
  return used;
}

}  // namespace sysgate::c

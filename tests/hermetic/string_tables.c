/* strerror, strerror_r (XSI) and strsignal: every text, built against sysgate and against
 * glibc (-DSYSGATE_HOST_LIBC). It prints each text and, last, the FNV-1a hash of them all;
 * tests/hermetic/meson.build lists the hash glibc prints, which both builds must print.
 * The range runs past the kernel's last errno and signal, and below zero, to reach the
 * "Unknown ..." and "Real-time signal N" texts. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#ifdef SYSGATE_HOST_LIBC
/* Under _GNU_SOURCE glibc's strerror_r is the GNU one; its XSI one has this name. */
int __xpg_strerror_r(int errnum, char* buf, size_t size);
#define xsi_strerror_r __xpg_strerror_r
#else
#define xsi_strerror_r strerror_r
#endif

static uint32_t hash = 2166136261u;

static void out(const char* s, size_t n) {
  write(1, s, n);
  for (size_t i = 0; i < n; ++i) hash = (hash ^ (unsigned char)s[i]) * 16777619u;
}
static void put(const char* s) { out(s, strlen(s)); }
static void put_int(long v) {
  char buf[24];
  int i = sizeof buf;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  do buf[--i] = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) buf[--i] = '-';
  out(buf + i, sizeof buf - i);
}

int main(void) {
  int numbers[] = {-2147483647 - 1, -1000, -2, -1};
  for (unsigned i = 0; i < sizeof numbers / sizeof *numbers; ++i) {
    put("E ");
    put_int(numbers[i]);
    put(" ");
    put(strerror(numbers[i]));
    put("\n");
  }
  for (int e = 0; e < 140; ++e) {
    put("E ");
    put_int(e);
    put(" ");
    put(strerror(e));
    put("\n");
    /* XSI strerror_r at every size up to the whole text and one more. */
    char buf[64];
    size_t len = strlen(strerror(e));
    for (size_t size = 0; size <= len + 1 && size <= sizeof buf; size += size < 8 ? 1 : 7) {
      memset(buf, '#', sizeof buf);
      int r = xsi_strerror_r(e, buf, size);
      put("  r ");
      put_int((long)size);
      put(" ");
      put_int(r);
      put(" ");
      out(buf, strnlen(buf, sizeof buf));
      put("\n");
    }
  }
  for (int s = -2; s < 70; ++s) {
    put("S ");
    put_int(s);
    put(" ");
    put(strsignal(s));
    put("\n");
  }
  char line[32] = "tables ";
  uint32_t h = hash;
  for (int i = 7; i >= 0; --i, h >>= 4) line[7 + i] = "0123456789abcdef"[h & 15];
  line[15] = '\n';
  write(1, line, 16);
  return 0;
}

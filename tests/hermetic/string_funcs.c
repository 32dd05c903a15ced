/* Differential test of <string.h>, <strings.h> and <ctype.h>: built against sysgate and
 * against glibc (-DSYSGATE_HOST_LIBC), each prints one line per function,
 *
 *   strlen 1f2e3d4c 2336
 *
 * the FNV-1a hash of every result it got (lengths, offsets of returned pointers, the
 * bytes written, the signs of comparisons) and the number of cases. tests/hermetic/
 * meson.build lists the lines glibc prints: both builds must print exactly those.
 *
 * Every string and buffer ends right below a PROT_NONE page (and starts right above one
 * for the backward searches), at each of 16 offsets from that edge, so every alignment
 * of start and end is run and a read or write past either end is a SIGSEGV. Lengths:
 * every one up to 80, then a spread up to 4096. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#ifdef SYSGATE_HOST_LIBC
/* glibc 2.36 has no strlcpy/strlcat (2.38 added them): these are its 2.38 code, the
 * semantics sysgate follows. Its XSI strerror_r is __xpg_strerror_r under _GNU_SOURCE. */
static size_t ref_strlcpy(char* dest, const char* src, size_t size) {
  size_t len = strlen(src);
  if (size) {
    size_t copy = len < size ? len : size - 1;
    memcpy(dest, src, copy);
    dest[copy] = 0;
  }
  return len;
}
static size_t ref_strlcat(char* dest, const char* src, size_t size) {
  size_t src_len = strlen(src);
  if (size == 0) return src_len;
  size_t dest_len = strnlen(dest, size);
  if (dest_len != size) {
    size_t copy = size - dest_len - 1;
    if (copy > src_len) copy = src_len;
    memcpy(dest + dest_len, src, copy);
    dest[dest_len + copy] = 0;
  }
  return dest_len + src_len;
}
#define strlcpy ref_strlcpy
#define strlcat ref_strlcat
#endif

enum { kPage = 4096, kMaxLen = 4096, kSpan = 2 * kPage };

/* Two guarded areas: [PROT_NONE][kSpan usable][PROT_NONE]. */
static unsigned char* area[2];
static unsigned char* pattern; /* kMaxLen + 1 bytes of 0x20..0xfe, never 0x01 or 0xff */

static void put(const char* s) { write(1, s, strlen(s)); }

static void put_hex(uint32_t v) {
  char buf[8];
  for (int i = 7; i >= 0; --i, v >>= 4) buf[i] = "0123456789abcdef"[v & 15];
  write(1, buf, 8);
}

static void put_dec(unsigned long v) {
  char buf[24];
  int i = sizeof buf;
  do buf[--i] = (char)('0' + v % 10);
  while (v /= 10);
  write(1, buf + i, sizeof buf - i);
}

static uint32_t hash;
static unsigned long cases;

static void mix(uint32_t v) {
  for (int i = 0; i < 4; ++i, v >>= 8) hash = (hash ^ (v & 0xff)) * 16777619u;
}
static void mix_bytes(const void* p, size_t n) {
  for (const unsigned char* b = p; n--; ++b) hash = (hash ^ *b) * 16777619u;
}
static void mix_sign(int v) { mix(v < 0 ? 0xffffffffu : v > 0 ? 1 : 0); }
/* A returned pointer, as its offset from base (or ~0 for NULL): the same on both arches. */
static void mix_ptr(const void* p, const void* base) {
  mix(p ? (uint32_t)((const char*)p - (const char*)base) : 0xffffffffu);
}

static void begin(void) { hash = 2166136261u, cases = 0; }
static void end(const char* name) {
  put(name);
  put(" ");
  put_hex(hash);
  put(" ");
  put_dec(cases);
  put("\n");
}

static unsigned char* area_end(int which) { return area[which] + kSpan; }
static unsigned char* area_start(int which) { return area[which]; }

/* The lengths run: all short ones, then a spread with both sides of each power of two. */
static size_t lengths[200];
static int length_count;
static void make_lengths(void) {
  for (size_t n = 0; n <= 80; ++n) lengths[length_count++] = n;
  for (size_t p = 128; p <= kMaxLen; p *= 2) {
    lengths[length_count++] = p - 1;
    lengths[length_count++] = p;
    if (p < kMaxLen) lengths[length_count++] = p + 1;
  }
  for (size_t n = 97; n < kMaxLen; n += 211) lengths[length_count++] = n;
}

/* A string of len pattern bytes ending (with its zero) `gap` bytes below the guard. */
static char* string_at_end(int which, size_t len, size_t gap) {
  char* s = (char*)area_end(which) - gap - len - 1;
  memcpy(s, pattern + (len * 7 + gap) % 64, len);
  s[len] = 0;
  return s;
}
/* The same, starting `gap` bytes above the lower guard. */
static char* string_at_start(int which, size_t len, size_t gap) {
  char* s = (char*)area_start(which) + gap;
  memcpy(s, pattern + (len * 7 + gap) % 64, len);
  s[len] = 0;
  return s;
}

/* Positions worth a marker in a string of len bytes. */
static int positions(size_t len, size_t out[4]) {
  if (len == 0) return 0;
  out[0] = 0;
  out[1] = len / 2;
  out[2] = len - 1;
  out[3] = len > 17 ? len - 17 : 0;
  return 4;
}

#define FOR_CASES(len, gap)                    \
  for (int li_ = 0; li_ < length_count; ++li_) \
    for (size_t len = lengths[li_], gap = 0; gap < 16; ++gap)

static void test_lengths(void) {
  begin();
  FOR_CASES(len, gap) {
    mix(strlen(string_at_end(0, len, gap))), ++cases;
    mix(strlen(string_at_start(0, len, gap))), ++cases;
  }
  end("strlen");
  begin();
  FOR_CASES(len, gap) {
    char* s = string_at_end(0, len, gap);
    size_t limits[] = {0, len / 2, len, len + 1, len + 1000, (size_t)-1};
    for (int i = 0; i < 6; ++i) mix(strnlen(s, limits[i])), ++cases;
    /* A bound that ends exactly at the guard, with no zero before it. */
    s[len] = 'x';
    mix(strnlen(s, len + 1 + gap)), ++cases;
  }
  end("strnlen");
}

/* memchr, memrchr, rawmemchr, strchr, strchrnul, strrchr, index, rindex. */
static volatile size_t no_bound = (size_t)-1;

static void test_searches(void) {
  static const char* names[] = {"memchr",    "memrchr", "rawmemchr", "strchr",
                                "strchrnul", "strrchr", "index",     "rindex"};
  for (int f = 0; f < 8; ++f) {
    begin();
    FOR_CASES(len, gap) {
      for (int at_start = 0; at_start < 2; ++at_start) {
        char* s = at_start ? string_at_start(0, len, gap) : string_at_end(0, len, gap);
        size_t pos[4];
        int count = positions(len, pos);
        /* Absent (0x01), the terminator, and 0xff (as -1 and 255) at each position, twice. */
        int wanted[] = {0x01, 0, 0xff, -1};
        for (int w = 0; w < 4; ++w) {
          for (int k = -1; k < count; ++k) {
            if (k >= 0) s[pos[k]] = (char)0xff, s[pos[(k + 1) % count]] = (char)0xff;
            if ((f == 2 && wanted[w] == 0x01) || (f == 2 && k < 0 && (wanted[w] & 0xff)))
              continue; /* rawmemchr needs the byte to be there */
            int c = wanted[w];
            const void* r = 0;
            switch (f) {
              case 0:
                r = memchr(s, c, len);
                /* SIZE_MAX: "no bound", which must not wrap the end pointer. */
                if (c == 0 || (k >= 0 && c != 0x01)) mix_ptr(memchr(s, c, no_bound), s);
                mix_ptr(memchr(s, c, len / 2), s);
                break;
              case 1:
                r = memrchr(s, c, len);
                mix_ptr(memrchr(s + len / 2, c, len - len / 2), s);
                break;
              case 2:
                r = rawmemchr(s, c);
                break;
              case 3:
                r = strchr(s, c);
                break;
              case 4:
                r = strchrnul(s, c);
                break;
              case 5:
                r = strrchr(s, c);
                break;
              case 6:
                r = index(s, c);
                break;
              case 7:
                r = rindex(s, c);
                break;
            }
            mix_ptr(r, s), ++cases;
            if (k >= 0) memcpy(s, pattern + (len * 7 + gap) % 64, len);
          }
        }
      }
    }
    end(names[f]);
  }
}

/* Comparisons: equal, and differing at each position (up and down, high bytes too). */
static void test_compares(void) {
  static const char* names[] = {"memcmp",     "bcmp",        "strcmp", "strncmp",
                                "strcasecmp", "strncasecmp", "strcoll"};
  for (int f = 0; f < 7; ++f) {
    begin();
    FOR_CASES(len, gap) {
      char* a = string_at_end(0, len, gap);
      char* b = string_at_end(1, len, (gap * 5) % 16);
      /* Case differences only, for the case-insensitive ones. */
      if (f == 4 || f == 5)
        for (size_t i = 0; i < len; i += 3)
          if (islower((unsigned char)b[i])) b[i] = (char)toupper((unsigned char)b[i]);
      size_t pos[4];
      int count = positions(len, pos);
      for (int k = -1; k < 2 * count; ++k) {
        char saved = 0;
        size_t p = 0;
        if (k >= 0) {
          p = pos[k % count];
          saved = b[p];
          b[p] = k < count ? (char)0x80 : (char)0x21; /* above, then below, a[p] */
        }
        int r = 0;
        switch (f) {
          case 0:
            r = memcmp(a, b, len);
            break;
          case 1:
            r = bcmp(a, b, len) != 0;
            break;
          case 2:
            r = strcmp(a, b);
            break;
          case 3:
            r = strncmp(a, b, len + 1);
            mix_sign(strncmp(a, b, p));
            break;
          case 4:
            r = strcasecmp(a, b);
            break;
          case 5:
            r = strncasecmp(a, b, len + 1);
            mix_sign(strncasecmp(a, b, p));
            break;
          case 6:
            r = strcoll(a, b);
            break;
        }
        mix_sign(r), ++cases;
        if (k >= 0) b[p] = saved;
      }
    }
    end(names[f]);
  }
}

/* Copies: what they return, what they write, and that the bytes around stay. */
static void mix_area(int which, size_t n) { mix_bytes(area_end(which) - n, n); }

static void test_copies(void) {
  static const char* names[] = {"memcpy", "mempcpy",        "memmove", "memset",
                                "bzero",  "explicit_bzero", "bcopy",   "memccpy"};
  for (int f = 0; f < 8; ++f) {
    begin();
    FOR_CASES(len, gap) {
      /* Destination ends at the guard; its neighbours below hold a known pattern. */
      unsigned char* src = (unsigned char*)string_at_end(0, len, gap);
      size_t dgap = (gap * 7 + 3) % 16;
      unsigned char* dst = area_end(1) - dgap - len;
      memset(area_end(1) - len - 64, 0x5a, len + 64);
      const void* r = 0;
      switch (f) {
        case 0:
          r = memcpy(dst, src, len);
          break;
        case 1:
          r = mempcpy(dst, src, len);
          break;
        case 2: {
          /* Overlapping both ways within one area. */
          unsigned char* base = area_end(1) - len - 48;
          memcpy(base, src, len);
          r = memmove(base + gap, base, len);
          mix_ptr(r, base);
          memcpy(base, src, len);
          r = memmove(base, base + gap, len);
          mix_ptr(r, base);
          r = memmove(dst, src, len);
          break;
        }
        case 3:
          r = memset(dst, (int)(0x180 + gap), len);
          break;
        case 4:
          bzero(dst, len);
          break;
        case 5:
          explicit_bzero(dst, len);
          break;
        case 6:
          bcopy(src, dst, len);
          break;
        case 7:
          for (size_t k = 0; k < 3 && len; ++k) {
            int c = (unsigned char)src[k == 0 ? 0 : k == 1 ? len / 2 : len - 1];
            mix_ptr(memccpy(dst, src, c, len), dst);
          }
          r = memccpy(dst, src, 0x01, len);
          break;
      }
      mix_ptr(r, dst);
      mix_area(1, len + 64);
      ++cases;
    }
    end(names[f]);
  }
}

/* String copies into a destination that ends at the guard: its size is exactly what the
 * function may write, so one byte too many is a SIGSEGV. */
static void test_string_copies(void) {
  static const char* names[] = {"strcpy",  "stpcpy",  "strncpy", "stpncpy", "strcat", "strncat",
                                "strlcpy", "strlcat", "strdup",  "strndup", "strxfrm"};
  for (int f = 0; f < 11; ++f) {
    begin();
    FOR_CASES(len, gap) {
      char* src = string_at_end(0, len, gap);
      size_t limits[] = {0, len / 2, len, len + 1, len + 9};
      for (int l = 0; l < 5; ++l) {
        size_t n = limits[l];
        if ((f < 2 || f == 4 || f == 8) && l > 0) break; /* unbounded: once */
        size_t room = 0, prefix = gap % 5;
        switch (f) {
          case 0:
          case 1:
            room = len + 1;
            break;
          case 2:
          case 3:
          case 10:
            room = n;
            break;
          case 4:
            room = prefix + len + 1;
            break;
          case 5:
            room = prefix + (n < len ? n : len) + 1;
            break;
          case 6:
          case 7:
            room = n;
            break;
        }
        char* dst = (char*)area_end(1) - room;
        memset(area_end(1) - room - 32, 0x5a, room + 32);
        if (f == 7 && prefix > room) prefix = room; /* strlcat: a dest with no zero too */
        if (f == 4 || f == 5 || f == 7) {
          memset(dst, 'p', prefix);
          if (prefix < room) dst[prefix] = 0;
        }
        const void* r = 0;
        switch (f) {
          case 0:
            r = strcpy(dst, src);
            break;
          case 1:
            r = stpcpy(dst, src);
            break;
          case 2:
            r = strncpy(dst, src, n);
            break;
          case 3:
            r = stpncpy(dst, src, n);
            break;
          case 4:
            r = strcat(dst, src);
            break;
          case 5:
            r = strncat(dst, src, n);
            break;
          case 6:
            mix(strlcpy(n ? dst : 0, src, n));
            break;
          case 7:
            mix(strlcat(n ? dst : 0, src, n));
            break;
          case 8: {
            char* d = strdup(src);
            mix(d != 0);
            if (d) mix_bytes(d, len + 1);
            free(d);
            break;
          }
          case 9: {
            char* d = strndup(src, n);
            mix(d != 0);
            if (d) mix_bytes(d, strlen(d) + 1);
            free(d);
            break;
          }
          case 10:
            mix(strxfrm(n ? dst : 0, src, n));
            break;
        }
        mix_ptr(r, dst);
        mix_area(1, room + 32);
        ++cases;
      }
    }
    end(names[f]);
  }
}

/* strstr, strcasestr, memmem: needles cut from the haystack, and altered. */
static void test_substrings(void) {
  static const char* names[] = {"strstr", "strcasestr", "memmem"};
  static char needle[64];
  for (int f = 0; f < 3; ++f) {
    begin();
    FOR_CASES(len, gap) {
      if (gap % 4) continue; /* quadratic searches: a quarter of the alignments */
      char* h = string_at_end(0, len, gap);
      size_t sizes[] = {0, 1, 2, 3, 7, 16, 33};
      size_t pos[4];
      int count = positions(len, pos);
      for (int z = 0; z < 7; ++z) {
        for (int k = 0; k < count; ++k) {
          size_t m = sizes[z], p = pos[k];
          if (p + m > len) continue;
          memcpy(needle, h + p, m);
          needle[m] = 0;
          for (int alter = 0; alter < 3; ++alter) {
            if (alter == 1 && m) needle[m - 1] = 0x01; /* absent */
            if (alter == 2 && m) {
              memcpy(needle, h + p, m);
              for (size_t i = 0; i < m; ++i)
                if (isalpha((unsigned char)needle[i])) needle[i] ^= 0x20; /* other case */
            }
            const void* r = 0;
            switch (f) {
              case 0:
                r = strstr(h, needle);
                break;
              case 1:
                r = strcasestr(h, needle);
                break;
              case 2:
                r = memmem(h, len, needle, m);
                mix_ptr(memmem(h, p + m / 2, needle, m), h);
                break;
            }
            mix_ptr(r, h), ++cases;
          }
        }
      }
    }
    end(names[f]);
  }
}

/* strstr and memmem on inputs that make a naive search quadratic (a^k b in a long run of
 * a: 64 KiB, 2.5 * 10^8 steps for a quadratic search), and on random two-letter texts,
 * where periodic needles and partial matches are the rule (the two-way shifts). */
static void test_substrings_hard(void) {
  enum { kBig = 1 << 16 };
  static char needle[2 * 4000 + 2];
  char* big = malloc(kBig + 1);
  if (!big) return;
  memset(big, 'a', kBig);
  big[kBig] = 0;
  static const size_t runs[] = {1, 2, 15, 64, 1000, 4000};
  for (int f = 0; f < 2; ++f) {
    begin();
    for (int r = 0; r < 6; ++r) {
      size_t k = runs[r];
      for (int shape = 0; shape < 4; ++shape) {
        /* a^k b, b a^k, a^k b a^k, a^k (found) */
        size_t m = 0;
        if (shape == 1) needle[m++] = 'b';
        memset(needle + m, 'a', k), m += k;
        if (shape == 0 || shape == 2) needle[m++] = 'b';
        if (shape == 2) memset(needle + m, 'a', k), m += k;
        needle[m] = 0;
        big[kBig - 1] = shape == 3 ? 'a' : 'b'; /* one b at the very end */
        if (f == 0)
          mix_ptr(strstr(big, needle), big);
        else
          mix_ptr(memmem(big, kBig, needle, m), big);
        ++cases;
      }
    }
    uint32_t x = 777;
    for (int c = 0; c < 4000; ++c) {
      x = x * 1103515245u + 12345u;
      size_t len = (x >> 16) % 96, m = 1 + (x >> 8) % 12;
      char* h = (char*)area_end(0) - len - 1;
      for (size_t i = 0; i < len; ++i) x = x * 1103515245u + 12345u, h[i] = "ab"[(x >> 20) & 1];
      h[len] = 0;
      for (size_t i = 0; i < m; ++i) x = x * 1103515245u + 12345u, needle[i] = "ab"[(x >> 20) & 1];
      needle[m] = 0;
      if (f == 0)
        mix_ptr(strstr(h, needle), h);
      else
        mix_ptr(memmem(h, len, needle, m), h);
      ++cases;
    }
    end(f == 0 ? "strstr-hard" : "memmem-hard");
  }
  free(big);
}

/* strstr and memmem at a page's end, against a naive search: the haystack's last byte
 * (strstr: its zero) right below the guard, every length up to 70 and each side of the
 * 64-byte spans x86_64 reads, so every alignment of start and end; needles of 1..66 bytes
 * and longer, cut from the haystack's end (found touching it), from its middle, and the end
 * one with its last byte changed (absent; strstr's haystack then has that needle right
 * after its zero, which must not be found). Text makes candidates sparse; a period of 7
 * ("aaaaaab") makes them dense, so the search also hands over to two-way. */
static const char* naive_search(const char* h, size_t len, const char* n, size_t m) {
  for (size_t i = 0; i + m <= len; ++i) {
    size_t t = 0;
    while (t < m && h[i + t] == n[t]) ++t;
    if (t == m) return h + i;
  }
  return 0;
}
static char haystack_byte(int kind, size_t i) {
  return kind ? "aaaaaab"[i % 7] : (char)('a' + pattern[i] % 26);
}
static void test_substrings_edges(void) {
  static char needle[256];
  static const size_t longer[] = {95, 96, 97, 127, 128, 129, 191, 192, 193, 255, 256, 1000};
  for (int f = 0; f < 2; ++f) {
    begin();
    unsigned long wrong = 0;
    for (int li = 0; li < 71 + 12; ++li) {
      size_t len = li < 71 ? (size_t)li : longer[li - 71];
      for (int kind = 0; kind < 2; ++kind) {
        for (size_t m = 1; m <= 200; m += m < 66 ? 1 : m < 100 ? 34 : 100) {
          for (int shape = 0; shape < 3; ++shape) {
            size_t at = shape == 1 && len / 3 + m <= len ? len / 3 : len - m;
            for (size_t i = 0; i < m; ++i) /* longer than the haystack: text */
              needle[i] = m > len ? haystack_byte(0, i + 5) : haystack_byte(kind, at + i);
            if (shape == 2) needle[m - 1] = 'c' + (needle[m - 1] == 'c');
            needle[m] = 0;
            size_t after = f == 0 && shape == 2 ? m : 0;
            char* h = (char*)area_end(0) - len - (f == 0) - after;
            for (size_t i = 0; i < len; ++i) h[i] = haystack_byte(kind, i);
            if (f == 0) h[len] = 0;
            memcpy(h + len + 1, needle, after);
            const char* r = f == 0 ? strstr(h, needle) : memmem(h, len, needle, m);
            wrong += r != naive_search(h, len, needle, m);
            mix_ptr(r, h), ++cases;
          }
        }
      }
    }
    if (wrong) put("substring edges: results differ from the naive search\n");
    end(f == 0 ? "strstr-edges" : "memmem-edges");
  }
}

/* strspn, strcspn, strpbrk: sets that stop at a marker placed at each position. */
static void test_spans(void) {
  static char all[256]; /* every byte a pattern may hold: 0x20..0xfe */
  for (int i = 0; i < 0xdf; ++i) all[i] = (char)(0x20 + i);
  static const char* names[] = {"strspn", "strcspn", "strpbrk"};
  for (int f = 0; f < 3; ++f) {
    begin();
    FOR_CASES(len, gap) {
      char* s = string_at_end(0, len, gap);
      size_t pos[4];
      int count = positions(len, pos);
      for (int k = -1; k < count; ++k) {
        if (k >= 0) s[pos[k]] = (char)0xff;
        const char* sets[] = {"", "\xff", "\x01\xff", all, "abc", "\x01"};
        for (int t = 0; t < 6; ++t) {
          switch (f) {
            case 0:
              mix(strspn(s, sets[t]));
              break;
            case 1:
              mix(strcspn(s, sets[t]));
              break;
            case 2:
              mix_ptr(strpbrk(s, sets[t]), s);
              break;
          }
          ++cases;
        }
        if (k >= 0) s[pos[k]] = (char)pattern[(len * 7 + gap) % 64 + pos[k]];
      }
    }
    end(names[f]);
  }
}

/* Tokenisers, on a fixed list of inputs: offsets of every token and of what they leave. */
static void test_tokens(void) {
  static const char* inputs[] = {"",   ",",  ",,a,,b,",         "a", "abc,def;;ghi", ";;;",
                                 "x;", ";x", "one two  three\t"};
  static const char* delims[] = {"", ",", ",;", " \t", "abc"};
  static const char* names[] = {"strtok", "strtok_r", "strsep"};
  for (int f = 0; f < 3; ++f) {
    begin();
    for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; ++i) {
      for (unsigned d = 0; d < sizeof delims / sizeof *delims; ++d) {
        size_t len = strlen(inputs[i]);
        char* s = (char*)area_end(0) - len - 1;
        memcpy(s, inputs[i], len + 1);
        char *save = 0, *rest = s, *t;
        for (int n = 0; n < 20; ++n) {
          if (f == 0)
            t = strtok(n ? 0 : s, delims[d]);
          else if (f == 1)
            t = strtok_r(n ? 0 : s, delims[d], &save), mix_ptr(save, s);
          else
            t = strsep(&rest, delims[d]), mix_ptr(rest, s);
          mix_ptr(t, s), ++cases;
          if (!t) break;
        }
        mix_bytes(s, len + 1);
      }
    }
    end(names[f]);
  }
}

static void test_verscmp(void) {
  static const char* v[] = {
      "",        "a",        "0",         "00",      "000",       "01",    "010",   "09",    "0a",
      "1",       "9",        "10",        "99",      "100",       "1.0",   "1.01",  "1.001", "1.1",
      "1.10",    "1.9",      "a1",        "a01",     "a001",      "a10",   "jan1",  "jan10", "jan2",
      "item#99", "item#100", "abc-1.000", "abc-1.0", "abc-1.0.0", "x\xff", "x9\xff"};
  enum { kCount = sizeof v / sizeof *v };
  begin();
  for (int i = 0; i < kCount; ++i)
    for (int j = 0; j < kCount; ++j) mix_sign(strverscmp(v[i], v[j])), ++cases;
  end("strverscmp");
}

static void test_ctype(void) {
  static int (*const f[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit,  isgraph, islower,
                                  isprint, ispunct, isspace, isupper, isxdigit, isascii};
  static const char* names[] = {"isalnum", "isalpha",  "isblank", "iscntrl", "isdigit",
                                "isgraph", "islower",  "isprint", "ispunct", "isspace",
                                "isupper", "isxdigit", "isascii"};
  for (unsigned k = 0; k < sizeof f / sizeof *f; ++k) {
    begin();
    for (int c = -128; c < 256; ++c) mix(f[k](c) != 0), ++cases;
    end(names[k]);
  }
  static int (*const g[])(int) = {tolower, toupper, toascii};
  static const char* gnames[] = {"tolower", "toupper", "toascii"};
  for (int k = 0; k < 3; ++k) {
    begin();
    for (int c = -128; c < 256; ++c) mix((uint32_t)g[k](c)), ++cases;
    end(gnames[k]);
  }
}

static void test_ffs(void) {
  begin();
  mix(ffs(0)), mix(ffsl(0)), mix(ffsll(0)), cases += 3;
  for (int i = 0; i < 64; ++i) {
    long long one = 1ll << i;
    if (i < 32)
      mix(ffs((int)(1u << i))), mix(ffs((int)(0x80000000u >> (31 - i) | 0x80000000u))),
          mix(ffsl((long)(1ul << i))), cases += 3;
    mix(ffsll(one)), mix(ffsll(one | (1ll << 63))), mix(ffsll(-one)), cases += 3;
  }
  end("ffs");
}

static unsigned char* guarded(void) {
  unsigned char* p =
      mmap(0, kSpan + 2 * kPage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return 0;
  if (mprotect(p, kPage, PROT_NONE) || mprotect(p + kPage + kSpan, kPage, PROT_NONE)) return 0;
  return p + kPage;
}

int main(void) {
  area[0] = guarded();
  area[1] = guarded();
  pattern = malloc(kMaxLen + 128);
  if (!area[0] || !area[1] || !pattern) {
    put("string-funcs: no memory\n");
    return 1;
  }
  uint32_t x = 12345;
  for (int i = 0; i < kMaxLen + 128; ++i) {
    x = x * 1103515245u + 12345u;
    pattern[i] = (unsigned char)(0x20 + (x >> 16) % 0xdf);
  }
  make_lengths();
  test_lengths();
  test_searches();
  test_compares();
  test_copies();
  test_string_copies();
  test_substrings();
  test_substrings_hard();
  test_substrings_edges();
  test_spans();
  test_tokens();
  test_verscmp();
  test_ctype();
  test_ffs();
  put("string-funcs: done\n");
  return 0;
}

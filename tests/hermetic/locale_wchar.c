/* <locale.h> (the C locale only) and <wchar.h>: setlocale's answers, localeconv's C
 * values, the wide-string functions, and UTF-8 conversions where sysgate's always-UTF-8
 * decoder and glibc's C.UTF-8 agree (the glibc build switches LC_CTYPE to C.UTF-8 for
 * that part; sysgate has no other locale to switch to). */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "check.h"

static void show_setlocale(int category, const char* name) {
  const char* r = setlocale(category, name);
  dprintf(1, "setlocale(%d, %s%s%s): %s\n", category, name ? "\"" : "", name ? name : "NULL",
          name ? "\"" : "", r ? r : "NULL");
}

static void show_mbrtowc(const char* label, const char* s, size_t n) {
  mbstate_t state;
  memset(&state, 0, sizeof state);
  wchar_t wc = 0;
  errno = 0;
  size_t r = mbrtowc(&wc, s, n, &state);
  dprintf(1, "mbrtowc %s: %ld U+%04X errno %d initial %d\n", label, (long)r, (unsigned)wc, errno,
          mbsinit(&state) != 0);
}

int main(void) {
  show_setlocale(LC_ALL, NULL);
  show_setlocale(LC_ALL, "C");
  show_setlocale(LC_ALL, "POSIX");
  show_setlocale(LC_CTYPE, "");
  show_setlocale(LC_NUMERIC, "C");
  show_setlocale(LC_ALL, "xx_NOWHERE.UTF-8");
  show_setlocale(LC_ALL, NULL);
  errno = 0;
  const char* bad = setlocale(99, "C");
  dprintf(1, "setlocale(99): %s errno %d\n", bad ? bad : "NULL", errno);
  struct lconv* c = localeconv();
  dprintf(1, "lconv \"%s\" \"%s\" \"%s\" \"%s\" \"%s\" %d %d %d %d\n", c->decimal_point,
          c->thousands_sep, c->grouping, c->currency_symbol, c->negative_sign, c->int_frac_digits,
          c->frac_digits, c->p_cs_precedes, c->int_n_sign_posn);
  CHECK(c->frac_digits == CHAR_MAX, "localeconv: CHAR_MAX for what C does not say");

  wchar_t buf[16];
  CHECK_EQ(wcslen(L"hello"), 5, "wcslen");
  CHECK_EQ(wcslen(L""), 0, "wcslen of L\"\"");
  CHECK(wcscpy(buf, L"wide") == buf && wcscmp(buf, L"wide") == 0, "wcscpy, wcscmp");
  CHECK(wcscmp(L"a", L"b") < 0 && wcscmp(L"b", L"a") > 0 && wcscmp(L"ab", L"a") > 0,
        "wcscmp order");
  CHECK(wcscmp(L"\x10000", L"a") > 0, "wcscmp beyond 16 bits");
  CHECK(wcsncmp(L"abcd", L"abce", 3) == 0 && wcsncmp(L"abcd", L"abce", 4) < 0, "wcsncmp");
  CHECK(wcsncmp(L"a", L"b", 0) == 0, "wcsncmp of 0");
  CHECK(wcschr(buf, L'd') == buf + 2 && wcschr(buf, 0) == buf + 4 && !wcschr(buf, L'z'), "wcschr");
  CHECK(wmemset(buf, L'x', 8) == buf && buf[7] == L'x', "wmemset");
  CHECK(wmemcpy(buf + 8, L"12345678", 8) == buf + 8 && buf[15] == L'8', "wmemcpy");
  CHECK(wmemmove(buf + 1, buf, 15) == buf + 1 && buf[1] == L'x' && buf[15] == L'7', "wmemmove up");
  CHECK(wmemcmp(L"abc", L"abd", 2) == 0 && wmemcmp(L"abc", L"abd", 3) < 0, "wmemcmp");
  CHECK(wmemcmp(L"\x80000000", L"a", 1) < 0, "wmemcmp compares wchar_t as signed");
  CHECK(sizeof(mbstate_t) == 8 && sizeof(wctype_t) == sizeof(long), "glibc's sizes");

  dprintf(1, "btowc %x %x %x %x wctob %d %d %d\n", btowc('A'), btowc(0), btowc(0x80), btowc(EOF),
          wctob(L'A'), wctob(0xe9), wctob(WEOF));
#ifdef SYSGATE_HOST_LIBC
  setlocale(LC_CTYPE, "C.UTF-8");
#endif
  show_mbrtowc("A", "A", 1);
  show_mbrtowc("NUL", "", 1);
  show_mbrtowc("e-acute", "\xc3\xa9", 2);
  show_mbrtowc("euro", "\xe2\x82\xac", 3);
  show_mbrtowc("U+FFFF", "\xef\xbf\xbf", 3);
  show_mbrtowc("emoji", "\xf0\x9f\x98\x80", 4);
  show_mbrtowc("U+10FFFF", "\xf4\x8f\xbf\xbf", 4);
  show_mbrtowc("with more", "\xc3\xa9zz", 4);
  show_mbrtowc("n=0", "A", 0);
  show_mbrtowc("lone continuation", "\x80", 1);
  show_mbrtowc("C0 overlong lead", "\xc0\x80", 2);
  show_mbrtowc("FF", "\xff", 1);
  show_mbrtowc("E0 overlong", "\xe0\x80\x80", 3);
  show_mbrtowc("surrogate", "\xed\xa0\x80", 3);
  show_mbrtowc("bad third byte", "\xe2\x82\x41", 3);
  show_mbrtowc("partial", "\xe2\x82", 2);

  mbstate_t state;
  memset(&state, 0, sizeof state);
  wchar_t wc = 0;
  size_t a = mbrtowc(&wc, "\xf0", 1, &state);
  size_t b = mbrtowc(&wc, "\x9f\x98", 2, &state);
  int mid = mbsinit(&state);
  size_t d = mbrtowc(&wc, "\x80!", 2, &state);
  dprintf(1, "split: %ld %ld mid-initial %d %ld U+%04X initial %d\n", (long)a, (long)b, mid,
          (long)d, (unsigned)wc, mbsinit(&state));
  memset(&state, 0, sizeof state);
  mbrtowc(&wc, "\xe2", 1, &state);
  errno = 0;
  size_t r = mbrtowc(NULL, NULL, 0, &state);
  dprintf(1, "NULL after a partial sequence: %ld errno %d\n", (long)r, errno);
  memset(&state, 0, sizeof state);
  long whole = (long)mbrlen("\xe2\x82\xac", 3, &state);
  long first = (long)mbrlen("\xe2\x82", 2, NULL); /* mbrlen's own state, */
  long rest = (long)mbrlen("\xac", 1, NULL);      /* which keeps the first part */
  dprintf(1, "mbrlen %ld %ld %ld\n", whole, first, rest);
  errno = 0;
  r = mbrtowc(&wc, "\xc3\xa9", 2, NULL);
  dprintf(1, "mbrtowc with its own state: %ld U+%04X\n", (long)r, (unsigned)wc);

  static const unsigned wide[] = {0x41,   0,      0x7f,    0x80,    0xe9,     0x7ff,
                                  0x800,  0x20ac, 0xd7ff,  0xd800,  0xdfff,   0xe000,
                                  0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0xffffffffu};
  for (unsigned i = 0; i < sizeof wide / sizeof wide[0]; ++i) {
    char out[8] = {0};
    memset(&state, 0, sizeof state);
    errno = 0;
    r = wcrtomb(out, (wchar_t)wide[i], &state);
    dprintf(1, "wcrtomb U+%04X: %ld errno %d bytes", wide[i], (long)r, errno);
    for (size_t k = 0; r != (size_t)-1 && k < r; ++k) dprintf(1, " %02x", (unsigned char)out[k]);
    dprintf(1, "\n");
  }
  dprintf(1, "wcrtomb(NULL): %ld\n", (long)wcrtomb(NULL, 0x20ac, NULL));

  /* <stdlib.h>'s multibyte functions (branch cxx), stateless over the same UTF-8. */
  errno = 0;
  int got = mbtowc(&wc, "\xe2\x82\xac!", 4);
  dprintf(1, "mbtowc euro: %d U+%04X errno %d\n", got, (unsigned)wc, errno);
  errno = 0;
  got = mblen("\xc3\xa9", 2);
  int empty = mblen("", 1), invalid = mblen("\xff", 1);
  dprintf(1, "mblen: %d %d %d errno %d\n", got, empty, invalid, errno);
  errno = 0;
  got = mbtowc(&wc, "\xc3", 1);
  dprintf(1, "mbtowc cut: %d errno %d\n", got, errno);
  mbtowc(NULL, NULL, 0); /* glibc keeps the cut character's byte until this */
  dprintf(1, "no shift states: %d %d %d\n", mblen(NULL, 0), mbtowc(NULL, NULL, 0), wctomb(NULL, 0));
  char mb[16];
  errno = 0;
  got = wctomb(mb, 0x1f600);
  dprintf(1, "wctomb: %d %02x %02x", got, (unsigned char)mb[0], (unsigned char)mb[3]);
  got = wctomb(mb, 0xd800);
  dprintf(1, " surrogate %d errno %d\n", got, errno);
  wchar_t ws[8];
  const char* text = "a\xc3\xa9\xe2\x82\xac";
  long w1 = (long)mbstowcs(ws, text, 8);
  dprintf(1, "mbstowcs %ld %x %x %x %x", w1, (unsigned)ws[0], (unsigned)ws[1], (unsigned)ws[2],
          (unsigned)ws[3]);
  long w2 = (long)mbstowcs(NULL, text, 0);
  long w3 = (long)mbstowcs(ws, text, 2);
  errno = 0;
  long w4 = (long)mbstowcs(ws, "a\xff", 8);
  dprintf(1, " %ld %ld %ld errno %d\n", w2, w3, w4, errno);
  memset(mb, 'z', sizeof mb);
  long m1 = (long)wcstombs(mb, L"a\xe9\x20ac", sizeof mb);
  dprintf(1, "wcstombs %ld %s", m1, strcmp(mb, text) == 0 ? "same" : "differs");
  long m2 = (long)wcstombs(NULL, L"a\xe9\x20ac", 0);
  memset(mb, 'z', sizeof mb);
  long m3 = (long)wcstombs(mb, L"a\xe9\x20ac", 4);
  errno = 0;
  long m4 = (long)wcstombs(mb, L"a\xd800", sizeof mb);
  dprintf(1, " %ld %ld %c %ld errno %d\n", m2, m3, mb[3], m4, errno);
  CHECK(MB_CUR_MAX >= 4, "MB_CUR_MAX holds any UTF-8 character");
  CHECK(abs(-3) == 3 && labs(-4L) == 4L && llabs(-LLONG_MAX) == LLONG_MAX && abs(7) == 7, "abs");
  div_t q = div(-7, 2);
  ldiv_t lq = ldiv(7L, -2L);
  lldiv_t llq = lldiv(LLONG_MIN, 10);
  CHECK(q.quot == -3 && q.rem == -1 && lq.quot == -3 && lq.rem == 1 && llq.quot == LLONG_MIN / 10 &&
            llq.rem == -8,
        "div, ldiv, lldiv truncate toward zero");
  return check_summary();
}

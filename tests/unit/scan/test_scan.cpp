// The scanf engine against the host glibc's vsscanf: the return value, errno and every
// byte of every destination (a %m string by content), for a table of formats and inputs
// and for random numbers. Each call gets eight 64-byte destinations filled with 0xa5, so
// a store of the wrong width or to the wrong argument shows.
//
// SYSGATE_SCAN_SCALE (default 1) multiplies the randomized counts (qemu-i386 runs less).
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "src/stdio/scan.hpp"

namespace {

long scaled(long n) {
  const char* s = getenv("SYSGATE_SCAN_SCALE");
  return long(double(n) * (s ? atof(s) : 1.0)) + 1;
}

constexpr int kArgs = 8;
// %mc stores no NUL: its 'C' slot is compared over this many bytes.
size_t g_chars = 0;
constexpr size_t kSlot = 64;

long ours_v(const char* input, const char* format, va_list args) {
  sysgate::stdio::StringSource source(input);
  return sysgate::stdio::scan(source, format, args);
}
long ours(const char* input, const char* format, ...) {
  va_list args;
  va_start(args, format);
  long n = ours_v(input, format, args);
  va_end(args);
  return n;
}

struct Run {
  long value;
  int error;
  std::string bytes;  // every slot; a %m slot as "<string>" or "<null>"
};

// kinds: one letter per argument, 'm' for a char** that %m fills ('C' for %mc: g_chars
// bytes; 'W' and 'V' the same for %mls and %mlc: wide characters), anything else a slot.
template <class F>
Run run(F call, const char* input, const char* format, const char* kinds) {
  alignas(16) unsigned char slots[kArgs][kSlot];
  memset(slots, 0xa5, sizeof slots);
  void* p[kArgs];
  for (int i = 0; i < kArgs; ++i) {
    p[i] = slots[i];
    if (kinds[0] && i < int(strlen(kinds)) && strchr("mCWV", kinds[i]))
      *static_cast<char**>(p[i]) = nullptr;
  }
  errno = 0;
  long value = call(input, format, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
  Run r{value, errno, {}};
  for (int i = 0; i < kArgs; ++i) {
    if (i < int(strlen(kinds)) && strchr("mCWV", kinds[i])) {
      char* s = *static_cast<char**>(p[i]);
      std::string text =
          !s                ? ""
          : kinds[i] == 'm' ? std::string(s)
          : kinds[i] == 'C' ? std::string(s, g_chars)
          : kinds[i] == 'W'
              ? std::string(s, wcslen(reinterpret_cast<wchar_t*>(s)) * sizeof(wchar_t))
              : std::string(s, g_chars * sizeof(wchar_t));
      r.bytes += s ? "<" + text + ">" : "<null>";
      free(s);
    } else {
      r.bytes.append(reinterpret_cast<char*>(slots[i]), kSlot);
    }
  }
  return r;
}

long g_compared = 0;

std::string hex(const std::string& s) {
  std::string out;
  char b[4];
  for (unsigned char c : s) {
    snprintf(b, sizeof b, "%02x", c);
    out += b;
  }
  return out;
}

bool same(const char* input, const char* format, const char* kinds = "") {
  ++g_compared;
  auto glibc = [](const char* in, const char* f, void* a, void* b, void* c, void* d, void* e,
                  void* g, void* h,
                  void* i) { return long(sscanf(in, f, a, b, c, d, e, g, h, i)); };
  auto mine = [](const char* in, const char* f, void* a, void* b, void* c, void* d, void* e,
                 void* g, void* h, void* i) { return ours(in, f, a, b, c, d, e, g, h, i); };
  Run a = run(glibc, input, format, kinds), b = run(mine, input, format, kinds);
  if (a.value == b.value && a.error == b.error && a.bytes == b.bytes) return true;
  size_t k = 0;
  while (k < a.bytes.size() && k < b.bytes.size() && a.bytes[k] == b.bytes[k]) ++k;
  UNSCOPED_INFO("format \"" << format << "\" input \"" << input << "\": glibc " << a.value
                            << " errno " << a.error << ", ours " << b.value << " errno " << b.error
                            << "; first differing byte " << k << " (slot " << k / kSlot
                            << "): glibc " << hex(a.bytes.substr(k, 16)) << " ours "
                            << hex(b.bytes.substr(k, 16)));
  return false;
}

// %Nmc and %Nmlc with N > 1024 grow their buffer once more than glibc 2.36 does: glibc's
// second size is one element short and it writes past it (a heap corruption that aborts
// on i386). So these are checked alone: N 'q's from a longer input, and the buffer as big
// as the conversion needs (ASan sees an overflow in the sanitized build).
bool long_chars_alone(size_t n, const char* format) {
  const bool wide = strchr(format, 'l') != nullptr;
  const std::string input(n + 300, 'q');
  char* s = nullptr;
  if (ours(input.c_str(), format, &s) != 1 || s == nullptr) return false;
  bool ok = true;
  for (size_t i = 0; i < n; ++i)
    ok &= wide ? reinterpret_cast<wchar_t*>(s)[i] == L'q' : s[i] == 'q';
  free(s);
  return ok;
}

}  // namespace

TEST_CASE("integers: every conversion, width, modifier, sign and prefix") {
  const char* formats[] = {
      "%d",   "%i",      "%u",           "%o",      "%x",
      "%X",   "%hhd",    "%hd",          "%ld",     "%lld",
      "%jd",  "%zd",     "%td",          "%qd",     "%Ld",
      "%hhu", "%hu",     "%lu",          "%llu",    "%ju",
      "%zu",  "%tu",     "%hhi",         "%lli",    "%llx",
      "%hhx", "%lo",     "%p",           "%3d",     "%1d",
      "%2i",  "%2x",     "%3x",          "%1x",     "%5p",
      "%4p",  "%*d%d",   "%d%n",         "%2d%n%d", "%i%hhn%hn%ln%lln%jn%zn%tn",
      "%0d",  "%00003d", "%99999999999d"};
  const char* inputs[] = {"",
                          " ",
                          "0",
                          "-0",
                          "+0",
                          "1",
                          "-1",
                          "+",
                          "-",
                          "+-1",
                          "42abc",
                          "  \t\n17 18",
                          "0x",
                          "0X1f",
                          "0x1g",
                          "0xg",
                          "-0x10",
                          "010",
                          "08",
                          "09",
                          "0",
                          "000000000000000000000000000000000000000000000000000000000000000000000000"
                          "00000000000000000000000000000000000000000000000123",
                          "2147483647",
                          "2147483648",
                          "-2147483648",
                          "-2147483649",
                          "4294967295",
                          "4294967296",
                          "9223372036854775807",
                          "9223372036854775808",
                          "-9223372036854775809",
                          "18446744073709551615",
                          "18446744073709551616",
                          "-18446744073709551615",
                          "99999999999999999999999999999999999999999",
                          "777777777777777777777777",
                          "ffffffffffffffffffff",
                          "(nil)",
                          "(nil",
                          "(Nil)x",
                          "(ni",
                          "(",
                          "0x7fff0000",
                          "-(nil)",
                          "1234567",
                          "abc",
                          "7 8 9"};
  for (const char* f : formats)
    for (const char* in : inputs) CHECK(same(in, f));
}

TEST_CASE("floats: every conversion, modifier, width and the partial texts scanf reads") {
  const char* formats[] = {"%f",     "%lf",    "%Lf",   "%e",      "%le",    "%Le",    "%g",
                           "%lg",    "%a",     "%la",   "%La",     "%E",     "%F",     "%G",
                           "%A",     "%llf",   "%qf",   "%lf%n",   "%3lf%n", "%1lf%n", "%2lf%n",
                           "%4lf%n", "%*lf%n", "%lf%c", "%5Lf%n%s"};
  const char* inputs[] = {"",
                          " ",
                          "1",
                          "-1.5",
                          "+2.5e3",
                          ".5",
                          "5.",
                          ".",
                          "-.",
                          "+",
                          "-",
                          "1e",
                          "1e+",
                          "1e-x",
                          "1e5e5",
                          "1.2.3",
                          "1.e.5",
                          "1e5.5",
                          ".e5",
                          "0x",
                          "0x.",
                          "0X1p",
                          "0x1.8p3",
                          "0x1.8P-3x",
                          "0xp3",
                          "0x.8",
                          "-0x",
                          "0x1.8.p3",
                          "0xag",
                          "0xe+5",
                          "00.5",
                          "0",
                          "0e",
                          "inf",
                          "-INF",
                          "infinity",
                          "infinityx",
                          "infin",
                          "infinix",
                          "info",
                          "nan",
                          "NaN(123)",
                          "-nan",
                          "na",
                          "nax",
                          "n",
                          "i",
                          "1e400",
                          "-1e-400",
                          "1e-320",
                          "3.4e38",
                          "3.5e38",
                          "1e-46",
                          "2.4703282292062328e-324",
                          "1.18973149535723176509e4932",
                          "  \n 3.25 x",
                          "1,5",
                          "1_5",
                          "e5",
                          "123456789012345678901234567890e-10",
                          "0.000000000000000001e18"};
  for (const char* f : formats)
    for (const char* in : inputs) CHECK(same(in, f));
}

TEST_CASE("strings, characters, sets, literals, %% and failures") {
  struct Case {
    const char* format;
    const char* input;
    const char* kinds;
  } cases[] = {
      {"%s", "hello world", ""},
      {"%s%s", "hello   world  ", ""},
      {"%3s%s", "hello world", ""},
      {"%1s", "xy", ""},
      {"%s", "", ""},
      {"%s", "   ", ""},
      {"%*s%s", "a b", ""},
      {"%c", "abc", ""},
      {"%c", " abc", ""},
      {"%3c", "abcdef", ""},
      {"%5c", "ab", ""},
      {"%c", "", ""},
      {"%*3c%c", "abcdef", ""},
      {" %c", "  x", ""},
      {"%[abc]", "abcabcd", ""},
      {"%[^abc]", "xyzabc", ""},
      {"%[]abc]", "]a]bx", ""},
      {"%[^]abc]", "xy]z", ""},
      {"%[a-z]", "hello123", ""},
      {"%[a-]", "a-a-b", ""},
      {"%[-a]", "-a-b", ""},
      {"%[z-a]", "z-a-b", ""},
      {"%[a-c-e]", "abcde-", ""},
      {"%[0-9a-f]", "1a2bxyz", ""},
      {"%[^\n]%n", "line one\nline two", ""},
      {"%2[abc]", "abcabc", ""},
      {"%[abc]", "xyz", ""},
      {"%[abc]", "", ""},
      {"%[abc", "abc", ""},
      {"%[]", "]]", ""},
      {"%*[a-z]%d", "abc123", ""},
      {"%d,%d", "1,2", ""},
      {"%d ,%d", "1   ,2", ""},
      {"%d,%d", "1 ,2", ""},
      {"%d %d", "1", ""},
      {"%d%%%d", "5%6", ""},
      {"%d %% %d", "5 % 6", ""},
      {"%%", "", ""},
      {"%%", "x", ""},
      {"abc%d", "abc5", ""},
      {"abc%d", "abd5", ""},
      {"abc%d", "ab", ""},
      {"abc", "", ""},
      {"", "abc", ""},
      {" ", "   ", ""},
      {"%d %n", "5    ", ""},
      {"%d%n %n", "5   x", ""},
      {"%n", "", ""},
      {"%n%d", "", ""},
      {"%d%n", "", ""},
      {"%y", "5", ""},
      {"%", "5", ""},
      {"%l", "5", ""},
      {"%d%", "5", ""},
      {"%2$d %1$d", "10 20", ""},
      {"%3$s %1$d %2$c", "7 x word", ""},
      {"%1$d %1$n", "123 ", ""},
      {"%ms", "allocated", "m"},
      {"%ms %ms", "two words", "mm"},
      {"%5ms", "abcdefgh", "m"},
      {"%m[a-z]", "letters123", "m"},
      {"%m[0-9]", "letters", "m"},
      {"%ms", "", "m"},
      {"%d %ms", "5", "bm"},
      {"%*ms %d", "skip 7", ""},
      {"%\xe9%d",
       "\xe9"
       "5",
       ""},
      {"\xe9%d",
       "\xe9"
       "5",
       ""},
      {"%'d", "1,234", ""},
      {"%Id", "12", ""},
      {"%hhn %d", "  5", ""},
  };
  for (const Case& c : cases) CHECK(same(c.input, c.format, c.kinds));
}

// The wide conversions convert each byte through mbrtowc (glibc's here, in the hosted test;
// sysgate's is UTF-8 in every locale): in the C locale (ASCII) and in C.UTF-8.
TEST_CASE("wide conversions %lc %C %ls %S %l[ in C and C.UTF-8") {
  struct Case {
    const char* format;
    const char* input;
    const char* kinds;
  } cases[] = {
      {"%lc", "x", ""},
      {"%lc", "", ""},
      {"%lc", " x", ""},
      {" %lc", " x", ""},
      {"%3lc", "abcd", ""},
      {"%3lc", "ab", ""},
      {"%lc%lc", "\xc3\xa9z", ""},
      {"%2lc%n", "\xc3\xa9\xe2\x82\xac!", ""},
      {"%lc", "\xf0\x9f\x98\x80", ""},
      {"%lc", "\xc3", ""},
      {"%lc", "\xc3(", ""},
      {"%lc", "\xff", ""},
      {"%d%lc", "5\x80", ""},
      {"%C", "q", ""},
      {"%*lc%d",
       "\xc3\xa9"
       "5",
       ""},
      {"%*2lc%lc", "\xc3\xa9\xc3\xa9x", ""},
      {"%ls", "h\xc3\xa9llo world", ""},
      {"%3ls%ls", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", ""},
      {"%ls %ls", "a b", ""},
      {"%ls", "  ", ""},
      {"%ls", "", ""},
      {"%ls", "ab\xc3", ""},
      {"%ls", "a\xe2\x82", ""},
      {"%ls", "a\xe2(b", ""},
      {"%d %ls", "7 \xed\xa0\x80", ""},
      {"%S", "wide", ""},
      {"%*ls%n", "\xc3\xa9x y", ""},
      {"%l[a-z]", "abc1", ""},
      {"%l[^ ]", "\xc3\xa9t\xc3\xa9 x", ""},
      {"%3l[^ ]", "\xc3\xa9t\xc3\xa9", ""},
      {"%1l[^ ]%n", "\xc3\xa9t", ""},
      {"%l[^a-z]", "\xc3\xa9a", ""},
      {"%l[^b]", "a\xc3", ""},
      {"%l[abc]", "xyz", ""},
      {"%l[abc]", "", ""},
      {"%l[abc", "abc", ""},
      {"%*l[a-z]%d", "ab12", ""},
      {"%*l[^0-9]%d",
       "\xc3\xa9\xc3"
       "12",
       ""},
      {"%mls", "h\xc3\xa9llo", "W"},
      {"%ml[a-z]", "123", "W"},
      {"%mls", "ab\xc3", "W"},
      {"%mS", "", "W"},
      {"%d %mls", "5", "bW"},
      {"%2$ls %1$lc", "x yz", ""},
  };
  for (const char* locale : {"C", "C.UTF-8"}) {
    REQUIRE(setlocale(LC_CTYPE, locale) != nullptr);
    INFO("locale " << locale);
    for (const Case& c : cases) CHECK(same(c.input, c.format, c.kinds));
    std::string long_word(300, 'w');
    for (int i = 0; i < 100; ++i) long_word += "\xc3\xa9";
    CHECK(same(long_word.c_str(), "%mls", "W"));
    if (strcmp(locale, "C") != 0) {
      // (In the C locale %l[ leaves an element untouched for each invalid byte: in a %m
      // buffer that is uninitialised memory.)
      CHECK(same(long_word.c_str(), "%ml[^ ]", "W"));
      CHECK(same("\xc3\xa9t\xc3\xa9 x", "%ml[^ ]", "W"));
    }
    g_chars = 1;
    CHECK(same("xyz", "%mlc", "V"));
    g_chars = 3;
    CHECK(same("x\xc3\xa9z", "%3mlc", "V"));
    CHECK(long_chars_alone(1200, "%1200mlc"));
  }
  setlocale(LC_CTYPE, "C");
}

TEST_CASE("long %m strings grow as glibc grows them") {
  std::string big(5000, 'q');
  CHECK(same(big.c_str(), "%ms", "m"));
  CHECK(same(big.c_str(), "%m[q]", "m"));
  CHECK(long_chars_alone(3000, "%3000mc"));
#ifndef __SANITIZE_ADDRESS__  // ASan's sscanf interceptor reads a %mc result as a string
  g_chars = 1;
  CHECK(same("xyz", "%mc", "C"));
  g_chars = 3;
  CHECK(same("xyz", "%3mc", "C"));
#endif
  CHECK(same(big.c_str(), "%1500ms", "m"));
}

TEST_CASE("random numbers through %lf %f %Lf %lld %x") {
  std::mt19937_64 rng(11);
  char buf[128];
  const long n = scaled(30000);
  int fails = 0;
  for (long i = 0; i < n && fails < 20; ++i) {
    uint64_t r = rng();
    double d;
    memcpy(&d, &r, 8);
    static const char* const fmts[] = {"%.17g", "%a", "%.3e", "%.30g"};
    snprintf(buf, sizeof buf, fmts[i % 4], d);
    if (!same(buf, "%lf%n") || !same(buf, "%f%n") || !same(buf, "%Lf%n")) ++fails;
    snprintf(buf, sizeof buf, "%lld %llx", (long long)r, (unsigned long long)(r >> (i % 64)));
    if (!same(buf, "%lld %x%n") || !same(buf, "%i %llx %n")) ++fails;
  }
  CHECK(fails == 0);
}

TEST_CASE("long float texts through scanf are exact") {
  std::string t =
      "2."
      "47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180"
      "81799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858"
      "39244910518443593180284993653615250031937045767824921936562366986365848075700158576926990370"
      "63119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999"
      "77096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537"
      "45851666113422376667860416215968046191446729184030053005753084904876539171138659164623952491"
      "26236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551"
      "89313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591"
      "327667236328125e-324";
  CHECK(same(t.c_str(), "%lf%n"));
  t.back() = '5';
  t.insert(t.size() - 5, "0000000000000000000000001");
  CHECK(same(t.c_str(), "%lf%n"));
  CHECK(same(std::string(3000, '9').c_str(), "%lf%n"));
  CHECK(same(("0." + std::string(3000, '0') + "1e3010").c_str(), "%Lf%n"));
}

TEST_CASE("count of compared calls") {
  CHECK(g_compared > 0);
  WARN("scanf engine: compared " << g_compared << " calls with glibc");
}

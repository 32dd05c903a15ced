/* sgbox's text applets: wc head tail sort uniq. Each reads a whole input into memory. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sgbox.h"

/* Opens an operand ("-": stdin); -1 with errno set. */
static int open_input(const char* name) {
  return strcmp(name, "-") == 0 ? 0 : open(name, O_RDONLY);
}

/* ---- wc [-lwcm] [FILE]... ---- */

struct counts {
  unsigned long long lines, words, bytes;
};

static void count_text(const char* p, long n, struct counts* c) {
  int in_word = 0;
  for (long i = 0; i < n; ++i) {
    unsigned char ch = (unsigned char)p[i];
    if (ch == '\n') ++c->lines;
    if (isspace(ch)) {
      in_word = 0;
    } else if (isprint(ch) && !in_word) {
      in_word = 1;
      ++c->words;
    }
  }
  c->bytes += (unsigned long long)n;
}

static void print_counts(const struct counts* c, int width, const char* name) {
  const char* sep = "";
  if (opt['l']) printf("%s%*llu", sep, width, c->lines), sep = " ";
  if (opt['w']) printf("%s%*llu", sep, width, c->words), sep = " ";
  if (opt['m']) printf("%s%*llu", sep, width, c->bytes), sep = " ";
  if (opt['c']) printf("%s%*llu", sep, width, c->bytes), sep = " ";
  if (name) printf(" %s", name);
  putchar('\n');
}

int wc_main(int argc, char** argv) {
  int n = parse(argc, argv, "lwcm", 1), status = 0;
  if (!opt['l'] && !opt['w'] && !opt['c'] && !opt['m']) opt['l'] = opt['w'] = opt['c'] = 1;
  int columns = !!opt['l'] + !!opt['w'] + !!opt['c'] + !!opt['m'];
  static char* dash[] = {(char*)"-", 0};
  int named = n > 0;
  if (n == 0) argv = dash, n = 1;
  /* coreutils' width: the digits of the regular files' total size, at least 7 when an
   * input is not a regular file; one count of at most one input is not padded. */
  int width = 1, minimum = 1;
  unsigned long long regular_total = 0;
  for (int i = 0; i < n; ++i) {
    struct stat st;
    int r = strcmp(argv[i], "-") == 0 ? fstat(0, &st) : stat(argv[i], &st);
    if (r != 0) continue;
    if (S_ISREG(st.st_mode))
      regular_total += (unsigned long long)st.st_size;
    else
      minimum = 7;
  }
  for (; regular_total >= 10; regular_total /= 10) ++width;
  if (width < minimum) width = minimum;
  if (columns == 1 && n == 1) width = 1;
  struct counts total = {0, 0, 0};
  for (int i = 0; i < n; ++i) {
    int fd = open_input(argv[i]);
    char* text;
    long len = fd < 0 ? -1 : slurp(fd, &text);
    if (fd > 0) close(fd);
    if (len < 0) {
      complain_errno("%s", argv[i]);
      status = 1;
      continue;
    }
    struct counts c = {0, 0, 0};
    count_text(text, len, &c);
    free(text);
    print_counts(&c, width, named ? argv[i] : 0);
    total.lines += c.lines, total.words += c.words, total.bytes += c.bytes;
  }
  if (n > 1) print_counts(&total, width, "total");
  return status;
}

/* ---- head/tail [-n [+|-]N] [-c N] [-N] [-q|-v] [FILE]... ---- */

/* Turns the obsolete -N (and tail's +N) into -n N. */
static void old_count(int argc, char** argv, char* buf, size_t size) {
  if (argc > 1 && (argv[1][0] == '-' || argv[1][0] == '+') && isdigit((unsigned char)argv[1][1])) {
    snprintf(buf, size, "-n%s%s", argv[1][0] == '+' ? "+" : "", argv[1] + 1);
    argv[1] = buf;
  }
}

static int parse_count(const char* text, long long* count, int* from_start) {
  *from_start = 0;
  if (*text == '+') *from_start = 1, ++text;
  if (*text == '-') ++text;
  char* end;
  *count = strtoll(text, &end, 10);
  if (end == text || *count < 0) return -1;
  long long scale = 1;
  if (*end == 'b')
    scale = 512, ++end;
  else if (*end == 'k' || *end == 'K')
    scale = 1024, ++end;
  else if (*end == 'M')
    scale = 1024 * 1024, ++end;
  if (*end) return -1;
  *count *= scale;
  return 0;
}

static int head_or_tail(int argc, char** argv, int tail) {
  char buf[64];
  old_count(argc, argv, buf, sizeof buf);
  int n = parse(argc, argv, "n:c:qv", 1), status = 0;
  long long count = 10;
  int from_start = 0, bytes = optarg_of['c'] != 0;
  const char* text = bytes ? optarg_of['c'] : optarg_of['n'];
  if (text && parse_count(text, &count, &from_start) != 0) {
    complain("invalid number of %s: %s", bytes ? "bytes" : "lines", quoted(text));
    return 1;
  }
  static char* dash[] = {(char*)"-", 0};
  if (n == 0) argv = dash, n = 1;
  int headers = (n > 1 && !opt['q']) || opt['v'], shown = 0;
  for (int i = 0; i < n; ++i) {
    int fd = open_input(argv[i]);
    char* data;
    long len = fd < 0 ? -1 : slurp(fd, &data);
    if (fd > 0) close(fd);
    if (len < 0) {
      complain_errno("cannot open %s for reading", quoted(argv[i]));
      status = 1;
      continue;
    }
    if (headers)
      printf("%s==> %s <==\n", shown++ ? "\n" : "",
             strcmp(argv[i], "-") == 0 ? "standard input" : argv[i]);
    long start = 0, end = len;
    if (bytes) {
      if (!tail)
        end = count < len ? (long)count : len;
      else if (from_start)
        start = count > 0 ? (count - 1 < len ? (long)count - 1 : len) : 0;
      else
        start = count < len ? len - (long)count : 0;
    } else if (!tail) {
      long long lines = 0;
      for (end = 0; end < len && lines < count; ++end)
        if (data[end] == '\n') ++lines;
    } else if (from_start) {
      long long lines = 1;
      for (start = 0; start < len && lines < count; ++start)
        if (data[start] == '\n') ++lines;
    } else {
      /* Back from the end (a last line without its newline is a line too), up to the
       * count-th newline before it. */
      long long lines = 0;
      start = len > 0 && data[len - 1] == '\n' ? len - 1 : len;
      while (start > 0 && !(data[start - 1] == '\n' && ++lines == count)) --start;
      if (count == 0) start = len;
    }
    fwrite(data + start, 1, (size_t)(end - start), stdout);
    free(data);
  }
  return status;
}

int head_main(int argc, char** argv) { return head_or_tail(argc, argv, 0); }
int tail_main(int argc, char** argv) { return head_or_tail(argc, argv, 1); }

/* ---- sort [-r] [-n] [-u] [FILE]... and uniq [-c] [-d] [-u] [INPUT] ---- */

struct line {
  const char* text;
  size_t length;
};

/* Splits text into lines (a last one without a newline included). */
static struct line* split_lines(char* text, long len, size_t* count, struct line* list,
                                size_t* capacity) {
  for (long at = 0; at < len;) {
    const char* nl = memchr(text + at, '\n', (size_t)(len - at));
    long end = nl ? nl - text : len;
    if (*count == *capacity) {
      *capacity = *capacity ? *capacity * 2 : 256;
      list = realloc(list, *capacity * sizeof *list);
    }
    list[(*count)++] = (struct line){text + at, (size_t)(end - at)};
    at = end + 1;
  }
  return list;
}

static int compare_bytes(const struct line* a, const struct line* b) {
  size_t n = a->length < b->length ? a->length : b->length;
  int r = memcmp(a->text, b->text, n);
  return r ? r : (a->length > b->length) - (a->length < b->length);
}

/* sort -n's key: leading blanks, an optional '-', digits, an optional fraction. Lines
 * without a number compare as 0. */
static int compare_numbers(const struct line* a, const struct line* b) {
  const char *p = a->text, *pe = p + a->length, *q = b->text, *qe = q + b->length;
  while (p < pe && (*p == ' ' || *p == '\t')) ++p;
  while (q < qe && (*q == ' ' || *q == '\t')) ++q;
  int pneg = p < pe && *p == '-', qneg = q < qe && *q == '-';
  p += pneg, q += qneg;
  const char *pi = p, *qi = q;
  while (pi < pe && isdigit((unsigned char)*pi)) ++pi;
  while (qi < qe && isdigit((unsigned char)*qi)) ++qi;
  const char *pf = pi < pe && *pi == '.' ? pi + 1 : pi, *qf = qi < qe && *qi == '.' ? qi + 1 : qi;
  const char *pfe = pf, *qfe = qf;
  while (pfe < pe && isdigit((unsigned char)*pfe)) ++pfe;
  while (qfe < qe && isdigit((unsigned char)*qfe)) ++qfe;
  while (p < pi && *p == '0') ++p;
  while (q < qi && *q == '0') ++q;
  int pzero = p == pi, qzero = q == qi;
  for (const char* f = pf; f < pfe; ++f) pzero &= *f == '0';
  for (const char* f = qf; f < qfe; ++f) qzero &= *f == '0';
  if (pzero) pneg = 0;
  if (qzero) qneg = 0;
  if (pneg != qneg) return pneg ? -1 : 1;
  int r = 0;
  if (pi - p != qi - q) {
    r = pi - p < qi - q ? -1 : 1;
  } else if ((r = memcmp(p, q, (size_t)(pi - p))) == 0) {
    for (; !r && (pf < pfe || qf < qfe); ++pf, ++qf) {
      char x = pf < pfe ? *pf : '0', y = qf < qfe ? *qf : '0';
      r = (x > y) - (x < y);
    }
  }
  return pneg ? -r : r;
}

static int sort_compare_key(const struct line* a, const struct line* b) {
  return opt['n'] ? compare_numbers(a, b) : compare_bytes(a, b);
}

static int sort_compare(const void* x, const void* y) {
  const struct line *a = x, *b = y;
  int r = sort_compare_key(a, b);
  /* Equal keys: the whole lines decide (coreutils' last resort), unless -u. */
  if (r == 0 && !opt['u']) r = compare_bytes(a, b);
  return opt['r'] ? -r : r;
}

int sort_main(int argc, char** argv) {
  int n = parse(argc, argv, "rnu", 2);
  static char* dash[] = {(char*)"-", 0};
  if (n == 0) argv = dash, n = 1;
  size_t count = 0, capacity = 0;
  struct line* lines = 0;
  for (int i = 0; i < n; ++i) {
    int fd = open_input(argv[i]);
    char* text;
    long len = fd < 0 ? -1 : slurp(fd, &text);
    if (fd > 0) close(fd);
    if (len < 0) {
      complain_errno("cannot read: %s", argv[i]);
      return 2;
    }
    lines = split_lines(text, len, &count, lines, &capacity);
  }
  qsort(lines, count, sizeof *lines, sort_compare);
  for (size_t i = 0; i < count; ++i) {
    if (opt['u'] && i > 0 && sort_compare_key(&lines[i - 1], &lines[i]) == 0) continue;
    fwrite(lines[i].text, 1, lines[i].length, stdout);
    putchar('\n');
  }
  return 0;
}

int uniq_main(int argc, char** argv) {
  int n = parse(argc, argv, "cdu", 1);
  if (n > 1) {
    complain("extra operand %s", quoted(argv[1]));
    usage_exit(1);
  }
  const char* name = n ? argv[0] : "-";
  int fd = open_input(name);
  char* text;
  long len = fd < 0 ? -1 : slurp(fd, &text);
  if (len < 0) {
    complain_errno("%s", name);
    return 1;
  }
  size_t count = 0, capacity = 0;
  struct line* lines = split_lines(text, len, &count, 0, &capacity);
  for (size_t i = 0; i < count;) {
    size_t j = i + 1;
    while (j < count && compare_bytes(&lines[i], &lines[j]) == 0) ++j;
    size_t run = j - i;
    if ((!opt['d'] || run > 1) && (!opt['u'] || run == 1)) {
      if (opt['c']) printf("%7zu ", run);
      fwrite(lines[i].text, 1, lines[i].length, stdout);
      putchar('\n');
    }
    i = j;
  }
  return 0;
}

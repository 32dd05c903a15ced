/* Random legal sequences of fwrite, fread, fgetc, ungetc, fputc, fseek, ftell and
 * fflush on one "w+" file, with glibc's results as the reference: each run prints one
 * hash of every result, feof, ferror and position, and of the file's final bytes.
 * (Switching between reading and writing goes through fseek, as C requires; fflush is
 * not called with ungetc bytes pending, where glibc and POSIX disagree.) */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned long long state;
static unsigned next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (unsigned)state;
}

static unsigned long long run(const char* path, unsigned seed) {
  static char in[9000], out[9000];
  state = 88172645463325252ull + seed;
  FILE* f = fopen(path, "w+");
  unsigned long long h = 0;
  int mode = 0; /* 1 reading, 2 writing */
  for (int step = 0; step < 2000; ++step) {
    int op = (int)(next() % 9);
    size_t n = next() % (next() % 4 == 0 ? 9000 : 40);
    int writing = op == 0 || op == 6, reading = op == 1 || op == 4 || op == 5;
    if ((writing && mode == 1) || (reading && mode == 2)) fseek(f, 0, SEEK_CUR);
    if (writing)
      mode = 2;
    else if (reading)
      mode = 1;
    else if (op == 2 || op == 8)
      mode = 0;
    long r = 0;
    switch (op) {
      case 0:
        for (size_t i = 0; i < n; ++i) in[i] = (char)('a' + next() % 26);
        r = (long)fwrite(in, 1, n, f);
        break;
      case 1:
        r = (long)fread(out, 1, n, f);
        for (long i = 0; i < r; ++i) h = h * 31 + (unsigned char)out[i];
        break;
      case 2:
        r = fseek(f, (long)(next() % 30000), SEEK_SET);
        break;
      case 3:
        r = ftell(f);
        break;
      case 4:
        r = fgetc(f);
        break;
      case 5:
        r = ungetc('A' + (int)(next() % 3), f);
        break;
      case 6:
        r = fputc('0' + (int)(next() % 10), f);
        break;
      case 7:
        r = mode == 1 ? 0 : fflush(f);
        break;
      case 8:
        r = fseek(f, (long)(next() % 200) - 100, SEEK_CUR);
        break;
    }
    if (!reading && next() % 2) clearerr(f);
    h = h * 1000003 + (unsigned long long)r * 7 + (unsigned)feof(f) * 3 + (unsigned)ferror(f) +
        (unsigned long long)ftell(f) * 11;
  }
  fclose(f);
  f = fopen(path, "r");
  int c;
  while ((c = getc(f)) != EOF) h = h * 31 + (unsigned)c;
  fclose(f);
  return h;
}

int main(void) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/sysgate-stdio-random-%d", (int)getpid());
  for (unsigned seed = 1; seed <= 4; ++seed) printf("seed %u %llu\n", seed, run(path, seed));
  remove(path);
  return 0;
}

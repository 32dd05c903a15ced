/* FILE streams against glibc: buffering (when output reaches the descriptor, seen by
 * interleaving write(2) with printf on a pipe or file stdout), EOF and error states,
 * ungetc, seeking, getline, memory streams, freopen, tmpfile, tmpnam, perror, and the mistakes
 * a user makes (a bad mode, writing a read-only stream, a closed descriptor). The glibc
 * build of this file must print the same. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

static char path[64], path2[64];

static void buffering(void) {
  /* A pipe or a file: fully buffered, so write(2) overtakes printf until a flush. */
  printf("A1 ");
  write(1, "W1 ", 3);
  printf("A2 %s\n", "end");
  write(1, "W2\n", 3);
  fflush(stdout);
  putchar('p');
  puts("uts");
  fputs("fputs\n", stdout);
  write(1, "W3\n", 3);
  fflush(stdout);
  /* 5000 bytes: the first 4096 fill the buffer and are written, the rest wait. */
  static char big[5001];
  for (int i = 0; i < 5000; ++i) big[i] = (char)('0' + i % 10);
  printf("%s", big);
  write(1, "|M|", 3);
  fflush(stdout);
  printf("\n");
  fflush(stdout);
  /* Line buffered: each newline flushes. Unbuffered: each call writes. */
  setvbuf(stdout, NULL, _IOLBF, 0);
  printf("L1 ");
  write(1, "W4 ", 3);
  printf("L2\nL3 ");
  write(1, "W5\n", 3);
  setvbuf(stdout, NULL, _IONBF, 0);
  printf("N1 ");
  write(1, "W6\n", 3);
  /* Unbuffered, a printf above the 1 KiB stack buffer still writes it all, in order. */
  printf("%s%d", big + 2000, 7);
  write(1, "|U|\n", 4);
  /* A buffer of the caller's own, of its size. */
  static char mine[100];
  setvbuf(stdout, mine, _IOFBF, sizeof mine);
  for (int i = 0; i < 130; ++i) putchar('a' + i % 26);
  write(1, "|B|", 3);
  putchar('\n');
  fflush(stdout);
  /* stderr is unbuffered: each call reaches the descriptor at once. */
  fprintf(stderr, "E1 %d\n", 1);
  write(2, "E2\n", 3);
}

static void errors(void) {
  errno = 0;
  CHECK(fopen(path, "q") == NULL && errno == EINVAL, "fopen with a bad mode is EINVAL");
  errno = 0;
  CHECK(fopen("/nonexistent/dir/file", "r") == NULL && errno == ENOENT, "fopen ENOENT");
  FILE* f = fopen(path, "w");
  CHECK(f != NULL, "fopen w");
  CHECK_EQ(fprintf(f, "line one\nline two\n%s|%5.1f\n", (char*)NULL, 2.25), 31,
           "fprintf returns the count; NULL %s is (null)");
  CHECK_EQ(fclose(f), 0, "fclose");
  errno = 0;
  CHECK(fopen(path, "wx") == NULL && errno == EEXIST, "'x' is O_EXCL: EEXIST");

  f = fopen(path, "r");
  CHECK_EQ(fputc('x', f), EOF, "fputc on a read-only stream is EOF");
  CHECK(ferror(f) && errno == EBADF, "... with ferror and EBADF");
  clearerr(f);
  errno = 0;
  CHECK_EQ(fprintf(f, "x"), -1, "fprintf on a read-only stream is -1");
  CHECK(ferror(f) && errno == EBADF, "... with ferror and EBADF");
  clearerr(f);
  CHECK_EQ(fwrite("ab", 1, 2, f), 0, "fwrite on a read-only stream is 0");
  CHECK_EQ(fputs("", f), 1, "fputs of nothing succeeds even there (glibc)");
  CHECK_EQ(fclose(f), 0, "fclose after the errors");

  f = fopen(path, "a");
  CHECK_EQ(ftell(f), 31, "'a' starts at the end");
  CHECK_EQ(fgetc(f), EOF, "fgetc on a write-only stream is EOF");
  CHECK(ferror(f) && errno == EBADF, "... with ferror and EBADF");
  fclose(f);

  /* The descriptor closed under the stream: the flush fails with EBADF. */
  f = fopen(path2, "w");
  CHECK_EQ(fprintf(f, "lost"), 4, "buffered output is accepted");
  close(fileno(f));
  errno = 0;
  CHECK_EQ(fflush(f), EOF, "fflush to a closed descriptor is EOF");
  CHECK(errno == EBADF && ferror(f), "... with EBADF and ferror");
  CHECK_EQ(fclose(f), EOF, "fclose of it is EOF too");

  /* Unbuffered: the call's own buffer fails at its end, and the call returns -1. */
  f = fopen(path2, "w");
  setvbuf(f, NULL, _IONBF, 0);
  CHECK_EQ(fprintf(f, "%d", 12), 2, "unbuffered fprintf");
  close(fileno(f));
  errno = 0;
  CHECK_EQ(fprintf(f, "%s", "lost"), -1, "unbuffered fprintf to a closed descriptor is -1");
  CHECK(errno == EBADF && ferror(f), "... with EBADF and ferror");
  CHECK_EQ(fputc('x', f), EOF, "the stream is still unbuffered: fputc fails at once");
  fclose(f);
}

static void reading(void) {
  FILE* f = fopen(path, "r");
  char line[64];
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "line one\n") == 0, "fgets a line");
  CHECK(fgets(line, 5, f) && strcmp(line, "line") == 0, "fgets stops at n-1");
  CHECK_EQ(ftell(f), 13, "ftell counts what the stream gave");
  CHECK_EQ(ungetc('X', f), 'X', "ungetc");
  CHECK_EQ(ftell(f), 12, "ftell after ungetc");
  CHECK_EQ(getc(f), 'X', "getc reads the pushed byte");
  CHECK_EQ(getc(f), ' ', "then the file again");
  CHECK_EQ(ungetc(EOF, f), EOF, "ungetc(EOF) pushes nothing");
  CHECK_EQ(ungetc('1', f), '1', "ungetc twice...");
  CHECK_EQ(ungetc('2', f), '2', "... in a row");
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "21two\n") == 0, "both, newest first");
  char* text = NULL;
  size_t size = 0;
  CHECK_EQ(getline(&text, &size, f), 13, "getline");
  CHECK(strcmp(text, "(null)|  2.2\n") == 0, "getline keeps the newline");
  CHECK_EQ(getline(&text, &size, f), -1, "getline at the end is -1");
  CHECK(feof(f) && !ferror(f), "feof, not ferror");
  CHECK_EQ(fgetc(f), EOF, "EOF is sticky");
  CHECK_EQ(ungetc('z', f), 'z', "ungetc at the end...");
  CHECK(!feof(f), "... clears feof");
  CHECK_EQ(fgetc(f), 'z', "and is read back");
  errno = 0;
  CHECK_EQ(getline(NULL, &size, f), -1, "getline(NULL) is -1...");
  CHECK_EQ(errno, EINVAL, "... with EINVAL");
  rewind(f);
  CHECK(!feof(f) && ftell(f) == 0, "rewind clears feof");
  CHECK_EQ(getdelim(&text, &size, ' ', f), 5, "getdelim");
  CHECK(strcmp(text, "line ") == 0, "getdelim keeps its delimiter");
  free(text);
  CHECK_EQ(fseek(f, -7, SEEK_END), 0, "fseek from the end");
  CHECK_EQ(fgetc(f), '|', "reads there");
  CHECK_EQ(fseek(f, 2, SEEK_CUR), 0, "fseek SEEK_CUR");
  CHECK_EQ(fgetc(f), '2', "reads there");
  errno = 0;
  CHECK(fseek(f, -100, SEEK_SET) == -1 && errno == EINVAL, "fseek before 0 is EINVAL");
  CHECK(fseek(f, 0, 7) == -1 && errno == EINVAL, "a bad whence is EINVAL");
  fpos_t where;
  CHECK_EQ(fseeko(f, 5, SEEK_SET), 0, "fseeko");
  CHECK_EQ(fgetpos(f, &where), 0, "fgetpos");
  CHECK_EQ(fgetc(f), 'o', "fgetc");
  CHECK_EQ(fsetpos(f, &where), 0, "fsetpos");
  CHECK_EQ(ftello(f), 5, "ftello after fsetpos");
  char block[32] = {0};
  CHECK_EQ(fread(block, 3, 2, f), 2, "fread counts items");
  CHECK(memcmp(block, "one\nli", 6) == 0, "fread reads");
  CHECK_EQ(fread(block, 8, 3, f), 2, "fread at the end: whole items only");
  CHECK(feof(f), "feof after a short fread");
  CHECK_EQ(fclose(f), 0, "fclose a read stream");
}

static void update(void) {
  FILE* f = fopen(path, "w+");
  CHECK_EQ(fwrite("hello world", 1, 11, f), 11, "fwrite");
  CHECK_EQ(ftell(f), 11, "ftell with pending output");
  CHECK_EQ(fseek(f, 6, SEEK_SET), 0, "fseek flushes");
  CHECK_EQ(fgetc(f), 'w', "and reads back");
  CHECK_EQ(fseek(f, 0, SEEK_CUR), 0, "fseek between reading and writing");
  CHECK_EQ(fputs("O", f), 1, "overwrite one byte");
  rewind(f);
  char line[32];
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "hello wOrld") == 0, "the update is read");
  CHECK(fgets(line, sizeof line, f) == NULL && feof(f), "fgets at the end is NULL");
  fclose(f);

  f = fopen(path, "a+");
  CHECK_EQ(fputs("!", f), 1, "a+ appends");
  rewind(f);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "hello wOrld!") == 0, "a+ reads from 0");
  fclose(f);

  FILE* t = tmpfile();
  CHECK(t != NULL, "tmpfile");
  fprintf(t, "%d-%s", 42, "tmp");
  rewind(t);
  int n = 0;
  char word[8];
  CHECK_EQ(fscanf(t, "%d-%7s", &n, word), 2, "fscanf reads the tmpfile back");
  CHECK(n == 42 && strcmp(word, "tmp") == 0, "fscanf's values");
  CHECK_EQ(fscanf(t, "%d", &n), EOF, "fscanf at the end is EOF");
  fclose(t);

  /* tmpnam: glibc's "/tmp/file" and six letters or digits (random), not an existing file. */
  char name[L_tmpnam];
  CHECK(tmpnam(name) == name && strlen(name) == 15 && strncmp(name, P_tmpdir "/file", 9) == 0,
        "tmpnam's name");
  int alnum = 1;
  for (const char* p = name + 9; *p; ++p)
    alnum &= (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9');
  errno = 0;
  CHECK(alnum && access(name, F_OK) == -1 && errno == ENOENT, "tmpnam's name is free");
  char* own = tmpnam(NULL);
  CHECK(own && own != name && strncmp(own, P_tmpdir "/file", 9) == 0 && tmpnam(NULL) == own,
        "tmpnam(NULL): one static buffer");
}

static void memory(void) {
  char buffer[16] = "abcdef";
  FILE* m = fmemopen(buffer, 6, "r");
  char got[8] = {0};
  CHECK_EQ(fread(got, 1, 8, m), 6, "fmemopen r reads size bytes");
  CHECK(feof(m), "then feof");
  fclose(m);
  memset(buffer, 'Z', sizeof buffer);
  m = fmemopen(buffer, sizeof buffer, "w");
  CHECK_EQ(fprintf(m, "x=%d", 12), 4, "fprintf to fmemopen");
  fflush(m);
  CHECK(strcmp(buffer, "x=12") == 0, "flushed with a NUL");
  CHECK_EQ(ftell(m), 4, "ftell on fmemopen");
  fclose(m);
  errno = 0;
  CHECK(fmemopen(buffer, 4, "z") == NULL && errno == EINVAL, "fmemopen bad mode is EINVAL");

  char* text = NULL;
  size_t size = 0;
  FILE* s = open_memstream(&text, &size);
  fprintf(s, "%s %d", "memstream", 7);
  fflush(s);
  CHECK(size == 11 && strcmp(text, "memstream 7") == 0, "open_memstream after fflush");
  for (int i = 0; i < 1000; ++i) fputs("0123456789", s);
  fclose(s);
  CHECK(size == 10011 && text[10011] == 0 && text[10010] == '9', "grows; NUL after it");
  free(text);
}

static void standard_input(void) {
  FILE* f = fopen(path, "w");
  fputs("first line\nsecond 17 0x1f\nthird\n", f);
  fclose(f);
  CHECK(freopen(path, "r", stdin) == stdin, "freopen stdin");
  CHECK_EQ(fileno(stdin), 0, "freopen keeps the descriptor number");
  char line[32];
  CHECK(fgets(line, sizeof line, stdin) && strcmp(line, "first line\n") == 0, "fgets stdin");
  char word[16];
  int a = 0, b = 0;
  CHECK_EQ(scanf("%15s %d %i", word, &a, &b), 3, "scanf");
  CHECK(strcmp(word, "second") == 0 && a == 17 && b == 31, "scanf's values");
  CHECK_EQ(getchar(), '\n', "scanf left the newline");
  CHECK_EQ(getchar(), 't', "getchar");
  /* cat the rest through stdout */
  int c;
  while ((c = getchar()) != EOF) putchar(c);
  fflush(stdout);
  CHECK(feof(stdin), "feof(stdin)");
  CHECK(freopen(NULL, "r", stdin) == stdin, "freopen(NULL) reopens the same file");
  CHECK_EQ(getchar(), 'f', "from its start");

  errno = 0;
  CHECK_EQ(remove(path), 0, "remove");
  CHECK(remove(path) == -1 && errno == ENOENT, "remove again is ENOENT");
  f = fopen(path2, "w");
  fclose(f);
  CHECK_EQ(rename(path2, path), 0, "rename");
  CHECK(fopen(path2, "r") == NULL && errno == ENOENT, "the old name is gone");
  remove(path);
}

int main(void) {
  snprintf(path, sizeof path, "/tmp/sysgate-stdio-%d", (int)getpid());
  snprintf(path2, sizeof path2, "/tmp/sysgate-stdio-%d-2", (int)getpid());
  buffering();
  errors();
  reading();
  update();
  memory();
  standard_input();
  errno = ENOENT;
  perror("perror");
  errno = EACCES;
  perror(NULL);
  perror("");
  CHECK_EQ(errno, EACCES, "perror keeps errno");
  printf("pending at exit\n");
  return check_summary();
}

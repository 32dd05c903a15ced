// /etc/passwd and /etc/group: lines of ':'-separated fields, read with stdio. A line
// that is empty, a comment ('#') or malformed (no id field, a non-numeric id) is
// skipped. An entry is built inside the caller's buffer: the line's copy, then (for a
// group) the member pointers, aligned; ERANGE when they do not fit.
#pragma once
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>

namespace sysgate::c::users {

inline constexpr char passwd_path[] = "/etc/passwd";
inline constexpr char group_path[] = "/etc/group";

inline bool same(const char* a, const char* b) noexcept {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}

// Splits `line` in place at ':' into `count` fields as glibc's files backend does: the
// last takes the rest of the line, colons included; missing ones are empty. False when
// fewer than `needed` are there.
inline bool split(char* line, char** fields, int count, int needed) noexcept {
  int n = 0;
  fields[n++] = line;
  char* p = line;
  for (; *p; ++p) {
    if (*p != ':' || n == count) continue;
    *p = '\0';
    fields[n++] = p + 1;
  }
  if (n < needed) return false;
  while (n < count) fields[n++] = p;  // the final NUL: an empty string
  return true;
}

// A decimal id: at least one digit, nothing else, at most 2^32 - 1.
inline bool id(const char* text, unsigned* value) noexcept {
  unsigned long long v = 0;
  if (!*text) return false;
  for (; *text; ++text) {
    if (*text < '0' || *text > '9') return false;
    v = v * 10 + static_cast<unsigned>(*text - '0');
    if (v > 0xffffffffu) return false;
  }
  *value = static_cast<unsigned>(v);
  return true;
}

// 0: built; ERANGE: too small; -1: not an entry (skip the line).
inline int build(const char* line, size_t length, passwd* out, char* buf, size_t size) noexcept {
  if (length == 0 || line[0] == '#') return -1;
  if (length + 1 > size) return ERANGE;
  for (size_t i = 0; i <= length; ++i) buf[i] = line[i];
  char* f[7];
  if (!split(buf, f, 7, 4) || !id(f[2], &out->pw_uid) || !id(f[3], &out->pw_gid)) return -1;
  out->pw_name = f[0];
  out->pw_passwd = f[1];
  out->pw_gecos = f[4];
  out->pw_dir = f[5];
  out->pw_shell = f[6];
  return 0;
}

inline int build(const char* line, size_t length, group* out, char* buf, size_t size) noexcept {
  if (length == 0 || line[0] == '#') return -1;
  size_t members = 1;
  for (size_t i = 0; i < length; ++i) members += line[i] == ',';
  size_t text = length + 1;
  size_t start = (text + sizeof(char*) - 1) & ~(sizeof(char*) - 1);
  if (size < sizeof(char*) || start > size - sizeof(char*) ||
      (size - start) / sizeof(char*) < members + 1)
    return ERANGE;
  for (size_t i = 0; i <= length; ++i) buf[i] = line[i];
  char* f[4];
  if (!split(buf, f, 4, 3) || !id(f[2], &out->gr_gid)) return -1;
  auto** list = reinterpret_cast<char**>(buf + start);
  size_t n = 0;
  for (char* p = f[3]; *p;) {
    list[n++] = p;
    while (*p && *p != ',') ++p;
    if (*p) *p++ = '\0';
  }
  list[n] = nullptr;
  out->gr_name = f[0];
  out->gr_passwd = f[1];
  out->gr_mem = list;
  return 0;
}

// The next entry of an open file: 0 (built), ERANGE (the stream stays on that line for
// a retry with a bigger buffer), ENOENT at the end.
template <class Entry>
int next(FILE* file, Entry* out, char* buf, size_t size) noexcept {
  char* line = nullptr;
  size_t capacity = 0;
  int status = ENOENT;
  for (;;) {
    long position = ftell(file);
    ssize_t length = getline(&line, &capacity, file);
    if (length < 0) break;
    if (length > 0 && line[length - 1] == '\n') line[--length] = '\0';
    status = build(line, static_cast<size_t>(length), out, buf, size);
    if (status == ERANGE) fseek(file, position, SEEK_SET);
    if (status >= 0) break;
    status = ENOENT;
  }
  free(line);
  return status;
}

// The first entry `match` accepts: 0 with *result set or NULL, or ERANGE (*result NULL).
template <class Entry, class Match>
int find(const char* path, Entry* out, char* buf, size_t size, Entry** result,
         Match match) noexcept {
  *result = nullptr;
  FILE* file = fopen(path, "re");
  if (!file) return errno == ENOENT ? 0 : errno;
  int status;
  while ((status = next(file, out, buf, size)) == 0)
    if (match(*out)) break;
  fclose(file);
  if (status == 0) *result = out;
  return status == ENOENT ? 0 : status;
}

// The non-reentrant calls' storage: one entry and a buffer that grows on ERANGE.
template <class Entry>
struct Static {
  Entry entry;
  char* buf;
  size_t size;

  // Calls lookup(entry, buf, size, &result) until the buffer is big enough.
  template <class Lookup>
  Entry* get(Lookup lookup) noexcept {
    for (;;) {
      if (!buf) {
        size = 256;
        buf = static_cast<char*>(malloc(size));
        if (!buf) return nullptr;
      }
      Entry* result = nullptr;
      int status = lookup(&entry, buf, size, &result);
      if (status != ERANGE) {
        if (status) errno = status;
        return result;
      }
      char* bigger = static_cast<char*>(realloc(buf, size * 2));
      if (!bigger) return nullptr;
      buf = bigger;
      size *= 2;
    }
  }
};

}  // namespace sysgate::c::users

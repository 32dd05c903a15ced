/* sgbox's system applets: ps (from /proc), mount, umount, dmesg. Their references are
 * procps and util-linux rather than coreutils: ps prints what `ps -e` does, mount with no
 * arguments lists /proc/mounts as util-linux does, dmesg the kernel log without the
 * <priority> prefixes. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sgbox.h"

/* ---- ps [-e|-A|ax...]: PID TTY TIME CMD of every process ---- */

static int by_number(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  return (x > y) - (x < y);
}

static void tty_name(unsigned long tty, char* out, size_t size) {
  unsigned major = (unsigned)((tty >> 8) & 0xfff),
           minor = (unsigned)((tty & 0xff) | ((tty >> 12) & 0xfff00));
  if (tty == 0)
    snprintf(out, size, "?");
  else if (major >= 136 && major <= 143)
    snprintf(out, size, "pts/%u", (major - 136) * 256 + minor);
  else if (major == 4 && minor >= 64)
    snprintf(out, size, "ttyS%u", minor - 64);
  else if (major == 4)
    snprintf(out, size, "tty%u", minor);
  else if (major == 5 && minor == 1)
    snprintf(out, size, "console");
  else
    snprintf(out, size, "%u,%u", major, minor);
}

int ps_main(int argc, char** argv) {
  (void)argc, (void)argv; /* every process, whatever the options */
  DIR* proc = opendir("/proc");
  if (!proc) {
    complain_errno("cannot open /proc");
    return 1;
  }
  int count = 0, capacity = 256;
  int* pids = malloc(sizeof *pids * (size_t)capacity);
  struct dirent* e;
  while ((e = readdir(proc))) {
    if (!isdigit((unsigned char)e->d_name[0])) continue;
    if (count == capacity) pids = realloc(pids, sizeof *pids * (size_t)(capacity *= 2));
    pids[count++] = atoi(e->d_name);
  }
  closedir(proc);
  qsort(pids, (size_t)count, sizeof *pids, by_number);
  long ticks = 100; /* USER_HZ: what /proc/PID/stat counts in on x86 */
  puts("    PID TTY          TIME CMD");
  for (int i = 0; i < count; ++i) {
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", pids[i]);
    int fd = open(path, O_RDONLY);
    if (fd < 0) continue; /* gone meanwhile */
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) continue;
    buf[n] = 0;
    /* pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
     * cmajflt utime stime ...; comm may hold spaces and parentheses: the last ")". */
    char* open_paren = strchr(buf, '(');
    char* close_paren = strrchr(buf, ')');
    if (!open_paren || !close_paren) continue;
    *close_paren = 0;
    const char* comm = open_paren + 1;
    unsigned long field[16] = {0};
    char* p = close_paren + 2;
    for (int f = 0; f < 13 && *p; ++f) { /* fields 3 (state) to 15 (stime) */
      if (f > 0) field[f] = strtoul(p, 0, 10);
      while (*p && *p != ' ') ++p;
      while (*p == ' ') ++p;
    }
    char tty[32];
    tty_name(field[4], tty, sizeof tty);                                    /* field 7 */
    unsigned long seconds = (field[11] + field[12]) / (unsigned long)ticks; /* 14, 15 */
    printf("%7d %-8s %02lu:%02lu:%02lu %s\n", pids[i], tty, seconds / 3600, seconds / 60 % 60,
           seconds % 60, comm);
  }
  free(pids);
  return 0;
}

/* ---- mount [-t TYPE] [-o OPTIONS] SOURCE TARGET; mount (lists) ---- */

static const struct {
  const char* name;
  unsigned long set, clear;
} mount_flags[] = {
    {"ro", MS_RDONLY, 0},           {"rw", 0, MS_RDONLY},
    {"nosuid", MS_NOSUID, 0},       {"suid", 0, MS_NOSUID},
    {"nodev", MS_NODEV, 0},         {"dev", 0, MS_NODEV},
    {"noexec", MS_NOEXEC, 0},       {"exec", 0, MS_NOEXEC},
    {"sync", MS_SYNCHRONOUS, 0},    {"async", 0, MS_SYNCHRONOUS},
    {"remount", MS_REMOUNT, 0},     {"bind", MS_BIND, 0},
    {"rbind", MS_BIND | MS_REC, 0}, {"noatime", MS_NOATIME, 0},
    {"relatime", MS_RELATIME, 0},   {"defaults", 0, 0},
};

static int list_mounts(void) {
  FILE* f = fopen("/proc/mounts", "r");
  if (!f) {
    complain_errno("cannot open /proc/mounts");
    return 1;
  }
  char line[1024];
  while (fgets(line, sizeof line, f)) {
    char *source = strtok(line, " \n"), *target = strtok(0, " \n"), *type = strtok(0, " \n"),
         *options = strtok(0, " \n");
    if (source && target && type && options)
      printf("%s on %s type %s (%s)\n", source, target, type, options);
  }
  fclose(f);
  return 0;
}

int mount_main(int argc, char** argv) {
  int n = parse(argc, argv, "t:o:a", 1);
  if (n == 0) return list_mounts();
  if (n != 2) {
    complain(n == 1 ? "can't find %s in /etc/fstab" : "bad usage", argv[0]);
    return 1;
  }
  unsigned long flags = 0;
  char data[512] = "";
  if (optarg_of['o']) {
    char options[512];
    snprintf(options, sizeof options, "%s", optarg_of['o']);
    for (char* word = strtok(options, ","); word; word = strtok(0, ",")) {
      size_t i = 0, known = sizeof mount_flags / sizeof *mount_flags;
      while (i < known && strcmp(word, mount_flags[i].name) != 0) ++i;
      if (i < known) {
        flags = (flags | mount_flags[i].set) & ~mount_flags[i].clear;
      } else {
        size_t at = strlen(data);
        snprintf(data + at, sizeof data - at, "%s%s", at ? "," : "", word);
      }
    }
  }
  const char* type = optarg_of['t']                     ? optarg_of['t']
                     : (flags & (MS_BIND | MS_REMOUNT)) ? 0
                                                        : "auto";
  if (type && strcmp(type, "auto") == 0) {
    complain("%s: you must specify the filesystem type", argv[1]);
    return 32;
  }
  if (mount(argv[0], argv[1], type, flags, *data ? data : 0) != 0) {
    complain_errno("mounting %s on %s failed", argv[0], argv[1]);
    return 32;
  }
  return 0;
}

/* ---- umount [-l] [-f] TARGET... ---- */

int umount_main(int argc, char** argv) {
  int n = parse(argc, argv, "lf", 1), status = 0;
  if (n == 0) {
    complain("bad usage");
    usage_exit(1);
  }
  int flags = (opt['l'] ? MNT_DETACH : 0) | (opt['f'] ? MNT_FORCE : 0);
  for (int i = 0; i < n; ++i)
    if (umount2(argv[i], flags) != 0) {
      complain_errno("%s", argv[i]);
      status = 32;
    }
  return status;
}

/* ---- dmesg: the kernel's ring buffer (syslog(2) READ_ALL) ---- */

int dmesg_main(int argc, char** argv) {
  parse(argc, argv, "", 1);
  enum { read_all = 3, buffer_size = 10 };
  long size = syscall(SYS_syslog, buffer_size, 0, 0);
  if (size <= 0) size = 1 << 17;
  char* buf = malloc((size_t)size);
  long n = buf ? syscall(SYS_syslog, read_all, buf, size) : -1;
  if (n < 0) {
    complain_errno("read kernel buffer failed");
    return 1;
  }
  for (long at = 0; at < n;) {
    const char* nl = memchr(buf + at, '\n', (size_t)(n - at));
    long end = nl ? nl - buf + 1 : n;
    long start = at;
    if (buf[start] == '<') { /* <priority> */
      long p = start + 1;
      while (p < end && isdigit((unsigned char)buf[p])) ++p;
      if (p < end && buf[p] == '>') start = p + 1;
    }
    fwrite(buf + start, 1, (size_t)(end - start), stdout);
    at = end;
  }
  free(buf);
  return 0;
}

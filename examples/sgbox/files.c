/* sgbox's file applets: cat ls mkdir rm cp mv ln stat. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sgbox.h"

/* ---- cat [FILE]... ("-" is stdin) ---- */

static int copy_fd(int in, int out) {
  static char buf[65536];
  ssize_t got;
  while ((got = read(in, buf, sizeof buf)) != 0) {
    if (got < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (write_all(out, buf, (size_t)got) != 0) return -2;
  }
  return 0;
}

int cat_main(int argc, char** argv) {
  int n = parse(argc, argv, "u", 1), status = 0;
  static char* dash[] = {(char*)"-", 0};
  if (n == 0) argv = dash, n = 1;
  for (int i = 0; i < n; ++i) {
    int fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);
    if (fd < 0) {
      complain_errno("%s", argv[i]);
      status = 1;
      continue;
    }
    int r = copy_fd(fd, 1);
    if (r == -2) {
      complain_errno("write error");
      return 1;
    }
    if (r < 0) {
      complain_errno("%s", argv[i]);
      status = 1;
    }
    if (fd) close(fd);
  }
  return status;
}

/* ---- mkdir [-p] [-m MODE] DIR... ---- */

static int make_parents(char* path, mode_t mode) {
  for (char* slash = path + 1; (slash = strchr(slash, '/')); ++slash) {
    *slash = 0;
    int r = mkdir(path, 0777);
    int saved = errno;
    struct stat st;
    int is_dir = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
    *slash = '/';
    if (r != 0 && !is_dir) {
      errno = saved;
      return -1;
    }
  }
  (void)mode;
  return 0;
}

int mkdir_main(int argc, char** argv) {
  int n = parse(argc, argv, "pm:v", 1), status = 0;
  mode_t mode = 0777;
  if (optarg_of['m']) {
    char* end;
    mode = (mode_t)strtoul(optarg_of['m'], &end, 8);
    if (*end || !*optarg_of['m']) {
      complain("invalid mode %s", quoted(optarg_of['m']));
      return 1;
    }
  }
  if (n == 0) {
    complain("missing operand");
    usage_exit(1);
  }
  for (int i = 0; i < n; ++i) {
    if (opt['p'] && make_parents(argv[i], mode) != 0) {
      complain_errno("cannot create directory %s", quoted(argv[i]));
      status = 1;
      continue;
    }
    if (mkdir(argv[i], mode) != 0) {
      struct stat st;
      if (opt['p'] && errno == EEXIST && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) continue;
      complain_errno("cannot create directory %s", quoted(argv[i]));
      status = 1;
      continue;
    }
    if (optarg_of['m']) chmod(argv[i], mode);
  }
  return status;
}

/* ---- rm [-f] [-r|-R] FILE... ---- */

static int remove_tree(const char* path) {
  struct stat st;
  if (lstat(path, &st) != 0) {
    if (opt['f'] && errno == ENOENT) return 0;
    complain_errno("cannot remove %s", quoted(path));
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (unlink(path) == 0) return 0;
    complain_errno("cannot remove %s", quoted(path));
    return 1;
  }
  if (!opt['r'] && !opt['R']) {
    errno = EISDIR;
    complain_errno("cannot remove %s", quoted(path));
    return 1;
  }
  DIR* dir = opendir(path);
  if (!dir) {
    complain_errno("cannot remove %s", quoted(path));
    return 1;
  }
  int status = 0;
  struct dirent* e;
  while ((e = readdir(dir))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char* child = join_path(path, e->d_name);
    status |= remove_tree(child);
    free(child);
  }
  closedir(dir);
  if (status == 0 && rmdir(path) != 0) {
    complain_errno("cannot remove %s", quoted(path));
    status = 1;
  }
  return status;
}

int rm_main(int argc, char** argv) {
  int n = parse(argc, argv, "frRdv", 1), status = 0;
  if (n == 0 && !opt['f']) {
    complain("missing operand");
    usage_exit(1);
  }
  for (int i = 0; i < n; ++i) {
    const char* b = base_name(argv[i]);
    if (strcmp(b, ".") == 0 || strcmp(b, "..") == 0) {
      complain("refusing to remove '.' or '..' directory: skipping %s", quoted(argv[i]));
      status = 1;
      continue;
    }
    status |= remove_tree(argv[i]);
  }
  return status;
}

/* ---- cp [-r] SOURCE DEST | cp [-r] SOURCE... DIRECTORY ---- */

static int is_directory(const char* path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int copy_one(const char* from, const char* to) {
  struct stat st, dst;
  if (stat(from, &st) != 0) {
    complain_errno("cannot stat %s", quoted(from));
    return 1;
  }
  if (stat(to, &dst) == 0 && dst.st_dev == st.st_dev && dst.st_ino == st.st_ino) {
    complain("%s and %s are the same file", quoted(from), quoted(to));
    return 1;
  }
  if (S_ISDIR(st.st_mode)) {
    if (!opt['r'] && !opt['R']) {
      complain("-r not specified; omitting directory %s", quoted(from));
      return 1;
    }
    if (mkdir(to, st.st_mode & 07777) != 0 && !(errno == EEXIST && is_directory(to))) {
      complain_errno("cannot create directory %s", quoted(to));
      return 1;
    }
    DIR* dir = opendir(from);
    if (!dir) {
      complain_errno("cannot access %s", quoted(from));
      return 1;
    }
    int status = 0;
    struct dirent* e;
    while ((e = readdir(dir))) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      char* a = join_path(from, e->d_name);
      char* b = join_path(to, e->d_name);
      status |= copy_one(a, b);
      free(a);
      free(b);
    }
    closedir(dir);
    return status;
  }
  int in = open(from, O_RDONLY);
  if (in < 0) {
    complain_errno("cannot open %s for reading", quoted(from));
    return 1;
  }
  int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777);
  if (out < 0) {
    complain_errno("cannot create regular file %s", quoted(to));
    close(in);
    return 1;
  }
  int r = copy_fd(in, out);
  if (r == -1) complain_errno("error reading %s", quoted(from));
  if (r == -2) complain_errno("error writing %s", quoted(to));
  close(in);
  if (close(out) != 0 && r == 0) {
    complain_errno("failed to close %s", quoted(to));
    r = -2;
  }
  return r != 0;
}

/* The target of SOURCE in DIRECTORY, or DEST itself. */
static int two_or_into(int n, char** argv, const char* verb, int (*one)(const char*, const char*)) {
  if (n == 0) {
    complain("missing file operand");
    usage_exit(1);
  }
  if (n == 1) {
    complain("missing destination file operand after %s", quoted(argv[0]));
    usage_exit(1);
  }
  const char* last = argv[n - 1];
  if (!is_directory(last)) {
    if (n > 2) {
      complain("target %s is not a directory", quoted(last));
      return 1;
    }
    return one(argv[0], last);
  }
  (void)verb;
  int status = 0;
  for (int i = 0; i < n - 1; ++i) {
    char* to = join_path(last, base_name(argv[i]));
    status |= one(argv[i], to);
    free(to);
  }
  return status;
}

int cp_main(int argc, char** argv) {
  int n = parse(argc, argv, "rRfv", 1);
  return two_or_into(n, argv, "copy", copy_one);
}

/* ---- mv SOURCE DEST | mv SOURCE... DIRECTORY ---- */

static int move_one(const char* from, const char* to) {
  struct stat st;
  if (lstat(from, &st) != 0) {
    complain_errno("cannot stat %s", quoted(from));
    return 1;
  }
  if (rename(from, to) != 0) {
    complain_errno("cannot move %s to %s", quoted(from), quoted(to));
    return 1;
  }
  return 0;
}

int mv_main(int argc, char** argv) {
  int n = parse(argc, argv, "fv", 1);
  return two_or_into(n, argv, "move", move_one);
}

/* ---- ln [-s] [-f] TARGET [LINK] | ln [-s] [-f] TARGET... DIRECTORY ---- */

static int link_one(const char* target, const char* name) {
  if (!opt['s']) {
    struct stat st;
    if (lstat(target, &st) != 0) {
      complain_errno("failed to access %s", quoted(target));
      return 1;
    }
  }
  if (opt['f']) unlink(name);
  if ((opt['s'] ? symlink(target, name) : link(target, name)) != 0) {
    complain_errno("failed to create %s link %s", opt['s'] ? "symbolic" : "hard", quoted(name));
    return 1;
  }
  return 0;
}

int ln_main(int argc, char** argv) {
  int n = parse(argc, argv, "sfv", 1);
  if (n == 1) return link_one(argv[0], base_name(argv[0]));
  if (n == 0) {
    complain("missing file operand");
    usage_exit(1);
  }
  const char* last = argv[n - 1];
  if (n == 2 && !is_directory(last)) return link_one(argv[0], last);
  if (!is_directory(last)) {
    complain("target %s is not a directory", quoted(last));
    return 1;
  }
  int status = 0;
  for (int i = 0; i < n - 1; ++i) {
    char* to = join_path(last, base_name(argv[i]));
    status |= link_one(argv[i], to);
    free(to);
  }
  return status;
}

/* ---- modes and times, shared by ls and stat ---- */

static void mode_string(unsigned mode, char* out) {
  unsigned type = mode & S_IFMT;
  out[0] = type == S_IFDIR    ? 'd'
           : type == S_IFLNK  ? 'l'
           : type == S_IFCHR  ? 'c'
           : type == S_IFBLK  ? 'b'
           : type == S_IFIFO  ? 'p'
           : type == S_IFSOCK ? 's'
                              : '-';
  const char* rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; ++i) out[1 + i] = mode & (0400u >> i) ? rwx[i] : '-';
  if (mode & S_ISUID) out[3] = out[3] == 'x' ? 's' : 'S';
  if (mode & S_ISGID) out[6] = out[6] == 'x' ? 's' : 'S';
  if (mode & S_ISVTX) out[9] = out[9] == 'x' ? 't' : 'T';
  out[10] = 0;
}

/* ---- stat FILE... (the default format of coreutils 9.1, through statx) ---- */

/* struct statx, the kernel's layout (include/uapi/linux/stat.h); sysgate's headers
 * declare no statx() yet, so sgbox calls it raw. */
struct sg_statx_time {
  long long tv_sec;
  unsigned tv_nsec;
  int reserved;
};
struct sg_statx {
  unsigned stx_mask, stx_blksize;
  unsigned long long stx_attributes;
  unsigned stx_nlink, stx_uid, stx_gid;
  unsigned short stx_mode, spare0;
  unsigned long long stx_ino, stx_size, stx_blocks, stx_attributes_mask;
  struct sg_statx_time stx_atime, stx_btime, stx_ctime, stx_mtime;
  unsigned stx_rdev_major, stx_rdev_minor, stx_dev_major, stx_dev_minor;
  unsigned long long spare2[14];
};

static void print_stamp(const char* label, const struct sg_statx_time* t, int known) {
  if (!known) {
    printf("%s: -\n", label);
    return;
  }
  time_t seconds = (time_t)t->tv_sec;
  struct tm tm;
  char date[64], zone[16];
  localtime_r(&seconds, &tm);
  strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
  strftime(zone, sizeof zone, "%z", &tm);
  printf("%s: %s.%09u %s\n", label, date, t->tv_nsec, zone);
}

static const char* type_name(unsigned mode, unsigned long long size) {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return size ? "regular file" : "regular empty file";
    case S_IFDIR:
      return "directory";
    case S_IFLNK:
      return "symbolic link";
    case S_IFCHR:
      return "character special file";
    case S_IFBLK:
      return "block special file";
    case S_IFIFO:
      return "fifo";
    case S_IFSOCK:
      return "socket";
  }
  return "weird file";
}

int stat_main(int argc, char** argv) {
  int n = parse(argc, argv, "L", 1), status = 0;
  if (n == 0) {
    complain("missing operand");
    usage_exit(1);
  }
  for (int i = 0; i < n; ++i) {
    struct sg_statx x;
    memset(&x, 0, sizeof x);
    long r = syscall(SYS_statx, AT_FDCWD, argv[i], opt['L'] ? 0 : AT_SYMLINK_NOFOLLOW,
                     STATX_BASIC_STATS | STATX_BTIME, &x);
    if (r != 0) {
      complain_errno("cannot statx %s", quoted(argv[i]));
      status = 1;
      continue;
    }
    char mode[11];
    mode_string(x.stx_mode, mode);
    if (S_ISLNK(x.stx_mode)) {
      char target[4096];
      ssize_t len = readlink(argv[i], target, sizeof target - 1);
      target[len < 0 ? 0 : len] = 0;
      printf("  File: %s -> %s\n", argv[i], target);
    } else {
      printf("  File: %s\n", argv[i]);
    }
    printf("  Size: %-10llu\tBlocks: %-10llu IO Block: %-6u %s\n", x.stx_size, x.stx_blocks,
           x.stx_blksize, type_name(x.stx_mode, x.stx_size));
    printf("Device: %u,%u\tInode: %-10llu  Links: ", x.stx_dev_major, x.stx_dev_minor, x.stx_ino);
    if (S_ISCHR(x.stx_mode) || S_ISBLK(x.stx_mode))
      printf("%-5u Device type: %u,%u\n", x.stx_nlink, x.stx_rdev_major, x.stx_rdev_minor);
    else
      printf("%u\n", x.stx_nlink);
    const char* user = user_name(x.stx_uid);
    const char* group = group_name(x.stx_gid);
    char uid[16], gid[16];
    snprintf(uid, sizeof uid, "%u", x.stx_uid);
    snprintf(gid, sizeof gid, "%u", x.stx_gid);
    printf("Access: (%04o/%s)  Uid: (%5u/%8s)   Gid: (%5u/%8s)\n", x.stx_mode & 07777u, mode,
           x.stx_uid, user ? user : "UNKNOWN", x.stx_gid, group ? group : "UNKNOWN");
    print_stamp("Access", &x.stx_atime, 1);
    print_stamp("Modify", &x.stx_mtime, 1);
    print_stamp("Change", &x.stx_ctime, 1);
    print_stamp(" Birth", &x.stx_btime, (x.stx_mask & STATX_BTIME) != 0);
  }
  return status;
}

/* ---- ls [-a] [-A] [-l] [-1] [-d] [FILE]... ---- */

struct entry {
  char* name; /* as shown */
  char* path; /* to lstat/readlink */
  struct stat st;
};

static int by_name(const void* a, const void* b) {
  return strcmp(((const struct entry*)a)->name, ((const struct entry*)b)->name);
}

static int digits(unsigned long long v) {
  int n = 1;
  while (v >= 10) v /= 10, ++n;
  return n;
}

struct widths {
  int links, user, group, size;
};

/* GNU ls sizes the columns over every file it was given, directories included. */
static void widen(struct widths* w, const struct stat* st) {
  int n = digits((unsigned long long)st->st_nlink);
  if (n > w->links) w->links = n;
  const char* u = user_name(st->st_uid);
  n = u ? (int)strlen(u) : digits(st->st_uid);
  if (n > w->user) w->user = n;
  const char* g = group_name(st->st_gid);
  n = g ? (int)strlen(g) : digits(st->st_gid);
  if (n > w->group) w->group = n;
  n = digits((unsigned long long)st->st_size);
  if (n > w->size) w->size = n;
}

static void print_entries(struct entry* list, int count, int show_total, struct widths* w) {
  qsort(list, (size_t)count, sizeof *list, by_name);
  if (!opt['l']) {
    for (int i = 0; i < count; ++i) puts(list[i].name);
    return;
  }
  struct widths own = {1, 1, 1, 1};
  if (!w) w = &own;
  unsigned long long blocks = 0;
  for (int i = 0; i < count; ++i) {
    widen(w, &list[i].st);
    blocks += ((unsigned long long)list[i].st.st_blocks + 1) / 2;
  }
  int link_width = w->links, user_width = w->user, group_width = w->group, size_width = w->size;
  if (show_total) printf("total %llu\n", blocks);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  for (int i = 0; i < count; ++i) {
    const struct stat* st = &list[i].st;
    char mode[11];
    mode_string(st->st_mode, mode);
    printf("%s %*lu ", mode, link_width, (unsigned long)st->st_nlink);
    const char* u = user_name(st->st_uid);
    if (u)
      printf("%-*s ", user_width, u);
    else
      printf("%-*u ", user_width, (unsigned)st->st_uid);
    const char* g = group_name(st->st_gid);
    if (g)
      printf("%-*s ", group_width, g);
    else
      printf("%-*u ", group_width, (unsigned)st->st_gid);
    printf("%*llu ", size_width, (unsigned long long)st->st_size);
    /* Six months old or from the future: the year instead of the time of day. */
    long long t = st->st_mtim.tv_sec, half_year = 31556952 / 2;
    int recent = t <= now.tv_sec && t > now.tv_sec - half_year;
    if (t == now.tv_sec) recent = st->st_mtim.tv_nsec <= now.tv_nsec;
    time_t when = (time_t)t;
    struct tm tm;
    char date[64];
    localtime_r(&when, &tm);
    strftime(date, sizeof date, recent ? "%b %e %H:%M" : "%b %e  %Y", &tm);
    printf("%s ", date);
    fputs(list[i].name, stdout);
    if (S_ISLNK(st->st_mode)) {
      char target[4096];
      ssize_t len = readlink(list[i].path, target, sizeof target - 1);
      if (len >= 0) {
        target[len] = 0;
        printf(" -> %s", target);
      }
    }
    putchar('\n');
  }
}

/* Lists one directory; 1 on a minor problem. */
static int list_directory(const char* path) {
  DIR* dir = opendir(path);
  if (!dir) {
    complain_errno("cannot open directory %s", quoted(path));
    return 1;
  }
  int count = 0, capacity = 64, status = 0;
  struct entry* list = malloc(sizeof *list * (size_t)capacity);
  struct dirent* e;
  while ((e = readdir(dir))) {
    const char* name = e->d_name;
    if (name[0] == '.' && !opt['a'] &&
        (!opt['A'] || name[1] == 0 || (name[1] == '.' && name[2] == 0)))
      continue;
    if (count == capacity) list = realloc(list, sizeof *list * (size_t)(capacity *= 2));
    struct entry* en = &list[count];
    en->name = strdup(name);
    en->path = join_path(path, name);
    if (opt['l'] && lstat(en->path, &en->st) != 0) {
      complain_errno("cannot access %s", quoted(en->path));
      status = 1;
      continue;
    }
    ++count;
  }
  closedir(dir);
  print_entries(list, count, 1, 0);
  for (int i = 0; i < count; ++i) free(list[i].name), free(list[i].path);
  free(list);
  return status;
}

int ls_main(int argc, char** argv) {
  int n = parse(argc, argv, "aAl1d", 2), status = 0;
  static char* dot[] = {(char*)".", 0};
  int operands_given = n;
  if (n == 0) argv = dot, n = 1;
  struct entry* files = malloc(sizeof *files * (size_t)n);
  struct entry* dirs = malloc(sizeof *dirs * (size_t)n);
  int file_count = 0, dir_count = 0;
  for (int i = 0; i < n; ++i) {
    struct stat st;
    /* Without -l (or -d), a symbolic link to a directory on the command line is
     * listed as the directory. */
    int r = opt['l'] || opt['d'] ? lstat(argv[i], &st) : stat(argv[i], &st);
    if (r != 0 && !opt['l'] && !opt['d']) r = lstat(argv[i], &st);
    if (r != 0) {
      complain_errno("cannot access %s", quoted(argv[i]));
      status = 2;
      continue;
    }
    struct entry* e = S_ISDIR(st.st_mode) && !opt['d'] ? &dirs[dir_count++] : &files[file_count++];
    e->name = e->path = argv[i];
    e->st = st;
  }
  struct widths widths = {1, 1, 1, 1};
  if (opt['l'])
    for (int i = 0; i < dir_count; ++i) widen(&widths, &dirs[i].st);
  if (file_count) print_entries(files, file_count, 0, &widths);
  qsort(dirs, (size_t)dir_count, sizeof *dirs, by_name);
  for (int i = 0; i < dir_count; ++i) {
    if (file_count || i) putchar('\n');
    if (operands_given > 1) printf("%s:\n", dirs[i].name);
    int r = list_directory(dirs[i].path);
    if (r && !status) status = r;
  }
  free(files);
  free(dirs);
  return status;
}

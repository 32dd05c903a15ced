/* sgbox: a multi-call binary of coreutils-like applets (issue 8). Each applet behaves
 * as GNU coreutils 9.1 does in the C locale on the cases it supports: the same bytes,
 * exit statuses and diagnostics. See main.c for the list and the shared helpers. */
#ifndef SGBOX_H
#define SGBOX_H
#include <stddef.h>
#include <unistd.h>

/* The applet's name, as diagnostics start with it. */
extern const char* applet;

/* Options: parse() sorts argv into options and operands as GNU getopt does (options
 * may follow operands; "--" ends them). `spec` lists the letters, a ':' after a
 * letter taking an argument. Afterwards opt[c] counts letter c and optarg_of[c] holds
 * its (last) argument; the operands are argv[0..n) and n is returned. An unknown
 * option prints coreutils' two lines and exits with `bad_status`. */
extern unsigned char opt[128];
extern char* optarg_of[128];
int parse(int argc, char** argv, const char* spec, int bad_status);

/* "applet: MESSAGE" and "applet: MESSAGE: strerror(errno)" on stderr. */
void complain(const char* format, ...) __attribute__((format(printf, 1, 2)));
void complain_errno(const char* format, ...) __attribute__((format(printf, 1, 2)));
/* "Try 'applet --help' for more information." and exit(status). */
__attribute__((noreturn)) void usage_exit(int status);
/* A file name as coreutils quotes it in the C locale: 'name'. Up to 4 at a time. */
const char* quoted(const char* name);

/* Reads all of fd into a growing malloc'd buffer; its length, or -1 (errno set). */
long slurp(int fd, char** out);
/* Writes all of buf to fd; 0, or -1 on error. */
int write_all(int fd, const char* buf, size_t n);
/* "dir/name" in a malloc'd buffer. */
char* join_path(const char* dir, const char* name);
/* The last path component (after trailing slashes are ignored). */
const char* base_name(const char* path);
/* The user or group name of an id from /etc/passwd or /etc/group, or NULL. */
const char* user_name(unsigned id);
const char* group_name(unsigned id);

typedef int applet_main(int argc, char** argv);
applet_main cat_main, echo_main, ls_main, mkdir_main, rm_main, cp_main, mv_main, ln_main, stat_main,
    uname_main, env_main, sleep_main, true_main, false_main, pwd_main, wc_main, head_main,
    tail_main, sort_main, uniq_main, kill_main, ps_main, mount_main, umount_main, dmesg_main;
#endif

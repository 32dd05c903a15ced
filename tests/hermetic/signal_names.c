/* sig2str and str2sig (POSIX 2024; glibc 2.36 has neither): every number's name and
 * back, the real-time names split at the middle, and names that must fail. */
#include <signal.h>
#include <string.h>

#include "check.h"

int main(void) {
  char name[SIG2STR_MAX];
  int sig = 0;
  CHECK(sig2str(SIGINT, name) == 0 && strcmp(name, "INT") == 0, "SIGINT is INT");
  CHECK(sig2str(SIGSYS, name) == 0 && strcmp(name, "SYS") == 0, "SIGSYS is SYS");
  CHECK(sig2str(SIGRTMIN, name) == 0 && strcmp(name, "RTMIN") == 0, "SIGRTMIN is RTMIN");
  CHECK(sig2str(SIGRTMIN + 3, name) == 0 && strcmp(name, "RTMIN+3") == 0, "RTMIN+3");
  CHECK(sig2str(SIGRTMIN + 15, name) == 0 && strcmp(name, "RTMIN+15") == 0, "RTMIN+15");
  CHECK(sig2str(SIGRTMIN + 16, name) == 0 && strcmp(name, "RTMAX-14") == 0, "RTMAX-14");
  CHECK(sig2str(SIGRTMAX, name) == 0 && strcmp(name, "RTMAX") == 0, "SIGRTMAX is RTMAX");
  CHECK_EQ(sig2str(0, name), -1, "signal 0 has no name");
  CHECK_EQ(sig2str(32, name), -1, "nor the libc's signal 32");
  CHECK_EQ(sig2str(65, name), -1, "nor 65");
  int round_trips = 0;
  for (int i = 1; i <= SIGRTMAX; ++i)
    if (sig2str(i, name) == 0 && str2sig(name, &sig) == 0 && sig == i) ++round_trips;
  CHECK_EQ(round_trips, 62, "every named signal goes there and back");
  CHECK(str2sig("HUP", &sig) == 0 && sig == SIGHUP, "HUP");
  CHECK(str2sig("9", &sig) == 0 && sig == SIGKILL, "a number in decimal");
  CHECK(str2sig("RTMAX-0", &sig) == -1, "RTMAX-0 is not a name");
  CHECK(str2sig("SIGINT", &sig) == -1, "the SIG prefix is not taken");
  CHECK(str2sig("RTMIN+31", &sig) == -1, "past SIGRTMAX fails");
  CHECK(str2sig("", &sig) == -1, "the empty name fails");
  CHECK(str2sig("65", &sig) == -1, "65 fails");
  return check_summary();
}

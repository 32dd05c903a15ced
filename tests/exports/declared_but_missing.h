/* For the exports test's own test: a function a header declares and no library
 * defines. check_exports.py must fail when it is among the headers. */
int sysgate_declared_but_missing(void);

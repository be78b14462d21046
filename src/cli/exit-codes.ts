// Exit codes, as documented in docs/usage.md ("Messages and exit codes").
export const EXIT_OK = 0;
/** some inputs could not be read or processed (each named on stderr and as an error record) */
export const EXIT_SOME_FAILED = 1;
/** the command line itself is wrong: unknown option, format or type, invalid --ref-date, no input */
export const EXIT_USAGE = 2;
/** 128 + signal number, as shells report a run stopped by Ctrl-C (SIGINT) or SIGTERM */
export const EXIT_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

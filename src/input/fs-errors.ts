// File-system errors as a reporter reads them: "no such file or directory", not
// "ENOENT: no such file or directory, open '/long/path'" with a stack under it.

const DESCRIPTIONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  ENOSPC: 'no space left on device',
  EFBIG: 'file too large',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && DESCRIPTIONS[code]) return DESCRIPTIONS[code];
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error);
}

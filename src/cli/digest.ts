// The SHA-256 that `newsner db` keeps of each document, as hex. Node's crypto (a dozen internal
// modules) is loaded at the first hash, not by every run of the CLI, which registers db.

export function sha256Hex(content: string | Uint8Array): string {
  const { createHash } = require('crypto') as typeof import('crypto');
  return createHash('sha256').update(content).digest('hex');
}

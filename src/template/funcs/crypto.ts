/** Hugo's crypto namespace: hex digests of a string's UTF-8 bytes. */
import { createHash, createHmac } from 'node:crypto';
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

const digest = (algorithm: string) => (s: unknown): string => createHash(algorithm).update(toStringE(s), 'utf8').digest('hex');

/** 32-bit FNV-1a, Hugo's crypto.FNV32a. */
function fnv32a(s: unknown): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(toStringE(s))) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const cryptoNamespace: Namespace = () => [
  { name: 'crypto.MD5', aliases: ['md5'], fn: digest('md5'), examples: [['{{ md5 "hello" }}', '5d41402abc4b2a76b9719d911017c592']] },
  { name: 'crypto.SHA1', aliases: ['sha1'], fn: digest('sha1'), examples: [['{{ sha1 "hello" }}', 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d']] },
  { name: 'crypto.SHA256', aliases: ['sha256'], fn: digest('sha256'),
    examples: [['{{ sha256 "hello" }}', '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824']] },
  { name: 'crypto.FNV32a', fn: fnv32a, examples: [['{{ crypto.FNV32a "Hugo Rocks!!" }}', '1515779328']] },
  { name: 'crypto.HMAC', aliases: ['hmac'], fn: (hash: unknown, key: unknown, message: unknown, encoding?: unknown) => {
    const algorithm = toStringE(hash).toLowerCase();
    if (!['md5', 'sha1', 'sha256', 'sha512'].includes(algorithm)) throw new Error('hmac: hash must be one of: md5, sha1, sha256, sha512');
    const mac = createHmac(algorithm, toStringE(key)).update(toStringE(message));
    const enc = encoding === undefined ? 'hex' : toStringE(encoding);
    if (enc !== 'hex' && enc !== 'binary') throw new Error('hmac: encoding must be hex or binary');
    return enc === 'hex' ? mac.digest('hex') : mac.digest().toString('latin1');
  }, examples: [['{{ hmac "sha256" "Secret key" "Hello world, gophers!" }}', 'b6d11b6c53830b9d87036272ca9fe9d19306b8f9d8aa07b15da27d89e6e34f40']] },
];

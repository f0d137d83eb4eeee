// Password hashing with scrypt, Node's built-in memory-hard KDF (RFC 7914). The stored string
// carries its parameters, so raising the cost later still verifies older hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const COST = { N: 2 ** 15, r: 8, p: 1 }; // 32 MiB per hash, ~50-100 ms on this class of machine
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * (options.N ?? 0) * (options.r ?? 8);
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  const { N, r, p } = COST;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: verifying against it costs the same as a real one. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** Problems with a new password, as [English, Vietnamese] pairs; empty when acceptable. */
export function passwordProblems(password: string, username: string): [string, string][] {
  const problems: [string, string][] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push([
      `at least ${MIN_PASSWORD_LENGTH} characters`,
      `ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
    ]);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    problems.push(['must not contain the username', 'không được chứa tên đăng nhập']);
  }
  return problems;
}

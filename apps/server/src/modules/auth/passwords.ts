// Password hashing with argon2id (OWASP parameters). Unknown accounts are checked against a dummy
// hash so that a wrong email costs as much time as a wrong password.
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = {
  // 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax)
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hash('not-a-real-password', OPTIONS);
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}

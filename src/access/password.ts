/**
 * Passwords: argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane: the Password
 * Storage Cheat Sheet's first recommendation), through @node-rs/argon2's prebuilt binaries.
 */
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, which isolatedModules cannot read */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shorter passwords are refused (OWASP ASVS 2.1.1: at least 12 characters). */
export const MIN_PASSWORD = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password or a malformed hash; never throws on either. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so an unknown email costs the same time as a known one.
let decoy: Promise<string> | null = null;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoy, password);
}

/** A password to print once: 20 characters of base64url (120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

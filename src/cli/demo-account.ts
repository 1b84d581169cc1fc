/**
 * The demo's organisation and analyst: made on first run, given a fresh password on every run
 * (printed once; only its argon2id hash is stored), so whoever starts the demo can sign in.
 */
import { generatePassword, hashPassword } from '../access/password.ts';
import { appendAudit } from '../store/audit.repository.ts';
import type { Db } from '../store/db.ts';
import { ensureOrganisation } from '../store/organisation.repository.ts';
import { createUser, setPassword, userForSignin } from '../store/user.repository.ts';

export const DEMO_ORG = 'Demo cell';
export const DEMO_EMAIL = 'analyst@demo.sahelwatch.org';

export async function demoAccount(db: Db): Promise<{ email: string; password: string; organisation: string }> {
  const org = await ensureOrganisation(db, DEMO_ORG);
  const password = generatePassword();
  const hash = await hashPassword(password);
  const existing = await userForSignin(db, DEMO_EMAIL);
  const id = existing ? existing.id : (await createUser(db, { organisationId: org.id, email: DEMO_EMAIL, role: 'analyst', passwordHash: hash })).id;
  if (existing) await setPassword(db, id, hash);
  await appendAudit(db, { actor: 'demo', action: existing ? 'user.password' : 'user.add', subject: `user:${id}`, detail: { email: DEMO_EMAIL, organisation: DEMO_ORG } });
  return { email: DEMO_EMAIL, password, organisation: DEMO_ORG };
}

export function signInHelp(a: { email: string; password: string; organisation: string }, url: string): string {
  return [
    `demo: public data needs no sign-in. To review events and move alerts along, sign in as ${a.email} (${a.organisation}, analyst)`,
    `      with the password ${a.password} (new on every run): the dashboard's "Sign in" button, or`,
    `      curl -c cookies -H 'Content-Type: application/json' -d '{"email":"${a.email}","password":"${a.password}"}' ${url}api/session`,
    `      or make an API token: sahelwatch token create --org "${a.organisation}" --role analyst`,
  ].join('\n');
}

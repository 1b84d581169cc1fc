/**
 * `sahelwatch user add`, `token create|list|revoke`, `partnership create` and `audit verify`: who
 * may use the API and for which organisation, and the check of the audit log. Secrets (a generated
 * password, a token) are printed once and never stored in the clear.
 */
import { Argument, type Command } from 'commander';
import { text } from 'node:stream/consumers';
import { durationMs, issueToken } from '../../access/issue-token.ts';
import { generatePassword, hashPassword, MIN_PASSWORD } from '../../access/password.ts';
import { appendAudit, verifyAudit } from '../../store/audit.repository.ts';
import { organisationByName } from '../../store/organisation.repository.ts';
import { ensurePartnership } from '../../store/partnership.repository.ts';
import { listTokens, revokeToken } from '../../store/token.repository.ts';
import { createUser } from '../../store/user.repository.ts';
import { ROLES, type Role } from '../../store/viewer.ts';
import { UsageError } from '../errors.ts';
import { positiveInt } from '../options.ts';
import { withStore } from '../store.ts';

const roleArgument = () => new Argument('<role>').choices(ROLES);
const CLI = 'cli';

export function registerAccess(program: Command): void {
  program
    .command('user')
    .description('people who sign in to the dashboard and API')
    .command('add')
    .description('add a user to an organisation; the password is read from standard input, or generated and printed once')
    .requiredOption('--org <name>', 'the organisation')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--generate-password', 'make up a password and print it once (instead of reading standard input)')
    .argument('<email>')
    .action(async (email: string, flags: { org: string; role: string; generatePassword?: boolean }) => {
      const role = checkRole(flags.role);
      const password = flags.generatePassword || process.stdin.isTTY ? generatePassword() : (await text(process.stdin)).replace(/\r?\n$/, '');
      if (password.length < MIN_PASSWORD) throw new UsageError('BAD_OPTION', `the password must be at least ${MIN_PASSWORD} characters`);
      const id = await withStore(async (db) => {
        const org = await organisationByName(db, flags.org);
        const user = await createUser(db, { organisationId: org.id, email, role, passwordHash: await hashPassword(password) });
        await appendAudit(db, { actor: CLI, action: 'user.add', subject: `user:${user.id}`, detail: { email, organisation: org.name, role } });
        return user.id;
      });
      process.stdout.write(`user ${id}: ${email} (${flags.org}, ${role})\n`);
      if (flags.generatePassword || process.stdin.isTTY) process.stdout.write(`password (shown once): ${password}\n`);
    });

  const token = program.command('token').description('API tokens: scoped to an organisation and a role, expiring, revocable');
  token
    .command('create')
    .description('make an API token and print it once (send it as "Authorization: Bearer TOKEN")')
    .requiredOption('--org <name>', 'the organisation it acts for')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'what it is for', 'api')
    .option('--expires <duration>', 'lifetime, e.g. 30d, 12h (default: never)')
    .action(async (flags: { org: string; role: string; name: string; expires?: string }) => {
      const role = checkRole(flags.role);
      const ms = flags.expires === undefined ? null : durationMs(flags.expires);
      if (flags.expires !== undefined && ms === null) throw new UsageError('BAD_OPTION', `--expires takes a duration like 30d, 12h or 90m, got "${flags.expires}"`);
      const expiresAt = ms === null ? null : new Date(Date.now() + ms);
      const made = await withStore(async (db) => {
        const org = await organisationByName(db, flags.org);
        const t = await issueToken(db, { organisationId: org.id, role, name: flags.name, expiresAt });
        await appendAudit(db, { actor: CLI, action: 'token.create', subject: `token:${t.id}`, detail: { organisation: org.name, role, name: flags.name, expires_at: expiresAt?.toISOString() ?? null } });
        return t;
      });
      process.stdout.write(`token ${made.id} (${flags.org}, ${role}${expiresAt ? `, expires ${expiresAt.toISOString()}` : ''}); shown once:\n${made.token}\n`);
    });
  token
    .command('list')
    .option('--org <name>', 'only this organisation’s')
    .description('list tokens (never the secrets)')
    .action(async (flags: { org?: string }) => {
      const tokens = await withStore(async (db) => listTokens(db, flags.org ? (await organisationByName(db, flags.org)).id : undefined));
      const at = (d: Date | null) => d?.toISOString() ?? '-';
      for (const t of tokens) {
        const state = t.revoked_at ? 'revoked' : t.expires_at && t.expires_at < new Date() ? 'expired' : 'live';
        process.stdout.write(`${t.id}\t${t.organisation}\t${t.name}\t${t.role}\t${state}\texpires ${at(t.expires_at)}\tlast used ${at(t.last_used_at)}\n`);
      }
    });
  token
    .command('revoke')
    .argument('<id>')
    .description('revoke a token: refused from the next request on')
    .action(async (id: string) => {
      const n = positiveInt('ID', id)!;
      await withStore(async (db) => {
        await revokeToken(db, n);
        await appendAudit(db, { actor: CLI, action: 'token.revoke', subject: `token:${n}`, detail: {} });
      });
      process.stdout.write(`token ${n} revoked\n`);
    });

  program
    .command('partnership')
    .description('partnerships: organisations that see what their members share with "partners"')
    .command('create')
    .argument('<name>', 'e.g. "Cellule Mali–Sénégal–Mauritanie"')
    .requiredOption('--orgs <list>', 'comma-separated organisation names')
    .description('create a partnership (or add members to it)')
    .action(async (name: string, flags: { orgs: string }) => {
      const made = await withStore(async (db) => {
        const orgs = await Promise.all(flags.orgs.split(',').map((o) => o.trim()).filter(Boolean).map((o) => organisationByName(db, o)));
        const p = await ensurePartnership(db, name, orgs.map((o) => o.id));
        await appendAudit(db, { actor: CLI, action: 'partnership.add', subject: `partnership:${p.id}`, detail: { members: orgs.map((o) => o.name) } });
        return p;
      });
      process.stdout.write(`partnership ${made.id}: ${made.name}\n`);
    });

  program
    .command('audit')
    .description('the audit log of writes, sign-ins and exports')
    .command('verify')
    .description('check the hash chain: exits 1 naming the first record edited, deleted or cut off')
    .action(async () => {
      const verdict = await withStore((db) => verifyAudit(db));
      if (!verdict.ok) throw new UsageError('BAD_OPTION', `audit log broken at record ${verdict.brokenAt} (${verdict.reason}) after ${verdict.checked} good records`);
      process.stdout.write(`audit log intact: ${verdict.checked} records\n`);
    });
}

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError('BAD_OPTION', `--role must be one of ${ROLES.join(', ')}, got "${role}"`);
  return role as Role;
}

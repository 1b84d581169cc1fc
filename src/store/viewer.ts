/**
 * Who is asking: resolved once per request (src/server/auth.middleware.ts) or once per command
 * (the CLI is the operator of the store and acts as `SYSTEM`), then handed to every read and
 * write. Plain data: visibility.ts turns it into SQL.
 */

/** In order of power: each role can do what the ones before it can. */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Viewer =
  /** Not signed in: public data only (the public dashboard). */
  | { kind: 'anonymous' }
  /** A signed-in user or an API token, acting for one organisation. */
  | {
      kind: 'member';
      org: { id: number; name: string };
      role: Role;
      /** The partnerships the organisation belongs to: it sees what their members share with partners. */
      partnerships: number[];
      /** For the audit log: the user's email or "token:<id>:<name>". */
      who: string;
    }
  /** The store's operator (CLI, detectors, delivery): sees everything. */
  | { kind: 'system'; who: string };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });
export const SYSTEM: Viewer = Object.freeze({ kind: 'system', who: 'system' });

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** Whether the viewer holds `role` or a stronger one (the system holds every role). */
export function hasRole(v: Viewer, role: Role): boolean {
  if (v.kind === 'system') return true;
  if (v.kind === 'anonymous') return false;
  return ROLES.indexOf(v.role) >= ROLES.indexOf(role);
}

/** What the audit log records as the actor. */
export function actorOf(v: Viewer): string {
  return v.kind === 'anonymous' ? 'anonymous' : v.kind === 'system' ? v.who : `${v.who} (${v.org.name}, ${v.role})`;
}

/**
 * Everything what a viewer may see depends on, as one string: two viewers with the same scope see
 * the same rows (visibility.ts reads the organisation and partnerships; routes may read the role).
 */
export function visibilityScope(v: Viewer): string {
  if (v.kind === 'anonymous') return 'public';
  if (v.kind === 'system') return 'system';
  return `org ${v.org.id} as ${v.role} in [${[...v.partnerships].sort((a, b) => a - b).join(',')}]`;
}

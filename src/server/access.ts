/**
 * The viewer of a request, resolved once by the auth middleware, and the role checks routes make.
 * Credentials: `Authorization: Bearer TOKEN` (API tokens), or the session cookie set by
 * POST /api/session, with the session's CSRF token in X-CSRF-Token on every unsafe request.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { sameSecret, secretHash } from '../access/secret.ts';
import type { Db } from '../store/db.ts';
import { sessionViewer } from '../store/session.repository.ts';
import { tokenViewer } from '../store/token.repository.ts';
import { ANONYMOUS, hasRole, type Role, type Viewer } from '../store/viewer.ts';
import { HttpError } from './errors.ts';

declare module 'hono' {
  interface ContextVariableMap {
    viewer: Viewer;
  }
}

export const SESSION_COOKIE = 'sahelwatch_session';
/** Readable by the dashboard's script, which sends it back as X-CSRF-Token. */
export const CSRF_COOKIE = 'sahelwatch_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer ([A-Za-z0-9_-]{16,200})$/;

export function authenticate(db: Db): MiddlewareHandler {
  return async (c, next) => {
    c.set('viewer', await viewerOfRequest(db, c));
    await next();
  };
}

async function viewerOfRequest(db: Db, c: Context): Promise<Viewer> {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new HttpError(401, 'unauthenticated', 'Authorization must be "Bearer " and an API token.');
    const viewer = await tokenViewer(db, secretHash(token));
    if (!viewer) throw new HttpError(401, 'invalid_token', 'The API token is unknown, expired or revoked.');
    return viewer;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return ANONYMOUS;
  const session = /^[A-Za-z0-9_-]{16,200}$/.test(cookie) ? await sessionViewer(db, secretHash(cookie)) : null;
  if (!session) {
    // Expired or signed out elsewhere: carry on as a visitor, and drop the dead cookie.
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return ANONYMOUS;
  }
  if (!SAFE.has(c.req.method) && !sameSecret(c.req.header('X-CSRF-Token') ?? '', session.csrfToken)) {
    throw new HttpError(403, 'csrf', 'An unsafe request from a session needs its CSRF token in X-CSRF-Token.');
  }
  return session.viewer;
}

export function viewerOf(c: Context): Viewer {
  return c.get('viewer') ?? ANONYMOUS;
}

/** The viewer, if it holds `role` (or a stronger one); 401 for visitors, 403 for a weaker role. */
export function requireRole(c: Context, role: Role): Viewer {
  const v = viewerOf(c);
  if (v.kind === 'anonymous') throw new HttpError(401, 'unauthenticated', `Sign in (POST /api/session) or send an API token: this needs the ${role} role.`);
  if (!hasRole(v, role)) throw new HttpError(403, 'forbidden', `This needs the ${role} role.`);
  return v;
}

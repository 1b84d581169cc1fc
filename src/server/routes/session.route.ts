import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secretHash } from '../../access/secret.ts';
import { signIn } from '../../access/signin.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { deleteSession, sessionViewer } from '../../store/session.repository.ts';
import { actorOf, ROLES } from '../../store/viewer.ts';
import { CSRF_COOKIE, SESSION_COOKIE, viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { Problem, problemResponses } from '../schemas.ts';
import { clientAddress } from '../limits.ts';

const Signin = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1000) }).openapi('Signin');
const Session = z
  .object({
    email: z.string(),
    organisation: z.string(),
    role: z.enum(ROLES),
    csrf_token: z.string().openapi({ description: 'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE of this session.' }),
    expires_at: z.string(),
  })
  .openapi('Session');

export const route = createRoute({
  method: 'post',
  path: '/api/session',
  summary: 'Sign in: sets an http-only, SameSite=Strict session cookie and answers the CSRF token to send with unsafe requests.',
  description: `After ${5} failed attempts in a row the account is locked for 15 minutes; every attempt is in the audit log.`,
  request: { body: { content: { 'application/json': { schema: Signin } }, required: true } },
  responses: {
    200: { description: 'Signed in.', content: { 'application/json': { schema: Session } } },
    401: { description: 'Wrong email or password, or the account is locked for a while.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { email, password } = c.req.valid('json');
    const result = await signIn(db, email, password, clientAddress(c));
    if (!result.ok) throw new HttpError(401, 'signin_failed', 'Wrong email or password, or too many failed attempts: try again later.');
    const secure = new URL(c.req.url).protocol === 'https:';
    const cookie = { path: '/', sameSite: 'Strict', secure, expires: result.expiresAt } as const;
    setCookie(c, SESSION_COOKIE, result.sessionId, { ...cookie, httpOnly: true });
    setCookie(c, CSRF_COOKIE, result.csrfToken, cookie);
    return c.json(
      { email: result.email, organisation: result.organisation, role: result.role, csrf_token: result.csrfToken, expires_at: result.expiresAt.toISOString() },
      200,
    );
  };

const Who = z
  .union([Session.extend({ signed_in: z.literal(true) }), z.object({ signed_in: z.literal(false) })])
  .openapi('SessionState');

export const whoRoute = createRoute({
  method: 'get',
  path: '/api/session',
  summary: 'Who is signed in on this browser (so a new tab or a reload knows), with the session\'s CSRF token; signed_in false when no one is.',
  responses: {
    200: { description: 'The session, or signed_in false (never signed in, signed out, or expired).', content: { 'application/json': { schema: Who } } },
    ...problemResponses,
  },
});

export const handleWho =
  ({ db }: AppDeps): RouteHandler<typeof whoRoute> =>
  async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await sessionViewer(db, secretHash(cookie)) : null;
    if (!session || session.viewer.kind !== 'member') return c.json({ signed_in: false as const }, 200);
    const v = session.viewer;
    return c.json(
      { signed_in: true as const, email: v.who, organisation: v.org.name, role: v.role, csrf_token: session.csrfToken, expires_at: session.expiresAt.toISOString() },
      200,
    );
  };

export const signOutRoute = createRoute({
  method: 'delete',
  path: '/api/session',
  summary: 'Sign out: ends the session and clears its cookies.',
  responses: {
    204: { description: 'Signed out (or was not signed in).' },
    ...problemResponses,
  },
});

export const handleSignOut =
  ({ db }: AppDeps): RouteHandler<typeof signOutRoute> =>
  async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      await deleteSession(db, secretHash(cookie));
      await appendAudit(db, { actor: actorOf(viewerOf(c)), action: 'signout', subject: 'session', detail: {} });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, CSRF_COOKIE, { path: '/' });
    return c.body(null, 204);
  };

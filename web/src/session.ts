// Signing in and out from the header. POST /api/session sets an http-only session cookie (and a
// readable CSRF cookie); GET /api/session says who is signed in, so a new tab or a reload knows.
// The last answer is kept in sessionStorage so the header is right at once, before the server
// answers. A write answered 401 means the session is gone: the header then says signed out. Buttons that need an analyst are guarded: disabled, with a hint,
// while nobody (or only a viewer) is signed in.
import { ApiError, fetchSession, onUnauthorized, signIn, signOut, type SessionAnswer } from './api.ts';
import { t } from './i18n/i18n.ts';

const STORAGE_KEY = 'sahelwatch.session';
const ANALYST_ROLES = new Set(['analyst', 'editor', 'admin']);

type Who = Pick<SessionAnswer, 'email' | 'organisation' | 'role' | 'expires_at'>;

let who: Who | null = null;
const listeners: Array<(w: Who | null) => void> = [];

function stored(): Who | null {
  try {
    const w = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Who | null;
    if (!w || typeof w.email !== 'string' || typeof w.role !== 'string') return null;
    // Expired, or the CSRF cookie (set and cleared with the session) is gone: signed out.
    if (Date.parse(w.expires_at) <= Date.now() || !/(^|; )sahelwatch_csrf=/.test(document.cookie)) return null;
    return w;
  } catch {
    return null;
  }
}

function set(w: Who | null): void {
  who = w;
  if (w) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(w));
  else sessionStorage.removeItem(STORAGE_KEY);
  applyGuards();
  for (const l of listeners) l(w);
}

/** May the one signed in review events and move alerts? */
export const canAnalyse = (): boolean => who !== null && ANALYST_ROLES.has(who.role);

/**
 * Marks a button as needing an analyst: disabled while there is none, described by the hint
 * `hintId` (an element marked data-signin-hint, shown only while the button is disabled).
 */
export function guard<T extends HTMLButtonElement>(button: T, hintId: string): T {
  button.dataset.needsSignin = hintId;
  applyTo(button);
  return button;
}

/** A hint saying why guarded buttons are disabled; hidden while they are not. */
export function hint(node: HTMLElement, id: string): HTMLElement {
  node.id = id;
  node.dataset.signinHint = '';
  node.hidden = canAnalyse();
  return node;
}

function applyTo(button: HTMLButtonElement): void {
  const allowed = canAnalyse();
  button.disabled = !allowed;
  if (allowed) button.removeAttribute('aria-describedby');
  else button.setAttribute('aria-describedby', button.dataset.needsSignin ?? '');
}

function applyGuards(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-needs-signin]')) applyTo(b);
  for (const h of document.querySelectorAll<HTMLElement>('[data-signin-hint]')) h.hidden = canAnalyse();
}

/** The header's sign-in button, dialog, who is signed in, and sign-out button. */
export function createSession(changed: () => void) {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const open = $<HTMLButtonElement>('signin-open');
  const dialog = $<HTMLDialogElement>('signin-dialog');
  const form = $<HTMLFormElement>('signin-form');
  const email = form.elements.namedItem('email') as HTMLInputElement;
  const password = form.elements.namedItem('password') as HTMLInputElement;
  const submitButton = $<HTMLButtonElement>('signin-submit');
  const error = $('signin-error');
  const signedIn = $('signed-in');
  const outButton = $<HTMLButtonElement>('signout');
  /** The last error, as a function so a change of language writes it again. */
  let said: () => string = () => '';
  const say = (words: () => string) => {
    said = words;
    error.textContent = said();
  };

  function show(): void {
    open.hidden = who !== null;
    signedIn.hidden = who === null;
    $('session-email').textContent = who?.email ?? '';
    $('session-org').textContent = who ? who.organisation : '';
  }

  async function submit(): Promise<void> {
    const address = email.value.trim();
    if (!address || !password.value) {
      say(() => t('signin.missing'));
      (address ? password : email).focus();
      return;
    }
    submitButton.disabled = true;
    try {
      const answer = await signIn(address, password.value);
      password.value = '';
      say(() => '');
      dialog.close();
      set({ email: answer.email, organisation: answer.organisation, role: answer.role, expires_at: answer.expires_at });
      outButton.focus();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      say(() => (err instanceof ApiError && err.status === 401 ? t('signin.failed') : `${t('signin.error')}: ${detail}`));
      password.select();
      password.focus();
    } finally {
      submitButton.disabled = false;
    }
  }

  async function leave(): Promise<void> {
    // Signed out here whatever the server says: at worst its session runs out by itself.
    await signOut().catch((err: unknown) => console.warn('sign-out:', err));
    set(null);
    open.focus();
  }

  return {
    start(): void {
      who = stored();
      if (!who) sessionStorage.removeItem(STORAGE_KEY);
      listeners.push(() => {
        show();
        changed();
      });
      show();
      applyGuards();
      open.addEventListener('click', () => {
        say(() => '');
        dialog.showModal();
      });
      $('signin-close').addEventListener('click', () => dialog.close());
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void submit();
      });
      outButton.addEventListener('click', () => void leave());
      onUnauthorized(() => {
        if (who) set(null);
      });
      // The server has the last word: signed in from another tab, or signed out elsewhere.
      fetchSession().then(
        (a) => {
          if (!a.signed_in) {
            if (who) set(null);
          } else if (a.email !== who?.email || a.role !== who?.role || a.organisation !== who?.organisation) {
            set({ email: a.email, organisation: a.organisation, role: a.role, expires_at: a.expires_at });
          }
        },
        (err: unknown) => console.warn('session:', err),
      );
    },
    /** The language changed: the error line is written again (static words follow data-i18n). */
    redraw(): void {
      error.textContent = said();
    },
  };
}

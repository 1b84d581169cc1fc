import { alertTitle } from '../detect/alert.title.ts';
import type { StoredAlert } from '../store/alert.repository.ts';

export type Lang = 'en' | 'fr' | 'ar';

/** An alert as readers get it (the API list, the live stream, webhooks): titled in their language. */
export function alertView({ created_at: _c, updated_at: _u, key: _k, ...a }: StoredAlert, lang: Lang) {
  return { ...a, title: alertTitle({ kind: a.kind, facts: a.payload.facts }, lang) };
}
export type AlertView = ReturnType<typeof alertView>;

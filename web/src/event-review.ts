// An analyst's decisions on an event: confirm, reject, edit a field, merge with other events,
// split off reports. Each is a POST /api/events/{id}/review, recorded in the event's history.
import { review, type EventDetail } from './api.ts';
import { el } from './dom.ts';
import { FIELDS } from './fields.ts';
import { t, type MessageKey } from './i18n/i18n.ts';
import { guard, hint } from './session.ts';

/** Called with the event to show after a decision (a merge may send the reader to another). */
export type ReviewDone = (eventId: number) => void;

const HINT_ID = 'review-signin-hint';
const NUMERIC = new Set(['latitude', 'longitude', 'fatalities', 'geo_precision', 'time_precision', 'interaction']);

export function reviewForm(event: EventDetail, done: ReviewDone): HTMLElement {
  const box = el('div', 'review');
  const status = el('p', 'review-status');
  status.setAttribute('role', 'status');
  const reason = textInput('review-reason', '');

  async function send(body: Record<string, unknown>): Promise<void> {
    // The server records who is signed in as the reviewer.
    try {
      const { events } = await review(event.id, { ...body, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) });
      status.textContent = t('review.done');
      done(events[0] ?? event.id);
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
    }
  }

  const field = el('select');
  field.name = 'review-field';
  field.append(...FIELDS.map((f) => new Option(t(`field.${f}` as MessageKey), f)));
  const value = textInput('review-value', '');
  const others = textInput('review-merge', '');
  others.inputMode = 'numeric';

  box.append(
    hint(el('p', 'signin-hint', t('signin.needed_review')), HINT_ID),
    row(labelled('review.reason', reason)),
    row(
      button('review.confirm', () => send({ action: 'confirm' }), 'review-confirm'),
      button('review.reject', () => send({ action: 'reject' }), 'review-reject'),
    ),
    row(labelled('review.edit', field), labelled('review.value', value), button('review.save', () => {
      const v = value.value.trim();
      const typed = v === '' ? null : NUMERIC.has(field.value) && Number.isFinite(Number(v)) ? Number(v) : v;
      return send({ action: 'edit', fields: { [field.value]: typed } });
    }, 'review-save')),
    row(labelled('review.merge', others), button('review.merge_button', () => {
      const ids = others.value.split(/[\s,]+/).filter(Boolean).map(Number);
      if (ids.length === 0 || !ids.every((n) => Number.isInteger(n) && n > 0)) return (status.textContent = t('review.merge')), undefined;
      return send({ action: 'merge', others: ids });
    }, 'review-merge-button')),
    row(el('span', 'muted', t('review.split')), button('review.split_button', () => {
      const picked = [...document.querySelectorAll<HTMLInputElement>('input[name="split-mention"]:checked')].map((b) => Number(b.value));
      if (picked.length === 0) return (status.textContent = t('review.split')), undefined;
      return send({ action: 'split', mentions: picked });
    }, 'review-split')),
    status,
  );
  return box;
}

function textInput(name: string, value: string): HTMLInputElement {
  const i = el('input');
  i.type = 'text';
  i.name = name;
  i.value = value;
  return i;
}

function labelled(key: MessageKey, control: HTMLElement): HTMLLabelElement {
  const l = el('label', 'review-field');
  l.append(el('span', '', t(key)), control);
  return l;
}

/** A review action: only for a signed-in analyst. */
function button(key: MessageKey, onClick: () => unknown, className: string): HTMLButtonElement {
  const b = el('button', `action ${className}`, t(key));
  b.type = 'button';
  b.addEventListener('click', () => void onClick());
  return guard(b, HINT_ID);
}

function row(...children: HTMLElement[]): HTMLDivElement {
  const r = el('div', 'review-row');
  r.append(...children);
  return r;
}

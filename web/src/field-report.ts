// The field-report dialog: a report written here goes into the outbox on this device first, then
// to POST /api/reports. Without a connection it stays queued, across reloads, and goes when the
// browser says it is online again, at the next start-up, or at the next retry after a server error.
import { el } from './dom.ts';
import { formatNumber, t, type MessageKey } from './i18n/i18n.ts';
import * as outbox from './outbox.ts';

type Shown = outbox.OutboxItem | (outbox.Submission & { state: 'sent'; report_id: number; created: boolean });

const RETRY_FIRST_MS = 30_000;
const RETRY_MAX_MS = 10 * 60_000;

export function createFieldReports() {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const dialog = $<HTMLDialogElement>('report-dialog');
  const form = $<HTMLFormElement>('report-form');
  const status = $('report-status');
  const listNode = $<HTMLOListElement>('outbox-list');
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as unknown as T;
  const textBox = field<HTMLTextAreaElement>('text');

  let items: outbox.OutboxItem[] = [];
  const sending = new Set<string>();
  /** Sent in this visit: shown so the writer sees it arrive; the outbox itself no longer holds them. */
  const sent: Shown[] = [];
  let flushing: Promise<void> | null = null;
  let again = false;
  let retryDelay = RETRY_FIRST_MS;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last word on a submission, kept as a function so a change of language writes it again. */
  let said: () => string = () => '';
  /** The last one written here: when it leaves the outbox later, the status says so. */
  let lastWritten = '';
  const say = (words: () => string) => {
    said = words;
    status.textContent = said();
  };

  async function reload(): Promise<void> {
    items = await outbox.list();
    render();
  }

  function render(): void {
    const queued = items.filter((i) => i.state === 'queued').length;
    const failed = items.length - queued;
    $('outbox-count').textContent = items.length ? formatNumber(items.length) : '';
    $('report-open').dataset.outbox = String(items.length);
    $('outbox-summary').textContent = t('report.outbox_summary', { queued, failed });
    const rows = [...items, ...sent].map(row);
    listNode.replaceChildren(...rows);
  }

  function row(item: Shown): HTMLLIElement {
    const state = item.state === 'queued' && sending.has(item.client_id) ? 'sending' : item.state;
    const li = el('li', `outbox-item state-${state}`);
    li.dataset.clientId = item.client_id;
    li.dataset.state = state;
    // The writer's own words, as text: dir=auto so an Arabic report reads right to left in any interface.
    const what = el('span', 'outbox-what', item.title || item.text.slice(0, 140));
    what.dir = 'auto';
    const label = el('span', 'outbox-state', t(`report.state_${state}` as MessageKey));
    li.append(what, label);
    if (item.state === 'sent') li.append(el('span', 'muted outbox-detail', t(item.created ? 'report.sent_new' : 'report.sent_known', { id: String(item.report_id) })));
    if (item.state === 'failed') {
      li.append(el('span', 'outbox-error', item.error ?? ''));
      const discard = el('button', 'action outbox-discard', t('report.discard'));
      discard.type = 'button';
      discard.addEventListener('click', () => void outbox.remove(item.client_id).then(reload));
      li.append(discard);
    }
    return li;
  }

  /** One pass at a time in this tab (and across tabs where Web Locks exist); a call during a pass asks for another. */
  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    clearTimeout(retryTimer);
    flushing = (async () => {
      do {
        again = false;
        await (navigator.locks ? navigator.locks.request('sahelwatch-outbox', pass) : pass());
      } while (again);
    })().finally(() => (flushing = null));
    return flushing;
  }

  async function pass(): Promise<void> {
    await reload();
    for (const item of items.filter((i) => i.state === 'queued')) {
      sending.add(item.client_id);
      render();
      const result = await outbox.send(item).catch((): outbox.SendResult => ({ kind: 'offline' }));
      sending.delete(item.client_id);
      if (result.kind === 'offline') {
        // The rest would meet the same trouble. Offline, the online event brings us back; a server
        // error does not change navigator.onLine, so a timer does, later each time.
        if (navigator.onLine) scheduleRetry();
        return render();
      }
      if (result.kind === 'sent') {
        await outbox.remove(item.client_id);
        sent.unshift({ ...item, state: 'sent', report_id: result.report_id, created: result.created });
        if (item.client_id === lastWritten) say(() => t('report.sent'));
      } else {
        await outbox.put({ ...item, state: 'failed', status: result.status, error: result.error });
      }
      retryDelay = RETRY_FIRST_MS;
      await reload();
    }
  }

  function scheduleRetry(): void {
    retryTimer = setTimeout(() => void flush(), retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  }

  async function submit(): Promise<void> {
    const text = textBox.value.trim();
    if (!text) {
      say(() => t('report.need_text'));
      textBox.setAttribute('aria-invalid', 'true');
      textBox.focus();
      return;
    }
    textBox.removeAttribute('aria-invalid');
    const title = field<HTMLInputElement>('title').value.trim();
    const lang = field<HTMLSelectElement>('lang').value as outbox.Submission['lang'] | '';
    // A queued report may reach the server days later; without a date, "yesterday" in it would be read from that day.
    const published_at = field<HTMLInputElement>('published_at').value || today();
    const item: outbox.OutboxItem = {
      client_id: outbox.newClientId(),
      text,
      ...(title ? { title } : {}),
      ...(lang ? { lang } : {}),
      published_at,
      created_at: new Date().toISOString(),
      state: 'queued',
    };
    try {
      await outbox.put(item);
      lastWritten = item.client_id;
    } catch (err) {
      // No storage (private mode, quota): say so, and keep the words in the form.
      say(() => `${t('report.not_saved')}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    form.reset();
    fillDate();
    say(() => t('report.sending'));
    await flush();
    const still = (await outbox.list()).find((i) => i.client_id === item.client_id);
    say(() => (!still ? t('report.sent') : still.state === 'failed' ? t('report.refused', { error: still.error ?? '' }) : t('report.queued')));
  }

  function fillDate(): void {
    const date = field<HTMLInputElement>('published_at');
    date.max = today();
    if (!date.value) date.value = today();
  }

  return {
    /** Shows what is waiting and tries to send it: at start-up, before the map and its data, which may never load offline. */
    start(): void {
      $('report-open').addEventListener('click', () => {
        fillDate();
        dialog.showModal();
      });
      $('report-close').addEventListener('click', () => dialog.close());
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void submit();
      });
      addEventListener('online', () => void flush());
      void flush().catch((err: unknown) => {
        say(() => `${t('report.not_saved')}: ${err instanceof Error ? err.message : String(err)}`);
      });
    },
    /** Signed in or out: what waits for a session may go now. */
    resend(): void {
      void flush().catch(() => {});
    },
    /** The language changed: the states and counts are written again (static words follow data-i18n). */
    redraw(): void {
      render();
      status.textContent = said();
    },
  };
}

/** The writer's calendar day, not UTC's. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

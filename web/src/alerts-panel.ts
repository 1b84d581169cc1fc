// Alerts, titled in the reader's language, kept live by the server's event stream: a new or
// changed alert updates the list and shows a toast.
import { fetchAlerts, setAlertStatus, type Alert } from './api.ts';
import { el } from './dom.ts';
import { formatDay, lang, t, type MessageKey } from './i18n/i18n.ts';
import { guard } from './session.ts';

export interface AlertActions {
  showOnMap: (alert: Alert) => void;
  openSituation: (id: number) => void;
  /** The count of alerts not yet acknowledged, for the tab. */
  counted: (unseen: number) => void;
  /** A live alert arrived (layers that show alerts may redraw). */
  live: () => void;
}

const HINT_ID = 'alerts-signin-hint';
const SITUATIONS = new Set(['siege', 'blockade']);

export function createAlertsPanel(list: HTMLOListElement, toasts: HTMLElement, actions: AlertActions) {
  let alerts: Alert[] = [];

  function render(): void {
    list.replaceChildren(...alerts.map(alertItem));
    if (alerts.length === 0) list.append(el('li', 'empty', t('alerts.empty')));
    actions.counted(alerts.filter((a) => a.status === 'new').length);
  }

  function alertItem(a: Alert): HTMLLIElement {
    const item = el('li', `alert-item severity-${a.severity} status-${a.status}`);
    item.dataset.alertId = String(a.id);
    const head = el('div', 'alert-head');
    head.append(
      el('span', `badge severity-${a.severity}`, t(`severity.${a.severity}` as MessageKey)),
      el('span', 'badge', t(`alertstatus.${a.status}` as MessageKey)),
      el('span', 'alert-days', a.first_day === a.last_day ? formatDay(a.first_day) : t('alerts.days', { from: formatDay(a.first_day), to: formatDay(a.last_day) })),
    );
    const title = el('p', 'alert-title', a.title);
    title.dir = 'auto';
    const buttons = el('div', 'alert-actions');
    buttons.append(
      SITUATIONS.has(a.kind) ? button(t('alerts.open'), () => actions.openSituation(a.id)) : button(t('alerts.show'), () => actions.showOnMap(a)),
      // Moving an alert needs a signed-in analyst; the hint (#alerts-signin-hint) says so.
      ...(a.status === 'new' ? [guard(button(t('alerts.acknowledge'), () => move(a, 'acknowledged')), HINT_ID)] : []),
      ...(a.status !== 'resolved' ? [guard(button(t('alerts.resolve'), () => move(a, 'resolved')), HINT_ID)] : []),
    );
    item.append(head, title, buttons);
    return item;
  }

  async function move(a: Alert, status: Alert['status']): Promise<void> {
    try {
      await setAlertStatus(a.id, status);
    } catch (err) {
      // Refused (say, the session ran out): said beside the alert, which keeps its status.
      const item = list.querySelector(`li[data-alert-id="${a.id}"]`);
      item?.querySelector('.alert-error')?.remove();
      item?.append(el('p', 'alert-error', err instanceof Error ? err.message : String(err)));
      return;
    }
    a.status = status;
    render();
  }

  async function reload(): Promise<void> {
    alerts = (await fetchAlerts(lang())).alerts;
    render();
  }

  /** An alert from the stream: in the list at once, then titled in the reader's language. */
  async function received(a: Alert): Promise<void> {
    alerts = [a, ...alerts.filter((x) => x.id !== a.id)];
    actions.live();
    render();
    const titled = await fetchAlerts(lang()).then((r) => r.alerts, () => null);
    if (titled) {
      alerts = titled;
      render();
    }
    toast(titled?.find((x) => x.id === a.id)?.title ?? a.title, a);
  }

  function toast(title: string, a: Alert): void {
    const box = el('div', `toast severity-${a.severity}`);
    box.setAttribute('role', 'alert');
    const words = el('p', '', title);
    words.dir = 'auto';
    const close = button(t('alerts.dismiss'), () => box.remove());
    box.append(el('strong', '', t('alerts.live')), words, close);
    toasts.append(box);
    setTimeout(() => box.remove(), 15_000);
  }

  function listen(): EventSource {
    // EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed in between.
    const source = new EventSource('/api/alerts/stream');
    source.addEventListener('alert', (e) => {
      try {
        void received(JSON.parse((e as MessageEvent<string>).data) as Alert);
      } catch {
        // A message that is not an alert is the server's bug, not the reader's problem.
      }
    });
    return source;
  }

  return { reload, listen, render };
}

function button(label: string, onClick: () => unknown): HTMLButtonElement {
  const b = el('button', 'action', label);
  b.type = 'button';
  b.addEventListener('click', () => void onClick());
  return b;
}

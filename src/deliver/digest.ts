/**
 * The daily digest of one subscription: what the detectors raised or updated that day, and the
 * situations still standing (sieges, threatened corridors), as Markdown and as a self-contained
 * HTML page (every text escaped; right-to-left in Arabic).
 */
import type { StoredAlert } from '../store/alert.repository.ts';
import type { AlertFilter } from './alert.filter.ts';
import { matchesAlert } from './alert.filter.ts';
import { alertView, type Lang } from './alert.view.ts';

export interface DigestInput {
  subscription: { name: string; organisation: string; filter: AlertFilter };
  /** YYYY-MM-DD */
  day: string;
  lang: Lang;
  /** Alerts whose finding changed on the day. */
  changed: readonly StoredAlert[];
  /** Sieges, blockades and corridors not resolved. */
  standing: readonly StoredAlert[];
}

export interface Digest {
  subject: string;
  markdown: string;
  html: string;
  alerts: number;
}

const WORDS: Record<Lang, { title: string; raised: string; standing: string; none: string; places: string; severity: string; events: string }> = {
  en: { title: 'sahelwatch digest', raised: 'Raised or updated', standing: 'Standing situations', none: 'Nothing.', places: 'Places', severity: 'Severity', events: 'Events' },
  fr: { title: 'Synthèse sahelwatch', raised: 'Alertes nouvelles ou mises à jour', standing: 'Situations en cours', none: 'Rien.', places: 'Localités', severity: 'Gravité', events: 'Événements' },
  ar: { title: 'ملخص sahelwatch', raised: 'تنبيهات جديدة أو محدثة', standing: 'أوضاع قائمة', none: 'لا شيء.', places: 'المواقع', severity: 'الخطورة', events: 'الأحداث' },
};

type Line = { title: string; severity: string; places: string; events: string };

export function buildDigest(input: DigestInput): Digest {
  const w = WORDS[input.lang];
  const keep = (alerts: readonly StoredAlert[]) => alerts.filter((a) => matchesAlert(a, input.subscription.filter)).map((a) => line(a, input.lang));
  const sections: [string, Line[]][] = [[w.raised, keep(input.changed)], [w.standing, keep(input.standing)]];
  const subject = `${w.title} · ${input.subscription.organisation} · ${input.subscription.name} · ${input.day}`;
  const markdown = [`# ${subject}`, '', ...sections.flatMap(([head, lines]) => [
    `## ${head}`, '',
    ...(lines.length === 0 ? [w.none] : lines.map((l) => `- **${md(l.title)}** (${w.severity}: ${l.severity}; ${w.places}: ${md(l.places)}; ${w.events}: ${l.events})`)),
    '',
  ])].join('\n');
  const dir = input.lang === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html>
<html lang="${input.lang}" dir="${dir}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body><h1>${esc(subject)}</h1>
${sections.map(([head, lines]) => `<h2>${esc(head)}</h2>\n${lines.length === 0 ? `<p>${esc(w.none)}</p>` : `<ul>\n${lines.map((l) => `<li><strong>${esc(l.title)}</strong> (${esc(w.severity)}: ${esc(l.severity)}; ${esc(w.places)}: ${esc(l.places)}; ${esc(w.events)}: ${esc(l.events)})</li>`).join('\n')}\n</ul>`}`).join('\n')}
</body></html>
`;
  return { subject, markdown, html, alerts: sections.reduce((n, [, lines]) => n + lines.length, 0) };
}

function line(a: StoredAlert, lang: Lang): Line {
  return { title: alertView(a, lang).title, severity: a.severity, places: a.payload.places.map((p) => p.name).join(', '), events: a.event_ids.join(', ') };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Markdown's own characters in a place or actor name are shown, not obeyed. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

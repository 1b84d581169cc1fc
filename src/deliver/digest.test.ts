import { describe, expect, it } from 'vitest';
import { makeFinding, placeOf } from '../detect/test-findings.ts';
import type { StoredAlert } from '../store/alert.repository.ts';
import { buildDigest } from './digest.ts';

const stored = (over: Parameters<typeof makeFinding>[0], id: number): StoredAlert => {
  const { actors, places, facts, title: _t, ...f } = makeFinding(over);
  return { ...f, id, title: '', status: 'new', version: 1, payload: { actors, places, facts }, created_at: new Date(), updated_at: new Date() };
};
const offensive = stored({}, 1);
const niger = stored({ kind: 'abduction', key: 'n', places: [placeOf('Niamey', 13.51, 2.11)], facts: { who: 'foreigners', place: 'Niamey', day: '2025-07-01' } }, 2);
const siege = stored({ kind: 'siege', key: 's', severity: 'high', facts: { actor: 'JNIM: x', towns: 'Kayes, Nioro du Sahel', day: '2025-07-03' } }, 3);
const kayes = { name: 'Kayes', organisation: 'Cellule Mali', filter: { bbox: [-12.5, 13.5, -9, 15.6] as [number, number, number, number] } };

describe('buildDigest', () => {
  it('lists the day’s alerts and the standing situations that match the subscription, in Markdown and HTML', () => {
    const d = buildDigest({ subscription: kayes, day: '2025-07-01', lang: 'en', changed: [offensive, niger], standing: [siege] });
    expect(d.alerts).toBe(2);
    expect(d.subject).toBe('sahelwatch digest · Cellule Mali · Kayes · 2025-07-01');
    expect(d.markdown).toContain('## Raised or updated\n\n- **Coordinated offensive: JNIM struck 3 places on 1 July 2025** (Severity: critical; Places: Kayes, Nioro du Sahel, Diboli; Events: 1, 2, 3)');
    expect(d.markdown).toContain('## Standing situations\n\n- **Siege declared: JNIM announced a siege of Kayes, Nioro du Sahel on 3 July 2025**');
    expect(d.markdown).not.toContain('Niamey');
    expect(d.html).toContain('<html lang="en" dir="ltr">');
    expect(d.html).toContain('<li><strong>Coordinated offensive: JNIM struck 3 places on 1 July 2025</strong>');
  });

  it('says so when there is nothing, and writes Arabic right to left', () => {
    const d = buildDigest({ subscription: kayes, day: '2025-07-02', lang: 'ar', changed: [], standing: [] });
    expect(d.alerts).toBe(0);
    expect(d.html).toContain('<html lang="ar" dir="rtl">');
    expect(d.markdown).toContain('## تنبيهات جديدة أو محدثة\n\nلا شيء.');
  });

  it('never lets a name from a report become markup', () => {
    const hostile = stored({ places: [placeOf('<img src=x onerror=alert(1)>*Kayes*', 14.44, -11.44)] }, 4);
    const d = buildDigest({ subscription: { ...kayes, filter: {} }, day: '2025-07-01', lang: 'fr', changed: [hostile], standing: [] });
    expect(d.html).not.toContain('<img');
    expect(d.html).toContain('&lt;img src=x onerror=alert(1)&gt;*Kayes*');
    expect(d.markdown).toContain('\\<img src=x onerror=alert(1)\\>\\*Kayes\\*');
  });
});

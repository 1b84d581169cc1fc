import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/test-fixtures.ts';
import type { CodedEvent } from '../pipeline/types.ts';
import { codeEvent, RULES, type WeighedMention } from './event.fields.ts';

let n = 0;
const m = (o: Partial<CodedEvent>, published = '2025-07-02'): WeighedMention => {
  const { evidence: _e, claims: _c, ...coded } = makeEvent(o);
  n++;
  return { id: n, key: `k${n}`, reportId: 100 + n, sourceId: 1, coded, published };
};

describe('codeEvent: one event from many reports, each field by a named rule', () => {
  const reports = [
    m({ location: 'Nioro', geo_precision: 2, fatalities: 12, actor1: 'Unidentified Armed Group (Mali)' }, '2025-07-01'),
    m({ location: 'Nioro du Sahel', geo_precision: 1, fatalities: 4, actor1: 'JNIM: Group for Support of Islam and Muslims', event_date: '2025-07-02' }, '2025-07-03'),
    m({ location: 'Nioro du Sahel', geo_precision: 1, fatalities: 0, actor1: 'JNIM: Group for Support of Islam and Muslims' }, '2025-07-02'),
  ];
  const { columns, sources } = codeEvent(reports);

  it('takes the most precise place', () => {
    expect(columns).toMatchObject({ location: 'Nioro du Sahel', geo_precision: 1 });
    expect(sources.location).toEqual({ rule: RULES.location, mentions: [reports[2]!.id, reports[1]!.id], reports: [reports[2]!.reportId, reports[1]!.reportId] });
  });
  it('takes a named actor over an unidentified group', () => {
    expect(columns.actor1).toBe('JNIM: Group for Support of Islam and Muslims');
  });
  it('takes the lowest toll any report gives, not a report that gives none', () => {
    expect(columns.fatalities).toBe(4);
    expect(sources.fatalities!.mentions).toEqual([reports[1]!.id]);
  });
  it('takes the date most reports give, the earliest on a tie', () => {
    expect(columns.event_date).toBe('2025-07-01');
    const tie = codeEvent([m({ event_date: '2025-07-02' }), m({ event_date: '2025-07-01' })]).columns;
    expect(tie.event_date).toBe('2025-07-01');
  });
  it('keeps inter codes and the interaction consistent with the actors it chose', () => {
    expect(columns.interaction).toBe(Math.min(columns.inter1, columns.inter2!) * 10 + Math.max(columns.inter1, columns.inter2!));
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredClaim } from '../store/types.ts';
import { claimsLedger } from './claims.ledger.ts';

const claim = (source: string, kind: string, value: number, qualifier: StoredClaim['qualifier'] = 'exact'): StoredClaim => ({
  kind: kind as StoredClaim['kind'], value, qualifier, claimed_by: 'report', text: `${value}`, start: 0, end: 1,
  report_id: 1, mention_id: 1, source_name: source, source_type: 'independent media',
});

describe('claimsLedger', () => {
  it.each([
    ['two exact tolls from two sources', [claim('ORTM', 'killed', 4), claim('AFP', 'killed', 12)], true],
    ['"at least 10" and 12', [claim('ORTM', 'killed', 10, 'at least'), claim('AFP', 'killed', 12)], false],
    ['"at least 15" and 12', [claim('ORTM', 'killed', 15, 'at least'), claim('AFP', 'killed', 12)], true],
    ['"about 30" and 25', [claim('ORTM', 'killed', 30, 'approximate'), claim('AFP', 'killed', 25)], false],
    ['one source revising its own toll', [claim('AFP', 'killed', 4), claim('AFP', 'killed', 12)], false],
    ['the same figure twice', [claim('ORTM', 'killed', 4), claim('AFP', 'killed', 4)], false],
  ] as const)('%s → contested %s', (_, claims, contested) => {
    expect(claimsLedger(claims)[0]!.contested).toBe(contested);
  });

  it('keeps each kind apart, with its range: "neutralised" is not "killed"', () => {
    const ledger = claimsLedger([claim('ORTM', 'neutralised', 80), claim('AFP', 'killed', 12), claim('Sahara Medias', 'killed', 20)]);
    expect(ledger.map((l) => [l.kind, l.low, l.high, l.contested, l.claims.length])).toEqual([
      ['neutralised', 80, 80, false, 1],
      ['killed', 12, 20, true, 2],
    ]);
  });
});

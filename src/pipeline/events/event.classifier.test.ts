import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, decide, loadEventClassifier } from './event.classifier.ts';

describe('classify', () => {
  // Feature sets as eventFeatures writes them for typical sentences.
  it.each([
    [['cue:remote:Air/drone strike', 'cues:remote', 'top:remote:Air/drone strike', 'actor:inter8', 'actor:inter8:before', 'figs:none'], 'Explosions/Remote violence', 'Air/drone strike'],
    [['cue:remote:Remote explosive/landmine/IED', 'cues:remote', 'top:remote:Remote explosive/landmine/IED', 'fig:killed', 'fig:killed:soldiers', 'victim:soldiers'], 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    [['cue:intervention', 'cue:protest', 'cues:intervention+protest', 'top:intervention', 'actor:inter6', 'actor:inter6:after', 'actor:inter1', 'actor:inter1:before', 'fig:killed:zero'], 'Protests', 'Protest with intervention'],
    [['cue:protest', 'cues:protest', 'top:protest', 'actor:inter6', 'actor:inter6:before', 'figs:none'], 'Protests', 'Peaceful protest'],
    [['cue:attack', 'cues:attack', 'top:attack', 'actor:inter2', 'actor:inter2:before', 'actor:inter7', 'actor:inter7:after', 'fig:killed', 'fig:killed:civilians', 'victim:civilians', 'victims:civilians-only'], 'Violence against civilians', 'Attack'],
    [['cue:attack', 'cues:attack', 'top:attack', 'actor:inter2', 'actor:inter2:before', 'actor:inter1', 'actor:inter1:after', 'fig:killed', 'fig:killed:soldiers', 'victim:soldiers'], 'Battles', 'Armed clash'],
    [['cue:abduction', 'cues:abduction', 'top:abduction', 'actor:inter2', 'actor:inter2:before', 'fig:abducted'], 'Violence against civilians', 'Abduction/forced disappearance'],
  ])('%j → %s / %s', (features, type, sub) => {
    const c = classify(features);
    expect([c.eventType, c.subEventType]).toEqual([type, sub]);
  });

  it('keeps the features behind the decision, strongest first, and the runners-up', () => {
    const c = classify(['cue:remote:Air/drone strike', 'top:remote:Air/drone strike', 'no-such-feature']);
    expect(c.weights.map((w) => w.feature)).toContain('top:remote:Air/drone strike');
    expect(c.weights.map((w) => w.feature)).not.toContain('no-such-feature');
    expect(c.weights.every((w, i) => w.weight > 0 && (i === 0 || c.weights[i - 1]!.weight >= w.weight))).toBe(true);
    expect(c.top[0]).toEqual({ sub: c.subEventType, p: c.probability });
    expect(c.top.reduce((s, t) => s + t.p, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('is deterministic and ignores the order and repetition of features', () => {
    const f = ['cue:killing', 'top:killing', 'fig:killed', 'victim:civilians', 'actor:inter4'];
    expect(classify([...f].reverse())).toEqual(classify(f));
    expect(classify([...f, ...f])).toEqual(classify(f));
  });

  it('answers with the prior when no feature is known', () => {
    const c = classify([]);
    expect(c.probability).toBeGreaterThan(0);
    expect(c.weights).toEqual([]);
  });

  it('loads a small model once', () => {
    const m = loadEventClassifier();
    expect(loadEventClassifier()).toBe(m);
    expect(m.labels.length).toBeGreaterThanOrEqual(20);
    for (const w of Object.values(m.weights)) expect(w).toHaveLength(m.labels.length);
  });

  it('decides as classify does, to the last bit', () => {
    const known = Object.keys(loadEventClassifier().weights);
    const feature = fc.oneof(fc.constantFrom(...known), fc.string());
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 15 }), (features) => {
        const c = classify(features);
        expect(decide(features)).toEqual({ eventType: c.eventType, subEventType: c.subEventType, probability: c.probability });
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildActorRegistry, fillCountry, loadActorRegistry, needsCountry } from './actor.registry.ts';

describe('loadActorRegistry', () => {
  const registry = loadActorRegistry();

  it('is loaded once', () => {
    expect(loadActorRegistry()).toBe(registry);
  });

  it.each([
    'JNIM: Group for Support of Islam and Muslims',
    'Islamic State (Sahel)',
    'Military Forces of Mali',
    'Police Forces of Mali',
    'Military Forces of Burkina Faso',
    'Military Forces of Niger',
    'Military Forces of Mauritania',
    'Military Forces of Senegal',
    'Military Forces of France',
    'Wagner Group',
    'FLA: Azawad Liberation Front',
    'CMA: Coordination of Movements of the Azawad',
    'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali',
    'Dozo Communal Militia ({country})',
    'Dan Na Ambassagou',
    'Fulani Ethnic Militia ({country})',
    'VDP: Volunteers for the Defense of the Homeland',
    'Civilians ({country})',
    'Protesters ({country})',
    'Rioters ({country})',
    'Unidentified Armed Group ({country})',
  ])('has %s', (name) => {
    expect(registry.byName.has(name)).toBe(true);
  });

  it('gives every entry an ACLED inter code and no period suffix', () => {
    for (const e of registry.entries) {
      expect(e.inter).toBeGreaterThanOrEqual(1);
      expect(e.inter).toBeLessThanOrEqual(8);
      expect(e.name).not.toMatch(/\(\d{4}-/);
    }
  });

  it('indexes aliases normalised, longest first', () => {
    const forms = registry.byFirstKey.get('قوات')!;
    expect(forms.length).toBeGreaterThan(1);
    for (let i = 1; i < forms.length; i++) expect(forms[i - 1]!.keys.length).toBeGreaterThanOrEqual(forms[i]!.keys.length);
    expect(registry.byFirstKey.get('jnim')?.[0]?.entry.name).toBe('JNIM: Group for Support of Islam and Muslims');
  });
});

describe('buildActorRegistry', () => {
  it('fails early and names the bad entry', () => {
    expect(() => buildActorRegistry({})).toThrow('"actors" must be an array');
    expect(() => buildActorRegistry({ actors: [{ name: 'X', inter: 9, aliases: {} }] })).toThrow('entry 0 (X): "inter" must be 1..8');
    expect(() => buildActorRegistry({ actors: [{ name: 'X', inter: 1, aliases: { fr: 'x' } }] })).toThrow('"aliases.fr"');
  });
});

describe('fillCountry', () => {
  it.each([
    ['Civilians ({country})', 'Mali', 'Civilians (Mali)'],
    ['Military Forces of {country}', 'Burkina Faso', 'Military Forces of Burkina Faso'],
    ['Islamic State (Sahel)', 'Niger', 'Islamic State (Sahel)'],
  ])('%s + %s → %s', (name, country, expected) => {
    expect(fillCountry(name, country)).toBe(expected);
    expect(needsCountry(expected)).toBe(false);
  });
});

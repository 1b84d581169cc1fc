import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../../store/source.repository.ts';
import { readSource } from './read-source.ts';
import type { WebClient } from './web-client.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sahelwatch-folder-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const noWeb: WebClient = { get: () => Promise.reject(new Error('a folder needs no web')) };
const deps = { client: noWeb, knownUrls: async () => new Set<string>() };
const folder = (lastFetched: Date | null): Source => ({
  id: 1, name: 'Rapports de terrain', kind: 'folder', type: 'field report', url: dir, lang: 'fr', reliability: null, poll_seconds: 600,
  etag: null, last_modified: null, last_fetched_at: lastFetched, next_fetch_at: null, failures: 0, last_error: null, enabled: true,
});
const at = (iso: string) => new Date(iso);

describe('reading a folder source', () => {
  it('reads the files changed since the last pass, each problem file an item error', async () => {
    await writeFile(join(dir, 'a.txt'), 'Des hommes armés ont attaqué Diboli mardi.');
    await writeFile(join(dir, 'b.html'), '<html><body><p>Attaque à <b>Nioro</b> mercredi.</p><script>x()</script></body></html>');
    await writeFile(join(dir, 'c.bin'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(dir, '.hidden'), 'not read');
    for (const f of ['a.txt', 'b.html', 'c.bin']) await utimes(join(dir, f), at('2025-07-01T10:00:00Z'), at('2025-07-01T10:00:00Z'));

    const first = await readSource(folder(null), deps);
    expect(first.status === 'read' && first.documents.map((d) => [d.text, d.lang])).toEqual([
      ['Des hommes armés ont attaqué Diboli mardi.', 'fr'],
      ['Attaque à Nioro mercredi.', 'fr'],
    ]);
    expect(first.status === 'read' && first.itemErrors).toEqual([`${join(dir, 'c.bin')}: binary file, not text`]);

    await utimes(join(dir, 'a.txt'), at('2025-07-02T10:00:00Z'), at('2025-07-02T10:00:00Z'));
    const second = await readSource(folder(at('2025-07-01T12:00:00Z')), deps);
    expect(second.status === 'read' && second.documents.map((d) => d.id)).toEqual([join(dir, 'a.txt')]);
  });

  it('fails as a whole when the folder is gone', async () => {
    await expect(readSource({ ...folder(null), url: join(dir, 'nope') }, deps)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

/**
 * How an event's field sources are stored: the fields that share a rule and mentions (the eight
 * location columns, say) are one entry, not eight. Read back, each field has its own again.
 */
export interface FieldSource {
  rule: string;
  mentions: number[];
  reports: number[];
}

type Packed = (FieldSource & { fields: string[] })[];

export function packFieldSources(sources: Record<string, FieldSource>): Packed {
  const groups = new Map<string, FieldSource & { fields: string[] }>();
  const keys = new Map<FieldSource, string>();
  for (const [field, src] of Object.entries(sources)) {
    // Fields decided by one rule share one object: it is turned into a key once, not per field
    // (packing runs for every event resolution writes).
    const key = keys.get(src) ?? keys.set(src, JSON.stringify(src)).get(src)!;
    const g = groups.get(key);
    if (g) g.fields.push(field);
    else groups.set(key, { fields: [field], ...src });
  }
  return [...groups.values()];
}

export function unpackFieldSources(stored: unknown): Record<string, FieldSource> {
  if (!Array.isArray(stored)) return (stored ?? {}) as Record<string, FieldSource>;
  const out: Record<string, FieldSource> = {};
  for (const { fields, ...src } of stored as Packed) for (const f of fields) out[f] = src;
  return out;
}

import type { EventType } from '../../src/pipeline/types.ts';

/** One colour per ACLED event type (colour-blind-safe Tableau 10 hues). */
export const EVENT_COLORS: Record<EventType, string> = {
  Battles: '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  Protests: '#2ca02c',
  Riots: '#8c564b',
  'Strategic developments': '#1f77b4',
};

export const colorOf = (type: string): string => EVENT_COLORS[type as EventType] ?? '#555555';

import { describe, expect, it } from 'vitest';
import { isDatelineDate, isDatelinePlace } from './dateline.ts';

/** The span of the first occurrence of `words` in `text`. */
const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
};

describe('datelines', () => {
  it.each([
    ['BAMAKO, March 12 (Reuters) - Gunmen kidnapped a teacher in Kati.', 'BAMAKO', true],
    ['DAKAR/BAMAKO, Sept 16 (Reuters) - Gunmen kidnapped two drivers.', 'BAMAKO', true],
    ['BAMAKO, Mali (AP) - Gunmen kidnapped a teacher.', 'BAMAKO', true],
    ['نواكشوط – أعلن الجيش ضبط مخبأ للأسلحة.', 'نواكشوط', true],
    ['الأخبار (نواكشوط) – اختطف مسلحون ثلاثة تجار.', 'نواكشوط', true],
    ['Sahara Medias (Nouakchott) - Gunmen kidnapped three traders.', 'Nouakchott', true],
    ['الجزيرة نت – باماكو\n\nاختطف مسلحون ثلاثة تجار.', 'باماكو', true],
    ['Studio Tamani – Ségou\nDes hommes armés ont enlevé trois commerçants.', 'Ségou', true],
    ['Le calme est revenu.\nDes hommes armés ont attaqué le poste – Ségou\nLe calme est revenu.', 'Ségou', false],
    ['Gunmen attacked the town (Kati) on Sunday - the army said.', 'Kati', false],
    ['Kati was attacked on Sunday by gunmen.', 'Kati', false],
    ['Gunmen attacked Kati - the army said - on Sunday.', 'Kati', false],
  ])('a place: %s', (text, place, expected) => {
    expect(isDatelinePlace(text, at(text, place))).toBe(expected);
  });

  it.each([
    ['BAMAKO, April 9 (Reuters) - Gunmen attacked Kati on Sunday.', 'April 9', true],
    ['(Dakar, January 20, 2026) – Soldiers executed villagers on December 28.', 'January 20, 2026', true],
    ["Kongoussi, 10 août 2023 (AIB) – Le détachement a été attaqué mardi.", '10 août 2023', true],
    ['ZINDER, Niger, Feb 10 - A crowd beat two men to death on Saturday.', 'Feb 10', true],
    ['Gunmen attacked Kati on April 9 - the army said.', 'April 9', false],
    ['BAMAKO, April 9 (Reuters) - Gunmen attacked Kati on Sunday.', 'Sunday', false],
  ])('a date: %s', (text, date, expected) => {
    expect(isDatelineDate(text, at(text, date))).toBe(expected);
  });
});

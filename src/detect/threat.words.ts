/** Whether a statement makes civilians targets: a threat word and a civilian word (data/lexicons/threats.json). */
import { lexiconSets } from './phrase-set.ts';

const words = lexiconSets(new URL('../../data/lexicons/threats.json', import.meta.url), ['threat', 'civilians']);

/**
 * @example threatensCivilians('معتبرة أن انخراط المدنيين بهذا الشكل جعلهم هدفا مشروعا') // true
 * @example threatensCivilians('les civils ont fui les combats') // false
 */
export function threatensCivilians(text: string): boolean {
  const { threat, civilians } = words();
  return threat.foundIn(text) && civilians.foundIn(text);
}

/** Whether report text says an attack hit aid or infrastructure (data/lexicons/aid.json). */
import { lexiconSets } from './phrase-set.ts';

const words = lexiconSets(new URL('../../data/lexicons/aid.json', import.meta.url), ['aid', 'infrastructure']);

/** @example aboutAid('une ONG humanitaire a vu son convoi pillé') // true */
export const aboutAid = (text: string): boolean => words().aid.foundIn(text);

/** @example aboutInfrastructure('ils ont détruit le pont de Ouatagouna') // true */
export const aboutInfrastructure = (text: string): boolean => words().infrastructure.foundIn(text);

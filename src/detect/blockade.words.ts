/** Whether report text ties an event to a town's supply, or says a siege ended (data/lexicons/blockade.json). */
import { lexiconSets } from './phrase-set.ts';

const words = lexiconSets(new URL('../../data/lexicons/blockade.json', import.meta.url), ['supply', 'lifted']);

/** @example aboutSupply('embuscade contre un convoi de camions-citernes') // true */
export const aboutSupply = (text: string): boolean => words().supply.foundIn(text);

/** @example saysLifted('le JNIM a levé le blocus de Nioro') // true */
export const saysLifted = (text: string): boolean => words().lifted.foundIn(text);

import { memo } from '../text/memo.ts';

/** ISO 3166 codes of the countries in the gazetteer and around it, to ACLED's country names. */
const NAMES: Record<string, string> = {
  ML: 'Mali', SN: 'Senegal', BF: 'Burkina Faso', MR: 'Mauritania', NE: 'Niger', DZ: 'Algeria',
  GN: 'Guinea', CI: 'Ivory Coast', GH: 'Ghana', TG: 'Togo', BJ: 'Benin', NG: 'Nigeria', TD: 'Chad',
  LY: 'Libya', MA: 'Morocco', EH: 'Western Sahara', GM: 'Gambia', GW: 'Guinea-Bissau',
};

// Every candidate event asks, with one of the gazetteer's few codes: each is looked up once.
/** ACLED's name for a country given as a code or already as a name. */
export const countryName = memo((codeOrName: string): string => NAMES[codeOrName.toUpperCase()] ?? codeOrName, 1_000);

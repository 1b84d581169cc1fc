/** ISO 3166 codes of the countries in the gazetteer and around it, to ACLED's country names. */
const NAMES: Record<string, string> = {
  ML: 'Mali', SN: 'Senegal', BF: 'Burkina Faso', MR: 'Mauritania', NE: 'Niger', DZ: 'Algeria',
  GN: 'Guinea', CI: 'Ivory Coast', GH: 'Ghana', TG: 'Togo', BJ: 'Benin', NG: 'Nigeria', TD: 'Chad',
  LY: 'Libya', MA: 'Morocco', EH: 'Western Sahara', GM: 'Gambia', GW: 'Guinea-Bissau',
};

/** ACLED's name for a country given as a code or already as a name. */
export function countryName(codeOrName: string): string {
  return NAMES[codeOrName.toUpperCase()] ?? codeOrName;
}

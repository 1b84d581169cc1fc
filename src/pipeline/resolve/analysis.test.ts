import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources, readText } from '../pipeline.ts';
import { isAnalysis } from './analysis.ts';

const resources = loadResources();
const labelled = (text: string, lang: 'ar' | 'fr' | 'en') => isAnalysis(readText({ id: 't', text, lang, published: '2025-06-12' }), resources.lexicon[lang]);

describe('isAnalysis', () => {
  it.each([
    ['ANALYSIS-Mauritania bets on gas as Sahel neighbours turn to Russia\n\nNOUAKCHOTT (Reuters) - ...', 'en'],
    ['FEATURE-As lean season bites, families in Maradi skip meals\n\nMARADI (Reuters) - ...', 'en'],
    ['Jeune Afrique – Analyse\n\nAu Burkina Faso, la « mobilisation générale » ...', 'fr'],
    ['Analyse : la force unifiée de l\'AES peine à prendre forme', 'fr'],
    ['تحليل – الجزيرة نت\n\nبعد أكثر من عام على إعلان مالي ...', 'ar'],
    ['الجزيرة نت – تحليل\n\nتحولت الطائرات المسيّرة ...', 'ar'],
  ] as const)('reads the label of %s', (text, lang) => {
    expect(labelled(text, lang)).toBe(true);
  });
  it.each([
    ['BAMAKO (Reuters) - A Reuters analysis of satellite images shows the village of Moura was burned on Sunday.', 'en'],
    ["L'analyse des images satellitaires montre que le village a été incendié dimanche.", 'fr'],
    ['أظهر تحليل لصور الأقمار الصناعية أن القرية أحرقت يوم الأحد.', 'ar'],
  ] as const)('does not read the word inside a sentence: %s', (text, lang) => {
    expect(labelled(text, lang)).toBe(false);
  });
});

describe('an analysis', () => {
  it('reports as news only an act dated to a day in the two weeks before publication', () => {
    const text =
      "Nord du Mali : le FLA à l'épreuve de la guerre des drones\n\nAnalyse. Le FLA peine à desserrer l'étau que les drones de l'armée font peser sur ses bases.\n\nMercredi encore, une frappe de drone a visé un pick-up du mouvement près de Boghassa, tuant deux combattants.\n\nLes affrontements entre l'armée et les rebelles se sont multipliés autour de Kidal depuis 2023.";
    const events = extractDocument({ id: 't', text, lang: 'fr', published: '2025-03-21' }, resources).events;
    expect(events.map((e) => [e.event_date, e.sub_event_type])).toEqual([['2025-03-19', 'Air/drone strike']]);
  });
  it('reports no act it tells with no day', () => {
    const text = "ANALYSIS-Three years after peace deal, Casamance's refugees weigh a return\n\nZIGUINCHOR, Senegal (Reuters) - The army says it continues securing operations in the border area near Ziguinchor, without giving details of clashes with rebels.";
    expect(extractDocument({ id: 't', text, lang: 'en', published: '2026-01-13' }, resources).events).toEqual([]);
  });
});

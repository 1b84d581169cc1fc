/**
 * The extraction pipeline, in the order data flows. Read this file first.
 *
 *   text      normalise, tokenise, split sentences, detect the language
 *   places    gazetteer matches → PlaceMention[]
 *   actors    actor registry matches → ActorMention[]
 *   events    event-type trigger words → EventCue[]; a classifier trained on ACLED's coding
 *   dates     dates resolved against the publication date → DateMention[]
 *   figures   killed / injured / abducted ... with who claims them → FigureMention[]
 *   resolve   the solver: groups mentions into coded events with evidence and claims
 *
 * Extractors score, the solver decides. No stage throws on odd text.
 */
import type { ActorMention, Analysis, Document, ExtractResult, PlaceMention, TextView } from './types.ts';
import { normalise } from './text/normalise.ts';
import { tokenise } from './text/tokenise.ts';
import { splitSentences } from './text/sentences.ts';
import { detectLanguage } from './text/language.ts';
import { loadGazetteer, findPlaces, type Gazetteer } from './places/index.ts';
import { loadActorRegistry, type ActorRegistry } from './actors/actor.registry.ts';
import { findActors } from './actors/actor.matcher.ts';
import { loadEventLexicon, type EventLexicons } from './events/event.lexicon.ts';
import { findEventCues } from './events/cue.finder.ts';
import { loadEventClassifier, type EventTypeModel } from './events/event.classifier.ts';
import { findDates } from './dates/find-dates.ts';
import { findFigures } from './figures/find-figures.ts';
import { buildEvents } from './resolve/build-events.ts';

/** The data every document is read against, loaded once per process. */
export interface Resources {
  gazetteer: Gazetteer;
  actors: ActorRegistry;
  lexicon: EventLexicons;
  classifier: EventTypeModel;
}

export function loadResources(): Resources {
  return { gazetteer: loadGazetteer(), actors: loadActorRegistry(), lexicon: loadEventLexicon(), classifier: loadEventClassifier() };
}

/** Reads the text: the view every extractor works on. */
export function readText(doc: Document): TextView {
  const norm = normalise(doc.text);
  const lang = doc.lang ?? detectLanguage(doc.text).lang;
  return { doc, lang, norm, tokens: tokenise(norm), sentences: splitSentences(doc.text) };
}

/** Runs every stage over one document. */
export function analyse(doc: Document, r: Resources): Analysis {
  const view = readText(doc);
  // Spelt out rather than spread from the view: a copy of an analysis (withoutStandingSieges) lists
  // the same fields in the same order, so that the solver reads analyses of one shape.
  const places = findPlaces(view, r.gazetteer);
  const actors = withoutPlaceWords(findActors(view, r.actors), places);
  const analysis: Analysis = {
    doc: view.doc, lang: view.lang, norm: view.norm, tokens: view.tokens, sentences: view.sentences,
    places,
    actors,
    cues: findEventCues(view, r.lexicon[view.lang], actors),
    dates: findDates(view, r.lexicon[view.lang].spoken),
    figures: findFigures(view),
    events: [],
    warnings: [],
  };
  analysis.events = buildEvents(analysis, r.lexicon[view.lang], r.classifier);
  if (!doc.published) analysis.warnings.push('no publication date: relative dates ("Tuesday", "أمس") could not be resolved');
  return analysis;
}

/** Actors named by words inside a longer place name ("Peulh" in "Tagari Peulh", "Bambara" in "Bambara Maoudé"): the words name the place. */
function withoutPlaceWords(actors: ActorMention[], places: PlaceMention[]): ActorMention[] {
  const inside = (m: ActorMention) => places.some((p) => p.span.start <= m.span.start && m.span.end <= p.span.end && p.span.end - p.span.start > m.span.end - m.span.start);
  return actors.some(inside) ? actors.filter((m) => !inside(m)) : actors;
}

/** The `extract` contract: one document in, its coded events out. */
export function extractDocument(doc: Document, r: Resources): ExtractResult {
  const a = analyse(doc, r);
  return { id: doc.id, lang: a.lang, events: a.events, warnings: a.warnings };
}

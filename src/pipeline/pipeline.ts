/**
 * The extraction pipeline, in the order data flows. Read this file first.
 *
 *   text      normalise, tokenise, split sentences, detect the language
 *   places    gazetteer matches → PlaceMention[]
 *   actors    actor registry matches → ActorMention[]
 *   events    event-type trigger words → EventCue[]
 *   dates     dates resolved against the publication date → DateMention[]
 *   figures   killed / injured / abducted ... with who claims them → FigureMention[]
 *   resolve   the solver: groups mentions into coded events with evidence and claims
 *
 * Extractors score, the solver decides. No stage throws on odd text.
 */
export {};

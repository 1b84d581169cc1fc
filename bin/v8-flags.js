// V8 settings for every sahelwatch process, imported first by bin/sahelwatch.js and bin/run-ts.js.
//
// No allocation-site pretenuring. V8 watches where objects are made, and when most objects made at
// one place outlive a young-generation collection it makes the later ones there directly in the old
// generation. Extraction keeps a report's tokens, mentions and figures for the whole report while
// making much else, so V8 moves those places to the old generation, where they fill memory that
// only a full collection frees. Measured on the extraction benchmark (2,000 reports of 2 KB, one
// core): peak RSS 380 MB with it against 307 MB without, and the tokeniser alone three to four times
// slower with it once the reports' tokens had been kept a while.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');

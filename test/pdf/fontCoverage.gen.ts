/**
 * Writes src/pdf/fontCoverage.ts: the characters each font of the PDF draws, read from the font files.
 *   npx tsx test/pdf/fontCoverage.gen.ts
 */
import { writeFileSync } from 'node:fs';
import { coverageSource, FONT_FILES } from './fontCoverageSource';

writeFileSync('src/pdf/fontCoverage.ts', coverageSource(FONT_FILES));
console.log('wrote src/pdf/fontCoverage.ts');

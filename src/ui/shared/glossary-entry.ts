// Entry point of glossary.js (see glossary.ts).
import { glossaryEntryFor, glossaryOf } from '../../core/slogans/glossary.ts';
import { publishGlossary } from './glossary.ts';

publishGlossary({ entryFor: glossaryEntryFor, of: glossaryOf });

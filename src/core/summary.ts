// Entry point kept at this path for the analysis (src/core/index.ts); the
// summariser lives in ./summary/.
export { summarize, HAN_CHARS_PER_MINUTE } from './summary/index.ts';

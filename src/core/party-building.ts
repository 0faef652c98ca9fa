// Entry point kept at this path for the analysis (src/core/index.ts); the
// detector lives in ./party-building/.
export { detectPartyBuilding, DETECTION_THRESHOLD } from './party-building/index.ts';

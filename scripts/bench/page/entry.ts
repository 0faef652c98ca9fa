// The bundle the bench evaluates in each served page: the in-page sections,
// reachable by the Node side through one global.
import { benchAnalysis } from './analysis.ts';
import { benchAnchoring } from './anchoring.ts';
import { benchBailOut } from './bail-out.ts';
import { repeatFor } from './profile-targets.ts';

const pageBench = { benchAnalysis, benchBailOut, benchAnchoring, repeatFor };
export type PageBench = typeof pageBench;

(globalThis as Record<string, unknown>).__djBench = pageBench;

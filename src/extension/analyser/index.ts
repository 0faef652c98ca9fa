// The injected analysis bundle (see analyser-handle.ts): publishes the
// engine's analysis for the content script of the same page. The content
// script calls it only after its own prefilter and early verdict let the page
// through (analysis-runner.ts), so the engine is analyzeCandidate(), the
// analysis without those two, and the bundle carries neither. The engine
// bounds its own walk (AnalyzeOptions.maxNodes, 20,000 elements by default),
// which keeps a huge page's analysis to one short task.
import { analyzeCandidate } from '../../core/analyze-candidate.ts';
import { publishAnalyser } from '../analyser-handle.ts';

publishAnalyser((document, url) => analyzeCandidate(document, url));

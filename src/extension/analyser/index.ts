// The injected analysis bundle (see analyser-handle.ts): publishes analyze()
// for the content script of the same page. The engine bounds its own walk
// (AnalyzeOptions.maxNodes, 20,000 elements by default), which keeps a huge
// page's analysis to one short task.
import { analyze } from '../../core/index.ts';
import { publishAnalyser } from '../analyser-handle.ts';

publishAnalyser((document, url) => analyze(document, url));

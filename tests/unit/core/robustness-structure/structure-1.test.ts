// Part 1 of the structural metamorphic suite (structure-suite.ts).
import { structureSuite } from './structure-suite.ts';

structureSuite(1, 5);

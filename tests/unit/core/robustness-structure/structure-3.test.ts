// Part 3 of the structural metamorphic suite (structure-suite.ts).
import { structureSuite } from './structure-suite.ts';

structureSuite(3, 5);

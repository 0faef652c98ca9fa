// Part 5 of the structural metamorphic suite (structure-suite.ts).
import { structureSuite } from './structure-suite.ts';

structureSuite(5, 5);

// export-docx.js: the Word export the manager and the popup load on first use (docx-export.ts).
import { exportDocx } from '../../store/formats/docx.ts';
import { publishDocxExport } from './docx-export.ts';

publishDocxExport(exportDocx);

/**
 * Records per import write. The manager sends one message per write
 * (library-messages IMPORT_BATCH_SIZE), so each reply tells exactly what was
 * stored, and a message that fails stored none of its records.
 */
export const IMPORT_WRITE_SIZE = 200;

import { besideSlot } from './beside.js';
import type { XmlRecord } from './model-types.js';

/**
 * The records of a message as the typed read met them, in document order, kept beside the model
 * so the rules need not walk the model again to find them (src/rules/walk.ts root()). Only
 * records (elements with element children) are listed, not leaves. The model is read-only once
 * read: a model changed afterwards must not be given to the rules.
 */
export interface ReadRecords {
  /**
   * Three entries per record: the record, its local name (the shape's internalized copy) and the
   * index of its parent record (-1 for the root, which comes first). One array, not three: the
   * read pushes to it for every record.
   */
  list: (XmlRecord | string | number)[];
  /** Indexes of the records with a repeated child name (records or leaves), in no set order. */
  repeating: number[];
}

/** Beside the message (besideSlot: a private field, not a WeakMap entry). */
const kept = besideSlot<ReadRecords>();

export function newReadRecords(): ReadRecords {
  return { list: [], repeating: [] };
}

/** Keeps the records beside the message (for as long as the message lives). */
export function keepReadRecords(message: XmlRecord, records: ReadRecords): void {
  kept.set(message, records);
}

/** The records the typed read listed for a message it returned, or undefined (built otherwise). */
export function readRecordsOf(message: XmlRecord): ReadRecords | undefined {
  return kept.get(message);
}

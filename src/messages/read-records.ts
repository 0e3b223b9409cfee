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

/**
 * Adds a private field to an object it did not make: a constructor that returns another object
 * makes `this` of the derived class that object. A private field is no property (Object.keys,
 * Reflect.ownKeys, JSON, structuredClone and equality checks do not see it) and goes away with
 * the object. Not a WeakMap: an entry whose key and value are young objects costs the scavenger
 * more than the read itself (it keeps the value, every record of the model, alive and promotes
 * it to the old space, even once the key is gone).
 */
class Returns {
  constructor(o: object) {
    return o;
  }
}

class KeptRecords extends Returns {
  #records: ReadRecords;

  constructor(message: XmlRecord, records: ReadRecords) {
    super(message);
    this.#records = records;
  }

  static keep(message: XmlRecord, records: ReadRecords): void {
    if (#records in message) (message as unknown as KeptRecords).#records = records;
    else new KeptRecords(message, records);
  }

  static of(message: XmlRecord): ReadRecords | undefined {
    return #records in message ? (message as unknown as KeptRecords).#records : undefined;
  }
}

export function newReadRecords(): ReadRecords {
  return { list: [], repeating: [] };
}

/** Keeps the records beside the message (for as long as the message lives). */
export function keepReadRecords(message: XmlRecord, records: ReadRecords): void {
  KeptRecords.keep(message, records);
}

/** The records the typed read listed for a message it returned, or undefined (built otherwise). */
export function readRecordsOf(message: XmlRecord): ReadRecords | undefined {
  return KeptRecords.of(message);
}

import type { MessageKind } from './catalog.js';
import type { MessageModels } from './generated/index.js';
import type { XmlRecord } from './model-types.js';

/**
 * Views a generic record read for `kind` through the generated type of that kind. The reader
 * builds records from the schema the types come from, so the view is exact for a valid message.
 */
export function typed<K extends MessageKind>(_kind: K, record: XmlRecord): MessageModels[K] {
  return record as unknown as MessageModels[K];
}

/** The generic record behind a typed model, for the writer. */
export function untyped(model: MessageModels[MessageKind]): XmlRecord {
  return model as unknown as XmlRecord;
}

import type { Issue } from '../issues.js';
import type { MessageKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';

/** The outcome of validating one input: always a value, whatever was wrong with the input. */
export interface ValidationResult {
  file: string;
  kind?: MessageKind;
  release?: string;
  valid: boolean;
  issues: Issue[];
  /** Issues beyond the cap that were not kept. */
  droppedIssues?: number;
  /** The typed model, when asked for and the message is XSD-valid. */
  message?: XmlRecord;
}

export function located(issues: Issue[], file: string): Issue[] {
  for (const i of issues) i.file = file;
  return issues;
}

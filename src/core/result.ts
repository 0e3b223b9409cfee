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
  /** The Header as far as readable, when the model was asked for but the message is not XSD-valid. */
  header?: XmlRecord;
  /** Business rules of the kind that were not checked, and why (no AGB list, no history). */
  notChecked?: string[];
  /** The retour message, when asked for: its XML, or the issues that kept it from being written. */
  retour?: { kind: string; xml?: string; issues: Issue[]; /** where the CLI wrote it */ file?: string };
}

export function located(issues: Issue[], file: string): Issue[] {
  for (const i of issues) i.file = file;
  return issues;
}

/** The result of an input that stopped before the XSD validation (unreadable, too large, not parsed, not detected). */
export function stopped(file: string, issues: Issue[]): ValidationResult {
  return { file, valid: false, issues: located(issues, file) };
}

import type { ValidationResult } from '../core/result.js';
import { UsageError } from './io.js';

export type OutputFormat = 'text' | 'json' | 'ndjson';

export function parseFormat(v: string): OutputFormat {
  if (v === 'text' || v === 'json' || v === 'ndjson') return v;
  throw new UsageError(`--format must be text, json or ndjson, not ${v}`);
}

/** One result as text: a status line, then one line per issue (file:line:col path code message [retourcode]). */
export function resultText(r: ValidationResult): string {
  const what = r.kind ? `${r.kind} ${r.release}` : 'unidentified';
  const head = `${r.valid ? 'valid  ' : 'INVALID'} ${r.file} (${what})${r.valid ? '' : `: ${r.issues.length + (r.droppedIssues ?? 0)} issue(s)`}`;
  const lines = r.issues.map((i) => {
    const at = [i.file ?? r.file, i.line, i.column].filter((x) => x !== undefined).join(':');
    return `  ${at}${i.path ? ` ${i.path}` : ''}  ${i.rule ?? i.code}  ${i.message}  [retourcode ${i.retourcode}]`;
  });
  if (r.droppedIssues) lines.push(`  … and ${r.droppedIssues} more issue(s) not kept`);
  return [head, ...lines].join('\n');
}

/** The machine form of a result: what --format json/ndjson prints (without the typed model). */
export function resultJson(r: ValidationResult): object {
  const { message: _message, header: _header, retour, ...rest } = r;
  if (!retour) return rest;
  return { ...rest, retour: { kind: retour.kind, file: retour.file ?? null, issues: retour.issues } };
}

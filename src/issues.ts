/**
 * An Issue is a problem found in a message, as a value: where it is and what it implies.
 * Validation collects Issues; only bugs throw.
 */
export type IssueSource = 'xml' | 'xsd' | 'rule' | 'detect' | 'io';

export interface Issue {
  source: IssueSource;
  /** Stable code from the error catalog (src/errors.ts), or a rule id such as CS002. */
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Element path with positions where siblings repeat: /Bericht/Clienten/Client[2]/Bsn */
  path?: string;
  /** Business rule id, for source "rule". */
  rule?: string;
  /** The iWlz retourcode this problem implies: 0001 for technical and XSD failures. */
  retourcode: string;
}

/** Technical rejection: "Bericht is afgekeurd om technische redenen". */
export const RETOURCODE_TECHNICAL = '0001';

export const DEFAULT_MAX_ISSUES = 100;

/** Collects issues up to a cap and remembers how many were dropped. */
export class IssueList {
  readonly items: Issue[] = [];
  dropped = 0;
  constructor(private readonly max = DEFAULT_MAX_ISSUES) {}
  add(issue: Issue): void {
    if (this.items.length < this.max) this.items.push(issue);
    else this.dropped++;
  }
  get full(): boolean {
    return this.items.length >= this.max;
  }
}

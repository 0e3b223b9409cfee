/** Limits on one message, applied before and while parsing (config: limits.*). */
export interface XmlLimits {
  maxBytes: number;
  maxDepth: number;
  maxAttributes: number;
}

export const DEFAULT_LIMITS: XmlLimits = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAttributes: 32,
});

/**
 * One catalog of stable error codes. Every Issue code that is not a business-rule id comes from
 * here; docs/errors.md lists the same codes (a test keeps the two in sync).
 */
export const ERRORS = {
  IO_READ_FAILED: 'The input could not be read (missing file, permission, not a regular file).',
  XML_TOO_LARGE: 'The message is larger than the configured size limit (default 10 MB); it was not parsed.',
  XML_EMPTY: 'The input is empty or holds only white space.',
  XML_DOCTYPE_FORBIDDEN: 'The input has a DOCTYPE or ENTITY declaration; iWlz messages never carry one, so it is refused before any parser sees it.',
  XML_ENCODING: 'The bytes do not match the declared encoding, or an encoding other than UTF-8 is declared.',
  XML_TOO_DEEP: 'Elements are nested deeper than the configured limit (default 64).',
  XML_TOO_MANY_ATTRIBUTES: 'An element has more attributes than the configured limit (default 32).',
  XML_NOT_WELL_FORMED: 'The XML is not well-formed (truncated, mismatched tags, illegal characters).',
  DETECT_NOT_IWLZ: 'The root element is not an iWlz Bericht in an iWlz message namespace.',
  DETECT_UNSUPPORTED_RELEASE: 'The namespace names an iWlz release for which no schema pack is installed.',
  DETECT_UNKNOWN_KIND: 'The namespace names a message kind the release does not have.',
  DETECT_BERICHTCODE_MISMATCH: 'Header/BerichtCode does not belong to the message kind of the namespace.',
  DETECT_VERSION_MISMATCH: 'BerichtVersie/BerichtSubversie or XsdVersie is outside what the installed schema supports (appinfo Min/Max).',
  XSD_INVALID: 'The message does not validate against the official XSD of its kind and release.',
  XSD_ENGINE_FAILED: 'The XSD engine could not run (schema not loadable, Java missing); not a verdict on the message.',
  PACK_NOT_INSTALLED: 'No schema release pack is installed: run `iwlz-bridge xsd install <dir|zip>` or `iwlz-bridge xsd install --release 2.2`.',
  PACK_INVALID: 'A schema pack folder or archive lacks Basisschema.xsd or message schemas with appinfo.',
  WRITE_INVALID: 'A message the bridge built does not validate against the XSD; it is not returned.',
  RETOUR_NOT_POSSIBLE: 'No retour can be written: echoing the heen header would break the retour XSD (a header value is itself invalid).',
  MODEL_UNKNOWN_ELEMENT: 'The typed model has a field the schema does not declare at that place.',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An Error that carries a catalog code; used for set-up failures (not for bad messages). */
export class BridgeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

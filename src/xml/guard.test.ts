import { describe, expect, it } from 'vitest';
import { guard } from './guard.js';
import { DEFAULT_LIMITS } from './limits.js';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const ok = '<?xml version="1.0" encoding="UTF-8"?>\n<Bericht xmlns="urn:x"><A>1</A></Bericht>';

describe('guard', () => {
  it('passes an ordinary message and strips a UTF-8 BOM', () => {
    expect(guard(enc(ok), DEFAULT_LIMITS).issue).toBeUndefined();
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(ok)]);
    const r = guard(bom, DEFAULT_LIMITS);
    expect(r.issue).toBeUndefined();
    expect(r.bytes[0]).toBe(0x3c);
  });

  it('refuses a DOCTYPE before any parser sees it (billion laughs)', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<lolz>&lol2;</lolz>`;
    const r = guard(enc(laughs), DEFAULT_LIMITS);
    expect(r.issue).toMatchObject({ code: 'XML_DOCTYPE_FORBIDDEN', line: 2, retourcode: '0001' });
    expect(r.issue?.message).toContain('<!DOCTYPE>');
  });

  it('refuses an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE b [<!ENTITY x SYSTEM "file:///etc/passwd">]><Bericht>&x;</Bericht>`;
    expect(guard(enc(xxe), DEFAULT_LIMITS).issue?.code).toBe('XML_DOCTYPE_FORBIDDEN');
  });

  it('lets a DOCTYPE-looking text inside a comment or CDATA pass to the parser', () => {
    const s = '<Bericht><!-- <!DOCTYPE x> --><A><![CDATA[<!DOCTYPE y>]]></A></Bericht>';
    expect(guard(enc(s), DEFAULT_LIMITS).issue).toBeUndefined();
  });

  it('refuses a message over the size limit without looking inside', () => {
    const r = guard(enc(ok), { ...DEFAULT_LIMITS, maxBytes: 20 });
    expect(r.issue).toMatchObject({ code: 'XML_TOO_LARGE' });
    expect(r.issue?.message).toContain('limit is 20');
  });

  it('refuses nesting deeper than the limit, with the line', () => {
    const deep = `<a>\n${'<b>'.repeat(70)}${'</b>'.repeat(70)}</a>`;
    const r = guard(enc(deep), DEFAULT_LIMITS);
    expect(r.issue).toMatchObject({ code: 'XML_TOO_DEEP', line: 2 });
    expect(guard(enc(deep), { ...DEFAULT_LIMITS, maxDepth: 100 }).issue).toBeUndefined();
  });

  it('does not count self-closing elements as depth', () => {
    const flat = `<a>${'<b/>'.repeat(500)}</a>`;
    expect(guard(enc(flat), { ...DEFAULT_LIMITS, maxDepth: 2 }).issue).toBeUndefined();
  });

  it('refuses an element with too many attributes, ignoring = inside values', () => {
    const attrs = Array.from({ length: 40 }, (_, i) => `a${i}="x"`).join(' ');
    expect(guard(enc(`<a ${attrs}/>`), DEFAULT_LIMITS).issue?.code).toBe('XML_TOO_MANY_ATTRIBUTES');
    const quoted = `<a b="${'='.repeat(100)}" c='>'/>`;
    expect(guard(enc(quoted), DEFAULT_LIMITS).issue).toBeUndefined();
  });

  it('refuses a declared encoding other than UTF-8 and UTF-16 byte order marks', () => {
    expect(guard(enc('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'), DEFAULT_LIMITS).issue?.code).toBe('XML_ENCODING');
    expect(guard(enc('<?xml version="1.0" encoding="utf8"?><a/>'), DEFAULT_LIMITS).issue).toBeUndefined();
    expect(guard(Buffer.from([0xff, 0xfe, 0x3c, 0x00]), DEFAULT_LIMITS).issue?.code).toBe('XML_ENCODING');
  });

  it('refuses empty input', () => {
    expect(guard(enc('  \n'), DEFAULT_LIMITS).issue?.code).toBe('XML_EMPTY');
  });
});

describe('guard cost', () => {
  it('stays linear on a large message without quotes after the root', () => {
    const body = '<a>x</a>'.repeat(200_000);
    const xml = enc(`<?xml version="1.0" encoding="UTF-8"?><r xmlns="urn:x">${body}</r>`);
    // quadratic scanning of 400,000 tags would run for minutes, past the test's time-out
    expect(guard(xml, { ...DEFAULT_LIMITS, maxBytes: 1e8 }).issue).toBeUndefined();
  }, 20_000);
});

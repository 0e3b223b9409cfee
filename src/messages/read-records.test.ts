import { describe, expect, it } from 'vitest';
import { keepReadRecords, newReadRecords, readRecordsOf } from './read-records.js';

describe('the records kept beside a read model', () => {
  it('are found for the model they were kept for, and are no property of it', () => {
    const message = { Header: { A: '1' }, B: ['2'] };
    const records = newReadRecords();
    records.list.push(message, 'Bericht', -1, message.Header, 'Header', 0);
    keepReadRecords(message, records);
    expect(readRecordsOf(message)).toBe(records);
    expect(Reflect.ownKeys(message)).toEqual(['Header', 'B']);
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(JSON.stringify(message)).toBe('{"Header":{"A":"1"},"B":["2"]}');
    expect(message).toEqual({ Header: { A: '1' }, B: ['2'] });
    expect(readRecordsOf(structuredClone(message))).toBeUndefined();
    expect(readRecordsOf({ ...message })).toBeUndefined();
    expect(readRecordsOf(message.Header)).toBeUndefined();
  });

  it('are replaced when kept again for the same model', () => {
    const message = {};
    const first = newReadRecords();
    const second = newReadRecords();
    keepReadRecords(message, first);
    keepReadRecords(message, second);
    expect(readRecordsOf(message)).toBe(second);
  });
});

import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { CS014 } from './cs014.js';
import { ctx, message } from '../test-kit.js';

const paths = (s: XmlRecord) => CS014.check(message({ Client: { Indicatie: { Stoornissen: { Stoornis: [s] } } } }), ctx('ZK31')).map((f) => f.path);
const base = '/Bericht/Client/Indicatie/Stoornissen/Stoornis';

describe('CS014 DiagnoseSubcodelijst fits DiagnoseCodelijst', () => {
  it('reports a subcodelijst of another list at both fields', () => {
    expect(paths({ DiagnoseCodelijst: '019', DiagnoseSubcodelijst: '04' })).toEqual([`${base}/DiagnoseCodelijst`, `${base}/DiagnoseSubcodelijst`]);
    expect(paths({ DiagnoseCodelijst: '023', DiagnoseSubcodelijst: '13' })).toHaveLength(2);
  });

  it('reports a missing subcodelijst at DiagnoseCodelijst only', () => {
    expect(paths({ DiagnoseCodelijst: '014' })).toEqual([`${base}/DiagnoseCodelijst`]);
  });

  it('passes fitting pairs and IQ without subcodelijst', () => {
    expect(paths({ DiagnoseCodelijst: '014', DiagnoseSubcodelijst: '06' })).toEqual([]);
    expect(paths({ DiagnoseCodelijst: '021', DiagnoseSubcodelijst: '03' })).toEqual([]);
    expect(paths({ DiagnoseCodelijst: '024', DiagnoseSubcodelijst: '13' })).toEqual([]);
    expect(paths({ DiagnoseCodelijst: '022' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../../messages/model-types.js';
import { CS012 } from './cs012.js';
import { ctx, message } from '../test-kit.js';

const withStoornissen = (...stoornissen: XmlRecord[]) => message({ Clienten: { Client: [{ Indicatie: { Stoornissen: { Stoornis: stoornissen } } }] } });
const paths = (m: XmlRecord) => CS012.check(m, ctx('IO31')).map((f) => f.path);
const base = '/Bericht/Clienten/Client/Indicatie/Stoornissen/Stoornis';

describe('CS012 stoornis code per code list', () => {
  it('reports an ICD/DSM code outside 01–21 at DiagnoseCodelijst and ZiektebeeldStoornis', () => {
    expect(paths(withStoornissen({ DiagnoseCodelijst: '019', DiagnoseSubcodelijst: '07', ZiektebeeldStoornis: '22' }))).toEqual([
      `${base}/DiagnoseCodelijst`,
      `${base}/ZiektebeeldStoornis`,
    ]);
  });

  it('checks ICF codes per subcodelijst, reported at DiagnoseSubcodelijst', () => {
    expect(paths(withStoornissen({ DiagnoseCodelijst: '021', DiagnoseSubcodelijst: '02', ZiektebeeldStoornis: 'b110' }))).toEqual([
      `${base}/DiagnoseSubcodelijst`,
      `${base}/ZiektebeeldStoornis`,
    ]);
    expect(paths(withStoornissen({ DiagnoseCodelijst: '021', DiagnoseSubcodelijst: '01', ZiektebeeldStoornis: 'b110' }))).toEqual([]);
    // ICF without subcodelijst: no code list to check against (CS014 reports the missing subcodelijst)
    expect(paths(withStoornissen({ DiagnoseCodelijst: '021', ZiektebeeldStoornis: 'x' }))).toEqual([]);
  });

  it('checks IQ, visual and auditive codes', () => {
    expect(paths(withStoornissen({ DiagnoseCodelijst: '022', ZiektebeeldStoornis: 'b117.5' }))).toHaveLength(2);
    expect(paths(withStoornissen({ DiagnoseCodelijst: '023', DiagnoseSubcodelijst: '12', ZiektebeeldStoornis: 'b210.9' }))).toEqual([]);
    expect(paths(withStoornissen({ DiagnoseCodelijst: '024', DiagnoseSubcodelijst: '13', ZiektebeeldStoornis: 'b210.9' }))).toHaveLength(2);
  });

  it('reads every stoornis of every AW317 indicatie', () => {
    const m = message({
      Clienten: {
        Client: [
          { Indicaties: { Indicatie: [{ Stoornissen: { Stoornis: [{ DiagnoseCodelijst: '014', DiagnoseSubcodelijst: '04', ZiektebeeldStoornis: '05' }, { DiagnoseCodelijst: '014', DiagnoseSubcodelijst: '04', ZiektebeeldStoornis: '99' }] } }] } },
        ],
      },
    });
    expect(CS012.check(m, ctx('AW317')).map((f) => f.path)).toEqual([
      '/Bericht/Clienten/Client/Indicaties/Indicatie/Stoornissen/Stoornis[2]/DiagnoseCodelijst',
      '/Bericht/Clienten/Client/Indicaties/Indicatie/Stoornissen/Stoornis[2]/ZiektebeeldStoornis',
    ]);
  });
});

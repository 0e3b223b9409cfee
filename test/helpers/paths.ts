import path from 'node:path';
import { projectRoot } from '../../src/config/root.js';

export const ROOT = projectRoot();
export const XSD_DIR = path.join(ROOT, 'xsd');
export const FIXTURES = path.join(ROOT, 'fixtures', 'iwlz-2.2');
export const SHARED_PACK = path.resolve(ROOT, '..', 'shared', 'iwlz', 'xsd', 'iwlz-2.2');

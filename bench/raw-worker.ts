/** The raw library on a worker thread, for the side-by-side: parse + validate, nothing else. */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { XmlDocument, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { rawValidator } from './raw.js';

const { packDir, files } = workerData as { packDir: string; files: string[] };
const validator: XsdValidator = rawValidator(packDir, XmlDocument, XsdValidator, xmlRegisterInputProvider);
const messages = files.map((f) => fs.readFileSync(path.resolve(f)));
parentPort!.on('message', (rounds: number) => {
  const t = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const m of messages) {
      const doc = XmlDocument.fromBuffer(m);
      try {
        validator.validate(doc);
      } finally {
        doc.dispose();
      }
    }
  }
  parentPort!.postMessage(performance.now() - t);
});
parentPort!.postMessage('ready');

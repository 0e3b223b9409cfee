/**
 * A reference register on a SQLite file in a temporary folder, with test receivers for its
 * notifications: the set-up of the notification tests. `close()` stops all and removes the folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestReceiver, type TestReceiver } from '../../src/notifications/test-receiver.js';
import { testSchemaDir } from '../../src/reference-register/sample.js';
import { type RegisterOptions, type RunningRegister, startRegister } from '../../src/reference-register/server.js';

export interface RegisterWithReceivers {
  dir: string;
  reg: RunningRegister;
  receivers: TestReceiver[];
  close(): Promise<void>;
}

export async function registerWithReceivers(prefix: string, receivers: number, opts: Omit<RegisterOptions, 'port' | 'db' | 'schemaDir'> = {}): Promise<RegisterWithReceivers> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const reg = await startRegister({ port: 0, db: path.join(dir, 'register.sqlite'), schemaDir: testSchemaDir(), ...opts });
  const started: TestReceiver[] = [];
  for (let i = 0; i < receivers; i++) started.push(await startTestReceiver());
  return {
    dir, reg, receivers: started,
    close: async () => {
      await reg.close();
      for (const r of started) await r.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Snapshot of the example project's document and ADRs: any change to the output shows up in review.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { copyInputDocs } from '../helpers/copy-inputs.js';

const EXAMPLE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../examples/tidewater');

describe.skipIf(!existsSync(join(EXAMPLE, 'docs')))('example project snapshot', () => {
  it('tidewater document and ADRs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ia-example-'));
    copyInputDocs(EXAMPLE, root);
    const r = await runCreateYolo(root, { date: '2026-01-15', proofCache: false });
    expect(r.exitCode, r.stderr).toBe(0);
    await expect(readFileSync(join(root, 'docs/infrastructure-architecture.md'), 'utf8')).toMatchFileSnapshot(
      '__snapshots__/tidewater/infrastructure-architecture.md',
    );
    for (const f of readdirSync(join(root, 'docs/adr')).sort()) {
      await expect(readFileSync(join(root, 'docs/adr', f), 'utf8')).toMatchFileSnapshot(`__snapshots__/tidewater/adr/${f}`);
    }
  }, 120_000);
});

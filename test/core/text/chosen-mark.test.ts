// The one chosen-row marker extraction and validate share: ticks and choice words mark a row, other words do not.
import { describe, expect, it } from 'vitest';
import { CHOSEN_MARK } from '../../../src/core/text/chosen-mark.js';

describe('CHOSEN_MARK', () => {
  it.each(['✅ Postgres', 'Chosen', 'Selected for MVP', '**Recommended**', 'winner', 'Adopted in Q1', 'Decision: this one', '✔', '☑'])(
    '%s marks the choice',
    (cell) => expect(CHOSEN_MARK.test(cell)).toBe(true),
  );
  it.each(['Postgres', 'Strong ecosystem', 'unselected draft', 'Considered, rejected', 'preselection'])('%s does not', (cell) =>
    expect(CHOSEN_MARK.test(cell)).toBe(false),
  );
});

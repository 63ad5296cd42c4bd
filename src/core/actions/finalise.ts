// Action 8: closes the section, recording what was decided.
import { defineAction } from './action.js';

export const finalise = defineAction(
  {
    id: 'finalise',
    number: 8,
    title: 'Finalize this Section and Proceed',
    description: "Record the section's decisions as they stand and move to the next domain.",
  },
  (ctx) => {
    const ds = ctx.decisions.filter((d) => d.domain === ctx.domain);
    const table = [['Decision', 'Choice', 'Basis'], ...ds.map((d) => [d.id, d.choiceTitle, d.basis])];
    return {
      summary: `${ds.length} decision${ds.length === 1 ? '' : 's'} recorded.`,
      table,
      findings: [],
      assumptions: ds.flatMap((d) => d.assumptions),
    };
  },
);

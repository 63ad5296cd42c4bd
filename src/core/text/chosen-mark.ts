// The words and ticks that mark the chosen row of an options or comparison table, shared by extraction and validate.

/** A cell or row marked as the choice: a tick, or chosen / selected / recommended / winner / adopted / decision. */
export const CHOSEN_MARK = /✅|✔|☑|\b(?:chosen|selected|recommended|winner|adopted|decision)\b/i;

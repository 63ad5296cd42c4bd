// `check`: compares stored fingerprints with current hashes and says what the changes affect.
import type { FingerprintRecord } from './fingerprint-record.js';

export interface CurrentHashes {
  /** sha256 of each input file found now, by project-relative path. */
  inputs: Record<string, string>;
  /** sha256 of the document now, or null when it is missing. */
  document: string | null;
}

export interface FreshnessResult {
  fresh: boolean;
  changedInputs: string[];
  addedInputs: string[];
  removedInputs: string[];
  documentEdited: boolean;
  documentMissing: boolean;
  affectedSections: string[];
  affectedDecisions: string[];
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

export function checkFreshness(record: FingerprintRecord, current: CurrentHashes): FreshnessResult {
  const before = record.inputs;
  const now = current.inputs;
  const changedInputs = sorted(Object.keys(now).filter((p) => p in before && before[p] !== now[p]));
  const addedInputs = sorted(Object.keys(now).filter((p) => !(p in before)));
  const removedInputs = sorted(Object.keys(before).filter((p) => !(p in now)));
  const touched = [...changedInputs, ...removedInputs];
  const affectedSections = sorted(touched.flatMap((p) => record.sectionsByInput?.[p] ?? []));
  const affectedDecisions = sorted(touched.flatMap((p) => record.decisionsByInput?.[p] ?? []));
  const documentMissing = current.document === null;
  const documentEdited = !documentMissing && current.document !== record.document;
  // A hand edit alone does not make the document stale with respect to its inputs; it is reported, not failed.
  const fresh = changedInputs.length === 0 && addedInputs.length === 0 && removedInputs.length === 0 && !documentMissing;
  return { fresh, changedInputs, addedInputs, removedInputs, documentEdited, documentMissing, affectedSections, affectedDecisions };
}

// The catalogue the pipeline consults: the built-in one unless the edge installs another (a user pack merged in).
import { Catalogue } from './catalogue.js';
import { BUILTIN_DATA } from './builtin-data.js';

let builtin: Catalogue | null = null;
let current: Catalogue | null = null;

/** The built-in catalogue, compiled from knowledge/*.yaml at build time. */
export function builtinCatalogue(): Catalogue {
  return (builtin ??= new Catalogue(BUILTIN_DATA));
}

/**
 * The catalogue in force. The edge installs a project's merged catalogue with `useCatalogue` before a run and
 * clears it after; the core never reads files, it only asks this value.
 */
export function kb(): Catalogue {
  return current ?? builtinCatalogue();
}

/** Installs a catalogue for the runs that follow (null restores the built-in one). */
export function useCatalogue(c: Catalogue | null): void {
  current = c;
}

/** The catalogue installed with `useCatalogue`, or null when the built-in one is in force. */
export function installedCatalogue(): Catalogue | null {
  return current;
}

// What the release-side points ask of the inputs: the archetype, the client platforms, offline use and what is shipped.
import type { ProductArchetype } from '../types.js';
import type { DecideContext } from './define-point.js';
import type { Hit } from './profile-view.js';

/** Evidence that the product is one of the archetypes, or null. */
export function archetypeIs(c: DecideContext, ...wanted: ProductArchetype[]): Hit {
  const a = c.v.profile.productArchetype;
  return a && wanted.includes(a.value) ? a.evidence.slice(0, 2) : null;
}

/** A mobile or Apple-platform client: the stores, notarisation and their build services apply. */
export function mobileClient(c: DecideContext): Hit {
  return c.v.committedAny(
    'swiftui',
    'swift',
    'flutter',
    'dart',
    'react-native',
    'expo',
    'expo-eas',
    'xcode-cloud',
    'app-store',
    'google-play',
  );
}

/** The inputs list the product in an app store. */
export function storeListed(c: DecideContext): Hit {
  return c.v.committedAny('app-store', 'google-play', 'microsoft-store');
}

/** The product must work without a network or any cloud dependency (linear pattern). */
export function worksOffline(c: DecideContext): Hit {
  return c.v.states(/\b(?:offline|air-?gapped|disconnected|no cloud|no internet|without (?:internet|cloud|network))\b/i);
}

/** The product is shipped as container images or charts for operators to run. */
export function shipsImages(c: DecideContext): Hit {
  return c.v.committedAny('helm', 'kubernetes', 'docker-compose', 'docker', 'ghcr', 'docker-hub');
}

/** The product is published to a language package registry. */
export function packageRegistry(c: DecideContext): Hit {
  return c.v.committedAny('npm-registry', 'pypi', 'crates-io', 'homebrew');
}

/** The inputs name a small service the team itself runs beside the shipped product (licence, update feed, docs, sync). */
export function companionService(c: DecideContext): Hit {
  return c.v.states(
    /\b(?:licen[cs]e (?:server|service|activation|keys?)|activation server|update (?:server|feed|service)|appcast|docs? site|documentation site|telemetry (?:endpoint|backend))\b/i,
  );
}

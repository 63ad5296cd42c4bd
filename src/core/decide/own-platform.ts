// Where a provider's own service applies, as data: the provider comes from the option's catalogue record, never from code.
import type { DecideContext, OptionDef, Signal } from './define-point.js';
import type { Hit } from './profile-view.js';
import { kb } from '../knowledge/active.js';
import { familyOf, needsPlatform, onProvider, settledOn, type Family } from './platform-family.js';

/** The provider an option's technology belongs to, its platform family, and the hosting platforms in its account (Google Cloud → gcp, firebase). */
export interface OwnPlatform {
  provider: string;
  family: Family;
  platforms: string[];
}

/** How strictly an option needs its provider: in scope (committed, or picked on evidence), or one of the platforms. */
export type ProviderNeed = 'in-scope' | 'on-platform';

/** A fit test that reads the option's own platform. */
export type OwnTest = (c: DecideContext, own: OwnPlatform) => Hit | boolean;

/** A scoring signal about the option's own provider; definePoint binds it to the option's catalogue record. */
export interface OwnSignal extends Signal {
  own: OwnTest;
}

/** The provider of an option's technology and the platforms of its account, read when a run asks (a pack may add some). */
export function ownPlatform(o: Pick<OptionDef, 'id' | 'tech'>): OwnPlatform | null {
  const c = kb();
  const provider = c.providerOf(o.tech ?? o.id);
  if (!provider) return null;
  const platforms = [provider, ...c.withSlot('hosting-platform').filter((id) => id !== provider && c.tech(id)?.provider === provider)];
  return { provider, family: familyOf(provider), platforms };
}

/** The platform chosen on evidence (or by the user) is of the option's provider's family. */
export const settled: OwnTest = (c, own) => settledOn(c, own.family);

/** A signal that holds when `test` does for the option's own platform (the platform settled on evidence by default). */
export function onOwnPlatform(weight: number, because: string, test: OwnTest = settled): OwnSignal {
  return {
    weight,
    because,
    own: test,
    when: () => {
      throw new Error(`onOwnPlatform (${because}) is bound by definePoint to an option's record`);
    },
  };
}

const isOwn = (s: Signal): s is OwnSignal => typeof (s as Partial<OwnSignal>).own === 'function';

/** The option with its own-platform signals and its provider need bound to its catalogue record. */
export function bindOwnPlatform(o: OptionDef): OptionDef {
  if (!o.needsProvider && !o.fits.some(isOwn)) return o;
  // Checked when the point loads, as definePoint checks its other invariants: an option cannot ask for a provider its record lacks.
  if (!ownPlatform(o)) throw new Error(`option ${o.id}: its catalogue record names no provider, so it has no own platform`);
  const own = () => {
    const p = ownPlatform(o);
    if (!p) throw new Error(`option ${o.id}: its record names no provider, so it has no own platform`);
    return p;
  };
  const fits = o.fits.map((s) => (isOwn(s) ? { weight: s.weight, because: s.because, when: (c: DecideContext) => s.own(c, own()) } : s));
  if (!o.needsProvider) return { ...o, fits };
  const need = o.needsProvider;
  const also = o.rejectIf;
  const rejectIf = (c: DecideContext) => {
    const { platforms } = own();
    return (need === 'in-scope' ? onProvider(...platforms) : needsPlatform(...platforms))(c) ?? also?.(c) ?? null;
  };
  return { ...o, fits, rejectIf };
}

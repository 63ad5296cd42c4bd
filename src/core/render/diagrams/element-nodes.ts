// Maps model elements to Mermaid node declarations with generated ids and display labels.
import type { InfraModel } from '../../types.js';
import { techName } from '../../model/tech-catalog.js';
import { NodeIds, node } from '../mermaid-safe.js';

export const USERS = 'users';

export class ElementNodes {
  readonly ids = new NodeIds('n');
  private decl = new Map<string, string>();

  constructor(private m: InfraModel) {
    this.decl.set(USERS, node(this.ids.id(USERS), 'Users', 'stadium'));
    for (const c of m.clients ?? []) this.decl.set(c.id, node(this.ids.id(c.id), c.name, 'round'));
    for (const c of m.compute)
      this.decl.set(
        c.id,
        node(this.ids.id(c.id), c.tech && !c.name.includes(techName(c.tech)) ? `${c.name}: ${techName(c.tech)}` : c.name),
      );
    for (const d of m.dataStores) this.decl.set(d.id, node(this.ids.id(d.id), d.name, 'db'));
    for (const e of m.externalServices) this.decl.set(e.id, node(this.ids.id(e.id), e.name, 'hex'));
    for (const p of m.pipelines) this.decl.set(p.id, node(this.ids.id(p.id), p.name, 'round'));
  }

  /** The declaration (`n3["…"]`) of a model element. */
  declare(modelId: string): string | null {
    return this.decl.get(modelId) ?? null;
  }

  ref(modelId: string): string {
    return this.ids.id(modelId);
  }

  /** Users and the apps and devices they call from: everything outside the system. */
  outside(): string[] {
    return [USERS, ...(this.m.clients ?? []).map((c) => c.id)];
  }

  known(modelId: string): boolean {
    return this.decl.has(modelId);
  }
}

// Cue words in other languages: a negation, a provenance, an obligation, a later phase, an option or a rejection in six languages.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { assertionStatus } from '../../../src/core/extract/assertion-status.js';
import { CUE_WORDS, cuePhrases, endsWithCue, hasCue } from '../../../src/core/extract/cue-words.js';

function statusOf(sentence: string, name: string): string {
  const d = doc('docs/architecture.md', 'architecture', `# Conception\n\n## Plateforme\n\n${sentence}\n`);
  const block = d.blocks.find((b) => b.text.includes(name) && b.type !== 'heading')!;
  const start = block.text.indexOf(name);
  return assertionStatus(d, block, start, start + name.length);
}

describe('the cue table', () => {
  it('lists every role in the six languages', () => {
    for (const role of Object.keys(CUE_WORDS) as (keyof typeof CUE_WORDS)[])
      expect(Object.keys(CUE_WORDS[role]).sort(), role).toEqual(['de', 'es', 'fr', 'it', 'nl', 'pt']);
  });

  it('puts longer phrases first so a phrase is matched whole', () => {
    const p = cuePhrases('negation');
    expect(p.indexOf("pas d'")).toBeLessThan(p.indexOf('sans'));
  });

  it.each([
    ['negation', 'on tourne pas de ', true],
    ['negation', 'une appli pas d’', true],
    ['negation', 'Ohne  ', true],
    ['negation', 'un sansonnet ', false],
    ['provenance', 'un moteur inspiré de ', true],
    ['provenance', 'basé sur ', false],
  ] as const)('%s: %j ends with a cue: %s', (role, text, want) => {
    expect(endsWithCue(role, text)).toBe(want);
  });

  it.each([
    ['obligation', 'La conformité est exigée.', true],
    ['obligation', 'Die Lösung ist konform.', true],
    ['obligation', 'Un conformiste.', false],
    ['obligationTitle', 'Protección de datos', true],
    ['obligationTitle', 'Tableau de bord', false],
  ] as const)('%s in %j: %s', (role, text, want) => {
    expect(hasCue(role, text)).toBe(want);
  });
});

describe('status of a mention read through cue words', () => {
  it.each([
    ['negated', 'Pas de Zephyr pour le MVP.', 'Zephyr'],
    ['negated', 'Une application sans Zephyr ni serveur.', 'Zephyr'],
    ['negated', 'Sin Zephyr en producción.', 'Zephyr'],
    ['negated', 'Wir betreiben keinen eigenen Zephyr.', 'Zephyr'],
    ['negated', 'Sem Zephyr nesta versão.', 'Zephyr'],
    ['provenance', 'Un tableau de bord inspiré de Zephyr.', 'Zephyr'],
    ['provenance', 'Diseño inspirado en Zephyr y Quokka.', 'Quokka'],
    ['provenance', 'Ein Modul abgeleitet von Zephyr.', 'Zephyr'],
    ['provenance', 'Um motor derivado de Zephyr.', 'Zephyr'],
    ['negated', 'Senza Zephyr in produzione.', 'Zephyr'],
    ['negated', 'We draaien geen eigen Zephyr.', 'Zephyr'],
    ['provenance', 'Un modulo derivato da Zephyr.', 'Zephyr'],
    ['provenance', 'Een dashboard geïnspireerd door Zephyr.', 'Zephyr'],
    ['future', 'In futuro useremo Zephyr per la ricerca.', 'Zephyr'],
    ['future', 'Op termijn komt Zephyr erbij.', 'Zephyr'],
    ['future', 'Zephyr später für die Suche.', 'Zephyr'],
    ['future', 'Plus tard, Zephyr pour la recherche.', 'Zephyr'],
    ['optional', 'Zephyr se necessario per la cache.', 'Zephyr'],
    ['optional', 'Indien nodig Zephyr als cache.', 'Zephyr'],
    ['optional', 'Zephyr bei Bedarf als Cache.', 'Zephyr'],
    ['negated', 'Zephyr scartato per i costi.', 'Zephyr'],
    ['negated', 'Zephyr afgewezen vanwege de kosten.', 'Zephyr'],
    ['negated', 'Zephyr verworfen wegen der Kosten.', 'Zephyr'],
    ['committed', 'Il backend gira su Zephyr.', 'Zephyr'],
    ['committed', 'De backend draait op Zephyr.', 'Zephyr'],
    ['optional', 'Cache mémoire, Zephyr optionnel en V2.', 'Zephyr'],
    ['optional', 'Cache distribué : Zephyr (optionnel V2).', 'Zephyr'],
    ['optional', 'Quokka/Zephyr KV optionnel.', 'Zephyr'],
    ['optional', 'Caché con Zephyr opcional.', 'Zephyr'],
    ['optional', 'Zephyr wahlweise für Sitzungen.', 'Zephyr'],
    ['optional', 'Fila Zephyr se necessário.', 'Zephyr'],
    ['committed', 'Le cache tourne sur Zephyr, la base reste obligatoire.', 'Zephyr'],
    ['committed', "L'API tourne sur Zephyr.", 'Zephyr'],
    ['committed', 'Das Backend läuft auf Zephyr.', 'Zephyr'],
  ])('%s: %s', (want, sentence, name) => {
    expect(statusOf(sentence, name)).toBe(want);
  });
});

describe('regimes named and bound in other languages', () => {
  const regimes = (body: string) => ids(profileOf(doc('docs/prd.md', 'prd', `# Produit\n\n${body}\n`)).compliance);

  it.each([
    ['- Conformité RGPD : export et suppression des données sur demande.', ['gdpr']],
    ['## Protection des données\n\n- RGPD article 9 pour les données de santé', ['gdpr']],
    ['- Die Plattform muss die DSGVO einhalten.', ['gdpr']],
    ['- Cumplimiento del RGPD obligatorio para los usuarios de la UE.', ['gdpr']],
    ['- Pas de SOC2 pour le lancement ; conformité RGPD exigée.', ['gdpr']],
    ['- Sem certificação SOC 2 nesta fase.', []],
    ['- La piattaforma deve rispettare il GDPR.', ['gdpr']],
    ['- Naleving van de GDPR is verplicht.', ['gdpr']],
    ['- Nessuna certificazione SOC 2 per ora.', []],
    ['- Un article de blog cite le RGPD.', []],
  ])('%s', (body, want) => {
    expect(regimes(body)).toEqual(want);
  });
});

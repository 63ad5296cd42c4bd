// Reads the deploy commands and actions of a CI workflow: what a pipeline ships to is a committed target.
import type { TechCategory } from '../types.js';

export interface DeployFact {
  category: TechCategory;
  id: string;
  /** Offset in the workflow text the command was read from. */
  at: number;
}

// Each rule tests one line: a command-line tool's deploy verb or a published deploy action. Line-sized tests stay linear.
const RULES: { re: RegExp; facts: `${TechCategory}:${string}`[] }[] = [
  { re: /\bwrangler(?:-action)?\b[^\n]{0,40}?\bpages\s+(?:deploy|publish)\b/, facts: ['compute:cloudflare-pages', 'iacTools:wrangler'] },
  { re: /\bwrangler\s+(?:deploy|publish)\b|cloudflare\/wrangler-action@/, facts: ['compute:cloudflare-workers', 'iacTools:wrangler'] },
  { re: /\bvercel\s+(?:deploy\b|--prod\b)|\/vercel-action@/, facts: ['cloudProviders:vercel'] },
  { re: /\bnetlify\s+deploy\b|\/netlify-actions?\b|actions-netlify@/, facts: ['cloudProviders:netlify'] },
  { re: /\bflyctl\s+deploy\b|\bfly\s+deploy\b|superfly\/flyctl-actions/, facts: ['cloudProviders:fly-io'] },
  { re: /\brailway\s+(?:up|deploy)\b/, facts: ['cloudProviders:railway'] },
  { re: /\bfirebase\s+deploy\b|FirebaseExtended\/action-hosting-deploy@/, facts: ['cloudProviders:firebase'] },
  { re: /\bgcloud\s+run\s+deploy\b|google-github-actions\/deploy-cloudrun@/, facts: ['compute:cloud-run'] },
  { re: /\bgcloud\s+app\s+deploy\b|google-github-actions\/deploy-appengine@/, facts: ['compute:app-engine'] },
  { re: /\bheroku\s+(?:container:release|releases?)\b|akhileshns\/heroku-deploy@/, facts: ['cloudProviders:heroku'] },
  { re: /\bcdk\s+deploy\b/, facts: ['iacTools:cdk'] },
  { re: /\b(?:serverless|sls)\s+deploy\b/, facts: ['iacTools:serverless-framework'] },
  { re: /\bhelm\s+(?:upgrade|install)\b/, facts: ['iacTools:helm'] },
  { re: /\bterraform\s+apply\b/, facts: ['iacTools:terraform'] },
  { re: /\beas\s+(?:build|submit|update)\b/, facts: ['ciCd:expo-eas'] },
];

/** The deploy targets a CI workflow's steps name, each once, in the order they first appear. */
export function deployFacts(workflow: string): DeployFact[] {
  const out: DeployFact[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const line of workflow.split('\n')) {
    for (const rule of RULES) {
      if (!rule.re.test(line)) continue;
      for (const f of rule.facts) {
        if (seen.has(f)) continue;
        seen.add(f);
        const [category, id] = f.split(':') as [TechCategory, string];
        out.push({ category, id, at: offset });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

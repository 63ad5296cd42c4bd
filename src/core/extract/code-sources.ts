// Reads fenced code by what it is: Terraform (tool, providers, resources), CI workflows, Dockerfiles, compose files, manifests.
import type { Block, TechCategory } from '../types.js';
import { deployFacts } from './deploy-commands.js';
import { treeFacts } from './source-tree.js';

export interface CodeFact {
  category: TechCategory;
  id: string;
  /** How much the snippet commits: working configuration weighs like a stated choice, a compose file barely. */
  strength: number;
  /** Offset in the block's text the fact was read from. */
  at: number;
}

interface CodeRule {
  category: TechCategory;
  id: string;
  strength: number;
  re: RegExp;
}

const HCL_LANG = /^(?:hcl|terraform|tf|tfvars)$/i;
const HCL_BODY = /^[ \t]*(?:terraform\s*\{|resource\s+"[a-z0-9_]+"\s+"|provider\s+"[a-z0-9_-]+"\s*\{|module\s+"[\w-]+"\s*\{)/m;
const TOFU_HINT = /\bopentofu\b|\btofu\s+(?:init|plan|apply)\b/i;

// Terraform that creates a service (a resource or a module built for it) states the choice as a stack row does.
const HCL_SERVICE = 1;

// Terraform providers and resource types name the cloud and the services the configuration creates.
const HCL_RULES: CodeRule[] = [
  { category: 'cloudProviders', id: 'aws', strength: 1, re: /provider\s+"aws"|hashicorp\/aws\b|resource\s+"aws_/ },
  { category: 'cloudProviders', id: 'gcp', strength: 1, re: /provider\s+"google(?:-beta)?"|hashicorp\/google\b|resource\s+"google_/ },
  { category: 'cloudProviders', id: 'azure', strength: 1, re: /provider\s+"azurerm"|hashicorp\/azurerm\b|resource\s+"azurerm_/ },
  {
    category: 'cloudProviders',
    id: 'digitalocean',
    strength: 1,
    re: /provider\s+"digitalocean"|digitalocean\/digitalocean\b|resource\s+"digitalocean_/,
  },
  {
    category: 'cloudProviders',
    id: 'cloudflare',
    strength: 1,
    re: /provider\s+"cloudflare"|cloudflare\/cloudflare\b|resource\s+"cloudflare_/,
  },
  { category: 'compute', id: 'eks', strength: HCL_SERVICE, re: /resource\s+"aws_eks_cluster"|terraform-aws-modules\/eks\b/ },
  { category: 'compute', id: 'ecs', strength: HCL_SERVICE, re: /resource\s+"aws_ecs_(?:cluster|service)"/ },
  { category: 'compute', id: 'aws-lambda', strength: HCL_SERVICE, re: /resource\s+"aws_lambda_function"/ },
  { category: 'compute', id: 'gke', strength: HCL_SERVICE, re: /resource\s+"google_container_cluster"/ },
  { category: 'compute', id: 'cloud-run', strength: HCL_SERVICE, re: /resource\s+"google_cloud_run_(?:v2_)?service"/ },
  { category: 'compute', id: 'aks', strength: HCL_SERVICE, re: /resource\s+"azurerm_kubernetes_cluster"/ },
  { category: 'dataStores', id: 's3', strength: HCL_SERVICE, re: /resource\s+"aws_s3_bucket"/ },
  { category: 'dataStores', id: 'dynamodb', strength: HCL_SERVICE, re: /resource\s+"aws_dynamodb_table"/ },
  { category: 'dataStores', id: 'sqs', strength: HCL_SERVICE, re: /resource\s+"aws_sqs_queue"/ },
  { category: 'dataStores', id: 'sns', strength: HCL_SERVICE, re: /resource\s+"aws_sns_topic"/ },
  { category: 'dataStores', id: 'gcs', strength: HCL_SERVICE, re: /resource\s+"google_storage_bucket"/ },
  { category: 'iacTools', id: 'helm', strength: 0.6, re: /resource\s+"helm_release"|provider\s+"helm"/ },
];

// A GitHub Actions workflow: triggers and jobs with runners; GitLab CI: stages and scripts. Each shape is a set of
// simple line tests that must all hold (no pattern spans the block, so the cost stays linear in its length).
const all =
  (...res: RegExp[]) =>
  (text: string) =>
    res.every((re) => re.test(text));
const GHA = all(/^[ \t]*["']?on["']?\s*:/m, /^[ \t]*jobs\s*:/m, /\bruns-on\s*:/);
const GITLAB = all(/^[ \t]*stages\s*:/m, /^[ \t]+script\s*:/m);
const JENKINS = all(/^[ \t]*pipeline\s*\{/m, /^[ \t]*stages?\s*\{/m);
const DOCKERFILE = all(/^[ \t]*FROM\s+[\w./:@-]+/m, /^[ \t]*(?:RUN|CMD|ENTRYPOINT|COPY)\s/m);
const COMPOSE = all(/^[ \t]*services\s*:\s*$/m, /^[ \t]+(?:image|build)\s*:/m);
const K8S = all(
  /^[ \t]*apiVersion\s*:\s*(?:apps\/v1|v1|batch\/v1)\s*$/m,
  /^[ \t]*kind\s*:\s*(?:Deployment|StatefulSet|Service|DaemonSet|CronJob|Pod)\s*$/m,
);
const DEPLOY_STRENGTH = 0.6;
// A compose file describes production only when it says so.
const PRODUCTION = /\bprod(?:uction)?\b/i;

function firstIndex(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m ? m.index : 0;
}

// A module is named by what it builds ('module "eks"', 'source = "../modules/s3"'); the provider says whose service it is.
const MODULE_KINDS: Record<string, Record<string, [TechCategory, string]>> = {
  aws: {
    eks: ['compute', 'eks'],
    ecs: ['compute', 'ecs'],
    lambda: ['compute', 'aws-lambda'],
    s3: ['dataStores', 's3'],
    sqs: ['dataStores', 'sqs'],
    sns: ['dataStores', 'sns'],
    dynamodb: ['dataStores', 'dynamodb'],
  },
  gcp: { gke: ['compute', 'gke'], 'cloud-run': ['compute', 'cloud-run'], gcs: ['dataStores', 'gcs'] },
  azure: { aks: ['compute', 'aks'] },
};
const MODULE_LINE = /^\s*(?:module\s+"([\w-]+)"|source\s*=\s*"([^"\n]{1,200})")/;

/** Services built by the configuration's modules, judged by each module's name or source path and the configured provider. */
function moduleFacts(text: string): CodeFact[] {
  const provider = HCL_RULES.slice(0, 3).find((r) => r.re.test(text))?.id;
  const kinds = provider ? MODULE_KINDS[provider] : undefined;
  if (!kinds) return [];
  const out: CodeFact[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = MODULE_LINE.exec(line);
    // The last path segment of a source ("terraform-aws-modules/eks/aws" gives "eks" too) or the module's own name.
    const words = m ? (m[1] ?? m[2]).toLowerCase().split(/[/_.]+/) : [];
    for (const w of words) {
      const k = kinds[w] ?? kinds[w.replace(/^terraform-\w+-/, '')];
      if (k && !out.some((o) => o.id === k[1])) out.push({ category: k[0], id: k[1], strength: HCL_SERVICE, at: offset });
    }
    offset += line.length + 1;
  }
  return out;
}

const SHELL_LANG = /^(?:bash|sh|shell|zsh|console|shell-session)$/i;
// A command run by hand in a runbook weighs less than a pipeline's step, but a procedure repeated across runbooks commits.
const SHELL_DEPLOY_STRENGTH = 0.3;

/** The infrastructure facts a fenced code block states by its own syntax. */
export function codeFacts(block: Block): CodeFact[] {
  if (block.type !== 'code') return [];
  const text = block.text;
  const lang = (block.lang ?? '').trim();
  const out: CodeFact[] = [];
  // A drawn directory tree is a layout, not configuration: only the tool files it lists say anything.
  const tree = treeFacts(block);
  if (tree.length > 0) return tree;
  if (HCL_LANG.test(lang) || HCL_BODY.test(text)) {
    out.push({ category: 'iacTools', id: TOFU_HINT.test(text) ? 'opentofu' : 'terraform', strength: 0.8, at: firstIndex(text, HCL_BODY) });
    for (const r of HCL_RULES) {
      const m = r.re.exec(text);
      if (m) out.push({ category: r.category, id: r.id, strength: r.strength, at: m.index });
    }
    for (const f of moduleFacts(text)) if (!out.some((o) => o.id === f.id)) out.push(f);
    return out;
  }
  if (/^(?:ya?ml|)$/i.test(lang) || /^(?:groovy|jenkinsfile)$/i.test(lang)) {
    if (GHA(text)) out.push({ category: 'ciCd', id: 'github-actions', strength: 0.8, at: firstIndex(text, /\bruns-on\s*:/) });
    else if (GITLAB(text)) out.push({ category: 'ciCd', id: 'gitlab-ci', strength: 0.8, at: firstIndex(text, /\bstages\s*:/) });
    else if (JENKINS(text)) out.push({ category: 'ciCd', id: 'jenkins', strength: 0.8, at: 0 });
    // What a working pipeline deploys to is a target, though one workflow alone weighs less than a stated choice.
    if (out.length > 0) for (const d of deployFacts(text)) out.push({ ...d, strength: DEPLOY_STRENGTH });
    if (COMPOSE(text)) {
      const prod = PRODUCTION.test(block.section.title) || /^[ \t]*#.*\bprod(?:uction)?\b/im.test(text);
      out.push({ category: 'compute', id: 'docker-compose', strength: prod ? 0.6 : 0.2, at: firstIndex(text, /\bservices\s*:/) });
    }
    if (K8S(text)) out.push({ category: 'compute', id: 'kubernetes', strength: 0.5, at: firstIndex(text, /\bkind\s*:/) });
  }
  if (SHELL_LANG.test(lang)) for (const d of deployFacts(text)) out.push({ ...d, strength: SHELL_DEPLOY_STRENGTH });
  if (/^(?:dockerfile|docker)$/i.test(lang) || DOCKERFILE(text))
    out.push({ category: 'compute', id: 'docker', strength: 0.4, at: firstIndex(text, /\bFROM\s/) });
  return out;
}

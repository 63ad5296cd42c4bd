// Decision points of the security domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import identity from './identity.js';
import secrets from './secrets.js';
import encryption from './encryption.js';
import workloadAccess from './workload-access.js';
import supplyChain from './supply-chain.js';
import artefactSigning from './artefact-signing.js';
import sbomProvenance from './sbom-provenance.js';

export const POINTS: DecisionPoint[] = [identity, secrets, encryption, workloadAccess, supplyChain, artefactSigning, sbomProvenance];

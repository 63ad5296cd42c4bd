// Decision points of the CI/CD domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import pipelinePlatform from './pipeline-platform.js';
import iacTool from './iac-tool.js';
import deploymentStrategy from './deployment-strategy.js';
import gitops from './gitops.js';
import promotion from './promotion.js';
import buildMatrix from './build-matrix.js';
import distributionChannel from './distribution-channel.js';
import updateChannel from './update-channel.js';
import releaseSecurity from './release-security.js';

export const POINTS: DecisionPoint[] = [
  pipelinePlatform,
  iacTool,
  deploymentStrategy,
  gitops,
  promotion,
  buildMatrix,
  distributionChannel,
  updateChannel,
  releaseSecurity,
];

// Decision points of the observability domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import metrics from './metrics.js';
import logging from './logging.js';
import tracing from './tracing.js';
import alerting from './alerting.js';
import crashTelemetry from './crash-telemetry.js';

export const POINTS: DecisionPoint[] = [metrics, logging, tracing, alerting, crashTelemetry];

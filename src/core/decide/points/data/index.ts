// Decision points of the data domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import primaryDatabase from './primary-database.js';
import databaseHosting from './database-hosting.js';
import cache from './cache.js';
import objectStorage from './object-storage.js';
import messaging from './messaging.js';
import backup from './backup.js';
import residency from './residency.js';

export const POINTS: DecisionPoint[] = [primaryDatabase, databaseHosting, cache, objectStorage, messaging, backup, residency];

// Argument schemas several tools share.
import { z } from 'zod';

export const dir = z.string().min(1).describe('the project folder (absolute, or relative to the folder the server started in)');
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD written into the document and ADRs (default: SOURCE_DATE_EPOCH, else today)');
export const priority = z.enum(['cost', 'simplicity', 'resilience', 'compliance', 'speed']);
export const knowledge = z
  .string()
  .min(1)
  .optional()
  .describe(
    "a folder of knowledge *.yaml files adding or overriding technologies, regions, regimes, DR tiers and prices (the project's .infra-arch/knowledge/ is always read)",
  );

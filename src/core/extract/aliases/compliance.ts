// Compliance regimes (accessibility standards such as WCAG are deliberately absent).
import { alias, type AliasEntry } from './alias-entry.js';

export const COMPLIANCE_ALIASES: AliasEntry[] = [
  alias('gdpr', 'compliance', ['GDPR', 'UK GDPR', 'EU GDPR', 'General Data Protection Regulation']),
  alias('hipaa', 'compliance', ['HIPAA', 'HITECH', 'HIPAA/HITECH']),
  alias('pci-dss', 'compliance', ['PCI DSS', 'PCI-DSS', 'PCI', 'PCI compliance', 'Payment Card Industry Data Security Standard']),
  alias('soc2', 'compliance', ['SOC 2', 'SOC2', 'SOC-2', 'SOC 2 Type II', 'SOC 2 Type 2', 'SOC II']),
  alias('iso27001', 'compliance', ['ISO 27001', 'ISO/IEC 27001', 'ISO27001', 'ISO-27001', 'ISO 27001:2022', 'ISO 27001:2013']),
  alias('fedramp', 'compliance', ['FedRAMP']),
  alias('ccpa', 'compliance', ['CCPA', 'CPRA', 'California Consumer Privacy Act']),
  alias('nis2', 'compliance', ['NIS2', 'NIS 2', 'NIS2 Directive']),
  alias('dora', 'compliance', ['Digital Operational Resilience Act'], { exact: ['DORA'], vendor: /\b(regulation|resilience|compliance|financial|eu)\b/i }),
  alias('fisma', 'compliance', ['FISMA']),
  alias('cyber-essentials', 'compliance', ['Cyber Essentials', 'Cyber Essentials Plus']),
  alias('fips', 'compliance', ['FIPS', 'FIPS 140-2', 'FIPS 140-3', 'FIPS-140', 'FIPS 140']),
  alias('sox', 'compliance', ['Sarbanes-Oxley', 'SOX compliance'], { exact: ['SOX'] }),
  alias('lgpd', 'compliance', ['LGPD']),
  alias('pipeda', 'compliance', ['PIPEDA']),
  alias('ferpa', 'compliance', ['FERPA']),
  alias('coppa', 'compliance', ['COPPA']),
  alias('hitrust', 'compliance', ['HITRUST']),
  alias('nist-800-53', 'compliance', ['NIST 800-53', 'NIST SP 800-53']),
];

// Shape of one compiled alias: the spellings of a technology and what a hit on them implies (built from catalogue records).
import type { TechCategory } from '../types.js';

/** A category a hit can land in: the tech categories of the profile. */
export type AliasCategory = TechCategory;

export interface AliasEntry {
  id: string;
  category: AliasCategory;
  /**
   * Spellings. Plain strings match case-insensitively on word boundaries, spaces also matching `-`;
   * a string starting with `/` is a regular-expression source (case-insensitive).
   */
  terms: string[];
  /** Spellings that must match with exact case ("Pages", "Workers", "Go"). */
  exact?: string[];
  /** The hit only counts when this pattern also occurs in the same block or section title. */
  vendor?: RegExp;
  /** The hit only counts in a technology-table row (or a tech-stack list item), e.g. the language Go. */
  stackOnly?: boolean;
  /** Further facts a hit establishes, as `category:id` (e.g. ElastiCache → `cloudProviders:aws`). */
  implies?: string[];
  /** Picks another id from the block's text (Cloud SQL → mysql when MySQL is named, else postgresql). */
  variants?: { when: RegExp; id: string }[];
}

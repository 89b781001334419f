/**
 * How long a personal link works (months; new links only) and how long personal data is kept after
 * the arrival date before it is anonymised. Retention is bounded: at least 6 months (the reception
 * work lasts that long), at most 60 (the audit log's own period, docs/decisions/010). Client-safe:
 * the settings form shows them.
 */
export const LINK_VALIDITY_MONTHS = { min: 1, max: 24 } as const;
export const RETENTION_MONTHS = { min: 6, max: 60 } as const;

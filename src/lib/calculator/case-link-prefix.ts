// The hash prefix of a case link (contract D), in a module of its own so the page can recognise a
// link without loading the case schemas (case-link.ts, zod) that read it.
export const CASE_LINK_PREFIX = '#ho-so=';

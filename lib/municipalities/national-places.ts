/**
 * The national bodies every municipality's steps may be done at, kept as places beside its offices
 * (decision 019): a step's place is chosen from a list, and its name and website come from here.
 * The migration `national_places` gave existing municipalities the same two.
 */
export const NATIONAL_PLACES = [
  { name: "SIRI – Styrelsen for International Rekruttering og Integration", website: "https://siri.dk" },
  { name: "Skattestyrelsen", website: "https://skat.dk" },
] as const;

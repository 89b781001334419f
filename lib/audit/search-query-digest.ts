import { createHmac } from "node:crypto";
import { foldForSearch } from "@/lib/arrivals/search-name";
import { deriveServerKey } from "@/lib/crypto/server-key";

/**
 * What a search looked for, as the audit log keeps it: a keyed digest of the folded words, not the
 * words. Searches are for names, and the append-only log would keep a name after its person was
 * erased (decision 010); with the digest, whoever holds the server's secret can still tell whether
 * a given name was searched for ("Müller jonas" and "jonas muller" give the same digest).
 */
export function searchQueryDigest(query: string): string | null {
  const words = foldForSearch(query).split(" ").filter(Boolean).sort();
  if (words.length === 0) return null;
  return createHmac("sha256", deriveServerKey("audit-search-query", "AUDIT_QUERY_SECRET")).update(words.join(" ")).digest("base64url");
}

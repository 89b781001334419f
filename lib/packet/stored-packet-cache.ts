import { LRUCache } from "lru-cache";

/**
 * The stored (still encrypted) bytes of recently downloaded packets, by packet id. A stored packet
 * never changes: "Generate" adds a new row and anonymisation deletes the row. So a cached copy is
 * the same on every instance, and who may download it is still asked of the database on every
 * request (`getStoredPacketPdf` reads the row without its bytes first); the cache only saves
 * reading some hundred kilobytes of bytea from PostgreSQL again, which was most of a download's cost.
 */
const sealedPdfs = new LRUCache<string, Uint8Array>({
  maxSize: Number(process.env.PACKET_CACHE_MAX_BYTES ?? 64 * 1024 * 1024),
  sizeCalculation: (sealed) => Math.max(1, sealed.byteLength),
});

/** The packet's sealed bytes from the cache, else from `load` (then kept). */
export async function sealedPdfOf(packetId: string, load: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
  const cached = sealedPdfs.get(packetId);
  if (cached) return cached;
  const loaded = await load();
  if (loaded) sealedPdfs.set(packetId, loaded);
  return loaded;
}

import type { TPacket } from "./packet-model";

// A few thousand packet models are a few megabytes; least recently used go first.
const MAX_ENTRIES = 2_000;
const models = new Map<string, Promise<TPacket | null>>();

/**
 * The packet model for a key that names every input it is built from, built at most once per
 * process at a time (concurrent requests share the build). Failed builds are not kept.
 */
export function cachedPacketModel(key: string, build: () => Promise<TPacket | null>): Promise<TPacket | null> {
  const hit = models.get(key);
  if (hit) {
    models.delete(key);
    models.set(key, hit);
    return hit;
  }
  const pending = build();
  models.set(key, pending);
  pending.then(
    (packet) => packet ?? models.delete(key),
    () => models.delete(key),
  );
  if (models.size > MAX_ENTRIES) models.delete(models.keys().next().value as string);
  return pending;
}

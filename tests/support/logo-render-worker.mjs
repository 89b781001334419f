// The server's logo render worker, for tests outside Next.js: worker threads do not inherit tsx's
// loader, so this entry registers it before importing the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("../../lib/municipalities/logo-render-worker.ts");

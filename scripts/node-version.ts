/**
 * Ankomst runs on the Node.js pinned as the devDependency `node` (an LTS line); npm scripts put
 * `node_modules/.bin` first on PATH, so `npm start` and `npm test` get it. Started any other way,
 * say so plainly instead of failing later in a dependency.
 */
const MINIMUM_MAJOR = 24;

export function assertSupportedNode(): void {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= MINIMUM_MAJOR) return;
  console.error(
    `Ankomst needs Node.js ${MINIMUM_MAJOR} or newer; this is ${process.version}. Run it through npm (npm start, npm test), which uses the Node.js installed with the project.`,
  );
  process.exit(1);
}

/**
 * The layers point one way: app/ (routes) → components/ → lib/. `npm run lint` runs this.
 * React that is not a browser page (the packet's PDF document, e-mail templates) lives in lib/,
 * because only the server renders it (docs/decisions/015-one-way-layers.md).
 * @type {import("dependency-cruiser").IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "lib-not-to-components",
      comment: "lib/ is the domain; it renders no browser components. Move what both need into lib/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "no-imports-from-routes",
      comment: "Nothing imports from a route folder: server actions live beside their domain in lib/, components in components/.",
      severity: "error",
      from: { path: "^(lib|components|scripts|tests|proxy\\.ts|instrumentation\\.ts)" },
      to: { path: "^app/" },
    },
    {
      name: "routes-not-to-each-other",
      comment: "A route imports components and lib, never another route's files.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^app/", pathNot: "^app/globals\\.css$" },
    },
    {
      name: "app-code-not-to-scripts-or-tests",
      comment: "Production code does not import seeds, benchmarks, the load test or tests.",
      severity: "error",
      from: { path: "^(app|components|lib)/" },
      to: { path: "^(scripts|tests)/" },
    },
    {
      name: "db-singleton-only-in-the-request-layer",
      comment:
        "The app's Prisma client (lib/db.ts) is for server actions, route handlers, pages and auth; domain functions take the client as an argument, so tests and scripts pass their own.",
      severity: "error",
      from: { path: "^(components|lib)/", pathNot: ["^lib/.+-actions\\.ts$", "^lib/auth/(options|require-user)\\.ts$"] },
      to: { path: "^lib/db\\.ts$" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|node_modules|lib/generated|reports|test-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};

/**
 * The load balancer in front of the two instances of `npm run test:load`: each request goes to the
 * next instance in turn, with X-Forwarded-For/-Host/-Proto set as a real proxy sets them (the
 * instances run with TRUSTED_PROXY_COUNT=1, as they would behind one). Loopback only.
 * With `compress`, it gzips text as the reverse proxy in production does (README, "Running in
 * production"): `npm run bench:weight` measures what a phone would download.
 */
import { Agent, createServer, request as forward, type IncomingMessage } from "node:http";
import { constants, createGzip } from "node:zlib";

export type TRoundRobinProxy = { url: string; answeredBy: number[]; close: () => Promise<void> };

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

export function startRoundRobinProxy(options: { port: number; instancePorts: number[]; compress?: boolean }): Promise<TRoundRobinProxy> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const answeredBy = options.instancePorts.map(() => 0);
  let next = 0;
  const server = createServer(async (request, response) => {
    const index = next++ % options.instancePorts.length;
    answeredBy[index]!++;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    // The body is read first, so a request the instance never saw can be sent again (below).
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const send = (isRetry: boolean) => {
      const upstream = forward(
        {
          agent,
          host: "127.0.0.1",
          port: options.instancePorts[index],
          method: request.method,
          path: request.url,
          headers: { ...request.headers, "x-forwarded-for": forwardedFor, "x-forwarded-host": request.headers.host, "x-forwarded-proto": "http" },
        },
        (answer) => relay(answer),
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the instance closed just as it was reused: the request never
        // reached it, so it goes once more on a fresh connection (Node's documented remedy).
        if (!isRetry && upstream.reusedSocket && error.code === "ECONNRESET" && !response.headersSent) return send(true);
        // An instance that cannot be reached is the balancer's 502, which the load test counts as an error.
        if (!response.headersSent) response.writeHead(502, { "Content-Type": "text/plain" });
        response.end(`The instance did not answer (${error.code ?? error.message}${upstream.reusedSocket ? ", on a reused connection" : ""}).`);
      });
      upstream.end(body);
    };
    const relay = (answer: IncomingMessage) => {
      const isCompressed =
        options.compress &&
        COMPRESSIBLE.test(String(answer.headers["content-type"] ?? "")) &&
        !answer.headers["content-encoding"] &&
        /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      if (!isCompressed) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const { "content-length": _length, ...headers } = answer.headers;
      response.writeHead(answer.statusCode ?? 502, { ...headers, "content-encoding": "gzip", vary: "Accept-Encoding" });
      answer.pipe(createGzip({ level: constants.Z_DEFAULT_COMPRESSION })).pipe(response);
    };
    send(false);
  });
  return new Promise((resolve) => {
    server.listen(options.port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${options.port}`,
        answeredBy,
        close: () =>
          new Promise((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

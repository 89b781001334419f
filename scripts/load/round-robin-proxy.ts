/**
 * The load balancer in front of the two instances of `npm run test:load`: each request goes to the
 * next instance in turn, with X-Forwarded-For/-Host/-Proto set as a real proxy sets them (the
 * instances run with TRUSTED_PROXY_COUNT=1, as they would behind one). Loopback only.
 */
import { Agent, createServer, request as forward } from "node:http";

export type TRoundRobinProxy = { url: string; answeredBy: number[]; close: () => Promise<void> };

export function startRoundRobinProxy(options: { port: number; instancePorts: number[] }): Promise<TRoundRobinProxy> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const answeredBy = options.instancePorts.map(() => 0);
  let next = 0;
  const server = createServer((request, response) => {
    const index = next++ % options.instancePorts.length;
    answeredBy[index]!++;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = forward(
      {
        agent,
        host: "127.0.0.1",
        port: options.instancePorts[index],
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwardedFor, "x-forwarded-host": request.headers.host, "x-forwarded-proto": "http" },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      // An instance that cannot be reached is the balancer's 502, which the load test counts as an error.
      if (!response.headersSent) response.writeHead(502, { "Content-Type": "text/plain" });
      response.end(`The instance did not answer (${error.code ?? error.message}${upstream.reusedSocket ? ", on a reused connection" : ""}).`);
    });
    request.pipe(upstream);
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

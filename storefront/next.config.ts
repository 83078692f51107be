import type { NextConfig } from "next"
import type { RemotePattern } from "next/dist/shared/lib/image-config"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// Product images are uploads served by the Medusa backend under /static.
// The backend URL is a run-time setting, so local hosts on any port are
// allowed, plus the host of MEDUSA_BACKEND_URL when it is known while building.
const imageHosts: RemotePattern[] = [
  { protocol: "http", hostname: "localhost", pathname: "/static/**" },
  { protocol: "http", hostname: "127.0.0.1", pathname: "/static/**" },
]
const backendUrl = process.env.MEDUSA_BACKEND_URL
if (backendUrl) {
  const { protocol, hostname } = new URL(backendUrl)
  if (hostname !== "localhost" && hostname !== "127.0.0.1") {
    imageHosts.push({
      protocol: protocol === "https:" ? "https" : "http",
      hostname,
      pathname: "/static/**",
    })
  }
}

const nextConfig: NextConfig = {
  // No X-Powered-By: it only tells scanners which framework to probe. The other security
  // headers are set per page by src/proxy.ts.
  poweredByHeader: false,
  // `npm test` builds into its own folder so that it never replaces the build a running
  // `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The Docker image (storefront/Dockerfile) ships the standalone server; local builds keep the
  // plain output that `next start` serves without a warning.
  output:
    process.env.NEXT_OUTPUT_STANDALONE === "true" ? "standalone" : undefined,
  // The portal's photo upload goes through a server action; the backend allows 15 MB.
  experimental: { serverActions: { bodySizeLimit: "16mb" } },
  images: {
    remotePatterns: imageHosts,
    // The backend runs on the same machine / private network as the storefront;
    // only /static/** paths of those hosts can be fetched (see remotePatterns).
    dangerouslyAllowLocalIP: true,
    formats: ["image/avif", "image/webp"],
  },
}

export default withNextIntl(nextConfig)

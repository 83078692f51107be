import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { imageHosts } from "./src/lib/image-hosts"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

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
    remotePatterns: imageHosts({
      backendUrl: process.env.MEDUSA_BACKEND_URL,
      fileStoreUrl: process.env.S3_FILE_URL,
    }),
    // The backend runs on the same machine / private network as the storefront; only its
    // /static/** paths and the file store's folder can be fetched (see remotePatterns).
    dangerouslyAllowLocalIP: true,
    formats: ["image/avif", "image/webp"],
    // Four screen widths and two card widths instead of Next's eight and eight: every width is
    // one more long URL in each picture's srcset, and a list page carries a dozen pictures.
    deviceSizes: [640, 828, 1080, 1920],
    imageSizes: [256, 384],
  },
}

export default withNextIntl(nextConfig)

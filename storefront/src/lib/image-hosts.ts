import type { RemotePattern } from "next/dist/shared/lib/image-config"

const LOCAL_HOSTS = ["localhost", "127.0.0.1"]

function patternFor(url: string, pathname: string): RemotePattern {
  const parsed = new URL(url)
  return {
    protocol: parsed.protocol === "https:" ? "https" : "http",
    hostname: parsed.hostname,
    ...(parsed.port && { port: parsed.port }),
    pathname,
  }
}

/**
 * Where product photos may come from for next/image: uploads the backend serves under /static
 * (on this machine on any port, or at the public backend address), and the file store's public
 * address when uploads live in an S3 bucket. Both are read while building: next/image bakes its
 * allowed hosts into the build.
 */
export function imageHosts(settings: {
  backendUrl?: string
  fileStoreUrl?: string
}): RemotePattern[] {
  const hosts: RemotePattern[] = LOCAL_HOSTS.map((hostname) => ({
    protocol: "http",
    hostname,
    pathname: "/static/**",
  }))
  const { backendUrl, fileStoreUrl } = settings
  if (backendUrl && !LOCAL_HOSTS.includes(new URL(backendUrl).hostname)) {
    hosts.push(patternFor(backendUrl, "/static/**"))
  }
  if (fileStoreUrl) {
    const prefix = new URL(fileStoreUrl).pathname.replace(/\/+$/, "")
    hosts.push(patternFor(fileStoreUrl, `${prefix}/**`))
  }
  return hosts
}

// Run-time settings of the storefront, checked once (create-t3-app's src/env pattern,
// without a schema library: a few strings and a number do not need one).

export interface StorefrontEnv {
  backendUrl: string
  publishableKey: string
  revalidateSecret: string | null
  /** Proxies in front of the storefront that append to X-Forwarded-For; 0 when reached directly. */
  trustedProxyHops: number
}

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Storefront configuration is invalid:\n- ${problems.join("\n- ")}`)
    this.name = "ConfigError"
  }
}

type Source = Record<string, string | undefined>

/**
 * Checks the raw values; `fallbackKey` is the publishable key found in
 * ../.data/market.json when MEDUSA_PUBLISHABLE_KEY is not set.
 */
export function parseEnv(
  source: Source,
  fallbackKey: string | null = null
): StorefrontEnv {
  const problems: string[] = []

  const rawUrl = source.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000"
  let backendUrl = rawUrl
  try {
    const url = new URL(rawUrl)
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      problems.push(`MEDUSA_BACKEND_URL must be http(s), got "${rawUrl}"`)
    }
    backendUrl = url.toString().replace(/\/$/, "")
  } catch {
    problems.push(`MEDUSA_BACKEND_URL is not a URL: "${rawUrl}"`)
  }

  const publishableKey =
    source.MEDUSA_PUBLISHABLE_KEY?.trim() || fallbackKey?.trim() || ""
  if (!publishableKey) {
    problems.push(
      "MEDUSA_PUBLISHABLE_KEY is missing (and ../.data/market.json has no publishable_key): create one in Medusa Admin → Settings → Publishable API keys"
    )
  } else if (!publishableKey.startsWith("pk_")) {
    problems.push("MEDUSA_PUBLISHABLE_KEY must start with pk_")
  }

  const revalidateSecret = source.REVALIDATE_SECRET?.trim() || null

  const hops = source.TRUSTED_PROXY_HOPS?.trim() || "0"
  // Two digits at most: a longer chain of proxies than that is a typo, not a deployment.
  if (!/^\d{1,2}$/.test(hops)) {
    problems.push(
      `TRUSTED_PROXY_HOPS must be the number of proxies in front of the storefront (0 when shoppers reach it directly, 1 behind one load balancer…), got "${hops}"`
    )
  }

  if (problems.length) throw new ConfigError(problems)
  return {
    backendUrl,
    publishableKey,
    revalidateSecret,
    trustedProxyHops: Number(hops),
  }
}

/** Runs once when the server starts, before it answers its first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampForwardedChains } =
      await import("./lib/security/client-address")
    stampForwardedChains()
  }
}

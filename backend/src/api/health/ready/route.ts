import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkReadiness, readinessProbes } from "../../../utils/readiness"

/**
 * Readiness, beside Medusa's liveness `GET /health`: 200 when PostgreSQL (and Redis, when
 * REDIS_URL is set) answer, 503 when one of them does not, so a load balancer or the container
 * healthcheck stops sending traffic to a backend that cannot serve it.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const report = await checkReadiness(readinessProbes(req.scope))
  res.setHeader("Cache-Control", "no-store")
  res.status(report.status === "ready" ? 200 : 503).json(report)
}

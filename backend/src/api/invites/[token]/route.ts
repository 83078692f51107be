import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findOpenInvite } from "../helpers"

/** Whose shop the invite joins and for which email, or why it can no longer be used. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const invite = await findOpenInvite(req, res)
  if (invite) {
    res.json({ invite })
  }
}

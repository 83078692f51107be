import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readSearchIndexStatus } from "../../../search/_status"

/**
 * The product index's state for Medusa Admin's search page: provider, status, searchable
 * documents and the latest (re)index run. A full re-index is started with Medusa's own
 * `POST /admin/search-indexes/product/reindex`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ search_index: await readSearchIndexStatus(req.scope) })
}

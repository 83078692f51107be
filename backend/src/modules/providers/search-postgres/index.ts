import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MarketPostgresSearchService from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [MarketPostgresSearchService],
})

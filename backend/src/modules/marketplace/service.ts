import { MedusaService } from "@medusajs/framework/utils"
import ListingClick from "./models/listing-click"
import MarketplaceListing from "./models/marketplace-listing"

class MarketplaceModuleService extends MedusaService({
  MarketplaceListing,
  ListingClick,
}) {}

export default MarketplaceModuleService

import { MedusaService } from "@medusajs/framework/utils"
import HarvestSeason from "./models/harvest-season"

class HarvestModuleService extends MedusaService({ HarvestSeason }) {}

export default HarvestModuleService

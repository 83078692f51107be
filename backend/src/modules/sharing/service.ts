import { MedusaService } from "@medusajs/framework/utils"
import ShareVisit from "./models/share-visit"

class SharingModuleService extends MedusaService({ ShareVisit }) {}

export default SharingModuleService

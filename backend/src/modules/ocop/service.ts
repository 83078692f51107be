import { MedusaService } from "@medusajs/framework/utils"
import OcopCertificate from "./models/ocop-certificate"

class OcopModuleService extends MedusaService({
  OcopCertificate,
}) {}

export default OcopModuleService

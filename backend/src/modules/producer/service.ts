import { MedusaService } from "@medusajs/framework/utils"
import Producer from "./models/producer"
import Onboarder from "./models/onboarder"
import ProducerInvite from "./models/producer-invite"
import ProducerMember from "./models/producer-member"
import ProducerStatusChange from "./models/producer-status-change"

class ProducerModuleService extends MedusaService({
  Producer,
  ProducerMember,
  ProducerStatusChange,
  ProducerInvite,
  Onboarder,
}) {}

export default ProducerModuleService

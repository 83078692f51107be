import { Module } from "@medusajs/framework/utils"
import HarvestModuleService from "./service"

export const HARVEST_MODULE = "harvest"

export default Module(HARVEST_MODULE, {
  service: HarvestModuleService,
})

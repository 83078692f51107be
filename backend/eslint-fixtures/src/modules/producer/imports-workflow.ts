// Must be rejected: a module depending on the workflows that call it.
import { createProducersWorkflow } from "../../workflows/producer/create-producers"

export const create = createProducersWorkflow

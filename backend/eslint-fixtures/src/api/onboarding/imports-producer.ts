// Must be rejected: the volunteer's routes reaching into the portal's API folder.
import { resolveProducerScope } from "../producer/helpers"

export const resolve = resolveProducerScope

// Must fail: the same reach through a relative path.
import { highlightParts } from "../../../src/modules/search/lib/highlight"

export const parts = highlightParts("Dâu tây", "dau")

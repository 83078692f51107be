// Must fail: the data layer reaching into a screen module through the alias.
import { highlightParts } from "@/modules/search/lib/highlight"

export const parts = highlightParts("Dâu tây", "dau")

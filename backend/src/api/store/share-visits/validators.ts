import { z } from "@medusajs/framework/zod"
import {
  PAGES_WITH_HANDLE,
  SHARE_SOURCES,
  SHARED_PAGES,
} from "../../../types/sharing/module"

export const StoreRecordShareVisit = z
  .object({
    page: z.enum(SHARED_PAGES, {
      error: `page must be one of ${SHARED_PAGES.join(", ")}`,
    }),
    handle: z
      .string()
      .trim()
      .min(1, "handle must not be empty")
      .max(200, "handle is at most 200 characters")
      .optional(),
    source: z.enum(SHARE_SOURCES, {
      error: `source must be one of ${SHARE_SOURCES.join(", ")}`,
    }),
  })
  .superRefine((visit, context) => {
    const needsHandle = PAGES_WITH_HANDLE.includes(visit.page)
    if (needsHandle && !visit.handle) {
      context.addIssue({
        code: "custom",
        path: ["handle"],
        message: `handle is required for a ${visit.page} page`,
      })
    }
    if (!needsHandle && visit.handle) {
      context.addIssue({
        code: "custom",
        path: ["handle"],
        message: `a ${visit.page} page has no handle: leave it out`,
      })
    }
  })
export type StoreRecordShareVisitType = z.infer<typeof StoreRecordShareVisit>

import { createHash, randomBytes } from "node:crypto"

/** An invite link stays usable for a week: long enough to pass on at the next village meeting. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** A fresh unguessable token (256 bits) for an invite link. */
export function generateInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What is stored of a token: a leaked database does not hand out working links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export type InviteState = "open" | "used" | "expired"

/** Whether an invite can still be accepted at `now`. */
export function inviteState(
  invite: { accepted_at?: Date | string | null; expires_at: Date | string },
  now = new Date()
): InviteState {
  if (invite.accepted_at) {
    return "used"
  }
  return new Date(invite.expires_at).getTime() <= now.getTime()
    ? "expired"
    : "open"
}

/** The sentence shown when an invite can no longer be used. */
export function inviteRefusal(state: Exclude<InviteState, "open">): string {
  return state === "used"
    ? "This invite link has already been used: sign in with the password set then, or ask the volunteer for a new link."
    : "This invite link has expired: ask the volunteer who registered the producer for a new link."
}

/** What officers see of a volunteer; never the sign-in itself. */
export const ONBOARDER_FIELDS = [
  "id",
  "email",
  "name",
  "team",
  "village",
  "phone",
  "deactivated_at",
  "created_at",
]

import {
  PRODUCER_STATUSES,
  type ProducerStatus,
} from "../types/producer/module"

type ProducerRow = {
  id: string
  status: string
  village?: string | null
  onboarder_id?: string | null
}
type InviteRow = { producer_id?: string | null; accepted_at?: unknown }
type OnboarderRow = {
  id: string
  name: string
  team?: string | null
  village?: string | null
}

export type OnboardingFigures = {
  producers: Record<ProducerStatus, number> & { total: number }
  live_products: number
  invites_sent: number
  invites_accepted: number
}

const emptyFigures = (): OnboardingFigures => ({
  producers: {
    ...(Object.fromEntries(PRODUCER_STATUSES.map((s) => [s, 0])) as Record<
      ProducerStatus,
      number
    >),
    total: 0,
  },
  live_products: 0,
  invites_sent: 0,
  invites_accepted: 0,
})

/**
 * Groups producers, their live products and their invites by village and by the volunteer
 * who onboarded them (the officers' onboarding dashboard). Producers without a village count under `null`.
 */
export function summarizeOnboarding(input: {
  producers: ProducerRow[]
  invites: InviteRow[]
  onboarders: OnboarderRow[]
  liveProductCounts: Map<string, number>
}) {
  const byVillage = new Map<string | null, OnboardingFigures>()
  const byOnboarder = new Map<string, OnboardingFigures>(
    input.onboarders.map((onboarder) => [onboarder.id, emptyFigures()])
  )
  const totals = emptyFigures()
  const buckets = new Map<string, OnboardingFigures[]>()

  for (const producer of input.producers) {
    const village = producer.village?.trim() || null
    if (!byVillage.has(village)) {
      byVillage.set(village, emptyFigures())
    }
    const groups = [totals, byVillage.get(village)!]
    const onboarderFigures = producer.onboarder_id
      ? byOnboarder.get(producer.onboarder_id)
      : undefined
    if (onboarderFigures) {
      groups.push(onboarderFigures)
    }
    buckets.set(producer.id, groups)
    const live = input.liveProductCounts.get(producer.id) ?? 0
    for (const figures of groups) {
      figures.producers[producer.status as ProducerStatus] += 1
      figures.producers.total += 1
      figures.live_products += live
    }
  }
  for (const invite of input.invites) {
    for (const figures of buckets.get(invite.producer_id ?? "") ?? []) {
      figures.invites_sent += 1
      if (invite.accepted_at) {
        figures.invites_accepted += 1
      }
    }
  }
  return {
    totals,
    by_village: [...byVillage.entries()]
      // Named villages alphabetically, producers without a village last.
      .sort(([a], [b]) =>
        a === null ? 1 : b === null ? -1 : a.localeCompare(b, "vi")
      )
      .map(([village, figures]) => ({ village, ...figures })),
    by_onboarder: input.onboarders.map((onboarder) => ({
      onboarder: {
        id: onboarder.id,
        name: onboarder.name,
        team: onboarder.team ?? null,
        village: onboarder.village ?? null,
      },
      ...byOnboarder.get(onboarder.id)!,
    })),
  }
}

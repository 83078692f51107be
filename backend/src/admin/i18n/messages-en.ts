import type vi from "./messages-vi"

/** English texts of the messages page. */
const en: typeof vi = {
  xtMessages: {
    menu: "Messages",
    title: "Messages",
    subtitle:
      "Choose the messages you receive and see every email and Zalo message the market sent",
    sent: {
      title: "Sent messages",
      subtitle:
        "Emails and Zalo messages the market sent to shoppers, producers and officers, newest first",
    },
    settings: {
      title: "Messages you receive",
      subtitle:
        "Choose the messages the market sends to you. Turn a kind off and you no longer receive it; other officers keep their own choices.",
      loading: "Loading…",
      loadFailed: "Could not load your choices: {{message}}",
      saveFailed: "Your choice was not saved and has been put back",
      saved: "Choice saved",
      kinds: {
        "officer-producer-submitted": {
          label: "Producers awaiting verification",
          hint: "An email when a producer submits their profile for an officer to verify.",
        },
        "officer-transfer-attention": {
          label: "Transfers needing attention",
          hint: "An email when a bank transfer cannot be matched to an order by itself: underpaid, overpaid, unknown order or needing a refund.",
        },
      },
    },
    filters: {
      status: "Status",
      allStatuses: "All statuses",
      failedOnly: "Failed only",
      channel: "Channel",
      allChannels: "All channels",
    },
    columns: {
      time: "Time",
      kind: "Kind",
      recipient: "Recipient",
      channel: "Channel",
      status: "Status",
      about: "About",
    },
    kinds: {
      "order-placed": "Order confirmation",
      "payment-received": "Payment received",
      "order-shipped": "Order shipped",
      "order-cancelled": "Order cancelled",
      "payment-refunded": "Payment refunded",
      "payment-expired": "Transfer expired",
      "producer-new-order": "New order for a producer",
      "producer-low-stock": "Product running low",
      "producer-password-reset": "Producer password reset",
      "order-transfer-requested": "Order attach to an account",
      "phone-verification": "Phone sign-up code",
      "producer-invite": "Invitation to the producer portal",
      "officer-producer-submitted": "Producer awaiting verification",
      "officer-transfer-attention": "Transfer needing attention",
      other: "Other ({{template}})",
    },
    channels: {
      email: "Email",
      zalo: "Zalo",
    },
    statuses: {
      success: "Sent",
      failure: "Failed",
      pending: "Sending",
      emailedInstead: "Not on Zalo — emailed instead",
      notOnZalo: "Not a Zalo user",
    },
    resources: {
      order: "Order",
      producer: "Producer",
      product_variant: "Product variant",
      bank_transaction: "Bank transaction",
      producer_member: "Producer member",
    },
    empty: "No messages match these filters.",
    noFailuresOnPage:
      "No failed message on this page. The filter only looks at the messages of the page shown: move to another page to see more.",
    loading: "Loading…",
    loadFailed: "Could not load messages: {{message}}",
    pagination: {
      of: "of",
      results: "results",
      pages: "pages",
      prev: "Prev",
      next: "Next",
    },
  },
}

export default en

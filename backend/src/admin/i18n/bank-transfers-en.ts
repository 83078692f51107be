import type vi from "./bank-transfers-vi"

/** English texts of the bank-transfer page and the order's VietQR widget. */
const en: typeof vi = {
  xtBankTransfers: {
    menu: "Bank transfers",
    title: "Bank transfers",
    subtitle:
      "Transfers the bank reported; those not matched to an order by themselves wait for an officer",
    filters: {
      outcome: "Outcome",
      attention: "Needs attention",
      search: "Search by content or payment reference",
    },
    columns: {
      date: "Transaction date",
      amount: "Amount",
      reference: "Payment reference",
      content: "Transfer content",
      order: "Order",
      outcome: "Outcome",
    },
    empty: "No transfers match these filters.",
    loading: "Loading…",
    loadFailed: "Could not load transfers: {{message}}",
    pagination: {
      of: "of",
      results: "results",
      pages: "pages",
      prev: "Prev",
      next: "Next",
    },
    outcomes: {
      captured: "Payment captured",
      revived: "Captured during the grace period",
      underpaid: "Underpaid",
      overpaid: "Overpaid",
      unknown_reference: "Unknown order",
      already_paid: "Order already paid",
      needs_refund: "Needs a refund",
      wrong_account: "Sent to another account",
      outgoing: "Outgoing",
      other: "Other outcome",
    },
    match: {
      action: "Match to an order",
      title: "Match the transfer to an order",
      transfer: "Transfer",
      orderId: "Order id",
      orderIdHint:
        "The id starts with order_; copy it from the order page's address.",
      submit: "Continue",
      cancel: "Cancel",
      confirmTitle: "Match {{amount}} to order #{{order}}?",
      confirmDescription:
        "Order #{{order}} (total {{total}}) will be marked paid by this transfer. This cannot be undone.",
      confirm: "Match and capture the payment",
      done: "Transfer matched to order #{{order}}",
      orderNotFound: "No order has this id",
      errors: {
        400: "Amount does not match",
        404: "Transfer not found, or the order is not paid by VietQR transfer",
        409: "Already matched",
      },
    },
    widget: {
      title: "VietQR transfer",
      status: {
        awaiting: "Awaiting transfer",
        paid: "Received",
        cancelled: "Cancelled",
      },
      reference: "Transfer content: {{reference}}",
      amount: "Amount: {{amount}}",
      expires: "Expires {{date}}",
      paidAt: "Received {{date}}",
      confirmedBy: {
        user: "Confirmed by officer: {{officer}}",
        bank: "Automatically, by bank transaction #{{transaction}}",
        job: "Automatically, by reconciliation",
        other: "Confirmed by: {{who}}",
      },
      transactions: "This order's bank transactions",
      markReceived: "Mark as received",
      markReceivedTitle: "Mark {{amount}} as received?",
      markReceivedDescription:
        "Only when the bank statement shows the money with the content {{reference}}. The order becomes paid and its producer may ship it.",
      received: "Payment recorded",
      refund: {
        title: "Record a refund",
        amount: "Amount refunded (đồng)",
        reference: "The bank's refund transaction id",
        referenceHint: "3 to 100 characters, as on the statement.",
        submit: "Record refund",
        confirmTitle: "Record {{amount}} as refunded?",
        confirmDescription:
          "Only record money actually sent back to the shopper (bank transaction {{reference}}). This cannot be undone.",
        done: "Refund recorded",
      },
      cancel: "Cancel",
      loadFailed: "Could not load the bank transfer",
      errors: {
        confirm: {
          400: "Cannot mark as received: the payment no longer awaits a transfer",
          404: "This order has no bank transfer",
          409: "The payment was just settled elsewhere; reload the page",
        },
        refund: {
          400: "Refund refused: the amount is invalid or more than was received",
          404: "This order has no bank transfer",
          409: "Another change to this order is under way; try again",
        },
      },
    },
    errors: {
      generic: "The action failed",
    },
  },
}

export default en

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207001000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_outcome_check";`);
    this.addSql(`alter table if exists "bank_transaction" add constraint "bank_transaction_outcome_check" check("outcome" in ('captured', 'revived', 'underpaid', 'overpaid', 'unknown_reference', 'already_paid', 'needs_refund', 'wrong_account', 'outgoing'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bank_transaction" drop constraint if exists "bank_transaction_outcome_check";`);
    this.addSql(`alter table if exists "bank_transaction" add constraint "bank_transaction_outcome_check" check("outcome" in ('captured', 'underpaid', 'unknown_reference', 'already_paid', 'outgoing'));`);
  }

}

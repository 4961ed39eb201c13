/** Every BullMQ queue of the product. A job's queue decides which worker pool runs it. */
export enum QueueName {
  System = 'system',
  /** Transactional mail: one job per outbox row, plus the relay that re-enqueues lost ones. */
  Mail = 'mail',
  /** Catalogue: imports of exchange files, marking past offers, freshness reminders. */
  Catalogue = 'catalogue',
  /** Search: the index outbox relay and full rebuilds. */
  Search = 'search',
}

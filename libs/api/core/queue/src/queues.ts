/** Every BullMQ queue of the product. A job's queue decides which worker pool runs it. */
export enum QueueName {
  System = 'system',
}

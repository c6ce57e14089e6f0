package dev.stockroom.admin.web;

/** One ticked row on the bulk delete's confirmation, with what blocks its delete. */
record DeleteCandidate(long id, String name, String blocker) {
}

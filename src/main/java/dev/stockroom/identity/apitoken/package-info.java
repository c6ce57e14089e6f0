/**
 * Personal API tokens (DRF's TokenAuthentication): making, listing and revoking them, by
 * page and by API, and signing a request in with one.
 */
package dev.stockroom.identity.apitoken;

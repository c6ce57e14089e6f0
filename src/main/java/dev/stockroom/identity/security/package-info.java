/**
 * Spring Security's wiring: the two filter chains (API and pages), the firewall, CORS,
 * the API's 401 and 403 problems, sign-in by password, and page sessions that end when a
 * user's access or password changes.
 */
package dev.stockroom.identity.security;

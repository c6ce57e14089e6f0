/**
 * The account pages: sign in, register, profile, password change and password reset.
 */
package dev.stockroom.identity.web;

/**
 * Who may call which endpoint, as data every module can state without depending on
 * identity: the {@link dev.stockroom.platform.access.PermissionCode permissions} (the
 * rows of the {@code permissions} table), what an endpoint needs
 * ({@link dev.stockroom.platform.access.AccessRequirement}) and the rows a module
 * contributes for its own URLs ({@link dev.stockroom.platform.access.EndpointRules}).
 * Identity assembles the rows into its permission matrix and enforces it.
 */
@org.springframework.modulith.NamedInterface("access")
package dev.stockroom.platform.access;

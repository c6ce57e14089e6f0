/**
 * Cross-cutting pieces every feature module uses, one sub-package per concern, each a
 * named interface: {@code error} (exceptions and the one problem-details writer),
 * {@code api} (the REST conventions), {@code pages} (the page abstraction and template
 * helpers), {@code csv}, {@code jpa} (entity base classes), {@code audit}, {@code cache},
 * {@code redis}, {@code media}, {@code mail}, {@code pdf}, {@code command} (command-line
 * tasks), {@code deploy} (deployment checks) and {@code http} (request filters). The rate
 * limiter ({@code ratelimit}) is internal. This base package holds the settings of the
 * site as a whole. Platform depends on no feature module.
 */
package dev.stockroom.platform;

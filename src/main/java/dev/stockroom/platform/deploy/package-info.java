/**
 * Deployment checks (Django's {@code check --deploy}): each {@code DeploymentCheck} bean
 * reports a setting unsafe for production, and the prod profile refuses to start without
 * its required settings.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("deploy")
package dev.stockroom.platform.deploy;

import org.springframework.modulith.NamedInterface;

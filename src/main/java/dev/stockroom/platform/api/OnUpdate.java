package dev.stockroom.platform.api;

import jakarta.validation.groups.Default;

/**
 * Validation group for updates: the rules of a create plus those only an update has, such
 * as sending back the {@code version} that was read.
 */
public interface OnUpdate extends Default {

}

/**
 * Command-line tasks (Django's manage.py): {@code StockroomCommand} beans that
 * {@code CommandRunner} runs instead of the web server when the first argument names one.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("command")
package dev.stockroom.platform.command;

import org.springframework.modulith.NamedInterface;

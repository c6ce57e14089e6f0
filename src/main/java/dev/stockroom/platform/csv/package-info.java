/**
 * CSV downloads of lists, written by commons-csv with every cell that a spreadsheet would
 * run as a formula neutralised.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("csv")
package dev.stockroom.platform.csv;

import org.springframework.modulith.NamedInterface;

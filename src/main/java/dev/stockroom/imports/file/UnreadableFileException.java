package dev.stockroom.imports.file;

/**
 * The file cannot be imported at all: not UTF-8, not CSV, no header row, a required
 * column missing. Its message is the reason, written for the person who uploaded the
 * file.
 */
public class UnreadableFileException extends RuntimeException {

	public UnreadableFileException(String reason) {
		super(reason);
	}

}

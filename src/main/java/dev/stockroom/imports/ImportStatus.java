package dev.stockroom.imports;

/** Where an import is. */
public enum ImportStatus {

	/** Uploaded and read; waits for its mapping to be confirmed. */
	PREVIEW,

	/** Confirmed; its chunks are being loaded. */
	RUNNING,

	/** Every row was read: imported, or reported in its errors. */
	DONE,

	/**
	 * The file could not be read to its end (it was deleted, say); what was loaded stays.
	 */
	FAILED

}

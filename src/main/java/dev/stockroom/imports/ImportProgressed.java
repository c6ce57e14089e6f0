package dev.stockroom.imports;

/**
 * An import went further: a chunk of rows was loaded, or it ended. Published once the
 * chunk's transaction committed, for whoever shows progress live (the live module sends
 * it to the owner's open pages).
 *
 * @param importId the import
 * @param owner the username of who started it
 * @param status running, done or failed
 * @param processed the rows loaded so far
 * @param total the rows in the file
 */
public record ImportProgressed(long importId, String owner, ImportStatus status, int processed, int total) {

	/**
	 * @return how far, from 0 to 100
	 */
	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * this.processed / this.total);
	}

}

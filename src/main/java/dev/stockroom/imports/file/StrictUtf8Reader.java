package dev.stockroom.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails at the first byte that is not, but only after handing over
 * every character before it. (An {@code InputStreamReader} with a reporting decoder
 * throws away what it decoded of the same buffer, so a CSV parser on top of it would
 * blame the first line of the buffer, not the line with the bad byte.)
 */
final class StrictUtf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();

	private boolean eof;

	private boolean flushed;

	private CoderResult failure;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.failure != null) {
			throw new MalformedInputException(this.failure.length());
		}
		if (this.flushed) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			CoderResult result = this.decoder.decode(this.bytes, out, this.eof);
			if (result.isError()) {
				if (out.position() > offset) {
					this.failure = result;
					break;
				}
				throw new MalformedInputException(result.length());
			}
			if (result.isOverflow()) {
				break;
			}
			if (this.eof) {
				if (!this.flushed) {
					this.decoder.flush(out);
					this.flushed = true;
				}
				return (out.position() > offset) ? out.position() - offset : -1;
			}
			this.bytes.compact();
			int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
			if (read < 0) {
				this.eof = true;
			}
			else {
				this.bytes.position(this.bytes.position() + read);
			}
			this.bytes.flip();
		}
		return out.position() - offset;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

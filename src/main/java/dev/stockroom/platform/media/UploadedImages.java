package dev.stockroom.platform.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.error.BusyException;
import dev.stockroom.platform.error.InvalidFieldException;

/**
 * Turns an uploaded file into an image the application can serve safely, or refuses it.
 * <ol>
 * <li>The first bytes must be those of a PNG, JPEG, GIF or WebP file (the client's
 * {@code Content-Type} and file name are not believed).</li>
 * <li>Its width and height are read from the header, before any pixel is decoded: an
 * image of more than {@link ImageProperties#maxPixels()} (a decompression bomb: a few
 * kilobytes that claim 100 000 × 100 000 pixels) is refused without allocating them.</li>
 * <li>It is decoded by ImageIO with the reader of that format (WebP only where an ImageIO
 * plugin reads it).</li>
 * <li>The pixels are drawn into a new image and written out again, as JPEG for a JPEG and
 * PNG for anything else: the result holds no metadata (EXIF locations, comments) and none
 * of the original bytes, so a polyglot (a valid PNG with HTML or a script appended) loses
 * its payload.</li>
 * <li>The thumbnail is decoded apart, with subsampling: the reader keeps only every n-th
 * pixel of every n-th row, so the small image is made without scaling the whole one
 * down.</li>
 * </ol>
 * At most {@link ImageProperties#maxConcurrent()} images are processed at once; one more
 * is refused at once ({@link BusyException}, a 503), so that a burst of uploads cannot
 * take the instance's memory.
 */
@Component
public final class UploadedImages {

	private final ImageProperties settings;

	private final Semaphore permits;

	public UploadedImages(ImageProperties settings) {
		this.settings = settings;
		this.permits = new Semaphore(settings.maxConcurrent());
	}

	/**
	 * @param upload the uploaded bytes
	 * @return the re-encoded image and its thumbnail
	 * @throws InvalidImageException when the bytes are not an image of an accepted format
	 * @throws ImageTooLargeException when the image has more pixels than accepted
	 * @throws BusyException when as many images as allowed are being processed already
	 */
	public ReencodedImage reencode(byte[] upload) {
		String format = sniff(upload);
		if (!this.permits.tryAcquire()) {
			throw new BusyException("Other images are being processed; try again in a moment",
					this.settings.busyRetryAfter());
		}
		try {
			Decoded decoded = decode(upload, format);
			boolean jpeg = "jpeg".equals(format);
			BufferedImage full = decoded.full();
			BufferedImage flat = redraw(full, full.getWidth(), full.getHeight(), jpeg);
			int width = Math.min(this.settings.thumbnailWidth(), full.getWidth());
			int height = Math.max(1, (int) Math.round((double) full.getHeight() * width / full.getWidth()));
			BufferedImage thumbnail = redraw(decoded.subsampled(), width, height, jpeg);
			String extension = jpeg ? "jpg" : "png";
			return new ReencodedImage(encode(flat, jpeg), encode(thumbnail, jpeg), extension,
					jpeg ? "image/jpeg" : "image/png", full.getWidth(), full.getHeight());
		}
		finally {
			this.permits.release();
		}
	}

	// For tests: holding the permits makes the next upload find the instance busy.
	Semaphore permits() {
		return this.permits;
	}

	// The magic numbers of the formats accepted; ImageIO's own format detection is
	// not enough alone, since it would also accept BMP, TIFF and whatever plugin is on
	// the class path.
	static String sniff(byte[] bytes) {
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "png";
		}
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "jpeg";
		}
		if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
				&& bytes[5] == 'a') {
			return "gif";
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "webp";
		}
		throw new InvalidImageException("The file is not a PNG, JPEG, GIF or WebP image");
	}

	private static boolean startsWith(byte[] bytes, int offset, int... magic) {
		if (bytes.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[offset + i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	// The whole image, then the thumbnail's pixels read again with subsampling (the
	// input is in memory, so seeking back costs nothing).
	private Decoded decode(byte[] bytes, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(input, format);
			try {
				reader.setInput(input, false, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1) {
					throw new InvalidImageException("The image cannot be read");
				}
				if ((long) width * height > this.settings.maxPixels()) {
					throw new ImageTooLargeException(String.format(Locale.ROOT,
							"The image is %d × %d pixels (%,d); at most %,d pixels are accepted", width, height,
							(long) width * height, this.settings.maxPixels()));
				}
				BufferedImage image = reader.read(0);
				int step = Math.max(1, width / this.settings.thumbnailWidth());
				ImageReadParam subsampling = reader.getDefaultReadParam();
				subsampling.setSourceSubsampling(step, step, 0, 0);
				BufferedImage small = reader.read(0, subsampling);
				if (image == null || small == null) {
					throw new InvalidImageException("The image cannot be read");
				}
				return new Decoded(image, small);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidImageException invalid) {
				throw invalid;
			}
			// A truncated or corrupt file; ImageIO's messages are not for users.
			throw new InvalidImageException("The image is damaged or cannot be read");
		}
	}

	private static ImageReader readerFor(ImageInputStream input, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			try {
				if (reader.getFormatName().toLowerCase(Locale.ROOT).contains(format.substring(0, 3))) {
					return reader;
				}
			}
			catch (IOException ex) {
				// try the next reader
			}
			reader.dispose();
		}
		throw new InvalidImageException("webp".equals(format) ? "WebP images cannot be read here; upload a PNG or JPEG"
				: "The image cannot be read");
	}

	// A new image, of a plain type, holding only the pixels. JPEG has no alpha, so a
	// transparent background becomes white there.
	private static BufferedImage redraw(BufferedImage source, int width, int height, boolean jpeg) {
		BufferedImage target = new BufferedImage(width, height,
				jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (jpeg) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, boolean jpeg) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (jpeg) {
				ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
				try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
					writer.setOutput(output);
					ImageWriteParam params = writer.getDefaultWriteParam();
					params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
					params.setCompressionQuality(0.9f);
					writer.write(null, new IIOImage(image, null, null), params);
				}
				finally {
					writer.dispose();
				}
			}
			else if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("No PNG writer");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode an image in memory", ex);
		}
		return out.toByteArray();
	}

	/**
	 * An upload, re-encoded.
	 *
	 * @param image the full image
	 * @param thumbnail the thumbnail, same format
	 * @param extension {@code png} or {@code jpg}, for {@link MediaKeys#generate(String)}
	 * @param contentType {@code image/png} or {@code image/jpeg}
	 * @param width the image's width
	 * @param height the image's height
	 */
	public record ReencodedImage(byte[] image, byte[] thumbnail, String extension, String contentType, int width,
			int height) {
	}

	private record Decoded(BufferedImage full, BufferedImage subsampled) {
	}

	/**
	 * The upload is not an image that is accepted; the message says why, for the user.
	 */
	public static class InvalidImageException extends InvalidFieldException {

		public InvalidImageException(String message) {
			super("file", message);
		}

	}

	/**
	 * The image is well formed but has more pixels than are accepted: the API answers
	 * 422, naming the limit.
	 */
	public static class ImageTooLargeException extends InvalidImageException {

		public ImageTooLargeException(String message) {
			super(message);
		}

	}

}
